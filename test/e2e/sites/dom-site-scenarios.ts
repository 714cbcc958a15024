// What the content script must do on each DOM site (语雀, Notion, Confluence) served under its real
// hostname: written once, run by test/e2e/site-<site>.e2e.ts. The page's own model
// (window.__fixture.modelText(), kept from its input events) is the truth the engine is run on.
import { afterAll, beforeAll, expect, test } from 'vitest';
import { analyze } from '../../../lib/analysis';
import { LAST_HEADING } from '../pages/editors/sample-report';
import { launchWithExtension, type ExtensionBrowser } from '../browser';
import { SitePage } from './site-page';

export interface DomSite {
  /** Adapter id the content script must choose. */
  id: string;
  url: string;
  /** The element holding the document text. */
  rootSelector: string;
}

export async function onSite(b: ExtensionBrowser, site: DomSite, run: (page: SitePage) => Promise<void>): Promise<void> {
  const page = await SitePage.open(b, site.url);
  try {
    await page.stateWhen((s) => s.editor?.id === site.id);
    await run(page);
  } finally {
    await page.close();
  }
}

export interface DomSiteSuite {
  /** Opens the site's page, waits for its adapter, runs `run` and closes the page. */
  on(run: (page: SitePage) => Promise<void>): Promise<void>;
  browser(): ExtensionBrowser;
  /** Registers the last test of the file: nothing the tests did reached beyond this machine. */
  noRequestLeavesTheMachine(): void;
}

/**
 * The browser for one site's test file and the scenarios every DOM site passes, registered as tests.
 * `typing: false` for a site whose fixture takes back the first input into a block (Notion): its own
 * file proves that write is made again instead.
 */
export function domSiteSuite(site: DomSite, { typing = true } = {}): DomSiteSuite {
  let b: ExtensionBrowser;
  beforeAll(async () => {
    b = await launchWithExtension({ sites: true });
  });
  afterAll(async () => {
    await b?.close();
  });
  const on = (run: (page: SitePage) => Promise<void>) => onSite(b, site, run);
  test('blanks and outline equal the engine on the page model; the input proxies are not taken', () =>
    on((s) => readsTheWholeDocumentLikeTheEngine(s, site)));
  test('the toolbar badge shows the number of fields to fill, as the 待填 tab does', () => on(badgeCountsTheFieldsToFill));
  test('jump brings a heading near the end into view and selects a blank', () => on(jumpsToAHeadingAndSelectsABlank));
  test('inserts and fills through the editor; Ctrl+Z takes the fill back', () =>
    on((s) => insertsAndFillsThroughTheEditorThenUndo(s, true)));
  if (typing) test('typing updates the state and the highlights', () => on(typingUpdatesStateAndHighlights));
  test('fills every blank of a label at once', () => on(fillsEveryBlankOfALabel));
  test('highlights never change the editor DOM, the model or the page globals', () => on((s) => leavesThePageAlone(s, site)));
  return {
    on,
    browser: () => b,
    noRequestLeavesTheMachine: () =>
      test('no request leaves the machine', () => {
        expect(b.offsiteRequests).toEqual([]);
      }),
  };
}

export const modelText = (site: SitePage) => site.page.evaluate(() => window.__fixture!.modelText());

const rootHtml = (site: SitePage, selector: string) => site.page.evaluate((sel) => document.querySelector(sel)!.innerHTML, selector);

/** Whether the element holding exactly `text` is inside the viewport and its scroll box. */
function onScreen(site: SitePage, text: string): Promise<boolean> {
  return site.page.evaluate((text) => {
    const el = Array.from(document.querySelectorAll<HTMLElement>('body *')).find(
      (e) => e.childElementCount === 0 && e.textContent === text,
    );
    if (!el) return false;
    const r = el.getBoundingClientRect();
    const middle = (r.top + r.bottom) / 2;
    for (let box = el.parentElement; box; box = box.parentElement) {
      if (box.scrollHeight <= box.clientHeight || getComputedStyle(box).overflowY === 'visible') continue;
      const b = box.getBoundingClientRect();
      if (middle < b.top || middle > b.bottom) return false;
    }
    return middle >= 0 && middle <= innerHeight;
  }, text);
}

export async function readsTheWholeDocumentLikeTheEngine(site: SitePage, entry: DomSite) {
  const model = await modelText(site);
  const expected = analyze(model);
  expect(expected.placeholders.length).toBeGreaterThanOrEqual(15);
  const state = (await site.state())!;
  // The visible editor, not the focused 1×1 / off-screen / transparent input proxies on the page.
  expect(state.editor?.id).toBe(entry.id);
  expect(state.length).toBe(model.length);
  expect(state.blanks.map((b) => [b.start, b.end, b.text])).toEqual(expected.placeholders.map((b) => [b.start, b.end, b.text]));
  expect(state.outline.map((o) => [o.start, o.marker, o.title])).toEqual(expected.outline.map((o) => [o.start, o.marker, o.title]));
  await expect.poll(() => site.highlighted()).toBe(expected.placeholders.length);
}

export async function badgeCountsTheFieldsToFill(site: SitePage) {
  const state = (await site.state())!;
  const badge = () => site.b.badgeText(site.tabId);
  await expect.poll(badge).toBe(String(state.fields.length));
}

export async function jumpsToAHeadingAndSelectsABlank(site: SitePage) {
  await site.page.evaluate(() => {
    for (const el of document.querySelectorAll('*')) if (el.scrollTop) el.scrollTop = 0;
    scrollTo(0, 0);
  });
  const state = (await site.state())!;
  const heading = state.outline.find((o) => o.marker + o.title === LAST_HEADING)!;
  expect(heading).toBeDefined();
  expect(await onScreen(site, LAST_HEADING)).toBe(false);
  expect(await site.send('jumpTo', { offset: heading.start, end: heading.end })).toBe(true);
  await expect.poll(() => onScreen(site, LAST_HEADING)).toBe(true);

  const blank = state.blanks[state.blanks.length - 1];
  expect(await site.send('jumpTo', { offset: blank.start, end: blank.end })).toBe(true);
  await expect.poll(() => site.page.evaluate(() => document.getSelection()?.toString())).toBe(blank.text);
}

const PHRASE = '（补充说明）';

export async function insertsAndFillsThroughTheEditorThenUndo(site: SitePage, hasUndo: boolean) {
  const original = await modelText(site);
  const caret = original.indexOf('请予评议。') + '请予评议。'.length;
  expect(await site.send('jumpTo', { offset: caret })).toBe(true);
  expect(await site.write('insertText', { text: PHRASE })).toEqual({ ok: true, method: 'editor' });
  const inserted = original.slice(0, caret) + PHRASE + original.slice(caret);
  await expect.poll(() => modelText(site)).toBe(inserted);

  const blank = (await site.state())!.blanks.find((b) => b.text === 'XX' && b.before.endsWith('现将本人'))!;
  expect(blank).toBeDefined();
  expect(await site.write('replaceRange', { start: blank.start, end: blank.end, expected: blank.text, text: '2025' })).toEqual({
    ok: true,
    method: 'editor',
  });
  const filled = inserted.slice(0, blank.start) + '2025' + inserted.slice(blank.end);
  await expect.poll(() => modelText(site)).toBe(filled);
  await expect.poll(async () => (await site.state())!.blanks.length).toBe(analyze(filled).placeholders.length);
  if (!hasUndo) return;
  await site.page.keyboard.press('Control+z');
  await expect.poll(() => modelText(site)).not.toBe(filled);
  expect([inserted, original]).toContain(await modelText(site));
}

/** The user types a blank after the first paragraph: the state and the highlights follow the page model. */
export async function typingUpdatesStateAndHighlights(site: SitePage) {
  const before = (await site.state())!;
  const at = (await modelText(site)).indexOf('请予评议。') + '请予评议。'.length;
  expect(await site.send('jumpTo', { offset: at })).toBe(true);
  await site.page.keyboard.type('另有XX项');
  await expect.poll(async () => (await site.state())!.blanks.length).toBe(before.blanks.length + 1);
  expect(await modelText(site)).toContain('请予评议。另有XX');
  // The last keystrokes may still be on their way: the state catches up with the model.
  const agreement = async () => {
    const model = await modelText(site);
    const starts = (await site.state())!.blanks.map((b) => b.start);
    return {
      typed: model.includes('请予评议。另有XX项'),
      sameAsEngine:
        starts.join() ===
        analyze(model)
          .placeholders.map((p) => p.start)
          .join(),
    };
  };
  await expect.poll(agreement).toEqual({ typed: true, sameAsEngine: true });
  await expect.poll(() => site.highlighted()).toBe(before.blanks.length + 1);
}

export async function fillsEveryBlankOfALabel(site: SitePage) {
  const state = (await site.state())!;
  const label = Object.entries(state.stats.blanksByLabel).find(([name, n]) => name && n >= 2)?.[0];
  expect(label).toBeDefined();
  const count = state.blanks.filter((b) => b.label === label).length;
  expect(await site.write('fillLabel', { label: label!, value: '三' })).toMatchObject({ ok: true, method: 'editor', count });
  await expect.poll(async () => analyze(await modelText(site)).placeholders.filter((p) => p.label === label).length).toBe(0);
  await expect.poll(async () => (await site.state())!.blanks.filter((b) => b.label === label).length).toBe(0);
}

export async function leavesThePageAlone(site: SitePage, entry: DomSite) {
  await expect.poll(() => site.highlighted()).toBeGreaterThan(0);
  const html = await rootHtml(site, entry.rootSelector);
  const model = await modelText(site);
  await site.send('setHighlights', { enabled: false, colors: {} });
  await expect.poll(() => site.highlighted()).toBe(0);
  expect(await rootHtml(site, entry.rootSelector)).toBe(html);
  await site.send('setHighlights', { enabled: true, colors: {} });
  await expect.poll(() => site.highlighted()).toBeGreaterThan(0);
  expect(await rootHtml(site, entry.rootSelector)).toBe(html);
  expect(await modelText(site)).toBe(model);
  // The page's own objects: its test hook is all the fixture put on window, and nothing was added.
  const added = await site.page.evaluate(() => Object.keys(window).filter((k) => k.startsWith('__')));
  expect(added.sort()).toEqual(['__fixture', '__siteFixture']);
}
