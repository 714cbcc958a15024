// Our own elements on a page (the textarea mirror, the overlay boxes) are shown in the top layer,
// under a host that makes no box of its own (display: contents). An element added to the page's
// own tree makes Chromium's next pre-paint walk the page's boxes again: ~12 ms around a 1 MB
// textarea, once per element added (traced in bench/e2e/huge-textarea.ts). A top-layer element's
// box hangs from the viewport instead, and the host's place in the tree is never laid out.
// Top-layer elements stack in the order they were shown: the page's own dialogs, popovers and
// fullscreen element shown after ours go above it (the helpers below let the overlay follow).

export interface TopLayerHost {
  /** The element put into the page: style inheritance (fonts, lang) flows from where it is appended. */
  host: HTMLElement;
  /** Inside the host's shadow root: where our content goes. A positioned box of its own (fixed, unless the caller styles it). */
  layer: HTMLElement;
}

/** Creates the host (tag `tag`, shadow root in `mode`) with `layerStyle` on its layer (inset, size), appended to `parent` and shown. */
export function appendTopLayerHost(parent: Element, tag: string, mode: ShadowRootMode, layerStyle: string): TopLayerHost {
  const doc = parent.ownerDocument;
  const host = doc.createElement(tag);
  host.style.cssText = 'display: contents;';
  const shadow = host.attachShadow({ mode });
  const layer = doc.createElement('div');
  // A popover's default box (margin, border, padding, Canvas background, scrolling) is reset first.
  // Displayed even while the popover is closed (the UA hides closed popovers): a page that moves the
  // host out and back closes it, and a hidden layer would measure and draw nothing.
  layer.style.cssText = `display: block; margin: 0; border: 0; padding: 0; background: none; overflow: visible; inset: auto; position: fixed; ${layerStyle}`;
  shadow.append(layer);
  const canPop = typeof layer.showPopover === 'function';
  if (canPop) layer.popover = 'manual';
  parent.append(host);
  if (canPop) {
    try {
      layer.showPopover();
    } catch {
      // Not shown (e.g. popovers turned off): an ordinary fixed box, drawn the same, at the page's cost.
      layer.removeAttribute('popover');
    }
  }
  return { host, layer };
}

/** Whether `layer` is a popover (shown in the top layer when open); false where popovers are unknown or turned off. */
function isPopover(layer: HTMLElement): boolean {
  return layer.hasAttribute('popover') && typeof layer.showPopover === 'function';
}

function isOpen(layer: HTMLElement): boolean {
  try {
    return layer.matches(':popover-open');
  } catch {
    return true;
  }
}

/** Shows the layer again if it was closed (its host taken out of the page and put back). */
export function keepShown(layer: HTMLElement): void {
  if (!isPopover(layer) || !layer.isConnected || isOpen(layer)) return;
  try {
    layer.showPopover();
  } catch {
    // stays an ordinary fixed box
  }
}

/** Puts the layer on top of the top layer again (top-layer elements stack in the order they were shown). */
export function raise(layer: HTMLElement): void {
  if (!isPopover(layer) || !layer.isConnected) return;
  try {
    if (isOpen(layer)) layer.hidePopover();
    layer.showPopover();
  } catch {
    // stays where it was
  }
}

/** `outer` contains `node`, also through shadow roots (a field in a web component inside a dialog). */
export function containsComposed(outer: Element, node: Node): boolean {
  for (let n: Node | null = node; n; n = (n.getRootNode() as ShadowRoot).host ?? null) {
    if (outer.contains(n)) return true;
  }
  return false;
}

/**
 * The page's own top-layer element that shows `el` (an open dialog or popover around it, the
 * fullscreen element containing it; the innermost if nested), or null when `el` is in the page's
 * ordinary tree. Our layer must stack above it to be seen.
 */
export function topLayerAncestor(el: Element): Element | null {
  let found: Element | null = null;
  for (let n: Node | null = el; n && !found; n = (n.getRootNode() as ShadowRoot).host ?? null) {
    // Not `instanceof`: the field may be in another frame's document, with its own Element.
    if (n.nodeType !== 1) continue;
    const element = n as Element;
    try {
      found = element.closest('dialog[open], :popover-open');
    } catch {
      found = element.closest('dialog[open]');
    }
  }
  const full = el.ownerDocument.fullscreenElement;
  if (full && containsComposed(full, el) && (!found || containsComposed(found, full))) return full;
  return found;
}

/**
 * Whether a modal of the page (a dialog opened with showModal, the fullscreen element) is open and
 * does not hold `el`: then `el` is inert behind it, and boxes of ours over it would lie over the modal.
 * (With several modals open, one holding `el` stacked over one that does not is taken as covered too:
 * the order they were opened in cannot be read.)
 */
export function coveredByModal(el: Element): boolean {
  const doc = el.ownerDocument;
  const full = doc.fullscreenElement;
  if (full && !containsComposed(full, el)) return true;
  // Asked at every draw: the document's live list of dialogs is kept by the browser, so while the
  // page's tree does not change (typing in a textarea) this walks nothing, where a selector query
  // walked the whole page each time.
  for (const dialog of doc.getElementsByTagName('dialog')) {
    if (dialog.open && isModal(dialog) && !containsComposed(dialog, el)) return true;
  }
  return false;
}

function isModal(dialog: Element): boolean {
  try {
    return dialog.matches(':modal');
  } catch {
    // No :modal (older engines): an open dialog was opened modal or not; drawing over it is the lesser harm.
    return false;
  }
}
