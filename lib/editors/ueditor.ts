// UEditor (Baidu; common in Chinese OA systems): the document is the body of iframe#ueditor_N in
// #edui1_iframeholder, written by a javascript: src with document.write, <html class="view"> and
// <body class="view" contenteditable="true">. The content script runs inside that frame.
// UEditor's paste handler pastes into a hidden box of its own, so a synthetic paste is lost: only
// the browser's own insertText is used (UEditor's undo manager sees it as a content change).
import type { AdapterFactory } from './adapter';
import { DOM_EDITOR_FEATURES, DomEditorAdapter } from './dom-adapter';
import { editableBody, hostFrame } from './frame-body';

export const ueditorFactory: AdapterFactory = {
  id: 'ueditor',
  detect(doc) {
    const body = editableBody(doc);
    if (!body) return null;
    const frame = hostFrame(doc);
    const ownFrame = Boolean(frame && /^ueditor_\d+$/.test(frame.id));
    return ownFrame || (body.classList.contains('view') && doc.documentElement.classList.contains('view')) ? body : null;
  },
  create: (root) =>
    new DomEditorAdapter(root, {
      id: 'ueditor',
      name: 'UEditor',
      features: DOM_EDITOR_FEATURES,
      writeMethods: ['execCommand'],
    }),
};
