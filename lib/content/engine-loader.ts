// The content script every page loads stays small: it watches the frame for anything that may be an
// editor (editor-presence.ts) and only then asks the background to inject the engine (the reading,
// highlighting and answering: start.ts) into this frame. Injected by scripting.executeScript, the
// engine runs in this isolated world without being a web-accessible resource, so pages cannot probe
// for it. A site the user switched off gets no engine at all: the background refuses it, and the top
// frame names the page to the panel from here, so the panel can offer to switch the site back on.
import { onMessage, sendMessage, type EngineAnswer, type SiteSettings } from '../protocol';
import { watchForEditor } from './editor-watch';
import { mayHoldEditor } from './editor-presence';
import { frameOrigin } from './frame-origin';
import { answerWhileOff } from './page-report';
import { markNow } from './timing';

export interface LoaderDeps {
  /** Asks for the engine in this frame (background: scripting.executeScript, unless the site is off). */
  requestEngine(origin: string): Promise<EngineAnswer>;
  siteSettings(origin: string): Promise<SiteSettings | null | undefined>;
  /** Calls back on a site switch of any origin; returns the unsubscribe. */
  onSiteSwitched(listener: (data: { origin: string; enabled: boolean }) => void): () => void;
  /** Answers the panel's getState with the page alone while the site is off (top frame); returns the stop. */
  answerWhileOff(doc: Document): (() => void) | null;
}

const defaultDeps: LoaderDeps = {
  requestEngine: (origin) => sendMessage('loadEngine', { origin }),
  siteSettings: (origin) => sendMessage('getSiteSettings', { origin }),
  onSiteSwitched: (listener) => onMessage('siteSwitched', ({ data }) => listener(data)),
  answerWhileOff,
};

/** Watches the frame and asks for the engine once an editor is there and the site is on; returns the stop. */
export function startEngineLoader(doc: Document = document, deps: LoaderDeps = defaultDeps): () => void {
  const origin = frameOrigin(doc);
  const top = doc.defaultView === doc.defaultView?.top;
  let editorSeen = false;
  let requested = false;
  let stopped = false;
  let siteOff = false;
  // Counts the site switches heard: an answer asked for before the latest switch may be stale (the
  // background read the setting just before the panel changed it) and must not undo that switch.
  let switches = 0;
  let stopAnswering: (() => void) | null = null;
  const cleanups: (() => void)[] = [];
  const stopAll = () => {
    stopped = true;
    setAnswering(false);
    for (const cleanup of cleanups.splice(0)) cleanup();
  };
  function setAnswering(on: boolean) {
    if (on && !stopAnswering) stopAnswering = deps.answerWhileOff(doc);
    if (!on && stopAnswering) {
      stopAnswering();
      stopAnswering = null;
    }
  }
  const switchedOff = () => {
    siteOff = true;
    if (!requested) setAnswering(true);
  };
  const load = () => {
    if (stopped || requested || !editorSeen || siteOff) return;
    requested = true;
    const askedAt = switches;
    // The engine answers the panel from now on (and while the site is off, see start.ts).
    setAnswering(false);
    // The bench's injection time: this mark to the engine's ra:engine-started (entrypoints/content-engine.ts).
    markNow('ra:engine-asked');
    deps.requestEngine(origin).then(
      (answer) => {
        if (answer === 'loaded') stopAll();
        else if (answer === 'siteOff') {
          requested = false;
          // Switched since we asked: the latest switch decides (on: ask again; off: idle, naming the page).
          if (askedAt === switches || siteOff) switchedOff();
          else load();
        }
        // 'failed': the frame went away or cannot be reached; nothing to do until the page loads again.
      },
      // Background unreachable (being updated): nothing to do until the page loads again.
      () => {},
    );
  };
  cleanups.push(
    watchForEditor(
      doc,
      (d) => (mayHoldEditor(d) ? true : null),
      () => {
        editorSeen = true;
        load();
      },
    ),
  );
  // Every frame hears of switches (the background tells all frames of every tab): a frame refused
  // while its site was off asks again when the site comes back on.
  cleanups.push(
    deps.onSiteSwitched((data) => {
      if (data?.origin !== origin) return;
      switches++;
      if (data.enabled) {
        siteOff = false;
        setAnswering(false);
        load();
      } else switchedOff();
    }),
  );
  // Without an editor the background is never asked, so the top frame asks whether its site is off.
  if (top) {
    void deps.siteSettings(origin).then(
      (settings) => {
        if (!stopped && switches === 0 && settings && !settings.enabled && !requested) switchedOff();
      },
      () => {},
    );
  }
  return stopAll;
}
