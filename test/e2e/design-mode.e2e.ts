// Iframe documents made editable by designMode='on' alone (KindEditor, home-grown OA editors) carry
// no contenteditable attribute: the content script must still find, read, highlight and write them.
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { launchWithExtension, type ExtensionBrowser } from './browser';
import { EDITOR_PAGES, type EditorPage } from './pages/editor-pages';
import { LivePage } from './scenarios/live-page';
import * as scenario from './scenarios/content-scenarios';

const PAGES: EditorPage[] = [
  // The generic adapter takes a design-mode body no editor family claims.
  {
    id: 'contenteditable',
    path: 'designmode.html',
    rootSelector: 'body',
    frameSelector: 'iframe#doc',
    hasUndo: true,
    fillUndo: 'per-blank',
  },
  EDITOR_PAGES.find((page) => page.id === 'kindeditor')!,
];

let b: ExtensionBrowser;
beforeAll(async () => {
  b = await launchWithExtension();
});
afterAll(async () => {
  await b?.close();
});

describe.each(PAGES)('design-mode frame on $path', (entry) => {
  test('is found though nothing carries contenteditable; its blanks highlighted; written through the browser, Ctrl+Z undoes', async () => {
    const live = await LivePage.open(b, entry);
    try {
      expect(
        await live.frame.evaluate(() => ({
          designMode: document.designMode,
          attributes: document.querySelectorAll('[contenteditable]').length,
        })),
      ).toEqual({
        designMode: 'on',
        attributes: 0,
      });
      await scenario.highlightsEveryBlankTheEngineFinds(live);
      await scenario.insertsAndFillsThenUndoRestores(live);
    } finally {
      await live.close();
    }
  });
});

test('no request leaves 127.0.0.1', () => {
  expect(b.offsiteRequests).toEqual([]);
});
