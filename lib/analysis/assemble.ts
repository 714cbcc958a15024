import { outlineRules } from './findings';
import type { LineScan } from './line-scan';
import { levelRank, linkOutline } from './outline';
import type {
  AnalysisResult,
  BoilerplateLine,
  Finding,
  OutlineItem,
  Placeholder,
  SectionStats,
} from './types';
import { countChars, shiftFinding } from './scan-line';

/**
 * Builds the whole-document result from per-line scans. `lineStarts[i]` is the offset of line i;
 * `lines[i]` its text (without '\n'). Cost is linear in lines + items, never in characters,
 * except for the few lines where a section starts mid-line.
 */
export function assemble(lines: readonly string[], lineStarts: readonly number[], scans: readonly LineScan[]): AnalysisResult {
  const placeholders: Placeholder[] = [];
  const outline: OutlineItem[] = [];
  const boilerplate: BoilerplateLine[] = [];
  const findings: Finding[] = [];
  const blanksByLabel: Record<string, number> = {};
  // cumChars[i] = non-whitespace characters before line i
  const cumChars = new Array<number>(scans.length + 1);
  cumChars[0] = 0;

  for (let i = 0; i < scans.length; i++) {
    const scan = scans[i];
    const base = lineStarts[i];
    cumChars[i + 1] = cumChars[i] + scan.chars;
    if (scan.boilerplate) {
      const raw = lines[i];
      const end = base + (raw.endsWith('\r') ? raw.length - 1 : raw.length);
      boilerplate.push({ line: i, start: base, end, reason: scan.boilerplate });
      continue;
    }
    for (const p of scan.placeholders) {
      const item: Placeholder = { start: base + p.start, end: base + p.end, text: p.text, kind: p.kind, line: i };
      if (p.label !== undefined) item.label = p.label;
      placeholders.push(item);
      const key = p.label ?? '';
      blanksByLabel[key] = (blanksByLabel[key] ?? 0) + 1;
    }
    for (const h of scan.headings) {
      outline.push({
        level: h.level,
        marker: h.marker,
        title: h.title,
        line: i,
        start: base + h.start,
        end: base + h.end,
        parent: null,
        ordinal: h.ordinal,
        runOn: h.runOn,
      });
    }
    for (const f of scan.findings) findings.push(shiftFinding(f, base));
  }

  linkOutline(outline);
  // No spread: a huge outline would overflow the argument stack.
  for (const rule of outlineRules) for (const f of rule.checkOutline(outline)) findings.push(f);
  findings.sort((a, b) => a.start - b.start || a.end - b.end || (a.rule < b.rule ? -1 : a.rule > b.rule ? 1 : 0));

  const charsBefore = (offset: number, line: number): number =>
    cumChars[line] + nonWhitespaceBefore(lines[line], scans[line].chars, offset - lineStarts[line]);
  const before = outline.map((item) => charsBefore(item.start, item.line));

  const sections: SectionStats[] = [];
  const totalChars = cumChars[scans.length];
  const ends = sectionEnds(outline);
  for (let k = 0; k < outline.length; k++) {
    const item = outline[k];
    const endItem = ends[k];
    const startChars = before[k];
    const endChars = endItem === null ? totalChars : before[endItem];
    const endOffset = endItem === null ? Infinity : outline[endItem].start;
    const blanks = firstAtOrAfter(placeholders, endOffset) - firstAtOrAfter(placeholders, item.start);
    sections.push({ outline: k, chars: endChars - startChars, blanks });
  }

  return {
    placeholders,
    outline,
    boilerplate,
    findings,
    stats: {
      chars: totalChars,
      lines: scans.length,
      blanks: placeholders.length,
      headings: outline.length,
      sections,
      blanksByLabel,
    },
  };
}

/** For each item, the index of the first later item that closes its section (same or higher rank), or null. */
function sectionEnds(outline: readonly OutlineItem[]): (number | null)[] {
  const ends = new Array<number | null>(outline.length).fill(null);
  const open: number[] = [];
  for (let j = 0; j < outline.length; j++) {
    const rank = levelRank(outline[j].level);
    while (open.length && levelRank(outline[open[open.length - 1]].level) >= rank) ends[open.pop()!] = j;
    open.push(j);
  }
  return ends;
}

/**
 * Non-whitespace characters in line[0, column). Most lines have whitespace only around their text
 * (indentation, a trailing CR), and then the answer needs no scan: this runs for every heading.
 */
function nonWhitespaceBefore(line: string, chars: number, column: number): number {
  let lead = 0;
  while (lead < line.length && isSpace(line.charCodeAt(lead))) lead++;
  let trail = 0;
  while (trail < line.length - lead && isSpace(line.charCodeAt(line.length - 1 - trail))) trail++;
  if (line.length - lead - trail === chars) return Math.max(0, Math.min(column - lead, chars));
  return countChars(line.slice(0, column));
}

/** The whitespace that indents or ends report lines; anything rarer takes the countChars path. */
function isSpace(c: number): boolean {
  return c === 0x20 || c === 0x3000 || c === 0x09 || c === 0x0d || c === 0xfeff || c === 0xa0;
}

function firstAtOrAfter(items: readonly { start: number }[], offset: number): number {
  let lo = 0;
  let hi = items.length;
  while (lo < hi) {
    const mid = (lo + hi) >>> 1;
    if (items[mid].start < offset) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}

