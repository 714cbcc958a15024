// KindEditor 4 (common in Chinese OA systems): the document is the body of iframe.ke-edit-iframe,
// written with document.write and switched to designMode='on', so the body has no contenteditable
// attribute. The content script runs inside that frame (allFrames + matchAboutBlank).
// KindEditor answers Ctrl+Z from its own stack of HTML snapshots, taken on keyup, mouseup, paste,
// cut and window blur (and only when at least 50 characters changed since the last one): native
// insertText alone never reaches it. A mouseup on its document before a write makes it take the
// snapshot the write can be undone to. A synthetic paste would land in its hidden paste box and be
// lost, so only the browser's own insertText is used.
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
      undoCheckpoint: { before: (root) => root.ownerDocument.dispatchEvent(new MouseEvent('mouseup', { bubbles: true })), after: () => {} },
    }),
};
