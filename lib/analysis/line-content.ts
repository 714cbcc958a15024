// What every line scanner sees of a raw line: the text between a leading BOM, a trailing '\r',
// anti-copy junk and glued watermarks. The page's blank-only scan (blank-scan.ts) takes it from here;
// the full line scan (scan-line.ts) takes the same steps around its trigger pass, and a test keeps
// both finding the same blanks.
import { contentRange } from './junk';

const BOM = 0xfeff;
const CR = 0x0d;
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

/** The text of a line to scan, `skip` code units into the raw line. */
export interface LineText {
  text: string;
  skip: number;
}

/**
 * The text a scanner looks at in a raw line, or null when the line is empty or all junk. Whether the
 * text is boilerplate (boilerplate.ts) is left to the caller: the page's scan asks only of lines
 * that hold a blank.
 */
export function lineText(rawLine: string): LineText | null {
  if (rawLine.length === 0) return null;
  const bom = rawLine.charCodeAt(0) === BOM ? 1 : 0;
  const end = rawLine.charCodeAt(rawLine.length - 1) === CR && rawLine.length > bom ? rawLine.length - 1 : rawLine.length;
  const whole = bom === 0 && end === rawLine.length ? rawLine : rawLine.slice(bom, end);
  const range = contentRange(whole);
  if (range === 'all') return null;
  return range ? { text: whole.slice(range.from, range.to), skip: bom + range.from } : { text: whole, skip: bom };
}
