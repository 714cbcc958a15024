// Checks and shapes a set of field edits before they are written: pure (no DOM), shared by the
// content script and the panel's local mode.
import type { TextSpan } from '../editors/adapter';
import type { FieldEdit } from '../fields/types';

/** Edits that are in range, hold their `expected` text in `current` and do not overlap; sorted by start. */
export function checkedEdits(current: string, edits: readonly FieldEdit[]): FieldEdit[] | null {
  if (!Array.isArray(edits) || edits.length === 0) return null;
  const sorted = [...edits].sort((a, b) => a.start - b.start);
  let last = -1;
  for (const e of sorted) {
    if (!Number.isInteger(e?.start) || !Number.isInteger(e.end) || typeof e.expected !== 'string' || typeof e.text !== 'string')
      return null;
    if (e.start < last || e.start < 0 || e.end < e.start || e.end > current.length) return null;
    if (current.slice(e.start, e.end) !== e.expected) return null;
    last = e.end;
  }
  return sorted;
}

/**
 * Edits on one line become one insert over the span that covers them (one undo step in every
 * editor; a date's year, month and day are filled together). Lines are written last to first so
 * earlier offsets stay valid.
 */
export function coveringWrites(current: string, sorted: readonly FieldEdit[]): { span: TextSpan; text: string }[] {
  const writes: { span: TextSpan; text: string; edits: FieldEdit[] }[] = [];
  for (const e of sorted) {
    const open = writes[writes.length - 1];
    if (open && !current.slice(open.span.end, e.start).includes('\n')) {
      open.text += current.slice(open.span.end, e.start) + e.text;
      open.span.end = e.end;
    } else {
      writes.push({ span: { start: e.start, end: e.end }, text: e.text, edits: [e] });
    }
  }
  return writes.map(({ span, text }) => ({ span, text })).reverse();
}

/** Edits that turn the text after `sorted` back into the text before, span for span. */
export function inverseEdits(sorted: readonly FieldEdit[]): FieldEdit[] {
  let shift = 0;
  return sorted.map((e) => {
    const start = e.start + shift;
    shift += e.text.length - (e.end - e.start);
    return { start, end: start + e.text.length, expected: e.text, text: e.expected };
  });
}
