// @vitest-environment node
// The page finds blanks with the blank-only scan; the panel lists them from the full analysis.
// They must be the same blanks, or a highlighted blank would be missing from the list.
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { analyze } from '../../lib/analysis/analyze';
import { createBlankScanner, openBlankScanner } from '../../lib/analysis/blank-scan';
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

describe('the page finds the same blanks as the full analysis', () => {
  it('on every web-text fixture and corpus template', () => {
    const all = [...texts(WEB_TEXT), ...texts(CORPUS)];
    expect(all.length).toBeGreaterThan(0);
    for (const text of all) expect(createBlankScanner(text).blanks).toStrictEqual(analyze(text).placeholders);
  });

  it('on generated text, and after any edit of it', () => {
    fc.assert(
      fc.property(someText, fc.array(relativeEdit, { maxLength: 4 }), (text, edits) => {
        const scanner = createBlankScanner(text);
        expect(scanner.blanks).toStrictEqual(analyze(text).placeholders);
        let current = text;
        for (const e of edits) {
          const { start, end, replacement } = toEdit(current, e);
          current = current.slice(0, start) + replacement + current.slice(end);
          expect(scanner.update(current)).toStrictEqual(analyze(current).placeholders);
        }
      }),
      { numRuns: RUNS },
    );
  });

  it('in slices: a long text gives the page a turn between them and the same blanks', async () => {
    const text = Array.from({ length: 4000 }, (_, i) => `${i}、全年完成XX项，走访某某单位，占比XX%。`).join('\n');
    let turns = 0;
    const scanner = await openBlankScanner(text, async () => {
      turns++;
    });
    expect(turns).toBeGreaterThan(1);
    expect(scanner.blanks).toStrictEqual(analyze(text).placeholders);
  });
});
