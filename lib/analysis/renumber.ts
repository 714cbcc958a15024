// Renumbering headings: a marker rewritten with another number in its own style, and the edits
// that renumber one level (the siblings under one parent) in one go.
import { toChineseNumeral } from './numerals';
import type { Edit, OutlineItem } from './types';

/**
 * The marker written with another number, in its own style: （三） → （四）, 3. → 4., 一是 → 二是,
 * ② → ③. Null when the style cannot write that number (Chinese numerals above 99, ⑳ and beyond).
 */
export function markerWithOrdinal(marker: string, n: number): string | null {
  if (!Number.isInteger(n) || n < 1) return null;
  if (/[\u2460-\u2473]/.test(marker)) return n <= 20 ? marker.replace(/[\u2460-\u2473]/, String.fromCharCode(0x2460 + n - 1)) : null;
  const digits = /[一二三四五六七八九十]+|[0-9０-９]+/.exec(marker);
  if (!digits) return null;
  const arabic = /[0-9０-９]/.test(digits[0]);
  if (!arabic && n > 99) return null;
  return marker.slice(0, digits.index) + (arabic ? String(n) : toChineseNumeral(n)) + marker.slice(digits.index + digits[0].length);
}

/**
 * One edit per heading whose number is off, so that `siblings` (in document order) count up from
 * `first`. Only the marker is replaced: the heading's text and formatting stay. Null when a number
 * cannot be written in its marker's style.
 */
export function renumberEdits(siblings: readonly OutlineItem[], first = siblings[0]?.ordinal ?? 1): Edit[] | null {
  const edits: Edit[] = [];
  for (let i = 0; i < siblings.length; i++) {
    const item = siblings[i];
    if (item.ordinal === first + i) continue;
    const replacement = markerWithOrdinal(item.marker, first + i);
    if (replacement === null) return null;
    edits.push({ start: item.start, end: item.start + item.marker.length, replacement });
  }
  return edits;
}
