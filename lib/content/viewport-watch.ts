// Where in the text the user is looking, followed as they scroll: a page with more blanks than are
// painted paints the run around this offset, so the highlights follow scrolling as well as the caret.
// At most one measurement per animation frame, whatever the number of scroll events.
import type { EditorAdapter } from '../editors/adapter';

type CaretPoint = { node: Node; offset: number };
type PointDocument = Document & {
  caretPositionFromPoint?(x: number, y: number): { offsetNode: Node; offset: number } | null;
  caretRangeFromPoint?(x: number, y: number): Range | null;
};

/**
 * Calls `onView` with the text offset in the middle of the editor's visible part after the editor,
 * one of its scrolling ancestors or the window scrolled (not when the offset stayed the same).
 * `active` (default: always) lets the caller skip the measuring while it has no use for it.
 * Returns the function that stops watching.
 */
export function watchViewport(adapter: EditorAdapter, onView: (offset: number) => void, active: () => boolean = () => true): () => void {
  const view = adapter.root.ownerDocument.defaultView;
  if (!view) return () => {};
  let frame: number | null = null;
  let last: number | null = null;
  const measure = () => {
    frame = null;
    if (!active()) return;
    const offset = offsetInView(adapter);
    if (offset === null || offset === last) return;
    last = offset;
    onView(offset);
  };
  const onScroll = () => {
    if (frame === null) frame = view.requestAnimationFrame(measure);
  };
  const targets = new Set<Element | Window>([...adapter.scrollContainers(), view]);
  for (const target of targets) target.addEventListener('scroll', onScroll, { passive: true });
  return () => {
    for (const target of targets) target.removeEventListener('scroll', onScroll);
    if (frame !== null) view.cancelAnimationFrame(frame);
    frame = null;
  };
}

/** The text offset at the middle of the editor's visible part, or null when none of it is on screen or it cannot be told. */
export function offsetInView(adapter: EditorAdapter): number | null {
  const root = adapter.root;
  const view = root.ownerDocument.defaultView;
  if (!view || !root.isConnected) return null;
  const box = visibleBox(root, view, adapter.scrollContainers());
  if (!box) return null;
  const x = box.left + Math.min(box.width / 2, 24);
  // The middle first; a heading or a widget over it (a sticky toolbar) sends us a little up or down.
  for (const fraction of [0.5, 0.35, 0.65, 0.2, 0.8]) {
    const point = caretPointAt(root.ownerDocument as PointDocument, x, box.top + box.height * fraction);
    if (!point) continue;
    const offset = textOffsetOf(adapter, point);
    if (offset !== null) return offset;
  }
  return null;
}

/** The editor's box clipped by the viewport and by its scrolling ancestors; null when nothing is left. */
function visibleBox(
  root: HTMLElement,
  view: Window,
  scrollers: (Element | Window)[],
): { left: number; top: number; width: number; height: number } | null {
  const rect = root.getBoundingClientRect();
  let top = Math.max(rect.top, 0);
  let bottom = Math.min(rect.bottom, view.innerHeight);
  let left = Math.max(rect.left, 0);
  let right = Math.min(rect.right, view.innerWidth);
  for (const scroller of scrollers) {
    if (!('getBoundingClientRect' in scroller)) continue;
    const clip = scroller.getBoundingClientRect();
    top = Math.max(top, clip.top);
    bottom = Math.min(bottom, clip.bottom);
    left = Math.max(left, clip.left);
    right = Math.min(right, clip.right);
  }
  if (bottom - top < 1 || right - left < 1) return null;
  return { left, top, width: right - left, height: bottom - top };
}

function caretPointAt(doc: PointDocument, x: number, y: number): CaretPoint | null {
  try {
    if (doc.caretPositionFromPoint) {
      const position = doc.caretPositionFromPoint(x, y);
      return position ? { node: position.offsetNode, offset: position.offset } : null;
    }
    const range = doc.caretRangeFromPoint?.(x, y);
    return range ? { node: range.startContainer, offset: range.startOffset } : null;
  } catch {
    return null;
  }
}

/**
 * A DOM point as a text offset, through the adapter's own mapping: the last offset whose caret
 * Range (adapter.rangeFor) is not after the point, found by bisection. A text field answers with
 * its own value offset.
 */
function textOffsetOf(adapter: EditorAdapter, point: CaretPoint): number | null {
  const root = adapter.root;
  if (point.node === root && (root.tagName === 'TEXTAREA' || root.tagName === 'INPUT')) return point.offset;
  if (!root.contains(point.node)) return null;
  const length = adapter.readText().length;
  const notAfter = (offset: number): boolean | null => {
    const range = adapter.rangeFor({ start: offset, end: offset });
    if (!range) return null;
    try {
      return range.comparePoint(point.node, point.offset) >= 0;
    } catch {
      return null;
    }
  };
  const atStart = notAfter(0);
  if (atStart !== true) return atStart === false ? 0 : null;
  let lo = 0;
  let hi = length;
  while (lo < hi) {
    const mid = (lo + hi + 1) >>> 1;
    const ok = notAfter(mid);
    if (ok === null) return null;
    if (ok) lo = mid;
    else hi = mid - 1;
  }
  return lo;
}
