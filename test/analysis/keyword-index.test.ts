// @vitest-environment node
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { keywordSets } from '../../lib/analysis/keyword-index';

const RUNS = Math.max(1, Number(process.env.FUZZ_RUNS) || 300);

describe('keywordSets', () => {
  it('sets the bit of every list that has a word in the line', () => {
    const alphabet = fc.constantFrom(...'上下一页传人发布时间@ab0123456789');
    const word = fc.array(alphabet, { minLength: 1, maxLength: 4 }).map((cs) => cs.join(''));
    const lists = fc.array(fc.array(word, { minLength: 1, maxLength: 5 }), { minLength: 1, maxLength: 32 });
    const line = fc.array(alphabet, { maxLength: 30 }).map((cs) => cs.join(''));
    fc.assert(
      fc.property(lists, line, (ls, s) => {
        const found = keywordSets(ls).find(s);
        ls.forEach((words, k) => {
          if (words.some((w) => s.includes(w))) expect((found >>> k) & 1, `${k} ${words} in ${s}`).toBe(1);
        });
      }),
      { numRuns: RUNS },
    );
  });

  it('finds one-character words, words at the end of the line, and the 32nd list', () => {
    const lists = Array.from({ length: 32 }, (_, k) => [`w${k}`]);
    lists[5] = ['@'];
    lists[31] = ['版权', 'QQ'];
    const sets = keywordSets(lists);
    expect(sets.find('a@b') >>> 0).toBe(1 << 5);
    expect(sets.find('侵权必究，版权') >>> 0).toBe(2 ** 31);
    expect(sets.find('w7')).toBe(1 << 7);
    expect(sets.find('版')).toBe(0);
  });
});
