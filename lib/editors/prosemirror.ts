// ProseMirror (and editors built on it: Tiptap, Remirror, Confluence, …). It reads native DOM edits
// back into its document, so execCommand works and its history plugin records the change.
import type { AdapterFactory } from './adapter';
import { DOM_EDITOR_FEATURES, DomEditorAdapter, type DomAdapterConfig } from './dom-adapter';

export const proseMirrorConfig: DomAdapterConfig = {
  id: 'prosemirror',
  name: 'ProseMirror',
  features: DOM_EDITOR_FEATURES,
  text: {
    classify: (el) => (el.classList.contains('ProseMirror-widget') || el.classList.contains('ProseMirror-separator') ? 'skip' : undefined),
  },
  writeMethods: ['execCommand', 'paste'],
};

export const proseMirrorFactory: AdapterFactory = {
  id: 'prosemirror',
  detect: (doc) => doc.querySelector<HTMLElement>('.ProseMirror[contenteditable="true"]'),
  create: (root) => new DomEditorAdapter(root, proseMirrorConfig),
};
