// One binary search for the whole code base (line lookups, segment lookups, DOM points).

/** Largest i in [0, length) with `holds(i)`, or -1; `holds` must be true up to some index and false after. */
export function lastIndexWhere(length: number, holds: (i: number) => boolean): number {
  let lo = 0;
  let hi = length - 1;
  let found = -1;
  while (lo <= hi) {
    const mid = (lo + hi) >>> 1;
    if (holds(mid)) {
      found = mid;
      lo = mid + 1;
    } else hi = mid - 1;
  }
  return found;
}

/** Index of the last value <= x in ascending `sorted`, or -1. */
export function lastAtOrBefore(sorted: ArrayLike<number>, x: number): number {
  return lastIndexWhere(sorted.length, (i) => sorted[i] <= x);
}

/** The line holding `offset`, given ascending line starts with lineStarts[0] = 0 (0 for offsets before it). */
export function lineIndexAt(lineStarts: ArrayLike<number>, offset: number): number {
  return Math.max(0, lastAtOrBefore(lineStarts, offset));
}
