// Writes asked for by the panel, always through the adapter (the editor's own input path), each
// confirmed by a re-read. When the editor did not take it, the text goes to the clipboard instead.
import type { EditorAdapter, TextSpan } from '../editors/adapter';
import { applyEdits } from '../fields/edits';
import type { FieldEdit } from '../fields/types';
import { checkedEdits, coveringWrites, inverseEdits } from './field-edits';
import type { EditsOutcome, WriteOutcome } from '../protocol';
import { copyToClipboard } from './clipboard';

export interface WriteTarget {
  readonly adapter: EditorAdapter;
  /** Re-reads the editor and returns the current text. */
  currentText(): string;
  /** Blanks of the current text that carry this label. */
  spansWithLabel(label: string): TextSpan[];
}

type Copy = (text: string) => Promise<boolean>;

const done = (count?: number): WriteOutcome =>
  count === undefined ? { ok: true, method: 'editor' } : { ok: true, method: 'editor', count };

async function fallBackToClipboard(text: string, copy: Copy, expected = false): Promise<WriteOutcome> {
  // In a named degraded mode the clipboard is the way, not a failure: say what to do.
  return (await copy(text))
    ? { ok: false, method: 'clipboard', messageKey: expected ? 'write.copied' : 'write.failed' }
    : { ok: false, method: 'none', messageKey: 'copy.failed' };
}

async function safely(write: () => Promise<boolean>): Promise<boolean> {
  try {
    return await write();
  } catch {
    return false;
  }
}

export async function insertAtCaret(target: WriteTarget, text: string, copy: Copy = copyToClipboard): Promise<WriteOutcome> {
  if (typeof text !== 'string' || !text) return { ok: false, method: 'none', messageKey: 'write.failed' };
  const before = target.currentText();
  const took = await safely(() => target.adapter.insertText(text));
  if (took && target.currentText() !== before) return done();
  return fallBackToClipboard(text, copy, Boolean(target.adapter.notice));
}

/** Replaces [start, end) when it still holds `expected`; refuses when the document moved on. */
export async function replaceSpan(
  target: WriteTarget,
  span: { start: number; end: number; expected: string },
  text: string,
  copy: Copy = copyToClipboard,
): Promise<WriteOutcome> {
  const current = target.currentText();
  const { start, end } = span;
  if (
    !Number.isInteger(start) ||
    !Number.isInteger(end) ||
    start < 0 ||
    end < start ||
    end > current.length ||
    current.slice(start, end) !== span.expected
  ) {
    return { ok: false, method: 'none', messageKey: 'write.stale' };
  }
  const expectedAfter = current.slice(0, start) + text + current.slice(end);
  const took = await safely(() => target.adapter.insertText(text, { start, end }));
  if (took && target.currentText() === expectedAfter) return done();
  if (target.currentText() !== current) return { ok: false, method: 'none', messageKey: 'write.failed' };
  return fallBackToClipboard(text, copy, Boolean(target.adapter.notice));
}

export async function fillByLabel(target: WriteTarget, label: string, value: string, copy: Copy = copyToClipboard): Promise<WriteOutcome> {
  target.currentText();
  const spans = target.spansWithLabel(label);
  if (!spans.length || typeof value !== 'string') return { ok: false, method: 'none', messageKey: 'write.stale' };
  let count = 0;
  try {
    count = await target.adapter.replaceAll(spans, value);
  } catch {
    count = 0;
  }
  target.currentText();
  if (count > 0) return done(count);
  return fallBackToClipboard(value, copy, Boolean(target.adapter.notice));
}

/**
 * Applies field edits through the editor: refuses all when any is stale, writes them, and
 * confirms by re-reading that the text is exactly what the edits give. Returns the inverse edits
 * so the panel can restore the previous text of those spans.
 */
export async function applyFieldEdits(target: WriteTarget, edits: readonly FieldEdit[]): Promise<EditsOutcome> {
  const current = target.currentText();
  const sorted = checkedEdits(current, edits);
  if (!sorted) return { ok: false, method: 'none', messageKey: 'write.stale' };
  const expectedAfter = applyEdits(current, sorted);
  for (const write of coveringWrites(current, sorted)) {
    if (!(await safely(() => target.adapter.insertText(write.text, write.span)))) break;
  }
  const after = target.currentText();
  if (after === expectedAfter) return { ok: true, method: 'editor', count: sorted.length, undo: inverseEdits(sorted) };
  return { ok: false, method: 'none', messageKey: after === current ? 'write.failed' : 'fields.partial' };
}
