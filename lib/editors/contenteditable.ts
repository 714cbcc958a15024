// Any other editable element: the browser's own editing does the work, so native execCommand
// keeps the page's undo; a synthetic paste is the fallback for pages that handle paste themselves.
import type { AdapterFactory } from './adapter';
import { DOM_EDITOR_FEATURES, DomEditorAdapter } from './dom-adapter';
import { editableBody } from './frame-body';
import { looksLikeDocument } from './visibility';

const EDITABLE = '[contenteditable="true"], [contenteditable=""], [contenteditable="plaintext-only"]';

/** The outermost editing host: nested editables belong to it. */
function editingHost(el: Element | null): HTMLElement | null {
  let host: HTMLElement | null = null;
  for (let node = el; node; node = node.parentElement) {
    if ((node as HTMLElement).isContentEditable) host = node as HTMLElement;
  }
  return host;
}

export const contentEditableFactory: AdapterFactory = {
  id: 'contenteditable',
  detect(doc) {
    // Focus alone proves nothing: input proxies are focused while the user types into the page.
    const focused = editingHost(doc.activeElement);
    if (focused && looksLikeDocument(focused)) return focused;
    // A frame in design mode (home-grown OA editors) has no contenteditable attribute anywhere.
    const body = editableBody(doc);
    if (body && looksLikeDocument(body)) return body;
    for (const el of doc.querySelectorAll<HTMLElement>(EDITABLE)) {
      const host = editingHost(el);
      if (host && looksLikeDocument(host)) return host;
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
