// Confluence under its real hostname (test/e2e/sites/confluence): the content script reads the whole document
// as the engine does, highlights, jumps, inserts and fills through the editor, and leaves the page alone.
import { afterAll, beforeAll, expect, test } from 'vitest';
import { launchWithExtension, type ExtensionBrowser } from './browser';
import * as scenario from './sites/dom-site-scenarios';

const SITE: scenario.DomSite = {
  id: 'confluence',
  url: 'https://example.atlassian.net/wiki/spaces/TEAM/pages/edit-v2/123456',
  rootSelector: '.ak-editor-content-area .ProseMirror',
};
const on = (run: Parameters<typeof scenario.onSite>[2]) => scenario.onSite(b, SITE, run);

test('blanks and outline equal the engine on the page model; the input proxies are not taken', () =>
  on((s) => scenario.readsTheWholeDocumentLikeTheEngine(s, SITE)));
test('the toolbar badge shows the number of blanks', () => on(scenario.badgeCountsTheBlanks));
test('jump brings a heading near the end into view and selects a blank', () => on(scenario.jumpsToAHeadingAndSelectsABlank));
test('inserts and fills through the editor; Ctrl+Z takes the fill back', () =>
  on((s) => scenario.insertsAndFillsThroughTheEditorThenUndo(s, true)));
test('typing updates the state and the highlights', () => on(scenario.typingUpdatesStateAndHighlights));
test('fills every blank of a label at once', () => on(scenario.fillsEveryBlankOfALabel));
test('highlights never change the editor DOM, the model or the page globals', () => on((s) => scenario.leavesThePageAlone(s, SITE)));

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
