// A stand-in for the content script in component tests: a document held as text, analysed with
// the real engine, edited by the panel's requests, reporting like a page with a given editor.
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import type { EditorInfo } from '@/lib/protocol';
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
}

let pages = 0;

/** Each fake page has its own URL, so per-document state never leaks between tests. */
export function fakePage(text: string, editor: EditorInfo | null = CONTENTEDITABLE): FakePage {
  const local = createLocalLink(text, `http://127.0.0.1/report-${++pages}.html`);
  const jumps: FakePage['jumps'] = [];
  const inserted: string[] = [];
  const withEditor = <T extends object>(s: T) => ({ ...s, editor });
  return {
    ...local,
    jumps,
    inserted,
    getState: async () => withEditor((await local.getState())!),
    onStateChanged: (listener) => local.onStateChanged((s) => listener(withEditor(s))),
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
