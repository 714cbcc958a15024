// @vitest-environment node
import { describe, expect, it } from 'vitest';
import { applyFix, findingsOf, flagged } from './helpers';

const RULE = 'padded-date';

describe('dates with leading zeros', () => {
  it.each([
    ['于2026年01月05日召开会议', '于2026年1月5日召开会议'],
    ['2026年1月05日', '2026年1月5日'],
    ['自2025年09月起', '自2025年9月起'],
    ['20XX年03月X日', '20XX年3月X日'],
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
