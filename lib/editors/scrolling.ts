// Scroll helpers shared by adapters: which ancestors scroll, and centring a rectangle in them
// without moving anything else on the page.

export function scrollableAncestors(el: Element): (Element | Window)[] {
  const out: (Element | Window)[] = [];
  const view = el.ownerDocument.defaultView;
  for (let node: Element | null = el; node; node = node.parentElement) {
    if (node === el.ownerDocument.documentElement || node === el.ownerDocument.body) continue;
    const style = view?.getComputedStyle(node);
    if (style && /(auto|scroll|overlay)/.test(style.overflowY + style.overflowX)) out.push(node);
  }
  if (view) out.push(view);
  return out;
}

/** Scrolls the nearest scrolling ancestors (then the window) so that `rect` sits mid-view. */
export function centreRect(from: Element, rect: DOMRect): void {
  const view = from.ownerDocument.defaultView;
  let top = rect.top;
  let bottom = rect.bottom;
  for (const box of scrollableAncestors(from)) {
    if (box === view) {
      const middle = (top + bottom) / 2;
      // Already fully visible: leave the page where the user has it.
      if (top < 0 || bottom > view.innerHeight) {
        const before = view.scrollY;
        view.scrollBy({ top: middle - view.innerHeight / 2, behavior: 'instant' });
        const moved = view.scrollY - before;
        top -= moved;
        bottom -= moved;
      }
      // An editor in a same-origin frame (TinyMCE): the page around the frame may need to scroll too.
      const frame = view.frameElement;
      if (frame) {
        const offset = frame.getBoundingClientRect();
        const inset = frame.clientTop;
        centreRect(frame, new DOMRect(offset.left + rect.left, offset.top + inset + top, rect.width, bottom - top));
      }
      return;
    }
    const el = box as Element;
    const bounds = el.getBoundingClientRect();
    if (top >= bounds.top && bottom <= bounds.top + el.clientHeight) continue;
    const shift = (top + bottom) / 2 - (bounds.top + el.clientHeight / 2);
    const before = el.scrollTop;
    el.scrollTop = before + shift;
    const moved = el.scrollTop - before;
    top -= moved;
    bottom -= moved;
  }
}

/** Rectangles that can be seen at all: not entirely scrolled out of a box around `from` or out of its window. */
export function visibleRects(from: Element, rects: DOMRect[]): DOMRect[] {
  if (!rects.length) return rects;
  const view = from.ownerDocument.defaultView;
  const boxes = scrollableAncestors(from).map((box) =>
    box === view ? { top: 0, bottom: view.innerHeight, left: 0, right: view.innerWidth } : (box as Element).getBoundingClientRect(),
  );
  return rects.filter((r) => boxes.every((b) => r.bottom > b.top && r.top < b.bottom && r.right > b.left && r.left < b.right));
}
