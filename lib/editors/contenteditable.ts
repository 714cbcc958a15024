// Any other editable element: the browser's own editing does the work, so native execCommand
// keeps the page's undo; a synthetic paste is the fallback for pages that handle paste themselves.
import type { AdapterFactory } from './adapter';
import { DOM_EDITOR_FEATURES, DomEditorAdapter } from './dom-adapter';
import { editableBody } from './frame-body';

const EDITABLE = '[contenteditable="true"], [contenteditable=""], [contenteditable="plaintext-only"]';

/** The outermost editing host: nested editables belong to it. */
function editingHost(el: Element | null): HTMLElement | null {
  let host: HTMLElement | null = null;
  for (let node = el; node; node = node.parentElement) {
    if ((node as HTMLElement).isContentEditable) host = node as HTMLElement;
  }
  return host;
}

function isShown(el: Element): boolean {
  return el.getClientRects().length > 0;
}

export const contentEditableFactory: AdapterFactory = {
  id: 'contenteditable',
  detect(doc) {
    const focused = editingHost(doc.activeElement);
    if (focused) return focused;
    // A frame in design mode (home-grown OA editors) has no contenteditable attribute anywhere.
    const body = editableBody(doc);
    if (body) return body;
    for (const el of doc.querySelectorAll<HTMLElement>(EDITABLE)) {
      const host = editingHost(el);
      if (host && isShown(host)) return host;
    }
    return null;
  },
  create(root) {
    return new DomEditorAdapter(root, {
      id: 'contenteditable',
      name: 'contenteditable',
      features: DOM_EDITOR_FEATURES,
      writeMethods: ['execCommand', 'paste'],
    });
  },
};
