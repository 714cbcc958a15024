// The content script's side of the protocol: one handler per message kind, each delegating to
// the live editor session. Registered only in a frame that has an editor.
import { onMessage } from '../protocol';
import type { EditorSession } from './session';

export function registerHandlers(session: EditorSession): () => void {
  const stops = [
    onMessage('getState', ({ data }) => session.getState(data?.have)),
    onMessage('announce', () => session.announce()),
    onMessage('jumpTo', ({ data }) => session.jumpTo(data?.offset, data?.end)),
    onMessage('jumpToBlank', ({ data }) => session.jumpToBlank(data?.direction === 'previous' ? 'previous' : 'next')),
    onMessage('insertText', ({ data }) => session.insertText(data?.text)),
    onMessage('replaceRange', ({ data }) => session.replaceRange(data)),
    onMessage('applyEdits', ({ data }) => session.applyEdits(data?.edits)),
    onMessage('fillLabel', ({ data }) => session.fillLabel(data?.label, data?.value)),
    onMessage('setHighlights', ({ data }) => session.setHighlights(data)),
    onMessage('getSelectionText', () => session.selectionText()),
    onMessage('getSelectionSpan', () => session.selectionSpan()),
    onMessage('loadFullText', () => session.loadFullText()),
  ];
  return () => {
    for (const stop of stops) stop();
  };
}
