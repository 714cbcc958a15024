// @vitest-environment node
import fc from 'fast-check';
import { expect, test } from 'vitest';
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
