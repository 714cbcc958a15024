// Chromium: sets Docs' annotate flag (window._docs_annotate_canvas_by_ext) in the page's main world
// before any of the page's own scripts run, which the injected bridge (loaded asynchronously) cannot
// promise. A main-world script has no extension API, so the id, this extension's own, comes from
// Docs' isolated content script by a synchronous event handshake. Firefox (MV2) has no main-world
// content scripts: there the bridge sets the flag as soon as it loads.
import { DOCS_FLAG_ASK, DOCS_FLAG_ID } from '@/lib/bridge/google-docs-spec';

export default defineContentScript({
  matches: ['https://docs.google.com/document/*'],
  runAt: 'document_start',
  world: 'MAIN',
  include: ['chrome'],
  globalName: false,
  main() {
    const take = (event: Event) => {
      const id = (event as CustomEvent).detail;
      if (typeof id === 'string' && id) (window as unknown as Record<string, unknown>)._docs_annotate_canvas_by_ext = id;
    };
    document.addEventListener(DOCS_FLAG_ID, take, { once: true });
    document.dispatchEvent(new CustomEvent(DOCS_FLAG_ASK));
  },
});
