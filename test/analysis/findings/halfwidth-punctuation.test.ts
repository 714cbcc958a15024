// @vitest-environment node
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { analyze } from '../../../lib/analysis/analyze';
import { halfwidthPunctuation } from '../../../lib/analysis/findings/halfwidth-punctuation';
import { findHeadingsInLine } from '../../../lib/analysis/outline';
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

  it('finds the same in the line read inside the analysed text as in the line alone', () => {
    const piece = fc.constantFrom(...Array.from('中文a2 \u3000,;:?!()，'), 'shí', '(一)', '(1)', '一,', '1,', '一是', '第一,');
    const line = fc.array(piece, { maxLength: 12 }).map((pieces) => pieces.join(''));
    // Chinese and digits right outside the line: read as neighbours, they would change the verdicts.
    const outside = fc.constantFrom('', '中', '中 ', '2', ',', '\n中');
    fc.assert(
      fc.property(line, outside, outside, (text, before, after) => {
        const headings = findHeadingsInLine(text);
        const inText = halfwidthPunctuation.checkLine(text, { headings, text: before + text + after, offset: before.length });
        expect(inText).toEqual(halfwidthPunctuation.checkLine(text, { headings }));
      }),
      { numRuns: 2000 },
    );
  });
});
