// PageLink over the typed protocol to one browser tab.
import { onMessage, sendMessage, type DocState } from '../protocol';
import type { PageLink } from './page-link';

type Listener = (state: DocState, tabId: number | undefined) => void;
const listeners = new Set<Listener>();
let unsubscribeRoot: (() => void) | undefined;

// @webext-core/messaging allows one listener per message type and context: fan out from one.
function subscribeStateChanged(listener: Listener): () => void {
  listeners.add(listener);
  unsubscribeRoot ??= onMessage('stateChanged', ({ data, sender }) => {
    for (const l of listeners) l(data, sender?.tab?.id);
  });
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
  return {
    getState: () => sendMessage('getState', undefined, tabId),
    jumpTo: (offset, end) => sendMessage('jumpTo', { offset, end }, tabId).catch(() => false),
    insertText: (text) => sendMessage('insertText', { text }, tabId).catch(() => ({ ...notWritten })),
    replaceRange: (data) => sendMessage('replaceRange', data, tabId).catch(() => ({ ...notWritten })),
    fillLabel: (label, value) => sendMessage('fillLabel', { label, value }, tabId).catch(() => ({ ...notWritten })),
    applyEdits: (edits) => sendMessage('applyEdits', { edits }, tabId).catch(() => ({ ...notWritten })),
    previewEdits: (edits) => sendMessage('previewEdits', { edits }, tabId).catch(() => []),
    applyFix: (data) => sendMessage('applyFix', data, tabId).catch(() => ({ ...notWritten })),
    setHighlights: (settings) => sendMessage('setHighlights', settings, tabId).catch(() => undefined),
    pageUrl: () => browser.tabs.get(tabId).then((tab) => tab.url, () => undefined),
    getSelectionText: () => sendMessage('getSelectionText', undefined, tabId).catch(() => ''),
    onStateChanged: (listener) =>
      subscribeStateChanged((state, from) => {
        if (from === undefined || from === tabId) listener(state);
      }),
  };
}
