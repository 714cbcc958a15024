import { boilerplateReason } from './boilerplate';
import { lineRules } from './findings';
import type { LineScan } from './line-scan';
import { findHeadingsInLine } from './outline';
import { findPlaceholdersInLine } from './placeholders';

const NON_WS = /\S/g;

export function countChars(s: string): number {
  let n = 0;
  NON_WS.lastIndex = 0;
  while (NON_WS.exec(s)) n++;
  return n;
}

/** Scans one line (without its '\n'; a trailing '\r' is ignored by every scanner). */
export function scanLine(rawLine: string): LineScan {
  const line = rawLine.endsWith('\r') ? rawLine.slice(0, -1) : rawLine;
  const chars = countChars(line);
  const boilerplate = chars === 0 ? null : boilerplateReason(line);
  if (boilerplate !== null || chars === 0) {
    return { placeholders: [], headings: [], boilerplate, findings: [], chars };
  }
  const placeholders = findPlaceholdersInLine(line);
  const headings = findHeadingsInLine(line);
  const findings = lineRules.flatMap((rule) => rule.checkLine(line, { headings, placeholders }));
  return { placeholders, headings, boilerplate: null, findings, chars };
}
