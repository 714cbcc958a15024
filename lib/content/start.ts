// The content script's whole life on a page: ask the background whether this site is on, wait for
// an editor, then keep a live session and answer the panel. A frame without an editor does nothing.
// The site switch applies at once: switched off, the session ends (highlights gone) and the script
// idles until the site is switched back on.
import type { EditorAdapter } from '../editors/adapter';
import { detectEditor } from '../editors/registry';
import { degradedSiteFor } from '../editors/sites/degraded';
import { onMessage, sendMessage, type DocReport, type FrameInfo, type SiteSettings } from '../protocol';
import { serveDegradedSite } from './degraded-site';
import { answerWhileOff } from './page-report';
import { watchForEditor } from './editor-watch';
import { frameOrigin } from './frame-origin';
import { registerHandlers } from './message-handlers';
import { watchEditorRemoval } from './root-watch';
import { EditorSession } from './session';

const DEFAULT_SITE_SETTINGS: SiteSettings = { enabled: true, highlights: { enabled: true, colors: {} } };

async function siteSettings(origin: string): Promise<SiteSettings> {
  try {
    return (await sendMessage('getSiteSettings', { origin })) ?? DEFAULT_SITE_SETTINGS;
  } catch {
    // Background not reachable (e.g. being restarted): run with defaults rather than not at all.
    return DEFAULT_SITE_SETTINGS;
  }
}

function publish(report: DocReport): void {
  void sendMessage('stateChanged', report).catch(() => {});
}

function publishFrame(frame: FrameInfo): void {
  void sendMessage('frameChanged', frame).catch(() => {});
}

type Found = { adapter: EditorAdapter } | { site: string };

/** The editor on the page; on a known suite without readable text, the site (top frame) or nothing (its frames). */
function detectPage(doc: Document): Found | null {
  const site = degradedSiteFor(doc);
  if (site) return doc.defaultView === doc.defaultView?.top ? { site } : null;
  const adapter = detectEditor(doc);
  return adapter ? { adapter } : null;
}

export interface RunningContent {
  session(): EditorSession | null;
  stop(): void;
}

interface Follower {
  session(): EditorSession | null;
  stop(): void;
}

/** Waits for an editor, keeps a session on it, and starts over when the editor goes away. */
function followEditors(doc: Document, settings: SiteSettings): Follower {
  let session: EditorSession | null = null;
  let unregister = () => {};
  let stopped = false;
  let stopWatching = () => {};
  let stopSwitchWatch = () => {};
  const end = () => {
    stopSwitchWatch();
    unregister();
    unregister = () => {};
    // The panel and the background stop sending this frame requests.
    if (session) void sendMessage('editorGone').catch(() => {});
    session?.dispose();
    session = null;
  };
  const follow = () => {
    stopWatching = watchForEditor(doc, detectPage, (found) => {
      if ('site' in found) {
        unregister = serveDegradedSite(doc, found.site, publish);
        return;
      }
      const { adapter } = found;
      void EditorSession.start(adapter, { highlights: settings.highlights, publish, publishFrame }).then((started) => {
        if (stopped) return started.dispose();
        session = started;
        unregister = registerHandlers(started);
        // The editor went away: start over with what is there now.
        stopSwitchWatch = watchEditorRemoval(adapter.root, () => {
          end();
          if (!stopped) follow();
        });
      });
    });
  };
  follow();
  return {
    session: () => session,
    stop() {
      stopped = true;
      stopWatching();
      end();
    },
  };
}

export async function startContent(doc: Document = document): Promise<RunningContent> {
  const origin = frameOrigin(doc);
  let running: Follower | null = null;
  let stopIdle: (() => void) | null = null;
  let stopped = false;
  // Switches in order: a quick off/on cannot leave two followers or none.
  let switching = Promise.resolve();
  const apply = (settings: SiteSettings) => {
    if (stopped) return;
    if (!settings.enabled) {
      running?.stop();
      running = null;
      stopIdle ??= answerWhileOff(doc);
    } else if (!running) {
      stopIdle?.();
      stopIdle = null;
      running = followEditors(doc, settings);
    }
  };
  // Listening from the start, before the first read is answered: a switch meanwhile is applied after
  // it, in order (the static loader stopped listening when it handed the frame over to us).
  switching = switching.then(async () => apply(await siteSettings(origin)));
  const stopListening = onMessage('siteSwitched', ({ data }) => {
    if (data?.origin !== origin) return;
    // The message says on or off; the read gives the highlight settings (and may predate the switch).
    switching = switching.then(async () =>
      apply(data.enabled ? { ...(await siteSettings(origin)), enabled: true } : { ...DEFAULT_SITE_SETTINGS, enabled: false }),
    );
  });
  await switching;
  return {
    session: () => running?.session() ?? null,
    stop() {
      stopped = true;
      stopListening();
      stopIdle?.();
      running?.stop();
      running = null;
    },
  };
}
