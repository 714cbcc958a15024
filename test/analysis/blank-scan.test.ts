// @vitest-environment node
// The page finds blanks with the blank-only scan; the panel lists them from the full analysis.
// They must be the same blanks, or a highlighted blank would be missing from the list; and the run
// the page paints must be the run the paint window takes from all of them.
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { analyze } from '../../lib/analysis/analyze';
import { BlankScanner } from '../../lib/analysis/blank-scan';
import { paintWindow } from '../../lib/highlight/paint-window';
import { relativeEdit, someText, toEdit } from './report-text.arbitraries';

const RUNS = Number(process.env.FUZZ_RUNS ?? 300);
const WEB_TEXT = join(import.meta.dirname, '../fixtures/web-text');
const CORPUS = '/work/shared/corpus';

const texts = (dir: string) =>
  existsSync(dir)
    ? readdirSync(dir)
        .filter((f) => f.endsWith('.txt'))
        .map((f) => readFileSync(join(dir, f), 'utf8'))
    : [];

const flood = (lines: number) =>
  [
    '2026年度述职报告',
    '一、主要工作',
    ...Array.from({ length: lines }, (_, i) => `${i % 7 ? '' : '（一）'}第${i}项完成XX件，某某同志负责，占XX%。`),
  ].join('\n');

describe('the page finds the same blanks as the full analysis', () => {
  it('on every web-text fixture and corpus template', () => {
    const all = [...texts(WEB_TEXT), ...texts(CORPUS)];
    expect(all.length).toBeGreaterThan(0);
    for (const text of all) expect(new BlankScanner(text).all()).toStrictEqual(analyze(text).placeholders);
  });

  it('on generated text, and after any edit of it', () => {
    fc.assert(
      fc.property(someText, fc.array(relativeEdit, { maxLength: 4 }), (text, edits) => {
        const scanner = new BlankScanner(text);
        expect(scanner.all()).toStrictEqual(analyze(text).placeholders);
        let current = text;
        for (const e of edits) {
          const { start, end, replacement } = toEdit(current, e);
          current = current.slice(0, start) + replacement + current.slice(end);
          scanner.update(current);
          expect(scanner.all()).toStrictEqual(analyze(current).placeholders);
        }
      }),
      { numRuns: RUNS },
    );
  });
});

describe('the run of blanks the page paints', () => {
  it('is the paint window of all blanks, wherever the caret is and after edits', () => {
    fc.assert(
      fc.property(
        fc.integer({ min: 0, max: 400 }),
        fc.integer({ min: 1, max: 120 }),
        fc.double({ min: 0, max: 1, noNaN: true }),
        fc.array(relativeEdit, { maxLength: 2 }),
        (lines, limit, where, edits) => {
          let text = flood(lines);
          const scanner = new BlankScanner(text);
          for (const e of edits) {
            const { start, end, replacement } = toEdit(text, e);
            text = text.slice(0, start) + replacement + text.slice(end);
            scanner.update(text);
          }
          const caret = Math.floor(where * text.length);
          const expected = paintWindow(analyze(text).placeholders, caret, limit);
          const run = scanner.around(caret, limit);
          expect(run.blanks).toStrictEqual(expected.blanks);
          if (!expected.capped) expect(run.capped).toBe(false);
        },
      ),
      { numRuns: Math.max(50, RUNS >> 2) },
    );
  });

  it('scans only the lines around the caret on a huge document', () => {
    const text = flood(20_000);
    const scanner = new BlankScanner(text);
    const run = scanner.around(Math.floor(text.length / 2), 200);
    expect(run.blanks).toHaveLength(200);
    // Lines hold three blanks each: about 70 lines scanned, not 20,000.
    expect(scanner.scanAhead(0)).toBe(false);
    expect((scanner as unknown as { scans: unknown[] }).scans.filter((s) => s !== undefined).length).toBeLessThan(200);
  });
});

describe('next and previous blank', () => {
  it('are the blanks just after and just before the caret, as in the full list', () => {
    const text = flood(50);
    const all = analyze(text).placeholders;
    const scanner = new BlankScanner(text);
    for (const at of [-1, 0, all[3].start, all[3].start + 1, all[all.length - 1].start, text.length]) {
      expect(scanner.blankAfter(at)).toStrictEqual(all.find((b) => b.start > at) ?? null);
      expect(scanner.blankBefore(at)).toStrictEqual(all.findLast((b) => b.start < at) ?? null);
    }
  });
});
