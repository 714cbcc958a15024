// Confluence Cloud's own content script, on its hosts only: registers the site adapter (lib/editors/sites/confluence.ts)
// at document_start, before the shared content script looks for an editor, so the content script
// every page loads does not carry it.
import { registerSiteAdapter } from '@/lib/editors/site-adapters';
import { confluenceFactory } from '@/lib/editors/sites/confluence';

export default defineContentScript({
  matches: ['https://*.atlassian.net/*'],
  runAt: 'document_start',
  allFrames: true,
  main() {
    registerSiteAdapter(confluenceFactory);
  },
});
