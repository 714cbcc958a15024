// @vitest-environment node
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { analyze } from '../../../lib/analysis/analyze';
import type { OutlineItem } from '../../../lib/analysis/types';
import { findingsOf, flagged } from './helpers';

const RULE = 'numbering-sequence';
const lines = (...l: string[]) => l.join('\n');

describe('numbering gaps and repeats', () => {
  it('flags the skipped number at the marker that comes after the gap', () => {
    const text = lines('一、主要工作', '（一）抓学习', '（二）抓队伍', '（四）抓作风');
    const found = findingsOf(text, RULE);
    expect(found).toHaveLength(1);
    expect(flagged(text, found[0])).toBe('（四）');
    expect(found[0].severity).toBe('warning');
    expect(found[0].message.zh).toContain('（三）');
  });

  it('flags a repeated number', () => {
    const text = lines('一、成效', '二、问题', '二、打算');
    const found = findingsOf(text, RULE);
    expect(found.map((f) => flagged(text, f))).toEqual(['二、']);
    expect(found[0].message.zh).toContain('三、');
  });

  it('accepts numbering that restarts under a new parent', () => {
    const text = lines('一、成效', '（一）甲', '（二）乙', '1.细项', '2.细项', '（三）丙', '1.细项', '二、问题', '（一）丁', '（二）戊');
    expect(findingsOf(text, RULE)).toEqual([]);
  });

  it('accepts a correct sequence in any bracket or dot style', () => {
    expect(findingsOf(lines('(一)甲', '（二）乙', '(三）丙', '1、a', '2．b', '3.c'), RULE)).toEqual([]);
  });

  it('flags a gap in 一是/二是 across lines under one heading', () => {
    const text = lines('（一）加强学习', '一是集中学习。', '三是专题研讨。');
    expect(findingsOf(text, RULE).map((f) => flagged(text, f))).toEqual(['三是']);
  });

  it('lets inline enumerations restart at 一是 in every paragraph', () => {
    const text = lines('（一）加强学习', '原因：一是认识不够；二是措施不力。', '另外：一是时间少；二是方法旧；三是督促少。');
    expect(findingsOf(text, RULE)).toEqual([]);
  });

  it('flags a repeated 三是 in one paragraph', () => {
    const text = '原因：一是认识不够；二是措施不力；三是教育不深；三是联系不够。';
    const found = findingsOf(text, RULE);
    expect(found).toHaveLength(1);
    expect(found[0].start).toBe(text.lastIndexOf('三是'));
  });

  it('does not count 首先/其次/最后 as numbers', () => {
    expect(findingsOf('首先，学习。最后，总结。', RULE)).toEqual([]);
  });

  it('keeps a pasted list of identical headings to a bounded number of findings', () => {
    const text = '（一）X\n'.repeat(5000);
    const found = findingsOf(text, RULE);
    expect(found.length).toBeGreaterThan(0);
    expect(found.length).toBeLessThanOrEqual(1000);
  });
});

describe('siblings, by parent', () => {
  /** The numbers out of sequence, keyed by parent item and marker family as the rule describes it. */
  function outOfSequence(outline: OutlineItem[]): number[] {
    const last = new Map<string, number>();
    const flaggedAt: number[] = [];
    for (const item of outline) {
      const family =
        item.level !== 'enum'
          ? String(item.level)
          : /^[一二三四五六七八九十]+[是要]$/.test(item.marker)
            ? item.marker.slice(-1)
            : item.marker.startsWith('第')
              ? '第'
              : /^[\u2460-\u2473]$/.test(item.marker)
                ? '①'
                : null;
      if (family === null) continue;
      const key = `${item.parent}|${family}`;
      const previous = last.get(key);
      last.set(key, item.ordinal);
      if (previous === undefined || item.ordinal === previous + 1) continue;
      if (item.level === 'enum' && item.ordinal === 1) continue;
      flaggedAt.push(item.start);
    }
    return flaggedAt;
  }

  it('flags exactly the items out of sequence among the earlier items of the same parent and family', () => {
    const piece = fc.constantFrom(
      '一、',
      '二、',
      '三、',
      '（一）',
      '（二）',
      '（三）',
      '1.',
      '2.',
      '3.',
      '（1）',
      '（2）',
      '一是',
      '二是',
      '第一，',
      '第二，',
      '①',
      '②',
      '工作',
      '。',
    );
    const line = fc.array(piece, { minLength: 1, maxLength: 4 }).map((parts) => parts.join(''));
    fc.assert(
      fc.property(fc.array(line, { maxLength: 20 }), (lines) => {
        const text = lines.join('\n');
        const found = findingsOf(text, RULE).map((f) => f.start);
        expect(found).toEqual(outOfSequence(analyze(text).outline));
      }),
      { numRuns: 1000 },
    );
  });
});
