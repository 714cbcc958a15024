// Online editors keep input proxies on the page: a 1×1 contenteditable, an off-screen or
// transparent textarea (ONLYOFFICE's textarea#area_id, the iframe Google Docs types into). They take
// the keystrokes but hold no document, so detection must never take one for the report.

/** Smaller than this in either direction, an element cannot be the document the user reads. */
const MIN_SIDE_PX = 10;
const INVISIBLE_OPACITY = 0.05;

/** Whether an element could be the document the user sees: rendered, of some size, on the page, not transparent. */
export function looksLikeDocument(el: Element): boolean {
  const doc = el.ownerDocument;
  const view = doc.defaultView;
  if (!view) return false;
  // A frame shrunk to a dot (a text-event iframe) holds no document, whatever its body says.
  if (view.innerWidth < MIN_SIDE_PX || view.innerHeight < MIN_SIDE_PX) return false;
  if (el.getClientRects().length === 0) return false;
  const rect = el.getBoundingClientRect();
  if (rect.width < MIN_SIDE_PX || rect.height < MIN_SIDE_PX) return false;
  // Page coordinates outside the page's scrollable area: no scrolling ever brings it into view.
  const left = rect.left + view.scrollX;
  const top = rect.top + view.scrollY;
  const scrollWidth = Math.max(doc.documentElement.scrollWidth, view.innerWidth);
  const scrollHeight = Math.max(doc.documentElement.scrollHeight, view.innerHeight);
  if (left + rect.width <= 0 || top + rect.height <= 0 || left >= scrollWidth || top >= scrollHeight) return false;
  const style = view.getComputedStyle(el);
  if (style.visibility === 'hidden' || style.visibility === 'collapse') return false;
  for (let node: Element | null = el; node; node = node.parentElement) {
    if (parseFloat(view.getComputedStyle(node).opacity) < INVISIBLE_OPACITY) return false;
  }
  return true;
}
