// Row keys for the 待填 list that survive a redraw: a field is known by what it is and the words
// around it, not by its offset (a fill above shifts every offset below it). A value typed into a
// row therefore stays with that field, never moves to another row.
import type { Field } from '../fields/types';

/** Words of context on each side that identify a field (its own line only). */
const CONTEXT = 10;

function identity(field: Field): string {
  const spans = field.spans.map((s) => s.text).join('|');
  return `${field.key}\u0001${field.context.before.slice(-CONTEXT)}\u0001${spans}\u0001${field.context.after.slice(0, CONTEXT)}`;
}

/** One key per field, in order: its identity plus which occurrence of that identity it is. */
export function rowKeys(fields: readonly Field[]): string[] {
  const seen = new Map<string, number>();
  return fields.map((f) => {
    const id = identity(f);
    const n = seen.get(id) ?? 0;
    seen.set(id, n + 1);
    return `${id}#${n}`;
  });
}

/**
 * Typed values after some rows were filled: the filled rows' values go, and a later identical
 * field (same words around it) moves up one occurrence, so its value must move with it.
 */
export function valuesAfterFill(values: ReadonlyMap<string, string>, filledKeys: readonly string[]): Map<string, string> {
  const gone = new Set(filledKeys);
  const out = new Map<string, string>();
  const removedBefore = (id: string, n: number) =>
    filledKeys.filter((k) => {
      const [kid, kn] = splitKey(k);
      return kid === id && kn < n;
    }).length;
  for (const [key, value] of values) {
    if (gone.has(key)) continue;
    const [id, n] = splitKey(key);
    out.set(`${id}#${n - removedBefore(id, n)}`, value);
  }
  return out;
}

function splitKey(key: string): [string, number] {
  const hash = key.lastIndexOf('#');
  return [key.slice(0, hash), Number(key.slice(hash + 1))];
}

/** The field that holds the caret, else the first one after it, else the last one; -1 when none. */
export function fieldAtCaret(fields: readonly Field[], caret: number): number {
  if (!fields.length) return -1;
  const i = fields.findIndex((f) => caret <= f.spans[f.spans.length - 1].end);
  return i === -1 ? fields.length - 1 : i;
}
