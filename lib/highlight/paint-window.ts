// Which blanks to paint when there are too many to paint them all (a page full of blanks): at most
// `limit`, the run of blanks around an offset (the caret), so those the user is looking at are shown.

/** Highlights painted at most; beyond it the panel says how many there are in all. */
export const PAINT_LIMIT = 2_000;

export interface PaintWindow<T> {
  blanks: readonly T[];
  /** Text offsets covered: a caret outside them calls for a new window. */
  from: number;
  to: number;
  /** True when blanks were left out. */
  capped: boolean;
}

/** At most `limit` consecutive blanks (sorted by start), centred on the one nearest `around`. */
export function paintWindow<T extends { start: number; end: number }>(
  blanks: readonly T[],
  around: number,
  limit = PAINT_LIMIT,
): PaintWindow<T> {
  if (blanks.length <= limit) return { blanks, from: 0, to: Number.POSITIVE_INFINITY, capped: false };
  let lo = 0;
  let hi = blanks.length;
  while (lo < hi) {
    const mid = (lo + hi) >>> 1;
    if (blanks[mid].end < around) lo = mid + 1;
    else hi = mid;
  }
  const first = Math.max(0, Math.min(lo - (limit >> 1), blanks.length - limit));
  const kept = blanks.slice(first, first + limit);
  // A caret in the first or last window needs no repaint until it leaves the blanks' side of it.
  return {
    blanks: kept,
    from: first === 0 ? 0 : kept[0].start,
    to: first + limit >= blanks.length ? Number.POSITIVE_INFINITY : kept[kept.length - 1].end,
    capped: true,
  };
}

/** Whether a caret at `offset` is well inside the window (a quarter of it from either edge). */
export function insideWindow<T extends { start: number }>(window: PaintWindow<T>, offset: number): boolean {
  if (!window.capped) return true;
  const n = window.blanks.length;
  const lo = window.from === 0 ? 0 : window.blanks[n >> 2].start;
  const hi = window.to === Number.POSITIVE_INFINITY ? Number.POSITIVE_INFINITY : window.blanks[n - 1 - (n >> 2)].start;
  return offset >= lo && offset <= hi;
}
