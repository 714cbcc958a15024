// What every line scanner sees of a raw line: the text between a leading BOM, a trailing '\r',
// anti-copy junk and glued watermarks, or why the line holds nothing to scan. Shared by the full
// line scan (scan-line.ts) and the page's blank-only scan (blank-scan.ts), so both find the same blanks.
import { boilerplateReason } from './boilerplate';
import { contentRange } from './junk';
import type { BoilerplateReason } from './types';

const BOM = '\uFEFF';
const WHITESPACE = /\s/g;

/** Non-whitespace characters, where whitespace is what `\s` matches (U+FEFF included). */
export function countChars(s: string): number {
  // Counting the (few) whitespace matches natively is twice as fast as a char-code loop over
  // the (many) other characters.
  let whitespace = 0;
  WHITESPACE.lastIndex = 0;
  while (WHITESPACE.exec(s) !== null) whitespace++;
  return s.length - whitespace;
}

export type LineContent =
  /** Nothing but whitespace. */
  | { kind: 'empty' }
  /** A line of junk or boilerplate: nothing in it is scanned. */
  | { kind: 'boilerplate'; reason: BoilerplateReason; chars: number }
  /** `text` starts `skip` code units into the raw line. */
  | { kind: 'text'; text: string; skip: number; chars: number };

const EMPTY: LineContent = { kind: 'empty' };

export function lineContent(rawLine: string): LineContent {
  if (rawLine.length === 0) return EMPTY;
  const bom = rawLine.startsWith(BOM) ? 1 : 0;
  const end = rawLine.endsWith('\r') && rawLine.length > bom ? rawLine.length - 1 : rawLine.length;
  const whole = bom === 0 && end === rawLine.length ? rawLine : rawLine.slice(bom, end);
  const chars = countChars(whole);
  if (chars === 0) return EMPTY;
  const range = contentRange(whole);
  if (range === 'all') return { kind: 'boilerplate', reason: 'junk', chars };
  const text = range ? whole.slice(range.from, range.to) : whole;
  const reason = boilerplateReason(text);
  if (reason !== null) return { kind: 'boilerplate', reason, chars };
  return { kind: 'text', text, skip: bom + (range ? range.from : 0), chars };
}
