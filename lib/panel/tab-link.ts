// PageLink over the typed protocol to one browser tab. Every request goes to ONE frame: the one
// whose editor the user focused last or chose (lib/frames); frames report themselves by
// broadcasting `stateChanged`, and `announce` asks them all to do so.
import { DISCOVERY_MS, FrameRegistry } from '../frames/frame-registry';
import { onMessage, sendMessage, type DocReport, type DocState, type FrameInfo, type ProtocolMap, type WriteOutcome } from '../protocol';
import { stateOfReport } from '../state/frame-document';
import { pageSideWrites } from './page-side-writes';
import type { FrameSwitch, PageLink } from './page-link';

type Sender = { tab?: { id?: number }; frameId?: number };
type Report = { type: 'state'; state: DocReport } | { type: 'frame'; frame: FrameInfo } | { type: 'gone' };
type Listener = (report: Report, sender: Sender) => void;
const listeners = new Set<Listener>();
let unsubscribeRoot: (() => void) | undefined;

function notify(report: Report, sender: Sender): void {
  for (const l of listeners) l(report, sender);
}

// @webext-core/messaging allows one listener per message type and context: fan out from one.
function subscribeFrames(listener: Listener): () => void {
  listeners.add(listener);
  if (!unsubscribeRoot) {
    const offs = [
      onMessage('stateChanged', ({ data, sender }) => notify({ type: 'state', state: data }, sender)),
      onMessage('frameChanged', ({ data, sender }) => notify({ type: 'frame', frame: data }, sender)),
      onMessage('editorGone', ({ sender }) => notify({ type: 'gone' }, sender)),
    ];
    unsubscribeRoot = () => {
      for (const off of offs) off();
    };
  }
  return () => {
    listeners.delete(listener);
    if (listeners.size === 0 && unsubscribeRoot) {
      unsubscribeRoot();
      unsubscribeRoot = undefined;
    }
  };
}

const notWritten = { ok: false, method: 'none', messageKey: 'error.noConnection' } as const;

export function createTabLink(tabId: number): PageLink {
  const frames = new FrameRegistry();
  const stateListeners = new Set<(state: DocState) => void>();
  const switchListeners = new Set<() => void>();
  const changed = (targetChanged: boolean) => {
    for (const l of switchListeners) l();
    const state = frames.targetState();
    if (targetChanged && state) for (const l of stateListeners) l(state);
  };
  const record = (frameId: number, report: DocReport | null) => {
    changed(frames.update(frameId, report));
    // A change to a text we do not hold (a broadcast missed, the panel opened late): ask for all of it.
    if (report && frames.isBehind(frameId)) void pull(frameId);
  };
  const pull = async (frameId: number) => {
    try {
      record(frameId, await sendMessage('getState', { have: frames.versionOf(frameId) }, { tabId, frameId }));
    } catch {
      record(frameId, null); // the frame went away (navigated, removed)
    }
  };

  // A reload replaces every frame: start over.
  const onTabUpdated = (id: number, change: { status?: string }) => {
    if (id !== tabId || change.status !== 'loading') return;
    frames.clear();
    changed(false);
  };
  let unsubscribe: (() => void) | undefined;
  const listen = () => {
    if (unsubscribe) return;
    const offFrames = subscribeFrames((report, sender) => {
      if (sender.tab?.id !== tabId) return;
      const frameId = sender.frameId ?? 0;
      if (report.type === 'frame') changed(frames.updateFrame(frameId, report.frame));
      else record(frameId, report.type === 'state' ? report.state : null);
    });
    browser.tabs.onUpdated.addListener(onTabUpdated);
    unsubscribe = () => {
      offFrames();
      browser.tabs.onUpdated.removeListener(onTabUpdated);
    };
  };
  const stopListening = () => {
    if (stateListeners.size || switchListeners.size) return;
    unsubscribe?.();
    unsubscribe = undefined;
  };

  /** Sends to the target frame; rejects when there is none. */
  function toTarget<K extends keyof ProtocolMap>(type: K, data?: Parameters<ProtocolMap[K]>[0]) {
    const frameId = frames.target();
    if (frameId === null) return Promise.reject(new Error('No editor to send to'));
    return sendMessage(type, data as never, { tabId, frameId });
  }

  async function discover(): Promise<DocState | null> {
    listen();
    let topState: DocState | null = null;
    const top = sendMessage('getState', undefined, { tabId, frameId: 0 }).then((report) => {
      topState = stateOfReport(report);
      record(0, report);
    });
    await Promise.allSettled([top, sendMessage('announce', undefined, tabId)]);
    if (frames.target() === null) await new Promise((ok) => setTimeout(ok, DISCOVERY_MS));
    // No frame with an editor: the top frame may still say which page or known suite this is
    // (site switched off, a canvas suite); no answer at all means no content script here.
    return frames.targetState() ?? (await top.then(() => topState));
  }

  async function getState(): Promise<DocState | null> {
    const frameId = frames.target();
    if (frameId === null) return discover();
    await pull(frameId);
    return frames.target() === null ? discover() : frames.targetState();
  }
  const replaceRange = (data: Parameters<PageLink['replaceRange']>[0]): Promise<WriteOutcome> =>
    toTarget('replaceRange', data).catch(() => ({ ...notWritten }));
  const applyEdits: PageLink['applyEdits'] = (edits) => toTarget('applyEdits', { edits }).catch(() => ({ ...notWritten }));

  const frameSwitch: FrameSwitch = {
    choices: () => frames.choices(),
    target: () => frames.target(),
    choose: (frameId) => changed(frames.choose(frameId)),
    onChange(listener) {
      listen();
      switchListeners.add(listener);
      return () => {
        switchListeners.delete(listener);
        stopListening();
      };
    },
  };

  return {
    getState,
    jumpTo: (offset, end) => toTarget('jumpTo', { offset, end }).catch(() => false),
    insertText: (text) => toTarget('insertText', { text }).catch(() => ({ ...notWritten })),
    replaceRange,
    fillLabel: (label, value) => toTarget('fillLabel', { label, value }).catch(() => ({ ...notWritten })),
    applyEdits,
    ...pageSideWrites({
      current: async () => {
        const state = await getState();
        const text = frames.targetText();
        return state && text !== null ? { state, text } : null;
      },
      replaceRange,
      applyEdits,
      selectionSpan: () => toTarget('getSelectionSpan').catch(() => null),
    }),
    setHighlights: (settings) => toTarget('setHighlights', settings).catch(() => undefined),
    pageUrl: () =>
      browser.tabs.get(tabId).then(
        (tab) => tab.url,
        () => undefined,
      ),
    getSelectionText: () => toTarget('getSelectionText').catch(() => ''),
    loadFullText: () => toTarget('loadFullText').catch(() => false),
    onStateChanged(listener) {
      listen();
      const forward = (state: DocState) => listener(state);
      stateListeners.add(forward);
      return () => {
        stateListeners.delete(forward);
        stopListening();
      };
    },
    frames: frameSwitch,
  };
}
