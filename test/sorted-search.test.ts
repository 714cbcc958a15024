// @vitest-environment node
// The one binary search (lib/sorted-search.ts) against a linear scan.
import fc from 'fast-check';
import { expect, test } from 'vitest';
import { lastAtOrBefore, lastIndexWhere, lineIndexAt } from '@/lib/sorted-search';

const sortedArray = fc.array(fc.integer({ min: -50, max: 50 })).map((a) => a.sort((x, y) => x - y));

function linearLast(sorted: number[], x: number): number {
  let found = -1;
  sorted.forEach((v, i) => {
    if (v <= x) found = i;
  });
  return found;
}

test('lastAtOrBefore finds the last value <= x, or -1', () => {
  fc.assert(
    fc.property(sortedArray, fc.integer({ min: -60, max: 60 }), (sorted, x) => lastAtOrBefore(sorted, x) === linearLast(sorted, x)),
  );
  expect(lastAtOrBefore([], 3)).toBe(-1);
  expect(lastAtOrBefore(Int32Array.from([0, 4, 4, 9]), 4)).toBe(2);
});

test('lastIndexWhere finds the boundary of any monotone condition', () => {
  fc.assert(
    fc.property(fc.nat(40), fc.nat(40), (length, boundary) => {
      const cut = Math.min(length, boundary);
      return lastIndexWhere(length, (i) => i < cut) === cut - 1;
    }),
  );
});

test('lineIndexAt gives the line of an offset, 0 before the first line start', () => {
  const lineStarts = [0, 5, 6, 12];
  expect([0, 4, 5, 6, 11, 12, 99].map((o) => lineIndexAt(lineStarts, o))).toEqual([0, 0, 1, 2, 2, 3, 3]);
  expect(lineIndexAt(lineStarts, -1)).toBe(0);
});
