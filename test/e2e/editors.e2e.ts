// The content script on every fixture editor, in the real browser with the built extension:
// the same scenarios on each page (test/e2e/scenarios).
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { launchWithExtension, type ExtensionBrowser } from './browser';
import { EDITOR_PAGES, type EditorPage } from './pages/editor-pages';
import { LivePage } from './scenarios/live-page';
import * as scenario from './scenarios/content-scenarios';

let b: ExtensionBrowser;
beforeAll(async () => {
  b = await launchWithExtension();
});
afterAll(async () => {
  await b?.close();
});

async function on(entry: EditorPage, run: (live: LivePage) => Promise<void>) {
  const live = await LivePage.open(b, entry);
  try {
    await run(live);
  } finally {
    await live.close();
  }
}

describe.each(EDITOR_PAGES)('content script on $id', (entry) => {
  test('highlights exactly the blanks the engine finds (screenshot in test-artifacts)', () =>
    on(entry, scenario.highlightsEveryBlankTheEngineFinds));
  test('never changes the editor DOM, with highlights on, off and on again', () => on(entry, scenario.leavesTheEditorDomAlone));
  test('inserts a phrase and fills a blank through the editor; Ctrl+Z takes the fill back', () =>
    on(entry, scenario.insertsAndFillsThenUndoRestores));
  test('fills every blank with the same label at once', () => on(entry, scenario.fillsEveryBlankOfALabel));
  test('jump brings a heading near the end into view', () => on(entry, scenario.jumpBringsAHeadingNearTheEndIntoView));
  test('typing updates the state and the highlights', () => on(entry, scenario.typingUpdatesStateAndHighlights));
  test('does not re-render during an IME composition, and does at its end', () => on(entry, scenario.waitsForTheEndOfAComposition));
  test('the toolbar badge shows the number of fields to fill, as the 待填 tab does', () => on(entry, scenario.badgeCountsTheFieldsToFill));
  test('next/previous blank commands move the selection from blank to blank', () => on(entry, scenario.nextAndPreviousBlankFollowTheCaret));
});

test('no request leaves 127.0.0.1', () => {
  expect(b.offsiteRequests).toEqual([]);
});
