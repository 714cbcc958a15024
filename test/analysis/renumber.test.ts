// @vitest-environment node
import { describe, expect, it } from 'vitest';
import { analyze } from '../../lib/analysis/analyze';
import { markerWithOrdinal } from '../../lib/analysis/renumber';
import type { Edit, Finding } from '../../lib/analysis/types';

const lines = (...l: string[]) => l.join('\n');
const numbering = (text: string): Finding[] => analyze(text).findings.filter((f) => f.rule === 'numbering-sequence');
const applyEdits = (text: string, edits: Edit[]) =>
  [...edits].sort((a, b) => b.start - a.start).reduce((out, e) => out.slice(0, e.start) + e.replacement + out.slice(e.end), text);

describe('markerWithOrdinal', () => {
  it('writes the number in the marker’s own style', () => {
    expect(markerWithOrdinal('四、', 5)).toBe('五、');
    expect(markerWithOrdinal('（九）', 10)).toBe('（十）');
    expect(markerWithOrdinal('(3)', 12)).toBe('(12)');
    expect(markerWithOrdinal('9．', 10)).toBe('10．');
    expect(markerWithOrdinal('②', 3)).toBe('③');
    expect(markerWithOrdinal('十九、', 21)).toBe('二十一、');
  });
  it('refuses numbers the style cannot write', () => {
    expect(markerWithOrdinal('⑳', 21)).toBeNull();
    expect(markerWithOrdinal('九十九、', 100)).toBeNull();
    expect(markerWithOrdinal('一、', 0)).toBeNull();
  });
});

describe('重新编号: the numbering finding carries one edit per heading of its level', () => {
  it('renumbers the repeated top level after an inserted section in one step', () => {
    const text = lines('一、成效', '二、做法', '三、存在的问题', '（一）甲', '（二）乙', '三、原因', '四、打算', '（一）丙');
    const found = numbering(text).filter((f) => f.edits);
    expect(found).toHaveLength(1);
    expect(found[0].edits!.map((e) => text.slice(e.start, e.end))).toEqual(['三、', '四、']);
    const fixed = applyEdits(text, found[0].edits!);
    expect(fixed).toBe(lines('一、成效', '二、做法', '三、存在的问题', '（一）甲', '（二）乙', '四、原因', '五、打算', '（一）丙'));
    expect(numbering(fixed)).toEqual([]);
  });

  it('renumbers only the siblings under one parent', () => {
    const text = lines('一、甲', '（一）a', '（三）b', '（三）c', '二、乙', '（一）d', '（二）e');
    const withEdits = numbering(text).filter((f) => f.edits);
    expect(withEdits).toHaveLength(1);
    expect(applyEdits(text, withEdits[0].edits!)).toBe(lines('一、甲', '（一）a', '（二）b', '（三）c', '二、乙', '（一）d', '（二）e'));
  });

  it('keeps a fragment’s starting number and fixes its gaps', () => {
    const text = lines('三、问题', '五、打算', '七、其他');
    const [first] = numbering(text);
    expect(applyEdits(text, first.edits!)).toBe(lines('三、问题', '四、打算', '五、其他'));
  });

  it('offers no renumbering for inline 一是/二是, which restart in every paragraph', () => {
    const text = lines('（一）加强学习', '一是集中学习。', '三是专题研讨。');
    expect(numbering(text)).toHaveLength(1);
    expect(numbering(text)[0].edits).toBeUndefined();
  });

  it('any shuffled level becomes a clean sequence after its fix (generated)', () => {
    const markers = ['一、', '二、', '三、', '四、', '五、', '六、', '七、'];
    for (let seed = 1; seed < 200; seed++) {
      let r = seed;
      const pick = () => {
        r = (r * 48271) % 2147483647;
        return r % markers.length;
      };
      const text = Array.from({ length: 2 + (seed % 6) }, (_, i) => `${markers[pick()]}标题${i}\n（一）子项`).join('\n');
      const fixable = numbering(text).filter((f) => f.edits);
      const fixed = fixable.length ? applyEdits(text, fixable[0].edits!) : text;
      expect(numbering(fixed).filter((f) => analyze(fixed).outline.find((o) => o.start === f.start)?.level === 1)).toEqual([]);
    }
  });
});
