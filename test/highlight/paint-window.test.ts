import { expect, test } from 'vitest';
import { insideWindow, paintWindow } from '../../lib/highlight/paint-window';

// Blank i spans [10i, 10i + 2).
const blanks = (n: number) => Array.from({ length: n }, (_, i) => ({ start: i * 10, end: i * 10 + 2 }));

test('few blanks are all painted', () => {
  const all = blanks(50);
  const w = paintWindow(all, 120, 100);
  expect(w.blanks).toBe(all);
  expect(w.capped).toBe(false);
  expect(insideWindow(w, 999_999)).toBe(true);
});

test('too many: the limit, as one run centred on the blank at the caret', () => {
  const w = paintWindow(blanks(10_000), 50_000, 100);
  expect(w.blanks).toHaveLength(100);
  expect(w.capped).toBe(true);
  expect(w.blanks[0].start).toBe(4_950 * 10);
  expect(w.blanks[99].start).toBe(5_049 * 10);
  expect(insideWindow(w, 50_000)).toBe(true);
  expect(insideWindow(w, 48_000)).toBe(false);
  expect(insideWindow(w, 60_000)).toBe(false);
});

test('at the edges the window is the first or the last blanks, and covers to the end of the text', () => {
  const start = paintWindow(blanks(10_000), 0, 100);
  expect(start.blanks[0].start).toBe(0);
  expect(insideWindow(start, 0)).toBe(true);
  const end = paintWindow(blanks(10_000), 10_000_000, 100);
  expect(end.blanks[99].start).toBe(9_999 * 10);
  expect(end.blanks).toHaveLength(100);
  expect(insideWindow(end, 10_000_000)).toBe(true);
  expect(insideWindow(end, 0)).toBe(false);
});
