// @vitest-environment node
import { describe, expect, it } from 'vitest';
import { analyze } from '../../lib/analysis/analyze';

const sectionOf = (text: string, marker: string) => {
  const result = analyze(text);
  const index = result.outline.findIndex((item) => item.marker === marker);
  expect(index).toBeGreaterThanOrEqual(0);
  return result.stats.sections.find((s) => s.outline === index)!;
};

describe('document statistics', () => {
  it('counts characters without any kind of whitespace (spaces, full-width spaces, tabs, CRLF, BOM)', () => {
    const text = '\uFEFF一、 总体\u3000情况\r\n\t全年X次。\r\n';
    expect(analyze(text).stats.chars).toBe('一、总体情况全年X次。'.length);
  });

  it('counts lines as the editor does: one more than the line breaks', () => {
    expect(analyze('').stats.lines).toBe(1);
    expect(analyze('一\r\n二\n').stats.lines).toBe(3);
  });

  it('counts every blank once and as many per label as in total', () => {
    const { stats, placeholders } = analyze('一、工作\n培训XX人次，XXX名党员，召开X次会议。\n二、问题\nX');
    expect(stats.blanks).toBe(placeholders.length);
    expect(stats.blanks).toBeGreaterThanOrEqual(4);
    expect(Object.values(stats.blanksByLabel).reduce((a, b) => a + b, 0)).toBe(stats.blanks);
  });

  it('gives each top-level section its characters and blanks, up to the next top-level heading', () => {
    const text = '一、主要工作\n全年开展X次。\n\n二、存在问题\n短板XX个，弱项XX个。';
    const first = sectionOf(text, '一、');
    const second = sectionOf(text, '二、');
    expect(first.chars).toBe('一、主要工作全年开展X次。'.length);
    expect(first.blanks).toBe(1);
    expect(second.chars).toBe('二、存在问题短板XX个，弱项XX个。'.length);
    expect(second.blanks).toBe(2);
  });

  it('counts a sub-section inside its parent and closes it at the next sibling or higher heading', () => {
    const text = '一、主要工作\n（一）抓学习。学习X次。\n（二）抓队伍。发展X名。\n二、问题\n不足。';
    const parent = sectionOf(text, '一、');
    const child = sectionOf(text, '（一）');
    expect(child).toMatchObject({ chars: '（一）抓学习。学习X次。'.length, blanks: 1 });
    expect(parent).toMatchObject({ chars: '一、主要工作（一）抓学习。学习X次。（二）抓队伍。发展X名。'.length, blanks: 2 });
  });
});
