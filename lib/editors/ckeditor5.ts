// CKEditor 5: its view re-renders from the model, so native DOM edits are undone. Typing enters
// through beforeinput (insertText with target ranges), which CKEditor applies to its model itself.
import type { AdapterFactory } from './adapter';
import { DOM_EDITOR_FEATURES, DomEditorAdapter } from './dom-adapter';

export const ckeditor5Factory: AdapterFactory = {
  id: 'ckeditor5',
  detect: (doc) => doc.querySelector<HTMLElement>('.ck-editor__editable[contenteditable="true"]'),
  create: (root) =>
    new DomEditorAdapter(root, {
      id: 'ckeditor5',
      name: 'CKEditor 5',
      features: DOM_EDITOR_FEATURES,
      text: {
        classify: (el) =>
          el.classList.contains('ck-fake-selection-container') || el.classList.contains('ck-widget__type-around') ? 'skip' : undefined,
      },
      writeMethods: ['beforeinput', 'paste'],
    }),
};
