// Applying field edits to a text, and showing each affected line before and after. An edit carries
// the text it expects to replace: if the document moved on, nothing is applied.
import { splitLines } from '../analysis/split-lines';
import type { EditPreview, FieldEdit } from './types';
import { lineIndexAt } from '../sorted-search';

export class StaleEditError extends Error {}

/** The edits sorted by start; throws when one does not match the text or two overlap. */
function checked(text: string, edits: FieldEdit[]): FieldEdit[] {
  const sorted = [...edits].sort((a, b) => a.start - b.start || a.end - b.end);
  sorted.forEach((e, i) => {
    if (!(Number.isInteger(e.start) && Number.isInteger(e.end) && 0 <= e.start && e.start <= e.end && e.end <= text.length)) {
      throw new StaleEditError(`edit ${e.start}-${e.end} is outside the text`);
    }
    const found = text.slice(e.start, e.end);
    if (found !== e.expected) {
      throw new StaleEditError(`edit at ${e.start} expected ${JSON.stringify(e.expected)} but found ${JSON.stringify(found)}`);
    }
    const prev = sorted[i - 1];
    if (prev !== undefined && e.start < prev.end) throw new StaleEditError(`edits at ${prev.start} and ${e.start} overlap`);
  });
  return sorted;
}

export function applyEdits(text: string, edits: FieldEdit[]): string {
  const sorted = checked(text, edits);
  let out = '';
  let at = 0;
  for (const e of sorted) {
    out += text.slice(at, e.start) + e.text;
    at = e.end;
  }
  return out + text.slice(at);
}

/** Each line an edit touches, as it reads now and as it will read (lines joined when an edit spans them). */
export function previewEdits(text: string, edits: FieldEdit[]): EditPreview[] {
  const sorted = checked(text, edits);
  const { lines, lineStarts } = splitLines(text);
  const lineOf = (offset: number) => lineIndexAt(lineStarts, offset);
  const groups: { first: number; last: number; edits: FieldEdit[] }[] = [];
  for (const e of sorted) {
    const first = lineOf(e.start);
    const last = lineOf(e.end);
    const g = groups[groups.length - 1];
    if (g !== undefined && first <= g.last) {
      g.last = Math.max(g.last, last);
      g.edits.push(e);
    } else groups.push({ first, last, edits: [e] });
  }
  return groups.map((g) => {
    const from = lineStarts[g.first];
    const to = lineStarts[g.last] + lines[g.last].length;
    const before = text.slice(from, to);
    let after = '';
    let at = from;
    for (const e of g.edits) {
      after += text.slice(at, e.start) + e.text;
      at = e.end;
    }
    after += text.slice(at, to);
    return { line: g.first, before: before.replace(/\r$/, ''), after: after.replace(/\r$/, '') };
  });
}
