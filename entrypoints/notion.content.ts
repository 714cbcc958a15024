// Notion's own content script, on its hosts only: registers the site adapter (lib/editors/sites/notion.ts)
// at document_start, before the shared content script looks for an editor, so the content script
// every page loads does not carry it.
import { registerSiteAdapter } from '@/lib/editors/site-adapters';
import { notionFactory } from '@/lib/editors/sites/notion';

export default defineContentScript({
  matches: ['https://*.notion.so/*'],
  runAt: 'document_start',
  allFrames: true,
  main() {
    registerSiteAdapter(notionFactory);
  },
});
