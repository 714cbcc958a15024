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
  // By char codes, not regexes: the numbering rule asks this for every heading it renumbers.
  for (let i = 0; i < marker.length; i++) {
    if (!isCircled(marker.charCodeAt(i))) continue;
    return n <= 20 ? marker.slice(0, i) + String.fromCharCode(CIRCLED_ONE + n - 1) + marker.slice(i + 1) : null;
  }
  // The first run of Chinese numerals or of digits.
  for (let i = 0; i < marker.length; i++) {
    const kind = numeralKind(marker.charCodeAt(i));
    if (kind === NOT_A_NUMERAL) continue;
    let end = i + 1;
    while (end < marker.length && numeralKind(marker.charCodeAt(end)) === kind) end++;
    if (kind === CHINESE && n > 99) return null;
    return marker.slice(0, i) + (kind === ARABIC ? String(n) : toChineseNumeral(n)) + marker.slice(end);
  }
  return null;
}

const CIRCLED_ONE = 0x2460;
const [NOT_A_NUMERAL, CHINESE, ARABIC] = [0, 1, 2];

function isCircled(c: number): boolean {
  return c >= CIRCLED_ONE && c <= 0x2473;
}

/** Whether `c` is one of 一二三四五六七八九十 (CHINESE), 0-9 or ０-９ (ARABIC). */
function numeralKind(c: number): number {
  if ((c >= 0x30 && c <= 0x39) || (c >= 0xff10 && c <= 0xff19)) return ARABIC;
  return CHINESE_NUMERALS.includes(c) ? CHINESE : NOT_A_NUMERAL;
}

const CHINESE_NUMERALS = Array.from('一二三四五六七八九十', (ch) => ch.charCodeAt(0));

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
