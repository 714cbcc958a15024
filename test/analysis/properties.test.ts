// @vitest-environment node
// Property tests over the whole engine. FUZZ_RUNS sets the budget (default 300; `npm run test:fuzz`
// uses 100000); each property takes a share that reflects its cost per run.
import { isDeepStrictEqual } from 'node:util';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { analyze } from '../../lib/analysis/analyze';
import { clean } from '../../lib/analysis/clean';
import { createIncrementalAnalyzer } from '../../lib/analysis/incremental';
import { levelRank } from '../../lib/analysis/outline';
import type { AnalysisResult } from '../../lib/analysis/types';
import { anyText, longLineText, relativeEdit, reportLikeText, someText, toEdit } from './report-text.arbitraries';

const RUNS = Math.max(1, Number(process.env.FUZZ_RUNS) || 300);
const runs = (share: number) => Math.max(10, Math.round(RUNS * share));
// A fuzzing session runs for minutes; the everyday run keeps vitest's limits generous but finite.
const TIMEOUT = RUNS > 1000 ? 0 : 60_000;

/** Every way a result can point outside the text it was computed from; [] when it is consistent. */
function inconsistencies(text: string, result: AnalysisResult): string[] {
  const problems: string[] = [];
  const lines = text.split('\n');
  const lineStarts: number[] = [];
  let offset = 0;
  for (const line of lines) {
    lineStarts.push(offset);
    offset += line.length + 1;
  }
  const inLine = (line: number, start: number, end: number) =>
    line >= 0 && line < lines.length && start >= lineStarts[line] && end <= lineStarts[line] + lines[line].length;

  for (const p of result.placeholders) {
    if (!(p.start < p.end)) problems.push(`placeholder empty ${p.start}-${p.end}`);
    if (text.slice(p.start, p.end) !== p.text) problems.push(`placeholder text ${JSON.stringify(p.text)} at ${p.start}`);
    if (!inLine(p.line, p.start, p.end)) problems.push(`placeholder ${p.start}-${p.end} not in line ${p.line}`);
  }
  for (let i = 1; i < result.placeholders.length; i++) {
    if (result.placeholders[i].start < result.placeholders[i - 1].end) problems.push(`placeholders overlap or unordered at ${i}`);
  }
  result.outline.forEach((item, i) => {
    if (!(item.start < item.end)) problems.push(`heading ${i} empty`);
    if (!inLine(item.line, item.start, item.end)) problems.push(`heading ${i} not in line ${item.line}`);
    if (item.parent !== null) {
      const parent = result.outline[item.parent];
      if (!(item.parent < i) || !parent) problems.push(`heading ${i} parent ${item.parent} not earlier`);
      else if (!(levelRank(parent.level) < levelRank(item.level))) problems.push(`heading ${i} parent not of higher rank`);
    }
  });
  for (const b of result.boilerplate) {
    if (b.start !== lineStarts[b.line]) problems.push(`boilerplate ${b.line} does not start its line`);
    if (!inLine(b.line, b.start, b.end)) problems.push(`boilerplate ${b.line} out of its line`);
  }
  for (let i = 1; i < result.findings.length; i++) {
    const [a, b] = [result.findings[i - 1], result.findings[i]];
    if (a.start > b.start || (a.start === b.start && (a.end > b.end || (a.end === b.end && a.rule > b.rule)))) {
      problems.push(`findings out of document order at ${i}`);
    }
  }
  for (const f of result.findings) {
    if (!(0 <= f.start && f.start <= f.end && f.end <= text.length)) problems.push(`finding ${f.rule} ${f.start}-${f.end} out of range`);
    if (!f.message.zh || !f.message.en) problems.push(`finding ${f.rule} without both messages`);
    if (f.fix && !(0 <= f.fix.start && f.fix.start <= f.fix.end && f.fix.end <= text.length)) {
      problems.push(`fix of ${f.rule} out of range`);
    }
  }
  const { stats } = result;
  if (stats.blanks !== result.placeholders.length) problems.push('stats.blanks');
  if (stats.headings !== result.outline.length) problems.push('stats.headings');
  if (stats.lines !== lines.length) problems.push('stats.lines');
  if (stats.chars !== text.replace(/\s/g, '').length) problems.push('stats.chars');
  if (stats.sections.length !== result.outline.length) problems.push('stats.sections');
  result.outline.forEach((item, k) => {
    const next = result.outline.findIndex((other, j) => j > k && levelRank(other.level) <= levelRank(item.level));
    const end = next === -1 ? text.length : result.outline[next].start;
    const chars = text.slice(item.start, end).replace(/\s/g, '').length;
    const blanks = result.placeholders.filter((p) => p.start >= item.start && p.start < end).length;
    const section = stats.sections.find((s) => s.outline === k);
    if (section?.chars !== chars || section?.blanks !== blanks) problems.push(`section ${k} counts`);
  });
  const byLabel = Object.values(stats.blanksByLabel).reduce((a, b) => a + b, 0);
  if (byLabel !== result.placeholders.length) problems.push('stats.blanksByLabel');
  return problems;
}

describe('analysis never breaks on any text', () => {
  it(
    'returns a result whose every offset points into the exact input (report-like and arbitrary text)',
    () => {
      fc.assert(
        fc.property(someText, (text) => {
          expect(inconsistencies(text, analyze(text))).toEqual([]);
        }),
        { numRuns: runs(1) },
      );
    },
    TIMEOUT,
  );

  it(
    'gives the same result for the same text whatever was analysed before (no state leaks between calls)',
    () => {
      fc.assert(
        fc.property(someText, someText, (a, b) => {
          const first = analyze(a);
          analyze(b);
          if (!isDeepStrictEqual(analyze(a), first)) expect(analyze(a)).toStrictEqual(first);
        }),
        { numRuns: runs(0.2) },
      );
    },
    TIMEOUT,
  );

  it(
    'copes with very long lines',
    () => {
      fc.assert(
        fc.property(longLineText, (text) => {
          expect(inconsistencies(text, analyze(text))).toEqual([]);
        }),
        { numRuns: runs(0.005) },
      );
    },
    TIMEOUT,
  );
});

describe('offsets into the exact input', () => {
  it('sees a heading on the first line of a file that starts with a BOM, at offset 1', () => {
    const text = '\uFEFF一、主要工作\r\n全年开展培训X次。';
    const { outline, placeholders } = analyze(text);
    expect(outline[0]).toMatchObject({ line: 0, start: 1, marker: '一、' });
    expect(text.slice(outline[0].start, outline[0].start + 2)).toBe('一、');
    expect(placeholders.map((p) => text.slice(p.start, p.end))).toEqual(placeholders.map((p) => p.text));
  });

  it(
    'gives the same outline and blanks with or without a BOM, shifted by one',
    () => {
      fc.assert(
        // A second BOM after the first is ordinary text, so bodies start without one.
        fc.property(
          reportLikeText().filter((b) => !b.startsWith('\uFEFF')),
          (body) => {
            const plain = analyze(body);
            const withBom = analyze('\uFEFF' + body);
            const shift = <T extends { start: number; end: number }>(items: T[]) => items.map((x) => [x.start + 1, x.end + 1]);
            expect(withBom.placeholders.map((p) => [p.start, p.end])).toEqual(shift(plain.placeholders));
            expect(withBom.outline.map((h) => [h.start, h.end])).toEqual(shift(plain.outline));
          },
        ),
        { numRuns: runs(0.1), examples: [['一、总体情况'], ['（一）X名同志']] },
      );
    },
    TIMEOUT,
  );

  it(
    'finds the same items in CRLF text as in LF text',
    () => {
      fc.assert(
        fc.property(reportLikeText(), (body) => {
          const lf = body.replace(/\r/g, '');
          const crlf = lf.replace(/\n/g, '\r\n');
          const a = analyze(lf);
          const b = analyze(crlf);
          expect(b.placeholders.map((p) => [p.line, p.text])).toEqual(a.placeholders.map((p) => [p.line, p.text]));
          expect(b.outline.map((h) => [h.line, h.level, h.marker, h.title])).toEqual(
            a.outline.map((h) => [h.line, h.level, h.marker, h.title]),
          );
        }),
        { numRuns: runs(0.1) },
      );
    },
    TIMEOUT,
  );
});

describe('clean', () => {
  it(
    'is idempotent: cleaning cleaned text changes nothing',
    async () => {
      await fc.assert(
        fc.asyncProperty(someText, async (text) => {
          const once = await clean(text);
          expect(await clean(once)).toBe(once);
        }),
        { numRuns: runs(0.15) },
      );
    },
    TIMEOUT,
  );

  it(
    'is idempotent with conversion to Simplified',
    async () => {
      await fc.assert(
        fc.asyncProperty(reportLikeText(30), async (text) => {
          const once = await clean(text, { simplified: true });
          expect(await clean(once, { simplified: true })).toBe(once);
        }),
        { numRuns: runs(0.02) },
      );
    },
    TIMEOUT,
  );
});

describe('incremental analysis equals analysing the new text from scratch', () => {
  it(
    'after random sequences of edits',
    () => {
      fc.assert(
        fc.property(someText, fc.array(relativeEdit, { minLength: 1, maxLength: 6 }), (initial, edits) => {
          const analyzer = createIncrementalAnalyzer(initial);
          let text = initial;
          for (const relative of edits) {
            const edit = toEdit(text, relative);
            text = text.slice(0, edit.start) + edit.replacement + text.slice(edit.end);
            const result = analyzer.apply(edit);
            expect(analyzer.text).toBe(text);
            if (!isDeepStrictEqual(result, analyze(text))) expect(result).toStrictEqual(analyze(text));
          }
        }),
        { numRuns: runs(0.5) },
      );
    },
    TIMEOUT,
  );

  it(
    'after whole-text updates (editors that report no edit)',
    () => {
      fc.assert(
        fc.property(someText, fc.array(fc.oneof(someText, relativeEdit), { minLength: 1, maxLength: 6 }), (initial, steps) => {
          const analyzer = createIncrementalAnalyzer(initial);
          let text = initial;
          for (const step of steps) {
            if (typeof step === 'string') text = step;
            else {
              const edit = toEdit(text, step);
              text = text.slice(0, edit.start) + edit.replacement + text.slice(edit.end);
            }
            const result = analyzer.update(text);
            expect(analyzer.text).toBe(text);
            if (!isDeepStrictEqual(result, analyze(text))) expect(result).toStrictEqual(analyze(text));
          }
        }),
        { numRuns: runs(0.3) },
      );
    },
    TIMEOUT,
  );

  it(
    'when an edit splits or joins a CRLF pair or a surrogate pair',
    () => {
      fc.assert(
        fc.property(anyText(20), fc.constantFrom('\r', '\n', '\r\n', '\uD83D', '\uDE00', ''), fc.nat(), (body, insert, where) => {
          const initial = `一、X\r\n${body}\uD83D\uDE00（一）某某\r\n`;
          const analyzer = createIncrementalAnalyzer(initial);
          const at = where % (initial.length + 1);
          const result = analyzer.apply({ start: at, end: at, replacement: insert });
          const text = initial.slice(0, at) + insert + initial.slice(at);
          if (!isDeepStrictEqual(result, analyze(text))) expect(result).toStrictEqual(analyze(text));
        }),
        { numRuns: runs(0.05) },
      );
    },
    TIMEOUT,
  );
});
