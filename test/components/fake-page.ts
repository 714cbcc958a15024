// A stand-in for the content script in component tests: a document held as text, analysed with
// the real engine, edited by the panel's requests, reporting like a page with a given editor.
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { findFields } from '@/lib/fields';
import type { DocState, EditorInfo } from '@/lib/protocol';
import { createLocalLink, type LocalLink } from '@/lib/panel/local-link';

export const CONTENTEDITABLE: EditorInfo = {
  id: 'contenteditable',
  name: 'contenteditable',
  features: ['read', 'live', 'highlight', 'jump', 'insert', 'replace'],
};

export function fixture(name: string): string {
  return readFileSync(resolve(import.meta.dirname, '../fixtures/reports', name), 'utf8');
}

export interface FakePage extends LocalLink {
  jumps: { offset: number; end?: number }[];
  inserted: string[];
  /** Reports the caret at `offset` in the page, as the content script does when the user clicks. */
  setCaret(offset: number): Promise<void>;
}

export interface FakePageOptions {
  /**
   * Every field of the text in the state, not the content script's first 1,000: the panel analysing
   * the text itself (the protocol the panel is moving to) holds them all.
   */
  allFields?: boolean;
}

let pages = 0;

/** Each fake page has its own URL, so per-document state never leaks between tests. */
export function fakePage(text: string, editor: EditorInfo | null = CONTENTEDITABLE, options: FakePageOptions = {}): FakePage {
  const local = createLocalLink(text, `http://127.0.0.1/report-${++pages}.html`);
  const jumps: FakePage['jumps'] = [];
  const inserted: string[] = [];
  let caret: number | null = null;
  // Analysed once per text: the panel polls, and 10,000 fields take a while to find.
  let analysed: { text: string; fields: DocState['fields'] } | null = null;
  const allFields = () => {
    if (analysed?.text !== local.text()) analysed = { text: local.text(), fields: findFields(local.text()) };
    return analysed.fields;
  };
  const caretListeners = new Set<(s: DocState) => void>();
  const withEditor = (s: DocState): DocState => ({
    ...s,
    editor,
    caret,
    ...(options.allFields ? { fields: allFields() } : {}),
  });
  return {
    ...local,
    jumps,
    inserted,
    async setCaret(offset) {
      caret = offset;
      const state = withEditor((await local.getState())!);
      for (const l of caretListeners) l(state);
    },
    getState: async () => withEditor((await local.getState())!),
    onStateChanged: (listener) => {
      caretListeners.add(listener);
      const off = local.onStateChanged((s) => listener(withEditor(s)));
      return () => {
        caretListeners.delete(listener);
        off();
      };
    },
    jumpTo: async (offset, end) => {
      jumps.push({ offset, end });
      return true;
    },
    insertText: async (value) => {
      inserted.push(value);
      local.setText(local.text() + value);
      return { ok: true, method: 'editor' };
    },
    insertTemplate: async (value) => {
      inserted.push(value);
      local.setText(local.text() + value);
      return { ok: true, method: 'editor' };
    },
  };
}
