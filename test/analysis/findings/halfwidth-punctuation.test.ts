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

  it('judges a run of marks by what stands before and after the whole run', () => {
    expect(fixAll('完成了,(见附件)')).toBe('完成了，（见附件）');
    // After a Latin word the comma stays; the bracket before Chinese is Chinese.
    expect(fixAll('Word,(中文)')).toBe('Word,（中文）');
  });

  it('looks past spaces for the character after a run', () => {
    expect(fixAll('v2,\u3000下一步')).toBe('v2，\u3000下一步');
    expect(fixAll('v2, 下一步')).toBe('v2， 下一步');
    expect(fixAll('v2,x下一步')).toBe('v2,x下一步');
  });

  it('gives every finding of a mark the same words, and each its own place', () => {
    const found = findingsOf('甲,乙,丙;丁', RULE);
    expect(found.map((f) => [f.start, f.message.zh])).toEqual([
      [1, '中文中应使用全角逗号“，”'],
      [3, '中文中应使用全角逗号“，”'],
      [5, '中文中应使用全角分号“；”'],
    ]);
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
