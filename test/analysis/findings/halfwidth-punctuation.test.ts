// @vitest-environment node
import { describe, expect, it } from 'vitest';
import { analyze } from '../../../lib/analysis/analyze';
import { applyFix, findingsOf } from './helpers';

const RULE = 'halfwidth-punctuation';

const fixAll = (text: string) => {
  let out = text;
  for (const f of findingsOf(text, RULE).reverse()) out = applyFix(out, f);
  return out;
};

describe('half-width punctuation in Chinese sentences', () => {
  it('turns commas, semicolons, colons, question and exclamation marks between Chinese into full width', () => {
    expect(fixAll('全年学习X次,研讨XX次;成效明显!原因:认识不够?')).toBe('全年学习X次，研讨XX次；成效明显！原因：认识不够？');
  });

  it('turns brackets around Chinese into full width, also in a half-width heading marker', () => {
    expect(fixAll('(一)抓学习(2020年)')).toBe('（一）抓学习（2020年）');
    expect(fixAll('(2)创新方式')).toBe('（2）创新方式');
  });

  it('leaves the punctuation right after a heading marker to the marker rule, so fixes never overlap', () => {
    for (const text of ['一,主要工作', '1,建立台账', '(一),抓学习']) {
      const all = analyze(text).findings.filter((f) => f.fix);
      const marks = all.map((f) => f.fix!.start);
      expect(new Set(marks).size, text).toBe(marks.length);
      expect(
        all.some((f) => f.rule === 'marker-punctuation'),
        text,
      ).toBe(true);
    }
  });

  it('warns with a fix for every mark', () => {
    const found = findingsOf('我们,他们', RULE);
    expect(found).toHaveLength(1);
    expect(found[0]).toMatchObject({ severity: 'warning', start: 2, end: 3, fix: { replacement: '，' } });
  });

  it.each([
    '投入资金1,000万元',
    '上午10:30召开会议',
    '比例为1:2',
    '访问 https://example.com/a?b=1 获取',
    'Hello, world! How are you?',
    '實(shí)驗(yàn)小學(xué)',
    'QQ:12345',
  ])('leaves numbers, times, URLs, English and pinyin alone: %s', (text) => {
    expect(findingsOf(text, RULE)).toEqual([]);
  });
});
