// Confluence under its real hostname (test/e2e/sites/confluence): the content script reads the whole document
// as the engine does, highlights, jumps, inserts and fills through the editor, and leaves the page alone.
import * as scenario from './sites/dom-site-scenarios';

const SITE: scenario.DomSite = {
  id: 'confluence',
  url: 'https://example.atlassian.net/wiki/spaces/TEAM/pages/edit-v2/123456',
  rootSelector: '.ak-editor-content-area .ProseMirror',
};
// Every scenario Confluence must pass is a shared DOM-site scenario.
const suite = scenario.domSiteSuite(SITE);
suite.noRequestLeavesTheMachine();
