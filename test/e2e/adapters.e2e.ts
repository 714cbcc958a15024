// Every editor adapter against its real editor library in Chromium: the same scenarios on each page.
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { launchWithExtension, type ExtensionBrowser } from './browser';
import { EditorPageObject } from './adapter-harness/editor-page';
import * as scenario from './adapter-harness/scenarios';
import { EDITOR_PAGES } from './pages/editor-pages';
import { locateBlanks } from './pages/editors/sample-report';

let b: ExtensionBrowser;
beforeAll(async () => {
  b = await launchWithExtension();
});
afterAll(async () => {
  await b?.close();
});

async function on(entry: (typeof EDITOR_PAGES)[number], run: (ed: EditorPageObject) => Promise<void>) {
  const ed = await EditorPageObject.open(b, entry);
  try {
    await run(ed);
  } finally {
    await ed.page.close();
  }
}

describe.each(EDITOR_PAGES)('$id editor', (entry) => {
  test('shows the sample report, blanks boxed where rectsFor puts them (screenshot in test-artifacts)', () =>
    on(entry, async (ed) => {
      await ed.page.evaluate(() => window.scrollTo(0, 180));
      await ed.markSpans(locateBlanks(await ed.read()));
      await b.screenshot(ed.page, `editor-${entry.id}`);
      expect(await ed.isVisible({ start: 0, end: 2 })).toBe(true);
    }));
  test('is recognised as its own editor family', () => on(entry, scenario.detectsItsOwnAdapter));
  test('reads the report line by line, in order', () => on(entry, scenario.readsTheReportLineByLine));
  test('maps every blank back to its text on the page', () => on(entry, scenario.mapsEveryBlankToItsText));
  test('inserts at the caret into the editor itself', () => on(entry, scenario.insertsAtTheCaretIntoTheEditorsModel));
  test.runIf(entry.hasUndo)('Ctrl+Z undoes an insert', () => on(entry, scenario.undoRestoresTheText));
  test('inserts several paragraphs at once', () => on(entry, scenario.insertsSeveralParagraphs));
  test('fills several blanks at once', () => on(entry, scenario.fillsSeveralBlanksAtOnce));
  test.runIf(entry.hasUndo)(`Ctrl+Z takes back a fill of several blanks (${entry.fillUndo === 'one' ? 'one step' : 'one step per blank'})`, () =>
    on(entry, scenario.undoTakesBackAFill));
  test('jumps to a heading near the end', () => on(entry, scenario.revealsAHeadingNearTheEnd));
  test('selecting a blank already on screen does not scroll anything', () => on(entry, scenario.revealLeavesTheViewAloneWhenTheSpanIsOnScreen));
});
