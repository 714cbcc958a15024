import fc from 'fast-check';
import { describe, expect, test } from 'vitest';
import { applyChange, diffText } from '../lib/text-change';

// The answer worked out one character at a time, as diffText did before it compared blocks.
function slowDiff(before: string, after: string) {
  const max = Math.min(before.length, after.length);
  let prefix = 0;
  while (prefix < max && before[prefix] === after[prefix]) prefix++;
  let suffix = 0;
  while (suffix < max - prefix && before[before.length - 1 - suffix] === after[after.length - 1 - suffix]) suffix++;
  return { start: prefix, end: before.length - suffix, text: after.slice(prefix, after.length - suffix) };
}

// Texts of a few thousand characters, so prefixes and suffixes cross the compared blocks' edges.
const longText = fc
  .tuple(fc.stringMatching(/^[甲乙X某\n]{0,40}$/), fc.integer({ min: 1, max: 120 }))
  .map(([unit, times]) => (unit || '某').repeat(times));

describe('the change between two texts', () => {
  test('is the smallest single replacement, wherever the edit falls in a long text', () => {
    fc.assert(
      fc.property(longText, fc.nat(), fc.nat({ max: 3000 }), fc.stringMatching(/^[甲X\n]{0,5}$/), (before, at, removed, inserted) => {
        const start = at % (before.length + 1);
        const after = before.slice(0, start) + inserted + before.slice(Math.min(before.length, start + removed));
        const change = diffText(before, after);
        expect(change).toEqual(slowDiff(before, after));
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
