// Which rows of a long list are in the DOM: the ones in view plus a margin, found from row heights
// that are measured once a row has been shown and estimated (the average of the measured ones)
// until then. Pure: the component reads the viewport and the heights and hands them over.

/** Rows rendered beyond the visible ones on each side, so a short scroll shows no gap. */
export const OVERSCAN_ROWS = 8;
/** Rows rendered when nothing is known of the viewport yet (first render, or no layout at all). */
export const INITIAL_ROWS = 30;
/**
 * Never more rows than this, whatever the heights say (a row measured tiny must not fill the DOM);
 * a list this short is rendered whole.
 */
export const MAX_ROWS = 150;
/** Height assumed for a row before any row has been measured (px). */
export const DEFAULT_ROW_HEIGHT = 64;

export interface RowRange {
  /** First rendered row. */
  start: number;
  /** One past the last rendered row. */
  end: number;
}

/** Row offsets over heights keyed by row key, so a measured row keeps its height when rows above it go. */
export class RowHeights {
  private measured = new Map<string, number>();
  private sum = 0;
  private keys: readonly string[] = [];
  private tops: Float64Array = new Float64Array(1);
  private dirty = true;

  setKeys(keys: readonly string[]): void {
    if (keys === this.keys) return;
    this.keys = keys;
    this.dirty = true;
  }

  /** Records a row's height; true when it changed. Zero (not laid out) is ignored. */
  measure(key: string, height: number): boolean {
    if (!(height > 0)) return false;
    const old = this.measured.get(key);
    if (old !== undefined && Math.abs(old - height) < 0.5) return false;
    this.sum += height - (old ?? 0);
    this.measured.set(key, height);
    this.dirty = true;
    return true;
  }

  get estimate(): number {
    return this.measured.size ? this.sum / this.measured.size : DEFAULT_ROW_HEIGHT;
  }

  get count(): number {
    return this.keys.length;
  }

  /** Top of row `i` within the list (i = count: the list's full height). */
  top(i: number): number {
    return this.offsets()[Math.max(0, Math.min(i, this.keys.length))];
  }

  /** The row at `y` within the list (clamped to the rows there are). */
  indexAt(y: number): number {
    const tops = this.offsets();
    let lo = 0;
    let hi = this.keys.length - 1;
    while (lo < hi) {
      const mid = (lo + hi + 1) >> 1;
      if (tops[mid] <= y) lo = mid;
      else hi = mid - 1;
    }
    return Math.max(0, lo);
  }

  private offsets(): Float64Array {
    if (!this.dirty) return this.tops;
    const n = this.keys.length;
    const estimate = this.estimate;
    if (this.tops.length !== n + 1) this.tops = new Float64Array(n + 1);
    for (let i = 0; i < n; i++) this.tops[i + 1] = this.tops[i] + (this.measured.get(this.keys[i]) ?? estimate);
    this.dirty = false;
    return this.tops;
  }
}

function bounded(start: number, end: number, count: number): RowRange {
  const s = Math.max(0, Math.min(start, count));
  return { start: s, end: Math.max(s, Math.min(end, count, s + MAX_ROWS)) };
}

/** The rows that cross the visible band [top, top + height) of the list, plus the margin. */
export function visibleRows(heights: RowHeights, top: number, height: number): RowRange {
  const count = heights.count;
  if (!count) return { start: 0, end: 0 };
  const first = heights.indexAt(Math.max(0, top));
  const last = heights.indexAt(Math.max(0, top + height - 1));
  return bounded(first - OVERSCAN_ROWS, last + 1 + OVERSCAN_ROWS, count);
}

/** Rows to render so that row `index` is among them, about a viewport's worth from just above it. */
export function rowsAround(index: number, count: number, rowsInView: number): RowRange {
  const start = Math.max(0, index - OVERSCAN_ROWS);
  return bounded(start, Math.max(index + 1, start + rowsInView + 2 * OVERSCAN_ROWS), count);
}

/** The first rows, before anything is known of the viewport. */
export function firstRows(count: number): RowRange {
  return bounded(0, INITIAL_ROWS, count);
}

/** The range kept in bounds after the list changed length; a range left empty starts again at the top. */
export function clampRange(range: RowRange, count: number): RowRange {
  const kept = bounded(range.start, range.end, count);
  return kept.start < kept.end || !count ? kept : rowsAround(Math.min(range.start, count - 1), count, INITIAL_ROWS - 2 * OVERSCAN_ROWS);
}

/**
 * The range stretched to keep row `held` (the one with the keyboard focus) rendered, so a short
 * scroll does not take the focus away; left as it is when that would exceed MAX_ROWS.
 */
export function holdingRow(range: RowRange, held: number | null): RowRange {
  if (held === null || (held >= range.start && held < range.end)) return range;
  const start = Math.min(range.start, held);
  const end = Math.max(range.end, held + 1);
  return end - start <= MAX_ROWS ? { start, end } : range;
}

export const sameRange = (a: RowRange, b: RowRange) => a.start === b.start && a.end === b.end;
