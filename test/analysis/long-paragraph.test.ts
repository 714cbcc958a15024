// @vitest-environment node
// Text pasted with its line breaks lost: one paragraph holding a whole report. What is per line
// elsewhere (a line's findings of several rules, the characters before each of its headings) must
// stay right, and must be worked out once per line, not once per item.
import { describe, expect, it } from 'vitest';
import { analyze } from '../../lib/analysis/analyze';
import { createIncrementalAnalyzer } from '../../lib/analysis/incremental';
import { levelRank } from '../../lib/analysis/outline';

const DIGITS = ['', '一', '二', '三', '四', '五', '六', '七', '八', '九'];

/** 一 … 九十九. */
function chinese(n: number): string {
  const tens = Math.floor(n / 10);
  return `${tens === 0 ? '' : tens === 1 ? '十' : `${DIGITS[tens]}十`}${DIGITS[n % 10]}`;
}

/** `n` inline enumerations (一是 … 九十九是, again) on one line, with spaces inside, half-width commas and a dated expression. */
function paragraph(n: number): string {
  const parts: string[] = [];
  for (let i = 0; i < n; i++) parts.push(`${chinese((i % 99) + 1)}是抓好 两学一做,落实XX项 任务`);
  return `${parts.join('；')}。`;
}

const nonWhitespace = (s: string) => s.replace(/\s/g, '').length;

describe('a report pasted as one paragraph', () => {
  const text = `一、总体情况\n${paragraph(300)}\n二、下步打算\n　　继续抓好落实。`;
  const result = analyze(text);

  it('lists the findings of every rule on the line in document order', () => {
    const rules = new Set(result.findings.map((f) => f.rule));
    expect(rules.size).toBeGreaterThanOrEqual(2);
    for (let i = 1; i < result.findings.length; i++) {
      const [a, b] = [result.findings[i - 1], result.findings[i]];
      expect(a.start < b.start || (a.start === b.start && (a.end < b.end || (a.end === b.end && a.rule <= b.rule)))).toBe(true);
    }
  });

  it('gives each heading of the line the characters from it to the next heading of its level or above', () => {
    const { outline, stats } = result;
    expect(outline.length).toBeGreaterThan(300);
    for (const section of stats.sections) {
      const item = outline[section.outline];
      const next = outline.slice(section.outline + 1).find((o) => levelRank(o.level) <= levelRank(item.level));
      const end = next ? next.start : text.length;
      expect(section.chars).toBe(nonWhitespace(text.slice(item.start, end)));
    }
  });

  it('gives the same result after an edit as a fresh analysis (headings of kept lines counted again)', () => {
    const analyzer = createIncrementalAnalyzer(text);
    const at = text.length - 2;
    analyzer.apply({ start: at, end: at, replacement: '，X次' });
    const edited = `${text.slice(0, at)}，X次${text.slice(at)}`;
    expect(analyzer.result).toEqual(analyze(edited));
  });
});
