// The content script every page loads stays small: it watches the frame for anything that may be an
// editor (editor-presence.ts) and only then asks the background to inject the engine (the reading,
// highlighting and answering: start.ts) into this frame. Injected by scripting.executeScript, the
// engine runs in this isolated world without being a web-accessible resource, so pages cannot probe
// for it. A top frame whose site is switched off gets the engine too: it tells the panel which page
// this is so the panel can offer to switch the site back on (start.ts, answerWhileOff).
import { onMessage, sendMessage, type SiteSettings } from '../protocol';
import { watchForEditor } from './editor-watch';
import { mayHoldEditor } from './editor-presence';
import { markNow } from './timing';

export interface LoaderDeps {
  /** Asks for the engine in this frame (background: scripting.executeScript). */
  requestEngine(): Promise<unknown>;
  siteSettings(origin: string): Promise<SiteSettings | null | undefined>;
  /** Calls back on a site switch of any origin; returns the unsubscribe. */
  onSiteSwitched(listener: (data: { origin: string; enabled: boolean }) => void): () => void;
}

const defaultDeps: LoaderDeps = {
  requestEngine: () => sendMessage('loadEngine'),
  siteSettings: (origin) => sendMessage('getSiteSettings', { origin }),
  onSiteSwitched: (listener) => onMessage('siteSwitched', ({ data }) => listener(data)),
};

/** Watches the frame and asks for the engine once; returns the stop. */
export function startEngineLoader(doc: Document = document, deps: LoaderDeps = defaultDeps): () => void {
  let asked = false;
  const cleanups: (() => void)[] = [];
  const stop = () => {
    for (const cleanup of cleanups.splice(0)) cleanup();
  };
  const load = () => {
    if (asked) return;
    asked = true;
    stop();
    // The bench's injection time: this mark to the engine's ra:engine-started (entrypoints/content-engine.ts).
    markNow('ra:engine-asked');
    // Background unreachable (being updated): nothing to do until the page loads again.
    void deps.requestEngine().catch(() => {});
  };
  cleanups.push(watchForEditor(doc, (d) => (mayHoldEditor(d) ? true : null), load));
  if (!asked && doc.defaultView === doc.defaultView?.top) {
    const origin = doc.location.origin;
    cleanups.push(
      deps.onSiteSwitched((data) => {
        if (data?.origin === origin && !data.enabled) load();
      }),
    );
    void deps.siteSettings(origin).then(
      (settings) => {
        if (settings && !settings.enabled) load();
      },
      () => {},
    );
  }
  return () => {
    asked = true;
    stop();
  };
}
