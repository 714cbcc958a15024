import type { LinePlaceholder } from './line-scan';

/** Every unfilled blank in one line (offsets relative to the line). */
export function findPlaceholdersInLine(line: string): LinePlaceholder[] {
  const out: LinePlaceholder[] = [];
  for (const m of line.matchAll(/[XＸ]{1,}/g)) {
    out.push({ start: m.index!, end: m.index! + m[0].length, text: m[0], kind: 'x' });
  }
  return out;
}
