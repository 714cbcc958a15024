import { outlineRules } from './findings';
import type { LineScan } from './line-scan';
import { levelRank, linkOutline } from './outline';
import type { AnalysisResult, BoilerplateLine, Finding, OutlineItem, Placeholder, SectionStats } from './types';
import { countChars, shiftFinding } from './scan-line';

/**
 * Builds the whole-document result from per-line scans. `lineStarts[i]` is the offset of line i;
 * `lines[i]` its text (without '\n'). Cost is linear in lines + items, never in characters,
 * except for the few lines where a section starts mid-line.
 */
export function assemble(
  lines: readonly string[],
  lineStarts: readonly number[],
  scans: readonly LineScan[],
  unchanged?: UnchangedPrefix,
): AnalysisResult {
  // Items of the unchanged lines are taken over from the previous result: same text, same offsets,
  // same line numbers, and an outline item's parent depends only on the items before it.
  const keep = unchanged ? Math.min(unchanged.lines, scans.length) : 0;
  const previous = unchanged?.result;
  const placeholders: Placeholder[] = previous ? previous.placeholders.slice(0, countBeforeLine(previous.placeholders, keep)) : [];
  const outline: OutlineItem[] = previous ? previous.outline.slice(0, countBeforeLine(previous.outline, keep)) : [];
  const boilerplate: BoilerplateLine[] = previous ? previous.boilerplate.slice(0, countBeforeLine(previous.boilerplate, keep)) : [];
  const findings: Finding[] = [];
  const labelCounts = new Map<string, number>();
  for (let k = 0; k < placeholders.length; k++) {
    const key = placeholders[k].label ?? '';
    labelCounts.set(key, (labelCounts.get(key) ?? 0) + 1);
  }
  // cumChars[i] = non-whitespace characters before line i
  const cumChars = new Array<number>(scans.length + 1);
  cumChars[0] = 0;

  for (let i = 0; i < scans.length; i++) {
    const scan = scans[i];
    const base = lineStarts[i];
    cumChars[i + 1] = cumChars[i] + scan.chars;
    if (i < keep) {
      for (const f of scan.findings) findings.push(shiftFinding(f, base));
      continue;
    }
    if (scan.boilerplate) {
      const raw = lines[i];
      const end = base + (raw.endsWith('\r') ? raw.length - 1 : raw.length);
      boilerplate.push({ line: i, start: base, end, reason: scan.boilerplate });
      continue;
    }
    const atPlace = scan.base === base && scan.line === i;
    const by = base - scan.base;
    for (const p of scan.placeholders) {
      const label = p.label;
      // One literal per shape: adding `label` afterwards would change the object's hidden class.
      placeholders.push(
        atPlace
          ? p
          : label === undefined
            ? { start: p.start + by, end: p.end + by, text: p.text, kind: p.kind, line: i }
            : { start: p.start + by, end: p.end + by, text: p.text, kind: p.kind, line: i, label },
      );
      const key = label ?? '';
      labelCounts.set(key, (labelCounts.get(key) ?? 0) + 1);
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

  const totalChars = cumChars[scans.length];
  // Non-whitespace characters before each outline item.
  const charsBefore = new Float64Array(outline.length);
  for (let k = 0; k < outline.length; k++) {
    const item = outline[k];
    const i = item.line;
    charsBefore[k] = cumChars[i] + nonWhitespaceBefore(lines[i], scans[i].chars, item.start - lineStarts[i]);
  }
  const sections = sectionStats(outline, placeholders, totalChars, charsBefore);

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
      // From a Map: faster than an object used as a dictionary, and safe for any label text.
      blanksByLabel: Object.fromEntries(labelCounts),
    },
  };
}

/** Lines [0, lines) are unchanged since `result` was assembled, and so are their offsets. */
export interface UnchangedPrefix {
  result: AnalysisResult;
  lines: number;
}

/** How many items (in document order) lie on lines before `line`. */
function countBeforeLine(items: readonly { line: number }[], line: number): number {
  let lo = 0;
  let hi = items.length;
  while (lo < hi) {
    const mid = (lo + hi) >>> 1;
    if (items[mid].line < line) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}

/**
 * Characters and blanks from each heading to the next heading of the same or a higher level (or the
 * end). One sweep: items and placeholders are both in document order.
 */
function sectionStats(
  outline: readonly OutlineItem[],
  placeholders: readonly Placeholder[],
  totalChars: number,
  chars: Float64Array,
): SectionStats[] {
  const n = outline.length;
  const blanks = new Float64Array(n); // placeholders that start before item k
  const rank = new Uint8Array(n);
  for (let k = 0, p = 0; k < n; k++) {
    const item = outline[k];
    while (p < placeholders.length && placeholders[p].start < item.start) p++;
    blanks[k] = p;
    rank[k] = levelRank(item.level);
  }
  const sections = new Array<SectionStats>(n);
  const open = new Int32Array(n);
  let depth = 0;
  for (let j = 0; j < n; j++) {
    while (depth > 0 && rank[open[depth - 1]] >= rank[j]) {
      const k = open[--depth];
      sections[k] = { outline: k, chars: chars[j] - chars[k], blanks: blanks[j] - blanks[k] };
    }
    open[depth++] = j;
  }
  while (depth > 0) {
    const k = open[--depth];
    sections[k] = { outline: k, chars: totalChars - chars[k], blanks: placeholders.length - blanks[k] };
  }
  return sections;
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
