// @vitest-environment node
// Fill several never writes a doubled year (`202026年`): over 10,000 generated templates with years
// and dates in every written form, and over the reports in the shared corpus (read at test time,
// never copied into the repo).
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { applyEdits, fieldsWithKey, fillAll, fillEdits, findFields, type Field, type FieldEdit } from '../../lib/fields';
import { yearPattern } from '../../lib/fields/values';
import { dateOrYear, templateText } from './template.arbitraries';

const ROOT = resolve(__dirname, '../..');
const CORPUS = [join(ROOT, '../shared/corpus'), '/work/shared/corpus'].find((dir) => existsSync(dir));
const TEMPLATES = 10_000;

const DOUBLED = [
  /(?:19|20)\d{2}\d{1,2}年/, // 202026年
  /\d{5,}/, // 202026, 20262026
  /[〇○零一二三四五六七八九]{5,}年/, // 二〇二〇二六年
  /(?:19|20)\d{2}[XxＸｘ_＿]+年/, // 2026XX年
  /〔\d{5,}〕/,
];

/** The value a person would type: this year, or the year that fits digits already written (19XX). */
function yearFor(field: Field, year = 2026): string {
  const span = field.spans.find((s) => s.part === 'year' || s.part === undefined) ?? field.spans[0];
  const digits = [...String(year)].map(Number);
  yearPattern(span.text).digits.forEach((d, i) => {
    if (d !== null) digits[i] = d;
  });
  return digits.join('');
}

function valueFor(field: Field): string {
  if (field.kind === 'year') return yearFor(field);
  const written = field.written ?? {};
  return `${yearFor(field, written.year ?? 2026)}-${written.month ?? 3}-${written.day ?? 5}`;
}

const isDateLike = (f: Field) => f.kind === 'year' || f.kind === 'date';

/**
 * Fills every year and date: first one value per shared key (the report year, the plan year), as
 * the panel's fill-several does, then each field left on its own.
 */
function fillYearsAndDates(text: string): string {
  const fields = findFields(text).filter(isDateLike);
  const edits: FieldEdit[] = [];
  const done = new Set<Field>();
  for (const key of new Set(fields.map((f) => f.key))) {
    const same = fieldsWithKey(fields, key);
    if (same.length < 2) continue;
    const r = fillAll(same, valueFor(same[0]));
    if (r.ok) {
      edits.push(...r.edits);
      for (const f of same) done.add(f);
    }
  }
  for (const f of fields) {
    if (done.has(f)) continue;
    const r = fillEdits(f, valueFor(f));
    if (!r.ok) throw new Error(`${valueFor(f)} did not fit ${f.spans.map((s) => s.text).join('|')} in ${text}: ${r.detail}`);
    edits.push(...r.edits);
  }
  return applyEdits(text, edits);
}

function doubled(before: string, after: string): string | undefined {
  for (const re of DOUBLED) {
    const m = after.match(re);
    if (m && !before.includes(m[0])) return m[0];
  }
  return undefined;
}

describe('fill several never writes a doubled year', () => {
  it(`over ${TEMPLATES.toLocaleString('en')} generated templates`, () => {
    const templates = fc.sample(
      fc.tuple(templateText(12), fc.array(dateOrYear, { minLength: 1, maxLength: 6 })).map(([t, ds]) => t + ds.join('，')),
      { numRuns: TEMPLATES, seed: 20260305 },
    );
    let fieldsFilled = 0;
    for (const text of templates) {
      fieldsFilled += findFields(text).filter(isDateLike).length;
      const filled = fillYearsAndDates(text);
      const bad = doubled(text, filled);
      expect(bad, `${text}\n→ ${filled}`).toBeUndefined();
      // Every year and date was filled: none is left, half-filled or otherwise.
      expect(findFields(filled).filter(isDateLike), filled).toEqual([]);
    }
    expect(fieldsFilled).toBeGreaterThan(TEMPLATES);
  }, 120_000);

  it.skipIf(CORPUS === undefined)('over the shared corpus', () => {
    const files = readdirSync(CORPUS as string).filter((f) => f.endsWith('.txt'));
    expect(files.length).toBeGreaterThan(0);
    for (const file of files) {
      const text = readFileSync(join(CORPUS as string, file), 'utf8');
      const filled = fillYearsAndDates(text);
      expect(doubled(text, filled), file).toBeUndefined();
      expect(findFields(filled).filter(isDateLike), file).toEqual([]);
    }
  });
  if (CORPUS === undefined) console.warn('shared corpus not found next to the repo: the corpus part of the doubled-year test is skipped');
});
