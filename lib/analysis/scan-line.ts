import { boilerplateReason } from './boilerplate';
import { lineRules } from './findings';
import type { LineHeading, LinePlaceholder, LineScan } from './line-scan';
import { contentRange } from './junk';
import { findHeadingsInLine } from './outline';
import { findPlaceholdersInLine } from './placeholders';
import type { Finding } from './types';

const BOM = '\uFEFF';

/** The scan of every blank line, shared: reports have many, and it is never modified. */
const BLANK_LINE_SCAN: LineScan = Object.freeze({
  placeholders: Object.freeze([]) as unknown as LinePlaceholder[],
  headings: Object.freeze([]) as unknown as LineHeading[],
  boilerplate: null,
  findings: Object.freeze([]) as unknown as Finding[],
  chars: 0,
});

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

// The line scan's one pass over the characters: a table of what each character may start. Bit 0
// marks whitespace (what `\s` matches, so the pass counts the line's characters too); the other
// bits mark the trigger characters of the line rules that declare some, one bit per rule.
const SPACE_BIT = 1;
// Every code unit `\s` matches (a test compares the list with the regex over all of them).
export const WHITESPACE_CHARS = '\t\n\v\f\r \u00a0\u1680\u2000\u2001\u2002\u2003\u2004\u2005\u2006\u2007\u2008\u2009\u200a\u2028\u2029\u202f\u205f\u3000\ufeff';
const CHAR_BITS = new Uint8Array(0x10000);
for (let i = 0; i < WHITESPACE_CHARS.length; i++) CHAR_BITS[WHITESPACE_CHARS.charCodeAt(i)] |= SPACE_BIT;
/** Per rule: the bit its triggers set, or 0 when it runs on every line. */
const RULE_BITS = lineRules.map((rule, k) => {
  if (rule.triggers === undefined || k >= 7) return 0;
  const bit = 2 << k;
  for (let i = 0; i < rule.triggers.length; i++) CHAR_BITS[rule.triggers.charCodeAt(i)] |= bit;
  return bit;
});

/**
 * Scans one line (without its '\n'). A trailing '\r' is ignored by every scanner, and so is a
 * leading BOM, so that a heading on the first line of a BOM-prefixed file is still at line start;
 * offsets in the result stay relative to the raw line.
 */
export function scanLine(rawLine: string): LineScan {
  if (rawLine.length === 0) return BLANK_LINE_SCAN;
  const bom = rawLine.startsWith(BOM) ? 1 : 0;
  const end = rawLine.endsWith('\r') && rawLine.length > bom ? rawLine.length - 1 : rawLine.length;
  const whole = bom === 0 && end === rawLine.length ? rawLine : rawLine.slice(bom, end);
  let spaces = 0;
  let seen = 0;
  for (let i = 0; i < whole.length; i++) {
    const bits = CHAR_BITS[whole.charCodeAt(i)];
    spaces += bits & SPACE_BIT;
    seen |= bits;
  }
  const chars = whole.length - spaces;
  if (chars === 0) return BLANK_LINE_SCAN;
  // Anti-copy junk and glued watermarks are left out: the scanners see only the text between.
  const range = contentRange(whole);
  if (range === 'all') return { placeholders: [], headings: [], boilerplate: 'junk', findings: [], chars };
  const line = range ? whole.slice(range.from, range.to) : whole;
  const skip = bom + (range ? range.from : 0);
  const boilerplate = boilerplateReason(line);
  if (boilerplate !== null) return { placeholders: [], headings: [], boilerplate, findings: [], chars };
  const placeholders = findPlaceholdersInLine(line);
  const headings = findHeadingsInLine(line);
  const findings: Finding[] = [];
  const context = { headings, placeholders };
  for (let k = 0; k < lineRules.length; k++) {
    // A rule's trigger seen anywhere in the raw line, junk included: a cheap superset of `line`.
    const bit = RULE_BITS[k];
    if (bit !== 0 && (seen & bit) === 0) continue;
    for (const f of lineRules[k].checkLine(line, context)) findings.push(f);
  }
  if (skip === 0) return { placeholders, headings, boilerplate: null, findings, chars };
  return {
    placeholders: placeholders.map((p) => shiftPlaceholder(p, skip)),
    headings: headings.map((h) => shiftHeading(h, skip)),
    boilerplate: null,
    findings: findings.map((f) => shiftFinding(f, skip)),
    chars,
  };
}

function shiftPlaceholder(p: LinePlaceholder, by: number): LinePlaceholder {
  return { ...p, start: p.start + by, end: p.end + by };
}

function shiftHeading(h: LineHeading, by: number): LineHeading {
  return { ...h, start: h.start + by, end: h.end + by };
}

export function shiftFinding(f: Finding, by: number): Finding {
  const out: Finding = { ...f, start: f.start + by, end: f.end + by };
  if (f.fix) out.fix = { ...f.fix, start: f.fix.start + by, end: f.fix.end + by };
  return out;
}
