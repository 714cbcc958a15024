// How this frame's editor stands for the user, judged inside its own frame: can it be seen (size of
// the editor and of the frame, layout, opacity), does the browser confirm the frame is shown
// (IntersectionObserver v2 sees the embedding page's opacity and overlays), and when was it last
// focused. lib/frames picks the one frame the panel talks to from these reports.
import type { FrameInfo } from '../protocol';

/** Smaller than this (CSS px) an editor or its frame is not something a user writes in. */
export const MIN_WIDTH = 40;
export const MIN_HEIGHT = 16;
/** Nearly transparent counts as hidden (checkVisibility only catches opacity 0). */
const MIN_OPACITY = 0.1;

export interface FramePresence {
  info(): FrameInfo;
  dispose(): void;
}

export function watchPresence(root: HTMLElement, onChange: () => void): FramePresence {
  const doc = root.ownerDocument;
  const win = doc.defaultView ?? window;
  const top = isTopFrame(win);
  let focusedAt = 0;
  const onFocus = (event: FocusEvent) => {
    if (!(event.target instanceof Node) || !root.contains(event.target)) return;
    focusedAt = Date.now();
    onChange();
  };
  doc.addEventListener('focusin', onFocus, true);

  // An embedded frame cannot read its embedder's styles: ask the browser whether the frame is
  // shown unfaded and uncovered. Strict (a page's own overlays over a frame also count as covering),
  // so it only decides whether focus here may move the panel, not whether this frame may be used.
  let confirmed = top;
  let observer: IntersectionObserver | undefined;
  if (!top && supportsVisibilityTracking()) {
    observer = new IntersectionObserver(
      (entries) => {
        const entry = entries[entries.length - 1] as IntersectionObserverEntry & { isVisible?: boolean };
        // Scrolled out of view says nothing about hidden or transparent: keep the last verdict.
        if (!entry.isIntersecting) return;
        const shown = entry.isVisible === true;
        if (shown === confirmed) return;
        confirmed = shown;
        onChange();
      },
      { threshold: [0], trackVisibility: true, delay: 100 } as IntersectionObserverInit,
    );
    // The whole document: content of the frame itself never counts as covering it.
    observer.observe(doc.documentElement);
  }

  return {
    info() {
      const rect = root.getBoundingClientRect();
      return {
        top,
        host: doc.location.host || hostOfParent(win),
        visible: frameBigEnough(win) && editorShown(root, rect, win),
        confirmed,
        focusedAt,
        area: Math.round(rect.width * rect.height),
      };
    },
    dispose() {
      doc.removeEventListener('focusin', onFocus, true);
      observer?.disconnect();
    },
  };
}

function editorShown(root: HTMLElement, rect: DOMRect, win: Window): boolean {
  if (rect.width < MIN_WIDTH || rect.height < MIN_HEIGHT) return false;
  // Placed off the page (negative positions cannot be scrolled to).
  if (rect.right + win.scrollX <= 0 || rect.bottom + win.scrollY <= 0) return false;
  if (typeof root.checkVisibility === 'function' && !root.checkVisibility({ opacityProperty: true, visibilityProperty: true })) {
    return false;
  }
  return opacityOf(root, win) >= MIN_OPACITY;
}

function opacityOf(el: Element, win: Window): number {
  let opacity = 1;
  for (let node: Element | null = el; node; node = node.parentElement) {
    opacity *= Number(win.getComputedStyle(node).opacity) || 0;
    if (opacity < MIN_OPACITY) break;
  }
  return opacity;
}

function frameBigEnough(win: Window): boolean {
  return win.innerWidth >= MIN_WIDTH && win.innerHeight >= MIN_HEIGHT;
}

function supportsVisibilityTracking(): boolean {
  return typeof IntersectionObserverEntry !== 'undefined' && 'isVisible' in IntersectionObserverEntry.prototype;
}

function isTopFrame(win: Window): boolean {
  try {
    return win.top === win;
  } catch {
    return false;
  }
}

// about:blank and srcdoc frames have no host of their own: they belong to their parent.
function hostOfParent(win: Window): string {
  try {
    return win.parent.location.host;
  } catch {
    return '';
  }
}
