// Word for the web's own content script, in its editing frame's host only: registers the Word
// adapter (so the content script every page loads stays small); the adapter injects its bridge.
import { registerSiteAdapter } from '@/lib/editors/site-adapters';
import { wordFactory } from '@/lib/editors/sites/word';

export default defineContentScript({
  matches: ['https://*.officeapps.live.com/*'],
  runAt: 'document_start',
  allFrames: true,
  main() {
    registerSiteAdapter(wordFactory);
  },
});
