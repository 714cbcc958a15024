// Which blank the next/previous-blank command goes to, from the caret (or the last one visited).
import type { Placeholder } from '../analysis/types';

export type Direction = 'next' | 'previous';

/** Index of the blank to visit, wrapping around at either end; null when there are none. */
export function blankToVisit(blanks: readonly Pick<Placeholder, 'start' | 'end'>[], from: number, direction: Direction): number | null {
  if (!blanks.length) return null;
  if (direction === 'next') {
    const i = blanks.findIndex((b) => b.start > from);
    return i === -1 ? 0 : i;
  }
  for (let i = blanks.length - 1; i >= 0; i--) if (blanks[i].start < from) return i;
  return blanks.length - 1;
}
