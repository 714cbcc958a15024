// @vitest-environment node
import { isDeepStrictEqual } from 'node:util';
import { describe, expect, it } from 'vitest';
import { analyze } from '../../lib/analysis/analyze';
import { createIncrementalAnalyzer } from '../../lib/analysis/incremental';

const REPORT = '述职报告\r\n一、主要工作\r\n全年培训XX人次，发展党员X名。\r\n二、存在问题\r\n调研偏少。\r\n三、下步打算\r\n加强学习。';

describe('incremental analysis', () => {
  it('shows a heading typed at the start of a line, exactly as a full analysis would', () => {
    const analyzer = createIncrementalAnalyzer(REPORT);
    const at = REPORT.indexOf('调研');
    const result = analyzer.apply({ start: at, end: at, replacement: '四、' });
    expect(result).toStrictEqual(analyze(analyzer.text));
    expect(result.outline.some((h) => h.marker === '四、' && h.start === at)).toBe(true);
  });

  it('moves every later blank and heading when a paragraph is pasted above them', () => {
    const analyzer = createIncrementalAnalyzer(REPORT);
    const pasted = '新增段落X个\r\n（一）某某工作\r\n';
    const at = REPORT.indexOf('一、');
    const before = analyzer.result;
    const after = analyzer.apply({ start: at, end: at, replacement: pasted });
    expect(after).toStrictEqual(analyze(analyzer.text));
    const lastBefore = before.outline[before.outline.length - 1];
    const lastAfter = after.outline[after.outline.length - 1];
    expect(lastAfter.start).toBe(lastBefore.start + pasted.length);
    expect(lastAfter.line).toBe(lastBefore.line + 2);
  });

  it('merges two lines when the line break between them is deleted', () => {
    const analyzer = createIncrementalAnalyzer(REPORT);
    const at = REPORT.indexOf('\r\n二、');
    const result = analyzer.apply({ start: at, end: at + 2, replacement: '' });
    expect(result).toStrictEqual(analyze(analyzer.text));
    expect(result.stats.lines).toBe(analyze(REPORT).stats.lines - 1);
  });

  it('treats an edit between CR and LF as the full analysis does', () => {
    const analyzer = createIncrementalAnalyzer(REPORT);
    const at = REPORT.indexOf('\n二、');
    expect(analyzer.apply({ start: at, end: at, replacement: 'X' })).toStrictEqual(analyze(analyzer.text));
  });

  it('clamps edits that point past the end instead of throwing', () => {
    const analyzer = createIncrementalAnalyzer('一、X');
    const result = analyzer.apply({ start: 100, end: 50, replacement: 'XX' });
    expect(analyzer.text).toBe('一、XXX');
    expect(result).toStrictEqual(analyze('一、XXX'));
  });

  it('leaves results it returned earlier untouched, so the panel can compare old and new', () => {
    const analyzer = createIncrementalAnalyzer(REPORT);
    const first = analyzer.result;
    const snapshot = structuredClone(first);
    analyzer.apply({ start: 0, end: 0, replacement: '一、X\n' });
    analyzer.update('完全不同的文字');
    expect(first).toStrictEqual(snapshot);
  });

  it('stays exact and leaves earlier results untouched when edits below headings reuse the lines above', () => {
    const text = '一、总体情况\n（一）学习\n参加培训X次。\n1.专题\n某某同志讲课XX场。\n（二）实践\n完成____项。';
    const analyzer = createIncrementalAnalyzer(text);
    const results = [analyzer.result];
    const snapshots = [structuredClone(analyzer.result)];
    const edits = [
      { at: '完成', replacement: '（三）调研\n' },
      { at: '参加', replacement: '2.补充XX人\n' },
      { at: '实践', replacement: '一、' },
      { at: '1.专题', replacement: '二、其他\n' },
    ];
    for (const { at, replacement } of edits) {
      const start = analyzer.text.indexOf(at);
      const result = analyzer.apply({ start, end: start, replacement });
      expect(result).toStrictEqual(analyze(analyzer.text));
      results.push(result);
      snapshots.push(structuredClone(result));
    }
    results.forEach((result, k) => expect(result).toStrictEqual(snapshots[k]));
  });

  it('returns the same result object when an update changes nothing', () => {
    const analyzer = createIncrementalAnalyzer(REPORT);
    expect(analyzer.update(REPORT)).toBe(analyzer.result);
  });

  it('follows whole-text updates that change the middle, the start and everything', () => {
    const analyzer = createIncrementalAnalyzer(REPORT);
    for (const next of [REPORT.replace('XX', 'X'), '\uFEFF' + REPORT, '', 'XX\n一、', REPORT]) {
      expect(analyzer.update(next)).toStrictEqual(analyze(next));
    }
  });

  it('survives a paste of hundreds of thousands of lines at once', () => {
    const analyzer = createIncrementalAnalyzer(REPORT);
    const paste = '（一）X\n'.repeat(150_000);
    const result = analyzer.apply({ start: 0, end: 0, replacement: paste });
    expect(result.stats.lines).toBe(REPORT.split('\n').length + 150_000);
    // isDeepStrictEqual first: toStrictEqual on 300 000 items is slow, and only needed to show a difference.
    const expected = analyze(paste + REPORT);
    if (!isDeepStrictEqual(result, expected)) expect(result).toStrictEqual(expected);
  }, 60_000);

  it('treats offsets that are not numbers as the start of the text instead of corrupting its state', () => {
    const analyzer = createIncrementalAnalyzer('一、X');
    analyzer.apply({ start: Number.NaN, end: Number.NaN, replacement: 'XX' });
    expect(analyzer.text).toBe('XX一、X');
    expect(analyzer.apply({ start: 1.7, end: Infinity, replacement: '' })).toStrictEqual(analyze('X'));
  });
});

describe('analysis of text that is not a string (from a broken message)', () => {
  it('is the analysis of empty text, without throwing', () => {
    const empty = analyze('');
    expect(analyze(undefined as unknown as string)).toStrictEqual(empty);
    const analyzer = createIncrementalAnalyzer(null as unknown as string);
    expect(analyzer.result).toStrictEqual(empty);
    expect(analyzer.update(42 as unknown as string)).toStrictEqual(empty);
  });
});
