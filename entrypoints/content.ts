// The content script every matched page loads, in every frame: small on purpose. It waits for
// anything editable and then has the background inject the engine (content-engine.ts).
import { guardInstance } from '@/lib/content/instance-guard';
import { startEngineLoader } from '@/lib/content/engine-loader';
import { CONTENT_MATCHES } from '@/lib/background/sites';
// Injected by the browser before the page is styled (manifest `css`): see the file's header.
import '@/lib/highlight/default-highlights.css';

export default defineContentScript({
  matches: CONTENT_MATCHES,
  allFrames: true,
  matchAboutBlank: true,
  runAt: 'document_idle',
  // WXT's start-up postMessage would show the page our extension id; instance-guard replaces it.
  noScriptStartedPostMessage: true,
  main() {
    // Not tied to WXT's context: the page can dispatch the event that invalidates it.
    guardInstance(startEngineLoader());
  },
});
