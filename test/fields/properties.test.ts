// @vitest-environment node
// Property tests for fields. FUZZ_RUNS sets the budget as in test/analysis/properties.test.ts.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { applyEdits, fillEdits, findFields, type Field, type FieldEdit } from '../../lib/fields';
import { reportLikeText } from '../analysis/report-text.arbitraries';
import { templateText, validValue } from './template.arbitraries';

const RUNS = Math.max(1, Number(process.env.FUZZ_RUNS) || 300);
const runs = (share: number) => Math.max(10, Math.round(RUNS * share));
const TIMEOUT = RUNS > 1000 ? 0 : 60_000;

/** Where a field is and what it is, with offsets moved as `edits` move them. */
function shape(field: Field, shift: (offset: number) => number) {
  return {
    kind: field.kind,
    key: field.key.replace(/@(\d+)$/, (_, n: string) => `@${shift(Number(n))}`),
    spans: field.spans.map((s) => ({ start: shift(s.start), end: shift(s.end), text: s.text, part: s.part })),
  };
}

function shifter(edits: FieldEdit[]): (offset: number) => number {
  return (offset) => {
    let delta = 0;
    for (const e of edits) if (e.end <= offset) delta += e.text.length - (e.end - e.start);
    return offset + delta;
  };
}

const withField = (text: fc.Arbitrary<string>) =>
  text
    .map((t) => ({ text: t, fields: findFields(t) }))
    .filter(({ fields }) => fields.length > 0)
    .chain(({ text: t, fields }) =>
      fc.nat({ max: fields.length - 1 }).chain((i) => validValue(fields[i]).map((value) => ({ text: t, fields, index: i, value }))),
    );

describe('fields: properties', () => {
  it(
    'a valid value fills its field, and the rest re-analyses to the same fields, moved',
    () => {
      fc.assert(
        fc.property(withField(templateText()), ({ text, fields, index, value }) => {
          const field = fields[index];
          const r = fillEdits(field, value);
          if (!r.ok) throw new Error(`${value} into ${JSON.stringify(field)}: ${r.reason} ${r.detail}`);
          const filled = applyEdits(text, r.edits);
          const shift = shifter(r.edits);
          const expected = fields.filter((_, i) => i !== index).map((f) => shape(f, shift));
          const actual = findFields(filled).map((f) => shape(f, (o) => o));
          expect(actual).toEqual(expected);
        }),
        { numRuns: runs(1), endOnFailure: RUNS > 1000 },
      );
    },
    TIMEOUT,
  );

  it(
    'in any text, what a fill writes is never read as a blank again',
    () => {
      fc.assert(
        fc.property(withField(reportLikeText()), ({ text, fields, index, value }) => {
          const r = fillEdits(fields[index], value);
          if (!r.ok) return; // arbitrary text may put a field where no value fits its neighbours
          const filled = applyEdits(text, r.edits);
          const shift = shifter(r.edits);
          const written = r.edits.map((e) => [shift(e.start), shift(e.start) + e.text.length]);
          for (const f of findFields(filled)) {
            for (const span of f.spans) {
              for (const [start, end] of written) expect(span.start < end && span.end > start, `${span.text} in ${filled}`).toBe(false);
            }
          }
        }),
        { numRuns: runs(1), endOnFailure: RUNS > 1000 },
      );
    },
    TIMEOUT,
  );

  it(
    'applyEdits refuses an edit whose expected text is no longer there',
    () => {
      fc.assert(
        fc.property(withField(templateText()), fc.string({ minLength: 1, maxLength: 3 }), ({ text, fields, index, value }, typed) => {
          const r = fillEdits(fields[index], value);
          if (!r.ok) return;
          const e = r.edits[0];
          const changed = text.slice(0, e.start) + typed + text.slice(e.start);
          fc.pre(changed.slice(e.start, e.end) !== e.expected);
          expect(() => applyEdits(changed, r.edits)).toThrow();
        }),
        { numRuns: runs(0.3) },
      );
    },
    TIMEOUT,
  );
});
