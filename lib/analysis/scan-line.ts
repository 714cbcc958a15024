import { lineRules } from './findings';
import type { LineHeading, LinePlaceholder, LineScan } from './line-scan';
import { lineContent } from './line-content';

export { countChars } from './line-content';
import { findHeadingsInLine } from './outline';
import { findPlaceholdersInLine } from './placeholders';
import type { Finding } from './types';

/** The scan of every blank line, shared: reports have many, and it is never modified. */
const BLANK_LINE_SCAN: LineScan = Object.freeze({
  placeholders: Object.freeze([]) as unknown as LinePlaceholder[],
  headings: Object.freeze([]) as unknown as LineHeading[],
  boilerplate: null,
  findings: Object.freeze([]) as unknown as Finding[],
  chars: 0,
});

/**
 * Scans one line (without its '\n'). A trailing '\r' is ignored by every scanner, and so is a
 * leading BOM, so that a heading on the first line of a BOM-prefixed file is still at line start;
 * offsets in the result stay relative to the raw line.
 */
export function scanLine(rawLine: string): LineScan {
  const content = lineContent(rawLine);
  if (content.kind === 'empty') return BLANK_LINE_SCAN;
  const { chars } = content;
  if (content.kind === 'boilerplate') return { placeholders: [], headings: [], boilerplate: content.reason, findings: [], chars };
  const { text: line, skip } = content;
  const placeholders = findPlaceholdersInLine(line);
  const headings = findHeadingsInLine(line);
  const findings: Finding[] = [];
  const context = { headings, placeholders };
  for (const rule of lineRules) {
    for (const f of rule.checkLine(line, context)) findings.push(f);
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
