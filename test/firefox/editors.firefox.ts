// The content script in Firefox ESR, on a plain contenteditable, a model editor (ProseMirror) and a
// textarea: the same scenarios the Chromium suite runs (test/e2e/scenarios), plus the sidebar page
// showing the page's outline and blanks.
import { afterAll, beforeAll, describe, expect, inject, test } from 'vitest';
import { analyze } from '../../lib/analysis';
import { findFields } from '../../lib/fields';
import { EDITOR_PAGES, type EditorPage } from '../e2e/pages/editor-pages';
import * as scenario from '../e2e/scenarios/content-scenarios';
import { LivePage } from '../e2e/scenarios/live-page';
import { launchFirefoxWithExtension, type FirefoxWithExtension } from './firefox-browser';

let ff: FirefoxWithExtension;
beforeAll(async () => {
  ff = await launchFirefoxWithExtension(inject('extensionPath'), inject('pagesUrl'));
});
afterAll(async () => {
  await ff?.close();
});

const FIREFOX_PAGES = EDITOR_PAGES.filter((p) => ['contenteditable', 'prosemirror', 'textarea'].includes(p.id));

async function on(entry: EditorPage, run: (live: LivePage) => Promise<void>) {
  const live = await LivePage.open(ff, entry);
  try {
    await run(live);
  } finally {
    await live.close();
  }
}

describe.each(FIREFOX_PAGES)('Firefox: content script on $id', (entry) => {
  test('highlights exactly the blanks the engine finds', () => on(entry, scenario.highlightsEveryBlankTheEngineFinds));
  test('never changes the editor DOM, with highlights on, off and on again', () => on(entry, scenario.leavesTheEditorDomAlone));
  test('inserts a phrase and fills a blank through the editor; Ctrl+Z takes the fill back', () =>
    on(entry, scenario.insertsAndFillsThenUndoRestores));
  test('fills every blank with the same label at once', () => on(entry, scenario.fillsEveryBlankOfALabel));
  test('jump brings a heading near the end into view', () => on(entry, scenario.jumpBringsAHeadingNearTheEndIntoView));
  test('typing updates the state and the highlights', () => on(entry, scenario.typingUpdatesStateAndHighlights));
  test('the toolbar badge shows the number of fields to fill, as the 待填 tab does', () => on(entry, scenario.badgeCountsTheFieldsToFill));
  test('next/previous blank commands move the selection from blank to blank', () => on(entry, scenario.nextAndPreviousBlankFollowTheCaret));
  // This suite runs the build users get (no WXT_RA_TIMING): the page shares `performance` with the
  // content script, and our user-timing entries would tell it the extension is there.
  test('the page finds none of our timings after the report is opened and typed in', () =>
    on(entry, async (live) => {
      await scenario.typingUpdatesStateAndHighlights(live);
      const ours = await live.page.evaluate(() =>
        performance
          .getEntries()
          .filter((e) => e.name.startsWith('ra:'))
          .map((e) => e.name),
      );
      expect(ours).toEqual([]);
    }));
});

test('the sidebar page shows the outline and the fields to fill of the page', async () => {
  const live = await LivePage.open(ff, FIREFOX_PAGES.find((p) => p.id === 'contenteditable')!);
  try {
    const text = await live.read();
    const panel = await ff.openPanel(live.tabId);
    await panel.waitForSelector('[data-testid="outline"]', { timeout: 30_000 });
    const lastHeading = analyze(text)
      .outline.filter((o) => o.level !== 'enum')
      .at(-1)!;
    await expect
      .poll(() => panel.evaluate(() => document.querySelector('[data-testid="outline"]')?.textContent ?? ''))
      .toContain(lastHeading.title);
    expect(await panel.evaluate(() => document.querySelector('[data-testid="blank-count"]')?.textContent)).toBe(
      String(findFields(text).length),
    );
    await panel.screenshot({ path: `${process.cwd()}/test-artifacts/firefox-panel.png` });
    await panel.close();
  } finally {
    await live.close();
  }
});

test('no request leaves 127.0.0.1', () => {
  expect(ff.offsiteRequests).toEqual([]);
});
