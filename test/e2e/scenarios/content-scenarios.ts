// What the content script must do on every editor, written once and run on each fixture page.
import { expect } from 'vitest';
import { analyze } from '../../../lib/analysis';
import { LAST_HEADING } from '../pages/editors/sample-report';
import type { LivePage } from './live-page';

/** Blanks the engine finds in the text the adapter reads back, computed here in the test process. */
async function engineBlanks(live: LivePage) {
  return analyze(await live.read()).placeholders;
}

/** What should be drawn: every blank, except that an overlay (textarea) draws only what is on screen. */
async function expectedDrawn(live: LivePage): Promise<number> {
  const blanks = await engineBlanks(live);
  if (!live.entry.mirror) return blanks.length;
  let visible = 0;
  for (const blank of blanks) if (await live.onScreen(blank)) visible++;
  return visible;
}

export async function highlightsEveryBlankTheEngineFinds(live: LivePage) {
  const blanks = await engineBlanks(live);
  expect(blanks.length).toBeGreaterThanOrEqual(15);
  const state = await live.state();
  expect(state.blanks.map((b) => [b.start, b.end, b.text])).toEqual(blanks.map((b) => [b.start, b.end, b.text]));
  expect(state.editor?.id).toBe(live.entry.id);
  await expect.poll(() => live.highlighted()).toBe(await expectedDrawn(live));
  if (live.entry.mirror) expect(await live.overlayMarked()).toBe(blanks.length);
  await live.b.screenshot(live.page, `highlights-${live.entry.id}`);
}

export async function leavesTheEditorDomAlone(live: LivePage) {
  await expect.poll(() => live.highlighted()).toBeGreaterThan(0);
  const during = await live.rootHtml();
  await live.send('setHighlights', { enabled: false, colors: {} });
  await expect.poll(() => live.highlighted()).toBe(0);
  const off = await live.rootHtml();
  await live.send('setHighlights', { enabled: true, colors: { default: '#ffd54f' } });
  await expect.poll(() => live.highlighted()).toBe(await expectedDrawn(live));
  const after = await live.rootHtml();
  expect(off).toBe(during);
  expect(after).toBe(during);
}

const PHRASE = '（补充说明）';

export async function insertsAndFillsThenUndoRestores(live: LivePage) {
  const original = await live.read();
  const caret = original.indexOf('请予评议。') + '请予评议。'.length;
  expect(await live.send('jumpTo', { offset: caret })).toBe(true);
  expect(await live.write('insertText', { text: PHRASE })).toEqual({ ok: true, method: 'editor' });
  const inserted = original.slice(0, caret) + PHRASE + original.slice(caret);
  await expect.poll(() => live.read()).toBe(inserted);

  const blank = (await live.state()).blanks.find((b) => b.text === 'XX' && b.before.endsWith('现将本人'))!;
  expect(blank).toBeDefined();
  // A stale blank is refused, the text untouched.
  expect(await live.write('replaceRange', { start: blank.start, end: blank.end, expected: '某某', text: '2025' })).toMatchObject({
    ok: false,
    messageKey: 'write.stale',
  });
  expect(await live.write('replaceRange', { start: blank.start, end: blank.end, expected: blank.text, text: '2025' })).toEqual({
    ok: true,
    method: 'editor',
  });
  const filled = inserted.slice(0, blank.start) + '2025' + inserted.slice(blank.end);
  await expect.poll(() => live.read()).toBe(filled);
  await expect.poll(async () => (await live.state()).blanks.length).toBe((await engineBlanks(live)).length);

  if (!live.entry.hasUndo) return;
  await live.focusEditor();
  await live.ed.undo();
  // Quill merges edits made within its history delay into one step, so the insert may go too.
  await expect.poll(() => live.read()).not.toBe(filled);
  expect([inserted, original]).toContain(await live.read());
}

export async function fillsEveryBlankOfALabel(live: LivePage) {
  const state = await live.state();
  const label = Object.entries(state.stats.blanksByLabel).find(([name, n]) => name && n >= 2)?.[0];
  expect(label).toBeDefined();
  const targets = state.blanks.filter((b) => b.label === label);
  const outcome = await live.write('fillLabel', { label: label!, value: '三' });
  expect(outcome).toMatchObject({ ok: true, method: 'editor', count: targets.length });
  await expect.poll(async () => (await live.state()).blanks.filter((b) => b.label === label).length).toBe(0);
}

export async function jumpBringsAHeadingNearTheEndIntoView(live: LivePage) {
  await live.ed.scrollToTop();
  const state = await live.state();
  const heading = state.outline.find((item) => item.marker + item.title === LAST_HEADING)!;
  expect(heading).toBeDefined();
  const span = { start: heading.start, end: heading.end };
  expect(await live.onScreen(span)).toBe(false);
  expect(await live.send('jumpTo', { offset: heading.start, end: heading.end })).toBe(true);
  await expect.poll(() => live.onScreen(span)).toBe(true);
}

/** Types " XX" at the end of the first body paragraph and expects one more blank, drawn. */
export async function typingUpdatesStateAndHighlights(live: LivePage) {
  const before = await live.state();
  await expect.poll(() => live.highlighted()).toBe(await expectedDrawn(live));
  const text = await live.read();
  const at = text.indexOf('请予评议。') + '请予评议。'.length;
  await live.send('jumpTo', { offset: at });
  await live.focusEditor();
  await live.page.keyboard.type('另有XX项');
  await expect.poll(async () => (await live.state()).blanks.length).toBe(before.blanks.length + 1);
  // The last keystrokes may still be on their way: the state catches up with what the editor holds.
  await expect.poll(async () => (await live.state()).length).toBe((await live.read()).length);
  const after = await live.state();
  expect(after.version).toBeGreaterThan(before.version);
  expect(after.blanks.map((b) => b.text)).toEqual((await engineBlanks(live)).map((b) => b.text));
  await expect.poll(() => live.highlighted()).toBe(await expectedDrawn(live));
}

/** Between compositionstart and compositionend nothing is re-read or re-drawn; at the end, everything is. */
export async function waitsForTheEndOfAComposition(live: LivePage) {
  const text = await live.read();
  const at = text.indexOf('请予评议。') + '请予评议。'.length;
  await live.send('jumpTo', { offset: at });
  const before = await live.state();
  const drawnBefore = await live.highlighted();
  const fire = (type: string) =>
    live.frame.evaluate(
      ({ sel, type }) => {
        const root = document.querySelector(sel)!;
        const active = (document.activeElement && root.contains(document.activeElement) ? document.activeElement : root) as HTMLElement;
        active.dispatchEvent(new CompositionEvent(type, { bubbles: true, data: type === 'compositionend' ? 'XX' : '' }));
      },
      { sel: live.entry.rootSelector, type },
    );
  await live.focusEditor();
  await fire('compositionstart');
  await live.insertText('XX');
  await expect.poll(() => live.read()).not.toBe(text);
  // Give the loop every chance to (wrongly) run: several animation frames and past its interval.
  await live.frame.evaluate(() => new Promise((ok) => setTimeout(ok, 400)));
  expect((await live.state()).version).toBe(before.version);
  expect(await live.highlighted()).toBe(drawnBefore);
  await fire('compositionend');
  await expect.poll(async () => (await live.state()).blanks.length).toBe(before.blanks.length + 1);
  await expect.poll(() => live.highlighted()).toBe(await expectedDrawn(live));
}

/** The toolbar badge of the tab shows how many fields the report still has to fill, as the 待填 tab does. */
export async function badgeCountsTheFieldsToFill(live: LivePage) {
  const state = await live.state();
  expect(state.isReport).toBe(true);
  const badge = () => live.b.badgeText(live.tabId);
  await expect.poll(badge).toBe(String(state.fields.length));
}

/** The next/previous-blank command (sent by the background as jumpToBlank) selects the blank after/before the caret. */
export async function nextAndPreviousBlankFollowTheCaret(live: LivePage) {
  const state = await live.state();
  const [, second, third] = state.blanks;
  await live.send('jumpTo', { offset: second.start, end: second.end });
  await expect.poll(() => live.ed.selection()).toEqual({ start: second.start, end: second.end });
  // Slate copies the DOM selection into its model on a throttle (100 ms) and may put the old one
  // back when it re-renders; a user's next keystroke never comes this fast.
  await live.frame.evaluate(() => new Promise((ok) => setTimeout(ok, 250)));
  expect(await live.send('jumpToBlank', { direction: 'next' })).toBe(true);
  await expect.poll(() => live.ed.selection()).toEqual({ start: third.start, end: third.end });
  await live.frame.evaluate(() => new Promise((ok) => setTimeout(ok, 250)));
  expect(await live.send('jumpToBlank', { direction: 'previous' })).toBe(true);
  await expect.poll(() => live.ed.selection()).toEqual({ start: second.start, end: second.end });
}
