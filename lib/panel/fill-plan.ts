// What a fill will write: the edits for each field with its value, or why a value does not fit.
// Nothing is written here; the panel previews the plan and then applies its edits.
import { fillEdits } from '../fields';
import type { Field, FieldEdit } from '../fields/types';

export interface FillFailure {
  field: Field;
  /** i18n key of the reason. */
  reason: string;
  detail: string;
}

export interface FillPlan {
  edits: FieldEdit[];
  /** The fields the edits fill, in document order. */
  filled: Field[];
  failures: FillFailure[];
}

export function planFill(entries: readonly { field: Field; value: string }[], today = new Date()): FillPlan {
  const plan: FillPlan = { edits: [], filled: [], failures: [] };
  for (const { field, value } of entries) {
    const result = fillEdits(field, value.trim(), { today });
    if (result.ok) {
      plan.edits.push(...result.edits);
      plan.filled.push(field);
    } else {
      plan.failures.push({ field, reason: result.reason, detail: result.detail });
    }
  }
  return plan;
}

/** The sentence a field sits in, short enough for one row: the blank marked, its parts joined as written. */
export function fieldSnippet(field: Field, side = 18): { before: string; blank: string; after: string } {
  const before = field.context.before.length > side ? `…${field.context.before.slice(-side)}` : field.context.before;
  const after = field.context.after.length > side ? `${field.context.after.slice(0, side)}…` : field.context.after;
  const joiner: Record<string, string> = { year: '年', month: '月' };
  const blank = field.spans.map((s, i) => s.text + (i < field.spans.length - 1 ? (s.part ? (joiner[s.part] ?? '') : '…') : '')).join('');
  return { before, blank, after };
}

const WORD = /[0-9A-Za-zＸｘ×＊*_＿〇○△]/;

/** The part of a line that a fill changes: what both versions share before and after it. */
export function changedPart(before: string, after: string): { head: string; old: string; new: string; tail: string } {
  let head = 0;
  while (head < before.length && head < after.length && before[head] === after[head]) head++;
  let tail = 0;
  while (tail < before.length - head && tail < after.length - head && before[before.length - 1 - tail] === after[after.length - 1 - tail])
    tail++;
  // Whole words of digits and blank marks: 20XX → 2026 shows as one change, not 20 + XX → 26.
  const word = (c: string | undefined) => c !== undefined && WORD.test(c);
  while (head > 0 && word(before[head - 1]) && (word(before[head]) || word(after[head]))) head--;
  while (tail > 0 && word(before[before.length - tail]) && (word(before[before.length - tail - 1]) || word(after[after.length - tail - 1])))
    tail--;
  return {
    head: before.slice(0, head),
    old: before.slice(head, before.length - tail),
    new: after.slice(head, after.length - tail),
    tail: before.slice(before.length - tail),
  };
}
