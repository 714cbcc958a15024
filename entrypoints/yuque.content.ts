// 语雀 (Lake)'s own content script, on its hosts only: registers the site adapter (lib/editors/sites/yuque.ts)
// at document_start, before the shared content script looks for an editor, so the content script
// every page loads does not carry it.
import { registerSiteAdapter } from '@/lib/editors/site-adapters';
import { yuqueFactory } from '@/lib/editors/sites/yuque';

export default defineContentScript({
  matches: ['https://*.yuque.com/*'],
  runAt: 'document_start',
  allFrames: true,
  main() {
    registerSiteAdapter(yuqueFactory);
  },
});
