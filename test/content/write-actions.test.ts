import { expect, test, vi } from 'vitest';
import { analyze } from '../../lib/analysis';
import { applyFieldEdits, fillByLabel, insertAtCaret, replaceSpan, type WriteTarget } from '../../lib/content/write-actions';
import { knownEdits } from '../../lib/state/fix-edits';
import { FakeEditor } from './fake-editor';

const REPORT = '一、工作情况\n全年走访企业XX家，慰问困难群众XX家，解决问题X个。';

function targetOf(editor: FakeEditor): WriteTarget {
  return {
    adapter: editor,
    currentText: () => editor.text,
    spansWithLabel: (label) => analyze(editor.text).placeholders.filter((p) => (p.label ?? '') === label),
  };
}

test('a phrase goes in at the caret through the editor', async () => {
  const editor = new FakeEditor(REPORT);
  editor.caret = { start: 6, end: 6 };
  expect(await insertAtCaret(targetOf(editor), '（续）')).toEqual({ ok: true, method: 'editor' });
  expect(editor.text).toBe('一、工作情况（续）' + REPORT.slice(6));
});

test('a blank is replaced only while it still holds the expected text', async () => {
  const editor = new FakeEditor(REPORT);
  const blank = analyze(REPORT).placeholders[0];
  const copy = vi.fn(async () => true);
  expect(await replaceSpan(targetOf(editor), { ...blank, expected: '某某' }, '12', copy)).toEqual({
    ok: false,
    method: 'none',
    messageKey: 'write.stale',
  });
  expect(editor.text).toBe(REPORT);
  expect(await replaceSpan(targetOf(editor), { ...blank, expected: blank.text }, '12', copy)).toEqual({ ok: true, method: 'editor' });
  expect(editor.text).toBe(REPORT.replace('XX', '12'));
  expect(copy).not.toHaveBeenCalled();
});

test('offsets outside the text are refused, not thrown', async () => {
  const editor = new FakeEditor(REPORT);
  for (const span of [
    { start: -1, end: 2 },
    { start: 5, end: 4 },
    { start: 0, end: REPORT.length + 5 },
    { start: NaN, end: 3 },
  ]) {
    expect(await replaceSpan(targetOf(editor), { ...span, expected: '' }, 'x')).toMatchObject({ ok: false, messageKey: 'write.stale' });
  }
  expect(editor.text).toBe(REPORT);
});

test('when the editor does not take the text, it is copied for the user to paste', async () => {
  const editor = new FakeEditor(REPORT);
  editor.refuseWrites = true;
  const copied: string[] = [];
  const copy = async (text: string) => {
    copied.push(text);
    return true;
  };
  const blank = analyze(REPORT).placeholders[0];
  expect(await replaceSpan(targetOf(editor), { ...blank, expected: blank.text }, '12', copy)).toEqual({
    ok: false,
    method: 'clipboard',
    messageKey: 'write.failed',
  });
  expect(await insertAtCaret(targetOf(editor), '（续）', copy)).toEqual({ ok: false, method: 'clipboard', messageKey: 'write.failed' });
  expect(copied).toEqual(['12', '（续）']);
  const noClipboard = async () => false;
  expect(await insertAtCaret(targetOf(editor), '（续）', noClipboard)).toEqual({ ok: false, method: 'none', messageKey: 'copy.failed' });
  expect(editor.text).toBe(REPORT);
});

test('fill by label changes every blank with that label and says how many', async () => {
  const editor = new FakeEditor(REPORT);
  const label = analyze(REPORT).placeholders[0].label ?? '';
  const expected = analyze(REPORT).placeholders.filter((p) => (p.label ?? '') === label).length;
  expect(expected).toBeGreaterThanOrEqual(2);
  expect(await fillByLabel(targetOf(editor), label, '5')).toEqual({ ok: true, method: 'editor', count: expected });
  expect(analyze(editor.text).placeholders.filter((p) => (p.label ?? '') === label)).toEqual([]);
});

test('重新编号: the engine’s several-edit fix is applied as a whole; anything else is refused', async () => {
  const text = '一、成效\n二、问题\n二、原因\n三、打算';
  const editor = new FakeEditor(text);
  const findings = analyze(text).findings;
  const edits = findings.find((f) => f.edits)!.edits!;
  expect(knownEdits(edits.slice(0, 1), findings, text)).toBeNull();
  expect(knownEdits([{ ...edits[0], replacement: '九、' }, ...edits.slice(1)], findings, text)).toBeNull();
  const known = knownEdits(edits, findings, text)!;
  expect(await applyFieldEdits(targetOf(editor), known)).toMatchObject({ ok: true, method: 'editor', count: 2 });
  expect(editor.text).toBe('一、成效\n二、问题\n三、原因\n四、打算');
  // Applied once, the same request is stale: the text no longer holds the markers it replaces.
  expect(await applyFieldEdits(targetOf(editor), known)).toMatchObject({ ok: false, messageKey: 'write.stale' });
});
