// wangEditor 5 (common in Chinese OA systems): a Slate model drawn by its own view layer with
// slate-react's DOM attributes, inside .w-e-text-container; its data-slate-editor is empty, not
// "true", so the Slate adapter does not see it. Like Slate it ignores DOM-only edits and applies
// typing from beforeinput; its own name tells the user which editor the panel found.
import type { AdapterFactory } from './adapter';
import { DOM_EDITOR_FEATURES, DomEditorAdapter } from './dom-adapter';
import { SLATE_TEXT } from './slate';

export const wangEditorFactory: AdapterFactory = {
  id: 'wangeditor',
  detect: (doc) => doc.querySelector<HTMLElement>('.w-e-text-container [data-slate-editor]'),
  create: (root) =>
    new DomEditorAdapter(root, {
      id: 'wangeditor',
      name: 'wangEditor',
      features: DOM_EDITOR_FEATURES,
      text: SLATE_TEXT,
      writeMethods: ['beforeinput', 'paste'],
    }),
};
