// Notion under its real hostname (test/e2e/sites/notion): the content script reads the whole document
// as the engine does, highlights, jumps, inserts and fills through the editor, and leaves the page alone.
import { afterAll, beforeAll, expect, test } from 'vitest';
import { launchWithExtension, type ExtensionBrowser } from './browser';
import * as scenario from './sites/dom-site-scenarios';

const SITE: scenario.DomSite = { id: 'notion', url: 'https://www.notion.so/Report-0a1b2c3d', rootSelector: '.notion-page-content' };
const on = (run: Parameters<typeof scenario.onSite>[2]) => scenario.onSite(b, SITE, run);

test('blanks and outline equal the engine on the page model; the input proxies are not taken', () =>
  on((s) => scenario.readsTheWholeDocumentLikeTheEngine(s, SITE)));
test('the toolbar badge shows the number of blanks', () => on(scenario.badgeCountsTheBlanks));
test('jump brings a heading near the end into view and selects a blank', () => on(scenario.jumpsToAHeadingAndSelectsABlank));
test('inserts and fills through the editor; Ctrl+Z takes the fill back', () =>
  on((s) => scenario.insertsAndFillsThroughTheEditorThenUndo(s, true)));
test('fills every blank of a label at once', () => on(scenario.fillsEveryBlankOfALabel));
test('highlights never change the editor DOM, the model or the page globals', () => on((s) => scenario.leavesThePageAlone(s, SITE)));

test('a write Notion reverts (the selection had just moved into the block) is made again and kept', () =>
  on(async (s) => {
    const original = await scenario.modelText(s);
    const blank = (await s.state())!.blanks.find((b) => b.text === '____')!;
    const before = await s.page.evaluate(() => window.__siteFixture!.reverts());
    expect(await s.write('replaceRange', { start: blank.start, end: blank.end, expected: blank.text, text: '乡村振兴' })).toEqual({
      ok: true,
      method: 'editor',
    });
    expect(await s.page.evaluate(() => window.__siteFixture!.reverts())).toBeGreaterThan(before);
    expect(await scenario.modelText(s)).toBe(original.slice(0, blank.start) + '乡村振兴' + original.slice(blank.end));
    expect((await s.state())!.length).toBe(original.length - blank.text.length + '乡村振兴'.length);
  }));

test('no request leaves the machine', () => {
  expect(b.offsiteRequests).toEqual([]);
});

let b: ExtensionBrowser;
beforeAll(async () => {
  b = await launchWithExtension({ sites: true });
});
afterAll(async () => {
  await b?.close();
});
