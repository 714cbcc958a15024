// UEditor (Baidu; common in Chinese OA systems): the document is the body of iframe#ueditor_N in
// #edui1_iframeholder, written by a javascript: src with document.write, <html class="view"> and
// <body class="view" contenteditable="true">. The content script runs inside that frame.
// UEditor answers Ctrl+Z from its own undo manager, which native insertText never reaches. It
// saves scenes on key events, as the user's typing makes them: a keydown over a selection saves the
// state before and the keyup after it saves the state after; a keydown at a caret saves the state
// after 200 ms. So a write is wrapped in a keydown and a keyup that match no key, and after a write
// at a caret the adapter waits for that save, so a Ctrl+Z right after it takes it back.
// Its paste handler pastes into a hidden box of its own, so a synthetic paste is lost: only the
// browser's own insertText is used.
import type { AdapterFactory } from './adapter';
import { DOM_EDITOR_FEATURES, DomEditorAdapter } from './dom-adapter';
import { editableBody, hostFrame } from './frame-body';

// UEditor's save timer after a keydown at a caret (plugins/undo.js) is 200 ms.
const CARET_SCENE_DELAY_MS = 250;

function key(root: HTMLElement, type: 'keydown' | 'keyup'): void {
  const View = root.ownerDocument.defaultView;
  root.dispatchEvent(new (View?.KeyboardEvent ?? KeyboardEvent)(type, { bubbles: true, cancelable: true }));
}

const atCaret = new WeakMap<HTMLElement, boolean>();

const sceneCheckpoint = {
  before(root: HTMLElement) {
    atCaret.set(root, root.ownerDocument.getSelection()?.isCollapsed ?? true);
    key(root, 'keydown');
  },
  async after(root: HTMLElement) {
    key(root, 'keyup');
    if (atCaret.get(root)) await new Promise<void>((ok) => setTimeout(ok, CARET_SCENE_DELAY_MS));
  },
};

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
      undoCheckpoint: sceneCheckpoint,
    }),
};
