import { boilerplateReason } from './boilerplate';
import { lineRules } from './findings';
import type { LineHeading, LinePlaceholder, LineScan } from './line-scan';
import { findHeadingsInLine } from './outline';
import { findPlaceholdersInLine } from './placeholders';
import type { Finding } from './types';

const BOM = '\uFEFF';

/** Non-whitespace characters, where whitespace is what `\s` matches in JS (U+FEFF included). */
export function countChars(s: string): number {
  let n = 0;
  for (let i = 0; i < s.length; i++) if (!isWhitespace(s.charCodeAt(i))) n++;
  return n;
}

// A char-code test instead of /\S/g: this runs over every character of the document.
function isWhitespace(c: number): boolean {
  if (c <= 0x20) return c === 0x20 || (c >= 0x09 && c <= 0x0d);
  if (c < 0xa0) return false;
  return (
    c === 0xa0 ||
    c === 0x1680 ||
    (c >= 0x2000 && c <= 0x200a) ||
    c === 0x2028 ||
    c === 0x2029 ||
    c === 0x202f ||
    c === 0x205f ||
    c === 0x3000 ||
    c === 0xfeff
  );
}

/**
 * Scans one line (without its '\n'). A trailing '\r' is ignored by every scanner, and so is a
 * leading BOM, so that a heading on the first line of a BOM-prefixed file is still at line start;
 * offsets in the result stay relative to the raw line.
 */
export function scanLine(rawLine: string): LineScan {
  const skip = rawLine.startsWith(BOM) ? 1 : 0;
  const end = rawLine.endsWith('\r') && rawLine.length > skip ? rawLine.length - 1 : rawLine.length;
  const line = skip === 0 && end === rawLine.length ? rawLine : rawLine.slice(skip, end);
  const chars = countChars(line);
  const boilerplate = chars === 0 ? null : boilerplateReason(line);
  if (boilerplate !== null || chars === 0) {
    return { placeholders: [], headings: [], boilerplate, findings: [], chars };
  }
  const placeholders = findPlaceholdersInLine(line);
  const headings = findHeadingsInLine(line);
  const findings: Finding[] = [];
  for (const rule of lineRules) {
    for (const f of rule.checkLine(line, { headings, placeholders })) findings.push(f);
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
