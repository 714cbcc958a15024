// 语雀 (Lake editor). Edit view: #lark-text-editor .ne-engine[contenteditable=true]; read view:
// #doc-reader-content .ne-viewer-body (read, highlighted and jumped to; writes go to the clipboard).
// The blocks are custom elements (ne-p, ne-h1…ne-h6, list items ne-uli/ne-oli/ne-tli with their
// marker in *-i), text in ne-text. Sources: yuque/yuque-chrome-extension (reads .ne-viewer-body),
// ../shared/notes/editors.md.
import type { AdapterFactory } from '../adapter';
import { DOM_EDITOR_FEATURES, DomEditorAdapter } from '../dom-adapter';
import { looksLikeDocument } from '../visibility';
import { onHost } from './hosts';

export const YUQUE_HOSTS = ['yuque.com'];
const EDITOR = '#lark-text-editor .ne-engine[contenteditable="true"]';
const VIEWER = '#doc-reader-content .ne-viewer-body';
const BLOCKS = /^NE-(P|H[1-6]|ULI|OLI|TLI|QUOTE|CODE|ALERT-HOLE|TABLE|TR|TD|HR)$/;
// List markers and bullets drawn by the editor, heading anchors and fold buttons: not the text.
const NOT_TEXT = /^NE-(ULI-I|OLI-I|TLI-I|HEADING-EXT|CARD)$/;

export const yuqueFactory: AdapterFactory = {
  id: 'yuque',
  detect(doc) {
    if (!onHost(doc, YUQUE_HOSTS)) return null;
    for (const selector of [EDITOR, VIEWER]) {
      const root = doc.querySelector<HTMLElement>(selector);
      if (root && looksLikeDocument(root)) return root;
    }
    return null;
  },
  create: (root) =>
    new DomEditorAdapter(root, {
      id: 'yuque',
      name: '语雀',
      ...(root.isContentEditable
        ? { features: DOM_EDITOR_FEATURES }
        : { features: ['read', 'live', 'highlight', 'jump'], notice: 'site.yuque.readView' }),
      text: { classify: (el) => (NOT_TEXT.test(el.tagName) ? 'skip' : BLOCKS.test(el.tagName) ? 'block' : undefined) },
      writeMethods: ['execCommand', 'paste'],
    }),
};
