// A windowed list in the panel's own scrolling page: only the rows in view (plus a margin) are
// rendered, the rest stand in as padding above and below. Rows are the list's children carrying
// `data-index`; their heights are measured after each render (lib/panel/row-window.ts does the sums).
import type { RefObject } from 'preact';
import { useLayoutEffect, useMemo, useRef, useState } from 'preact/hooks';
import {
  clampRange,
  firstRows,
  holdingRow,
  INITIAL_ROWS,
  MAX_ROWS,
  OVERSCAN_ROWS,
  RowHeights,
  type RowRange,
  rowsAround,
  sameRange,
  visibleRows,
} from '@/lib/panel/row-window';

export interface RowWindow {
  range: RowRange;
  /** Space standing in for the rows above and below the rendered ones (px). */
  padTop: number;
  padBottom: number;
  /** Renders row `index` (if it is not) and scrolls it into view once it is in the DOM. */
  reveal(index: number): void;
}

export function useRowWindow(keys: readonly string[], list: RefObject<HTMLElement | null>): RowWindow {
  const heights = useMemo(() => new RowHeights(), []);
  heights.setKeys(keys);
  const [wanted, setRange] = useState<RowRange>(() => firstRows(keys.length));
  // A list that fits in MAX_ROWS is rendered whole: find-in-page and Tab reach every row.
  const whole = keys.length <= MAX_ROWS;
  const range = whole ? { start: 0, end: keys.length } : clampRange(wanted, keys.length);
  const [, setMeasured] = useState(0);
  const pending = useRef<number | null>(null);

  const rowElement = (index: number) => list.current?.querySelector<HTMLElement>(`:scope > [data-index="${index}"]`) ?? null;

  /** The part of the list in the window, in list coordinates; null while the list is not laid out (hidden tab, no layout engine). */
  const band = () => {
    const el = list.current;
    if (!el) return null;
    const rect = el.getBoundingClientRect();
    if (rect.height <= 0) return null;
    return { top: -(rect.top + el.clientTop), height: window.innerHeight || document.documentElement.clientHeight };
  };

  const sync = () => {
    const b = whole ? null : band();
    if (!b) return;
    const focused = list.current?.querySelector<HTMLElement>(':scope > [data-index]:focus-within');
    const next = holdingRow(visibleRows(heights, b.top, b.height), focused ? Number(focused.dataset.index) : null);
    // A row waiting to be scrolled to stays rendered until it has been.
    const p = pending.current;
    if (p !== null && (p < next.start || p >= next.end)) return;
    setRange((r) => (sameRange(r, next) ? r : next));
  };
  const syncRef = useRef(sync);
  syncRef.current = sync;

  useLayoutEffect(() => {
    let frame = 0;
    const onScroll = () => {
      if (!frame)
        frame = requestAnimationFrame(() => {
          frame = 0;
          syncRef.current();
        });
    };
    // Capture: whichever ancestor scrolls (the page today), the list hears it.
    window.addEventListener('scroll', onScroll, { capture: true, passive: true });
    window.addEventListener('resize', onScroll, { passive: true });
    return () => {
      cancelAnimationFrame(frame);
      window.removeEventListener('scroll', onScroll, { capture: true });
      window.removeEventListener('resize', onScroll);
    };
  }, []);

  // After every render: measure the rendered rows; once the heights hold still, scroll to a row
  // waiting for it, else follow the viewport.
  useLayoutEffect(() => {
    const el = list.current;
    if (!el) return;
    let changed = false;
    for (const row of el.querySelectorAll<HTMLElement>(':scope > [data-index]')) {
      const key = keys[Number(row.dataset.index)];
      if (key !== undefined && heights.measure(key, row.getBoundingClientRect().height)) changed = true;
    }
    if (changed) {
      setMeasured((n) => n + 1);
      return;
    }
    const p = pending.current;
    if (p !== null) {
      const row = rowElement(p);
      if (!row) return;
      pending.current = null;
      row.scrollIntoView({ block: 'nearest' });
    }
    sync();
  });

  const reveal = (index: number) => {
    if (index < 0 || index >= keys.length) return;
    const row = index >= range.start && index < range.end ? rowElement(index) : null;
    if (row) {
      row.scrollIntoView({ block: 'nearest' });
      return;
    }
    pending.current = index;
    const b = band();
    const inView = b ? Math.ceil(b.height / heights.estimate) : INITIAL_ROWS - 2 * OVERSCAN_ROWS;
    setRange(rowsAround(index, keys.length, inView));
  };

  return {
    range,
    padTop: heights.top(range.start),
    padBottom: heights.top(keys.length) - heights.top(range.end),
    reveal,
  };
}
