// Test-only: puts the editor adapters in a page (or frame) so E2E tests can drive them as the
// content script would. Injected by test/e2e/adapter-harness; never loaded by a fixture page itself.
import type { EditorAdapter, TextSpan } from '../../../../lib/editors/adapter';
import { detectEditor } from '../../../../lib/editors/registry';

let adapter: EditorAdapter | null = null;

function current(): EditorAdapter {
  adapter ??= detectEditor(document);
  if (!adapter) throw new Error('no editor detected');
  return adapter;
}

const probe = {
  detect() {
    adapter?.dispose();
    adapter = detectEditor(document);
    return adapter ? { id: adapter.id, name: adapter.name, features: adapter.features, rootIsDetected: true } : null;
  },
  read: () => current().readText(),
  rangeText(start: number, end: number): string | null {
    return current().rangeFor({ start, end })?.toString() ?? null;
  },
  /** Rectangles of a span, in viewport coordinates. */
  rects: (start: number, end: number) =>
    current()
      .rectsFor({ start, end })
      .map((r) => ({ top: r.top, bottom: r.bottom, left: r.left, right: r.right })),
  insert: (text: string, start?: number, end?: number) =>
    current().insertText(text, start === undefined ? undefined : { start, end: end ?? start }),
  replaceAll: (spans: TextSpan[], text: string) => current().replaceAll(spans, text),
  reveal: (start: number, end: number) => current().reveal({ start, end }),
  selection: () => current().getSelection(),
};

declare global {
  interface Window {
    __probe?: typeof probe;
  }
}
window.__probe = probe;
