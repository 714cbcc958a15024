// KindEditor 4 (common in Chinese OA systems): the document is the body of iframe.ke-edit-iframe,
// written with document.write and switched to designMode='on', so the body has no contenteditable
// attribute. The content script runs inside that frame (allFrames + matchAboutBlank).
// KindEditor keeps its own undo stack of HTML snapshots (Ctrl+Z goes back to the last snapshot it
// took, which may hold several of our edits); a synthetic paste would be pasted into its hidden
// paste box and lost, so only the browser's own insertText is used.
import type { AdapterFactory } from './adapter';
import { DOM_EDITOR_FEATURES, DomEditorAdapter } from './dom-adapter';
import { editableBody, hostFrame } from './frame-body';

export const kindEditorFactory: AdapterFactory = {
  id: 'kindeditor',
  detect(doc) {
    const body = editableBody(doc);
    if (!body) return null;
    return hostFrame(doc)?.classList.contains('ke-edit-iframe') || body.classList.contains('ke-content') ? body : null;
  },
  create: (root) =>
    new DomEditorAdapter(root, {
      id: 'kindeditor',
      name: 'KindEditor',
      features: DOM_EDITOR_FEATURES,
      writeMethods: ['execCommand'],
    }),
};
