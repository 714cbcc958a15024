// @vitest-environment node
import fc from 'fast-check';
import { describe, expect, test } from 'vitest';
import { applyChange, diffText, spanChange, textChange } from '../lib/text-change';

// Few letters, so texts share prefixes, suffixes and repeats (where the two shapes differ).
const text = fc.array(fc.constantFrom('X', 'a', '某', '\n', '𠀀'), { maxLength: 12 }).map((a) => a.join(''));

/** Longest common prefix, then the longest common suffix of what is left: the replacement by definition. */
function smallestReplacement(before: string, after: string) {
  let p = 0;
  while (p < before.length && p < after.length && before[p] === after[p]) p++;
  let s = 0;
  while (s < before.length - p && s < after.length - p && before[before.length - 1 - s] === after[after.length - 1 - s]) s++;
  return { start: p, end: before.length - s, text: after.slice(p, after.length - s) };
}

/** The common prefix and, independently, the common suffix, one character at a time. */
function slowChange(before: string, after: string) {
  const shorter = Math.min(before.length, after.length);
  let prefix = 0;
  while (prefix < shorter && before[prefix] === after[prefix]) prefix++;
  let suffix = 0;
  while (suffix < shorter && before[before.length - 1 - suffix] === after[after.length - 1 - suffix]) suffix++;
  return { prefix, suffix, delta: after.length - before.length, oldLength: before.length };
}

// Texts of a few thousand characters, so prefixes and suffixes cross the compared blocks' edges.
const longText = fc
  .tuple(fc.stringMatching(/^[甲乙X某\n]{0,40}$/), fc.integer({ min: 1, max: 120 }))
  .map(([unit, times]) => (unit || '某').repeat(times));

describe('the change between two texts', () => {
  test('the replacement read from the one change is the smallest replacement, and applying it gives the new text (property)', () => {
    fc.assert(
      fc.property(text, text, (before, after) => {
        const change = textChange(before, after);
        expect(spanChange(change, after)).toEqual(smallestReplacement(before, after));
        expect(diffText(before, after)).toEqual(spanChange(change, after));
        expect(applyChange(before, spanChange(change, after))).toBe(after);
      }),
      { numRuns: 2000 },
    );
  });

  test('the change keeps the suffix whole even where it overlaps the prefix (range reuse tells such edits apart)', () => {
    // "XX" typed after "XX": the texts share all of "XX" at the start and at the end.
    expect(textChange('XX', 'XXXX')).toEqual({ prefix: 2, suffix: 2, delta: 2, oldLength: 2 });
    expect(spanChange(textChange('XX', 'XXXX'), 'XXXX')).toEqual({ start: 2, end: 2, text: 'XX' });
    expect(textChange('同一', '同一')).toEqual({ prefix: 2, suffix: 2, delta: 0, oldLength: 2 });
    expect(spanChange(textChange('同一', '同一'), '同一')).toEqual({ start: 2, end: 2, text: '' });
  });

  test('is found block by block with the same answer, wherever the edit falls in a long text', () => {
    fc.assert(
      fc.property(longText, fc.nat(), fc.nat({ max: 3000 }), fc.stringMatching(/^[甲X\n]{0,5}$/), (before, at, removed, inserted) => {
        const start = at % (before.length + 1);
        const after = before.slice(0, start) + inserted + before.slice(Math.min(before.length, start + removed));
        expect(textChange(before, after)).toEqual(slowChange(before, after));
        const change = diffText(before, after);
        expect(change).toEqual(smallestReplacement(before, after));
        expect(applyChange(before, change)).toBe(after);
      }),
    );
  });

  test('one character typed in the middle of 1 MB is found at its place', () => {
    const before = '一、工作总结XX\n'.repeat(100_000);
    const at = 500_003;
    const after = `${before.slice(0, at)}甲${before.slice(at)}`;
    expect(diffText(before, after)).toEqual({ start: at, end: at, text: '甲' });
    expect(diffText(after, before)).toEqual({ start: at, end: at + 1, text: '' });
  });
});
