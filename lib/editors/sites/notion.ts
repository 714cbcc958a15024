// Notion: one contenteditable root ([data-content-editable-root]) over the page, one editable leaf
// per block ([data-content-editable-leaf="true"]) inside .notion-page-content; no page-side API.
// Notion reverts a write made right after the selection moved into a leaf, within about a second
// (a live probe in bartekplus/FluentTyper suggestions/NotionEnvironment.ts): writes are confirmed
// after that window and made again if reverted. Selectors: realLeonardo/notion-extension src/const.ts.
import type { AdapterFactory } from '../adapter';
import { DOM_EDITOR_FEATURES, DomEditorAdapter } from '../dom-adapter';
import { looksLikeDocument } from '../visibility';
import { onHost } from './hosts';

export const NOTION_HOSTS = ['notion.so', 'notion.site'];
const REVERT_WINDOW_MS = 1000;

export const notionFactory: AdapterFactory = {
  id: 'notion',
  detect(doc) {
    if (!onHost(doc, NOTION_HOSTS)) return null;
    for (const content of doc.querySelectorAll<HTMLElement>('.notion-page-content')) {
      const root = content.closest<HTMLElement>('[data-content-editable-root]');
      if (root?.isContentEditable && looksLikeDocument(content)) return content;
    }
    return null;
  },
  create: (root) =>
    new DomEditorAdapter(root, {
      id: 'notion',
      name: 'Notion',
      features: DOM_EDITOR_FEATURES,
      writeMethods: ['execCommand', 'paste'],
      revertWindowMs: REVERT_WINDOW_MS,
    }),
};
