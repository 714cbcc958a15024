// Quill 1/2: its MutationObserver turns native edits into Deltas (and history entries).
import type { AdapterFactory } from './adapter';
import { DOM_EDITOR_FEATURES, DomEditorAdapter } from './dom-adapter';

export const quillFactory: AdapterFactory = {
  id: 'quill',
  detect: (doc) => doc.querySelector<HTMLElement>('.ql-editor[contenteditable="true"]'),
  create: (root) =>
    new DomEditorAdapter(root, {
      id: 'quill',
      name: 'Quill',
      features: DOM_EDITOR_FEATURES,
      // List markers (.ql-ui) are contenteditable=false already; the cursor blot holds a filler character.
      text: { classify: (el) => (el.classList.contains('ql-cursor') || el.classList.contains('ql-ui') ? 'skip' : undefined) },
      writeMethods: ['execCommand', 'paste'],
    }),
};
