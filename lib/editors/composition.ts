import type { ChangeEvent } from './adapter';

/**
 * Tracks IME composition on an editor root and reports it with every change, so the content
 * script can hold re-renders until compositionend. Returns `changed()` for the adapter's own
 * change source (mutations, input events) and `stop()`.
 */
export function watchComposition(root: HTMLElement, listener: (change: ChangeEvent) => void): { changed(): void; stop(): void } {
  let composing = false;
  const onStart = () => {
    composing = true;
    listener({ composing });
  };
  const onEnd = () => {
    composing = false;
    listener({ composing });
  };
  root.addEventListener('compositionstart', onStart);
  root.addEventListener('compositionend', onEnd);
  return {
    changed: () => listener({ composing }),
    stop: () => {
      root.removeEventListener('compositionstart', onStart);
      root.removeEventListener('compositionend', onEnd);
    },
  };
}
