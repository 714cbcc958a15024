// Our own elements on a page (the textarea mirror, the overlay boxes) are shown in the top layer,
// under a host that makes no box of its own (display: contents). An element added to the page's
// own tree makes Chromium's next pre-paint walk the page's boxes again: ~12 ms around a 1 MB
// textarea, once per element added (traced in bench/e2e/huge-textarea.ts). A top-layer element's
// box hangs from the viewport instead, and the host's place in the tree is never laid out.

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
  layer.style.cssText = `margin: 0; border: 0; padding: 0; background: none; overflow: visible; inset: auto; position: fixed; ${layerStyle}`;
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
