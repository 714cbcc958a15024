// Lexical: reconciles native edits (input event + its MutationObserver) into its editor state.
import type { AdapterFactory } from './adapter';
import { DOM_EDITOR_FEATURES, DomEditorAdapter } from './dom-adapter';

export const lexicalFactory: AdapterFactory = {
  id: 'lexical',
  detect: (doc) => doc.querySelector<HTMLElement>('[data-lexical-editor="true"][contenteditable="true"]'),
  create: (root) =>
    new DomEditorAdapter(root, {
      id: 'lexical',
      name: 'Lexical',
      features: DOM_EDITOR_FEATURES,
      writeMethods: ['execCommand', 'paste'],
      // Native insertText with line breaks ends up with the lines in the wrong order in Lexical's
      // state; its paste handler splits plain text into paragraphs correctly.
      multilineWriteMethods: ['paste'],
    }),
};
