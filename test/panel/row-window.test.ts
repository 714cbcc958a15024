import { expect, test } from 'vitest';
import {
  clampRange,
  DEFAULT_ROW_HEIGHT,
  holdingRow,
  MAX_ROWS,
  OVERSCAN_ROWS,
  RowHeights,
  rowsAround,
  visibleRows,
} from '@/lib/panel/row-window';

const keys = (n: number) => Array.from({ length: n }, (_, i) => `k${i}`);

test('unmeasured rows take the default height; measured ones their own, and the rest the measured average', () => {
  const h = new RowHeights();
  h.setKeys(keys(100));
  expect(h.top(10)).toBe(10 * DEFAULT_ROW_HEIGHT);
  expect(h.measure('k0', 40)).toBe(true);
  expect(h.measure('k0', 40)).toBe(false);
  expect(h.measure('k1', 0)).toBe(false); // not laid out: no information
  h.measure('k1', 60);
  // Rows 0 and 1 measured (40, 60); the others estimated at their average, 50.
  expect(h.top(2)).toBe(100);
  expect(h.top(10)).toBe(100 + 8 * 50);
  expect(h.top(100)).toBe(100 + 98 * 50);
});

test('a measured height stays with its row when rows above it go', () => {
  const h = new RowHeights();
  const ks = keys(5);
  h.setKeys(ks);
  for (const [i, height] of [10, 20, 30, 40, 50].entries()) h.measure(ks[i], height);
  h.setKeys(ks.slice(1));
  expect(h.top(1)).toBe(20);
  expect(h.top(4)).toBe(20 + 30 + 40 + 50);
});

test('indexAt finds the row under a point, at row edges too', () => {
  const h = new RowHeights();
  h.setKeys(keys(1000));
  expect(h.indexAt(0)).toBe(0);
  expect(h.indexAt(DEFAULT_ROW_HEIGHT - 1)).toBe(0);
  expect(h.indexAt(DEFAULT_ROW_HEIGHT)).toBe(1);
  expect(h.indexAt(500 * DEFAULT_ROW_HEIGHT + 3)).toBe(500);
  expect(h.indexAt(1e9)).toBe(999);
});

test('the visible band plus a margin is rendered, never more than MAX_ROWS', () => {
  const h = new RowHeights();
  h.setKeys(keys(10_000));
  const r = visibleRows(h, 5_000 * DEFAULT_ROW_HEIGHT, 10 * DEFAULT_ROW_HEIGHT);
  expect(r).toEqual({ start: 5_000 - OVERSCAN_ROWS, end: 5_010 + OVERSCAN_ROWS });
  const huge = visibleRows(h, 0, 1e7);
  expect(huge.end - huge.start).toBe(MAX_ROWS);
  expect(visibleRows(h, 1e9, 600).end).toBe(10_000);
  const none = new RowHeights();
  none.setKeys([]);
  expect(visibleRows(none, 0, 600)).toEqual({ start: 0, end: 0 });
});

test('rows around an index always hold it, within the list', () => {
  for (const [index, count] of [
    [0, 10_000],
    [5_000, 10_000],
    [9_999, 10_000],
    [3, 4],
  ]) {
    const r = rowsAround(index, count, 12);
    expect(index).toBeGreaterThanOrEqual(r.start);
    expect(index).toBeLessThan(r.end);
    expect(r.end).toBeLessThanOrEqual(count);
    expect(r.end - r.start).toBeLessThanOrEqual(MAX_ROWS);
  }
});

test('a range past the end of a shrunken list is brought back, never left empty', () => {
  expect(clampRange({ start: 100, end: 140 }, 120)).toEqual({ start: 100, end: 120 });
  const r = clampRange({ start: 500, end: 540 }, 120);
  expect(r.start).toBeLessThan(r.end);
  expect(r.end).toBe(120);
  expect(clampRange({ start: 0, end: 30 }, 0)).toEqual({ start: 0, end: 0 });
});

test('the focused row stays rendered through a short scroll, not at the cost of the bound', () => {
  const range = { start: 100, end: 130 };
  expect(holdingRow(range, null)).toBe(range);
  expect(holdingRow(range, 110)).toBe(range);
  expect(holdingRow(range, 60)).toEqual({ start: 60, end: 130 });
  expect(holdingRow(range, 200)).toEqual({ start: 100, end: 201 });
  expect(holdingRow(range, 100 + MAX_ROWS)).toBe(range);
  expect(holdingRow(range, 130 - MAX_ROWS - 1)).toBe(range);
});
