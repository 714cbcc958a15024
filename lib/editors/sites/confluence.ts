// Confluence Cloud: its editor is ProseMirror (Atlassian's editor-core) inside
// .ak-editor-content-area; the ProseMirror adapter's reading and writing apply unchanged.
import type { AdapterFactory } from '../adapter';
import { DomEditorAdapter } from '../dom-adapter';
import { proseMirrorConfig } from '../prosemirror';
import { looksLikeDocument } from '../visibility';
import { onHost } from './hosts';

export const CONFLUENCE_HOSTS = ['atlassian.net'];

export const confluenceFactory: AdapterFactory = {
  id: 'confluence',
  detect(doc) {
    if (!onHost(doc, CONFLUENCE_HOSTS)) return null;
    const root = doc.querySelector<HTMLElement>('.ak-editor-content-area .ProseMirror[contenteditable="true"]');
    return root && looksLikeDocument(root) ? root : null;
  },
  create: (root) => new DomEditorAdapter(root, { ...proseMirrorConfig, id: 'confluence', name: 'Confluence' }),
};
