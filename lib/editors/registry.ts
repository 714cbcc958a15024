// Which adapter handles a document: factories in order, most specific first; the generic
// contenteditable and textarea ones last. Adding an editor = one file + one line here.
import type { AdapterFactory, EditorAdapter } from './adapter';
import { ckeditor5Factory } from './ckeditor5';
import { contentEditableFactory } from './contenteditable';
import { lexicalFactory } from './lexical';
import { proseMirrorFactory } from './prosemirror';
import { quillFactory } from './quill';
import { siteAdapters } from './site-adapters';
import { slateFactory } from './slate';
import { tinymceFactory } from './tinymce';
import { textareaFactory } from './textarea';

export const ADAPTER_FACTORIES: AdapterFactory[] = [
  tinymceFactory,
  ckeditor5Factory,
  proseMirrorFactory,
  quillFactory,
  lexicalFactory,
  slateFactory,
  contentEditableFactory,
  textareaFactory,
];

/**
 * The adapter for the editor the user is in (focused), else the first family found in order. Site
 * adapters registered by a site's own content script (site-adapters.ts) come first.
 */
export function detectEditor(doc: Document, factories: AdapterFactory[] = [...siteAdapters(), ...ADAPTER_FACTORIES]): EditorAdapter | null {
  if (factories.some((factory) => factory.ignores?.(doc))) return null;
  const found: [AdapterFactory, HTMLElement][] = [];
  for (const factory of factories) {
    const root = factory.detect(doc);
    if (root && factory.exclusive) return factory.create(root);
    if (root) found.push([factory, root]);
  }
  const active = doc.activeElement;
  const chosen = found.find(([, root]) => active && active !== doc.body && root.contains(active)) ?? found[0];
  return chosen ? chosen[0].create(chosen[1]) : null;
}
