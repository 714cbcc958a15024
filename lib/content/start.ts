// The content script's whole life on a page: ask the background whether this site is on, wait for
// an editor, then keep a live session and answer the panel. A frame without an editor does nothing.
import type { EditorAdapter } from '../editors/adapter';
import { detectEditor } from '../editors/registry';
import { degradedSiteFor } from '../editors/sites/degraded';
import { sendMessage, type DocState, type SiteSettings } from '../protocol';
import { serveDegradedSite } from './degraded-site';
import { watchForEditor } from './editor-watch';
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

function publish(state: DocState): void {
  void sendMessage('stateChanged', state).catch(() => {});
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

export async function startContent(doc: Document = document): Promise<RunningContent> {
  const origin = originOf(doc);
  const settings = await siteSettings(origin);
  let session: EditorSession | null = null;
  let unregister = () => {};
  if (!settings.enabled) return { session: () => null, stop: () => {} };
  let stopped = false;
  let stopWatching = () => {};
  let stopSwitchWatch = () => {};
  const end = () => {
    stopSwitchWatch();
    unregister();
    unregister = () => {};
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
      void EditorSession.start(adapter, { highlights: settings.highlights, publish }).then((started) => {
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

// about:blank frames (TinyMCE) inherit their parent's origin.
function originOf(doc: Document): string {
  const own = doc.location.origin;
  if (own && own !== 'null') return own;
  try {
    return doc.defaultView?.parent?.location.origin ?? own;
  } catch {
    return own;
  }
}
