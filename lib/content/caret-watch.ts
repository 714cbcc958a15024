// Tells the session where the caret is in the editor, so the panel's current field can follow it.
// Debounced: a caret moving with the arrow keys reports once it rests.
import type { EditorAdapter } from '../editors/adapter';

export function watchCaret(adapter: EditorAdapter, onMove: (caret: number | null) => void, delayMs = 120): () => void {
  const doc = adapter.root.ownerDocument;
  let last: number | null | undefined;
  let timer: ReturnType<typeof setTimeout> | undefined;
  const check = () => {
    timer = undefined;
    let caret: number | null = null;
    try {
      caret = adapter.getSelection()?.start ?? null;
    } catch {
      caret = null;
    }
    // Leaving the editor keeps the last place: the panel's field stays where the user was.
    if (caret === null || caret === last) return;
    last = caret;
    onMove(caret);
  };
  const schedule = () => {
    if (timer === undefined) timer = setTimeout(check, delayMs);
  };
  // Textareas report their selection through keyup/mouseup in some browsers, not selectionchange.
  doc.addEventListener('selectionchange', schedule);
  adapter.root.addEventListener('keyup', schedule);
  adapter.root.addEventListener('mouseup', schedule);
  return () => {
    if (timer !== undefined) clearTimeout(timer);
    doc.removeEventListener('selectionchange', schedule);
    adapter.root.removeEventListener('keyup', schedule);
    adapter.root.removeEventListener('mouseup', schedule);
  };
}
