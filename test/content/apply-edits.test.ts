import { expect, test } from 'vitest';
import { applyFieldEdits, type WriteTarget } from '../../lib/content/write-actions';
import { coveringWrites } from '../../lib/content/field-edits';
import type { FieldEdit } from '../../lib/fields/types';
import { FakeEditor } from './fake-editor';

const TEXT = ['关于20XX年度述职报告', '本人于20XX年X月X日到任，全年走访企业XX家。', '述职人：XXX'].join('\n');

function targetOf(editor: FakeEditor): WriteTarget {
  return { adapter: editor, currentText: () => editor.text, spansWithLabel: () => [] };
}

/** An edit replacing the n-th occurrence (0-based) of `expected` in TEXT. */
function edit(expected: string, text: string, n = 0): FieldEdit {
  let start = -1;
  for (let i = 0; i <= n; i++) start = TEXT.indexOf(expected, start + 1);
  if (start < 0) throw new Error(`no ${expected}`);
  return { start, end: start + expected.length, expected, text };
}

function countingWrites(editor: FakeEditor): { count: number } {
  const counter = { count: 0 };
  const insert = editor.insertText.bind(editor);
  editor.insertText = async (text, at) => {
    counter.count++;
    return insert(text, at);
  };
  return counter;
}

test('a date (three spans on one line) is written as one insert and reads as the edits give', async () => {
  const editor = new FakeEditor(TEXT);
  const writes = countingWrites(editor);
  const line = TEXT.split('\n')[1];
  const base = TEXT.indexOf(line);
  const y = base + line.indexOf('20XX');
  const m = base + line.indexOf('X月');
  const d = base + line.indexOf('X日');
  const edits = [
    { start: y, end: y + 4, expected: '20XX', text: '2026' },
    { start: m, end: m + 1, expected: 'X', text: '3' },
    { start: d, end: d + 1, expected: 'X', text: '5' },
  ];
  const outcome = await applyFieldEdits(targetOf(editor), edits);
  expect(outcome).toMatchObject({ ok: true, count: 3 });
  expect(editor.text.split('\n')[1]).toBe('本人于2026年3月5日到任，全年走访企业XX家。');
  expect(writes.count).toBe(1);
});

test('edits on several lines are written last to first and undone exactly by the returned inverse', async () => {
  const editor = new FakeEditor(TEXT);
  const edits = [edit('20XX', '2026', 0), edit('20XX', '2026', 1), edit('XXX', '王明')];
  const outcome = await applyFieldEdits(targetOf(editor), edits);
  expect(outcome.ok).toBe(true);
  expect(editor.text).toBe(['关于2026年度述职报告', '本人于2026年X月X日到任，全年走访企业XX家。', '述职人：王明'].join('\n'));
  const undone = await applyFieldEdits(targetOf(editor), outcome.undo!);
  expect(undone.ok).toBe(true);
  expect(editor.text).toBe(TEXT);
});

test('one stale edit refuses them all and writes nothing', async () => {
  const editor = new FakeEditor(TEXT);
  const stale = { ...edit('XX', '12', 2), expected: '某某' };
  expect(await applyFieldEdits(targetOf(editor), [edit('XXX', '王明'), stale])).toEqual({
    ok: false,
    method: 'none',
    messageKey: 'write.stale',
  });
  expect(editor.text).toBe(TEXT);
});

test('overlapping or out-of-range edits are refused', async () => {
  const editor = new FakeEditor(TEXT);
  const a = edit('20XX', '2026');
  for (const bad of [
    [a, { ...a, start: a.start + 1, expected: TEXT.slice(a.start + 1, a.end) }],
    [{ start: -1, end: 2, expected: TEXT.slice(0, 2), text: 'x' }],
    [{ start: 0, end: TEXT.length + 1, expected: TEXT, text: 'x' }],
    [],
  ]) {
    expect(await applyFieldEdits(targetOf(editor), bad as FieldEdit[])).toMatchObject({ ok: false, messageKey: 'write.stale' });
  }
  expect(editor.text).toBe(TEXT);
});

test('an editor that takes nothing is reported as not written', async () => {
  const editor = new FakeEditor(TEXT);
  editor.refuseWrites = true;
  expect(await applyFieldEdits(targetOf(editor), [edit('XXX', '王明')])).toMatchObject({ ok: false, messageKey: 'write.failed' });
});

test('covering writes keep the text between edits on the line and split at line breaks', () => {
  const writes = coveringWrites(TEXT, [edit('20XX', '2026', 0), edit('20XX', '2026', 1), edit('XX', '9', 2)]);
  expect(writes.map((w) => w.text)).toEqual([`2026年X月X日到任，全年走访企业9`, '2026']);
});
