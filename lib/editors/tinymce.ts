// TinyMCE classic mode: the document is the body of an about:blank iframe. The content script runs
// inside that frame (allFrames + matchAboutBlank), so detection looks at the frame's own body.
import type { AdapterFactory } from './adapter';
import { DOM_EDITOR_FEATURES, DomEditorAdapter } from './dom-adapter';

export const tinymceFactory: AdapterFactory = {
  id: 'tinymce',
  detect(doc) {
    const body = doc.body;
    if (body?.id === 'tinymce' && body.isContentEditable) return body;
    // Inline mode puts the editable in the page itself.
    return doc.querySelector<HTMLElement>('.mce-content-body[contenteditable="true"]');
  },
  create: (root) =>
    new DomEditorAdapter(root, {
      id: 'tinymce',
      name: 'TinyMCE',
      features: DOM_EDITOR_FEATURES,
      text: { classify: (el) => (el.getAttribute('data-mce-bogus') === 'all' ? 'skip' : undefined) },
      // Native edits reach the DOM but not TinyMCE's undo manager; its paste handler records a level.
      writeMethods: ['paste', 'execCommand'],
    }),
};
