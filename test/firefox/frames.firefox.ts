// Editors in about:blank frames (UEditor, KindEditor, TinyMCE) in Firefox: the content script there
// has the background inject the engine into that frame (scripting.executeScript with its frameId),
// which must work in Firefox too, not only in Chromium.
import { afterAll, beforeAll, describe, inject, test } from 'vitest';
import { EDITOR_PAGES } from '../e2e/pages/editor-pages';
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
describe.each(EDITOR_PAGES.filter((p) => ['ueditor', 'kindeditor', 'tinymce'].includes(p.id)))(
  'Firefox: the $id editor in its about:blank frame',
  (entry) => {
    test('gets the engine and highlights exactly the blanks the engine finds', async () => {
      const live = await LivePage.open(ff, entry);
      try {
        await scenario.highlightsEveryBlankTheEngineFinds(live);
      } finally {
        await live.close();
      }
    });
  },
);
