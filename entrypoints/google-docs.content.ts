// Google Docs' own content script, on its document pages only: it registers the Docs adapter (so
// the content script every page loads stays small) and, in the top frame, puts the bridge into the
// page at document_start, because Docs decides whether to render its annotated canvas when it
// starts. It also runs in Docs' about:blank text-event iframe, where the adapter's `ignores`
// keeps every adapter off that input proxy.
import { injectBridge } from '@/lib/bridge/inject';
import { registerSiteAdapter } from '@/lib/editors/site-adapters';
import { googleDocsFactory } from '@/lib/editors/sites/google-docs';

export default defineContentScript({
  matches: ['https://docs.google.com/document/*'],
  runAt: 'document_start',
  allFrames: true,
  matchAboutBlank: true,
  main() {
    registerSiteAdapter(googleDocsFactory);
    if (window === window.top) void injectBridge('/google-docs-bridge.js');
  },
});
