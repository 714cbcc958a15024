// Scenarios every editor adapter must pass, written once and run on each fixture page.
import { expect } from 'vitest';
import { LAST_HEADING, SAMPLE_LINES, locateBlanks } from '../pages/editors/sample-report';
import type { EditorPageObject } from './editor-page';

export async function detectsItsOwnAdapter(ed: EditorPageObject) {
  const found = await ed.detect();
  expect(found?.id).toBe(ed.entry.id);
}

export async function readsTheReportLineByLine(ed: EditorPageObject) {
  const text = await ed.read();
  expect(text.split('\n').filter((line) => line.trim() !== '')).toEqual(SAMPLE_LINES);
}

export async function mapsEveryBlankToItsText(ed: EditorPageObject) {
  const blanks = locateBlanks(await ed.read());
  expect(blanks.length).toBeGreaterThanOrEqual(15);
  for (const blank of blanks) {
    if (ed.entry.mirror) {
      expect(await ed.rangeText(blank)).toBeNull();
    } else {
      expect(await ed.rangeText(blank), `${blank.text} at ${blank.start}`).toBe(blank.text);
    }
  }
  // Boxes for overlays exist for a blank on screen (the first one, in the title).
  expect((await ed.rects(blanks[0])).length).toBeGreaterThan(0);
}

const INSERTED = '（新增内容）';

const nonEmptyLines = (text: string) =>
  text
    .split('\n')
    .map((line) => line.trim())
    .filter(Boolean);

/** The editor's model and what the page shows must agree: an edit that only reached the DOM gets lost. */
async function expectModelToMatchThePage(ed: EditorPageObject) {
  const shown = nonEmptyLines(await ed.read());
  await expect.poll(async () => nonEmptyLines(await ed.modelText())).toEqual(shown);
}

/** Puts the caret after the first line's end of sentence and types through the adapter. */
async function insertAtCaret(ed: EditorPageObject) {
  const before = await ed.read();
  const at = before.indexOf('请予评议。') + '请予评议。'.length;
  await ed.reveal({ start: at, end: at });
  expect(await ed.selection()).toEqual({ start: at, end: at });
  expect(await ed.insert(INSERTED)).toBe(true);
  return { before, expected: before.slice(0, at) + INSERTED + before.slice(at) };
}

export async function insertsAtTheCaretIntoTheEditorsModel(ed: EditorPageObject) {
  const { expected } = await insertAtCaret(ed);
  expect(await ed.read()).toBe(expected);
  await expect.poll(() => ed.modelText()).toContain('请予评议。' + INSERTED);
  await expectModelToMatchThePage(ed);
}

export async function removesASpanWhenTheReplacementIsEmpty(ed: EditorPageObject) {
  const before = await ed.read();
  const start = before.indexOf('请予评议。');
  expect(await ed.insert('', { start, end: start + '请予评议。'.length })).toBe(true);
  expect(await ed.read()).toBe(before.slice(0, start) + before.slice(start + '请予评议。'.length));
  await expectModelToMatchThePage(ed);
}

export async function undoRestoresTheText(ed: EditorPageObject) {
  const { before } = await insertAtCaret(ed);
  await ed.undo();
  await expect.poll(() => ed.read()).toBe(before);
  await expect.poll(() => ed.modelText()).not.toContain(INSERTED);
}

async function fillTheSignatureBlanks(ed: EditorPageObject) {
  const before = await ed.read();
  const targets = locateBlanks(before).filter((b) => b.text === '×××');
  expect(targets.length).toBe(2);
  expect(await ed.replaceAll(targets, '张明')).toBe(2);
  let expected = before;
  for (const t of [...targets].reverse()) expected = expected.slice(0, t.start) + '张明' + expected.slice(t.end);
  await expect.poll(() => ed.read()).toBe(expected);
  await expect.poll(async () => (await ed.modelText()).split('张明').length - 1).toBe(2);
  await expectModelToMatchThePage(ed);
  return before;
}

export async function fillsSeveralBlanksAtOnce(ed: EditorPageObject) {
  await fillTheSignatureBlanks(ed);
}

const countFills = async (ed: EditorPageObject) => (await ed.read()).split('张明').length - 1;

export async function undoTakesBackAFill(ed: EditorPageObject) {
  const before = await fillTheSignatureBlanks(ed);
  await ed.undo();
  if (ed.entry.fillUndo === 'per-blank') {
    await expect.poll(() => countFills(ed)).toBe(1);
    await ed.undo();
  }
  await expect.poll(() => ed.read()).toBe(before);
}

export async function insertsSeveralParagraphs(ed: EditorPageObject) {
  const before = await ed.read();
  const at = before.indexOf('请予评议。') + '请予评议。'.length;
  expect(await ed.insert('甲段落\n乙段落', { start: at, end: at })).toBe(true);
  const lines = (await ed.read()).split('\n').filter((line) => line.trim() !== '');
  expect(lines.slice(1, 4)).toEqual([SAMPLE_LINES[1] + '甲段落', '乙段落', SAMPLE_LINES[2]]);
  await expect.poll(() => ed.modelText()).toMatch(/请予评议。甲段落\s+乙段落/);
  await expectModelToMatchThePage(ed);
}

export async function revealLeavesTheViewAloneWhenTheSpanIsOnScreen(ed: EditorPageObject) {
  await ed.scrollToTop();
  const span = locateBlanks(await ed.read())[0];
  expect(await ed.isVisible(span)).toBe(true);
  const before = await ed.scrollPositions();
  await ed.reveal(span);
  expect(await ed.scrollPositions()).toEqual(before);
  expect(await ed.selection()).toEqual({ start: span.start, end: span.end });
}

export async function revealsAHeadingNearTheEnd(ed: EditorPageObject) {
  await ed.scrollToTop();
  const text = await ed.read();
  const start = text.indexOf(LAST_HEADING);
  const span = { start, end: start + LAST_HEADING.length };
  expect(await ed.isVisible(span)).toBe(false);
  await ed.reveal(span);
  await expect.poll(() => ed.isVisible(span)).toBe(true);
  expect(await ed.selection()).toEqual(span);
}

/** For editors in a frame: the frame starts below the fold, and the jump scrolls the page around it too. */
export async function revealsIntoAFrameBelowTheFold(ed: EditorPageObject) {
  await ed.page.evaluate(() => {
    const spacer = document.createElement('div');
    spacer.style.height = '1200px';
    document.body.prepend(spacer);
    window.scrollTo(0, 0);
  });
  await ed.scrollToTop();
  const text = await ed.read();
  const start = text.indexOf(LAST_HEADING);
  const span = { start, end: start + LAST_HEADING.length };
  expect(await ed.isVisible(span)).toBe(false);
  await ed.reveal(span);
  await expect.poll(() => ed.isVisible(span)).toBe(true);
}
