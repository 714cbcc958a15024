// Injects the engine (entrypoints/content-engine.ts) into the one frame that asked for it. The
// engine itself refuses to start twice in a frame (instance-guard.ts startOnce); here a document
// that already asked is not injected again (a second request while the first is under way, a
// re-injected content script), which saves parsing the engine twice.
const ENGINE_FILE = '/content-engine.js' as const;

export interface FrameRef {
  tabId: number;
  frameId: number;
  /** Chromium names each document; without it (Firefox) every request injects and the engine's own guard decides. */
  documentId?: string;
}

/** The document that asked where the browser names it (a frame may have navigated meanwhile), else its frame. */
type InjectTarget = { tabId: number; documentIds: string[] } | { tabId: number; frameIds: number[] };
type Inject = (target: InjectTarget) => Promise<unknown>;

const defaultInject: Inject = (target) => browser.scripting.executeScript({ target, files: [ENGINE_FILE], injectImmediately: true });

export function createEngineInjector(inject: Inject = defaultInject) {
  const asked = new Map<number, Set<string>>();
  return {
    async load(frame: FrameRef): Promise<boolean> {
      const key = frame.documentId;
      const seen = asked.get(frame.tabId) ?? new Set<string>();
      asked.set(frame.tabId, seen);
      if (key !== undefined && seen.has(key)) return true;
      if (key !== undefined) seen.add(key);
      try {
        await inject(key !== undefined ? { tabId: frame.tabId, documentIds: [key] } : { tabId: frame.tabId, frameIds: [frame.frameId] });
        return true;
      } catch {
        // Not injected (frame gone, no access): a later request from this document may try again.
        if (key !== undefined) seen.delete(key);
        return false;
      }
    },
    /** The tab navigated or closed: its documents are gone. */
    forgetTab(tabId: number): void {
      asked.delete(tabId);
    },
  };
}
