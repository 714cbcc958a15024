// @vitest-environment node
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { paddedDate } from '../../../lib/analysis/findings/padded-date';
import { applyFix, findingsOf, flagged } from './helpers';

const RULE = 'padded-date';

describe('dates with leading zeros', () => {
  it.each([
    ['于2026年01月05日召开会议', '于2026年1月5日召开会议'],
    ['2026年1月05日', '2026年1月5日'],
    ['自2025年09月起', '自2025年9月起'],
    ['20XX年03月X日', '20XX年3月X日'],
    ['2026年 01月', '2026年 1月'],
    ['2026年\u3000\u30001月 05日', '2026年\u3000\u30001月 5日'],
  ])('warns on %s and fixes it', (text, fixed) => {
    const found = findingsOf(text, RULE);
    expect(found).toHaveLength(1);
    expect(found[0].severity).toBe('warning');
    expect(applyFix(text, found[0])).toBe(fixed);
  });

  it('points at the whole date', () => {
    const text = '会议于2026年01月05日召开。';
    expect(flagged(text, findingsOf(text, RULE)[0])).toBe('2026年01月05日');
  });

  it.each(['2026年1月5日', '2026年10月10日', '2026年12月', '第10批', '1005年'])('accepts %s', (text) => {
    expect(findingsOf(text, RULE)).toEqual([]);
  });
});

describe('the cheap tests before the date pattern', () => {
  // The regex the hand-written test replaced, and the rule's trigger words: a line with a padded
  // month or day must hold one of the words, and pass the test.
  const MAY_BE_PADDED = /[年月][ \u3000]*0/;
  // The rule's date pattern, to count the padded dates in a line independently of its gates.
  const DATE =
    /(?<![0-9])([0-9]{2}[0-9XxＸ×]{2}[ \u3000]*年[ \u3000]*)([0-9]{1,2})([ \u3000]*月)(?:([ \u3000]*)([0-9]{1,2})([ \u3000]*日))?/g;
  const paddedDates = (line: string) =>
    [...line.matchAll(DATE)].filter(([, , month, , , day]) => /^0./.test(month) || /^0./.test(day ?? '')).length;

  it('runs the rule on every line where MAY_BE_PADDED matches, and finds nothing elsewhere', () => {
    const piece = fc.constantFrom('2026年', '20XX年', '年', '01月', '1月', '月', '05日', '5日', '0', '10', ' ', '\u3000', '第', '。');
    const words = paddedDate.triggers?.words ?? [];
    fc.assert(
      fc.property(fc.array(piece, { maxLength: 10 }), (parts) => {
        const line = parts.join('');
        const mayBePadded = MAY_BE_PADDED.test(line);
        if (mayBePadded) expect(words.some((w) => line.includes(w))).toBe(true);
        if (!mayBePadded) expect(paddedDate.checkLine(line, { headings: [] })).toEqual([]);
        expect(findingsOf(line, RULE)).toHaveLength(paddedDates(line));
      }),
      { numRuns: 2000 },
    );
  });
});
