// Slate (slate-react): renders from its own value and ignores DOM-only edits; it applies typing from
// beforeinput (Editor.insertText / insertData on the target range), which a synthetic event reaches.
import type { AdapterFactory } from './adapter';
import { DOM_EDITOR_FEATURES, DomEditorAdapter, type DomAdapterConfig } from './dom-adapter';

/** How Slate's DOM maps to text, shared by every editor that renders a Slate model (wangEditor 5 too). */
export const SLATE_TEXT: DomAdapterConfig['text'] = {
  // An empty leaf holds a zero-width filler (and a <br> for an empty line): it is not text.
  classify: (el) =>
    el.hasAttribute('data-slate-zero-width') ? (el.getAttribute('data-slate-zero-width') === 'n' ? 'empty-line' : 'skip') : undefined,
};

export const slateFactory: AdapterFactory = {
  id: 'slate',
  detect: (doc) => doc.querySelector<HTMLElement>('[data-slate-editor="true"]'),
  create: (root) =>
    new DomEditorAdapter(root, {
      id: 'slate',
      name: 'Slate',
      features: DOM_EDITOR_FEATURES,
      text: SLATE_TEXT,
      // Never execCommand: it changes the DOM under Slate without reaching its value.
      writeMethods: ['beforeinput', 'paste'],
    }),
};
