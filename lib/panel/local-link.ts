// PageLink over text held by the panel (degraded mode): edits change the local text; inserts go
// to the clipboard because there is no editor to write into.
import type { DocState, WriteOutcome } from '../protocol';
import { copyText } from './clipboard';
import { docStateFromText } from './local-state';
import type { PageLink } from './page-link';

export interface LocalLink extends PageLink {
  text(): string;
  setText(text: string): void;
}

export function createLocalLink(initial: string, url = 'local:', copy = copyText): LocalLink {
  let text = initial;
  let version = 1;
  const listeners = new Set<(s: DocState) => void>();
  const state = () => docStateFromText(text, { url, title: '', version });
  const changed = () => {
    version++;
    void state().then((s) => {
      for (const l of listeners) l(s);
    });
  };
  const replace = (start: number, end: number, expected: string, replacement: string): WriteOutcome => {
    if (text.slice(start, end) !== expected) return { ok: false, method: 'none', messageKey: 'write.stale' };
    text = text.slice(0, start) + replacement + text.slice(end);
    changed();
    return { ok: true, method: 'editor', count: 1 };
  };
  const toClipboard = async (value: string): Promise<WriteOutcome> =>
    (await copy(value))
      ? { ok: true, method: 'clipboard', messageKey: 'write.copied' }
      : { ok: false, method: 'none', messageKey: 'copy.failed' };

  return {
    text: () => text,
    setText(next) {
      text = next;
      changed();
    },
    getState: () => state(),
    jumpTo: async () => false,
    insertText: toClipboard,
    replaceRange: async ({ start, end, expected, text: value }) => replace(start, end, expected, value),
    async applyEdits(edits) {
      const { checkedEdits, inverseEdits } = await import('../content/field-edits');
      const sorted = checkedEdits(text, edits);
      if (!sorted) return { ok: false, method: 'none', messageKey: 'write.stale' };
      const { applyEdits } = await import('../fields');
      text = applyEdits(text, sorted);
      changed();
      return { ok: true, method: 'editor', count: sorted.length, undo: inverseEdits(sorted) };
    },
    async previewEdits(edits) {
      const { checkedEdits } = await import('../content/field-edits');
      const sorted = checkedEdits(text, edits);
      const { previewEdits } = await import('../fields');
      return sorted ? previewEdits(text, sorted) : [];
    },
    applyFix: async ({ start, end, expected, replacement }) => replace(start, end, expected, replacement),
    async applyFixEdits(edits) {
      // From the end so earlier offsets stay valid.
      for (const e of [...edits].sort((a, b) => b.start - a.start)) text = text.slice(0, e.start) + e.replacement + text.slice(e.end);
      if (edits.length) changed();
      return { ok: edits.length > 0, method: edits.length ? 'editor' : 'none', count: edits.length };
    },
    insertTemplate: (value) => toClipboard(value),
    async fillLabel(label, value) {
      // Every blank of the text, not the state's capped list.
      const { analyze } = await import('../analysis');
      const spans = analyze(text).placeholders.filter((b) => (b.label ?? '') === label);
      // From the end so earlier offsets stay valid.
      for (const b of [...spans].reverse()) text = text.slice(0, b.start) + value + text.slice(b.end);
      if (spans.length) changed();
      return { ok: spans.length > 0, method: spans.length ? 'editor' : 'none', count: spans.length };
    },
    setHighlights: async () => {},
    getSelectionText: async () => '',
    pageUrl: async () => undefined,
    onStateChanged(listener) {
      listeners.add(listener);
      return () => listeners.delete(listener);
    },
  };
}
