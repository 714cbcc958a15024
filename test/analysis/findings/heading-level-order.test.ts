// @vitest-environment node
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { analyze } from '../../../lib/analysis/analyze';
import type { OutlineItem } from '../../../lib/analysis/types';
import { findingsOf, flagged } from './helpers';

const RULE = 'heading-level-order';
const lines = (...l: string[]) => l.join('\n');

describe('heading level jumps', () => {
  it('warns when （1） comes straight under 一、', () => {
    const text = lines('一、主要工作', '（1）抓学习');
    const found = findingsOf(text, RULE);
    expect(found.map((f) => [flagged(text, f), f.severity])).toEqual([['（1）', 'warning']]);
  });

  it('warns when （1） comes straight under （一）', () => {
    const text = lines('一、主要工作', '（一）抓学习', '（1）集中学习');
    expect(findingsOf(text, RULE).map((f) => flagged(text, f))).toEqual(['（1）']);
  });

  it('accepts 一、 then 1. in a two-level document', () => {
    expect(findingsOf(lines('一、主要工作', '1.抓学习', '2.抓队伍', '二、问题', '1.不足'), RULE)).toEqual([]);
  });

  it('gives only a hint for 一、 then 1. when the document uses （一） elsewhere', () => {
    const text = lines('一、主要工作', '（一）抓学习', '二、问题', '1.不足');
    const found = findingsOf(text, RULE);
    expect(found.map((f) => [flagged(text, f), f.severity])).toEqual([['1.', 'hint']]);
  });

  it('accepts the full four-level order', () => {
    expect(findingsOf(lines('一、甲', '（一）乙', '1.丙', '（1）丁', '（2）戊', '2.己', '（二）庚', '二、辛'), RULE)).toEqual([]);
  });
});

describe('heading level reversals', () => {
  it('warns once when a higher-level style follows a lower one under the same heading', () => {
    const text = lines('一、主要工作', '1.抓学习', '2.抓队伍', '（一）抓作风', '（二）抓纪律');
    const found = findingsOf(text, RULE);
    expect(found.map((f) => [flagged(text, f), f.severity])).toEqual([
      ['1.', 'hint'],
      ['（一）', 'warning'],
    ]);
  });

  it('reports a skipped level once per heading, not on every item', () => {
    const text = lines('一、主要工作', '（1）甲', '（2）乙', '（3）丙');
    expect(findingsOf(text, RULE).map((f) => flagged(text, f))).toEqual(['（1）']);
  });

  it('only hints at a reversal at the top of the document', () => {
    const text = lines('（一）前言', '一、主要工作');
    expect(findingsOf(text, RULE).map((f) => [flagged(text, f), f.severity])).toEqual([['一、', 'hint']]);
  });
});

describe('jumps and reversals, by parent', () => {
  /** Where the rule should flag, keyed by parent item as the rule describes it: [start, severity]. */
  function expected(outline: OutlineItem[]): [number, string][] {
    const usesLevel2 = outline.some((item) => item.level === 2);
    const deepestChild = new Map<number | null, number>();
    const reversalFlagged = new Set<number | null>();
    const jumpFlagged = new Set<string>();
    const out: [number, string][] = [];
    for (const item of outline) {
      if (item.level === 'enum') continue;
      const parent = item.parent === null ? null : outline[item.parent];
      if (parent && parent.level !== 'enum' && item.level > parent.level + 1 && !jumpFlagged.has(`${item.parent}|${item.level}`)) {
        jumpFlagged.add(`${item.parent}|${item.level}`);
        if (parent.level === 1 && item.level === 3) {
          if (usesLevel2) out.push([item.start, 'hint']);
        } else out.push([item.start, 'warning']);
      }
      const deepest = deepestChild.get(item.parent);
      if (deepest !== undefined && deepest > item.level && !reversalFlagged.has(item.parent)) {
        reversalFlagged.add(item.parent);
        out.push([item.start, item.parent === null ? 'hint' : 'warning']);
      }
      deepestChild.set(item.parent, Math.max(deepest ?? 0, item.level));
    }
    return out;
  }

  it('flags exactly what a check by parent item flags', () => {
    const line = fc.constantFrom(
      '一、甲',
      '二、乙',
      '（一）甲',
      '（二）乙',
      '1.甲',
      '2.乙',
      '（1）甲',
      '（2）乙',
      '一是甲；二是乙。',
      '工作',
    );
    fc.assert(
      fc.property(fc.array(line, { maxLength: 30 }), (lines) => {
        const text = lines.join('\n');
        const found = analyze(text).findings.filter((f) => f.rule === 'heading-level-order');
        expect(found.map((f) => [f.start, f.severity])).toEqual(expected(analyze(text).outline));
      }),
      { numRuns: 1000 },
    );
  });
});
