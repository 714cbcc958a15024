// Fields: the blanks of a report as the things a person fills in (a date, the report year, the
// 述职人 …), the edits a value makes, and a preview of them. Pure: no DOM, no browser API.
import { fillEdits, type FillOptions } from './fill';
import type { Field, FillResult } from './types';

export { applyEdits, previewEdits, StaleEditError } from './edits';
export { fillEdits, type FillOptions } from './fill';
export { findFields } from './find-fields';
export * from './types';

export function fieldsWithKey(fields: Field[], key: string): Field[] {
  return fields.filter((f) => f.key === key);
}

/** One value into every field of `fields` (e.g. all fields with one key): every edit, or the first failure. */
export function fillAll(fields: Field[], value: string, options?: FillOptions): FillResult {
  const edits = [];
  for (const field of fields) {
    const r = fillEdits(field, value, options);
    if (!r.ok) return r;
    edits.push(...r.edits);
  }
  return { ok: true, edits };
}
