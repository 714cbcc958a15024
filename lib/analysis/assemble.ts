import { outlineRules } from './findings';
import type { LineScan } from './line-scan';
import { levelRank } from './outline';
import { compareFindings } from './findings/rule';
import type { AnalysisResult, BoilerplateLine, Finding, OutlineItem, Placeholder, SectionStats } from './types';
import { countChars, scanTextLine, shiftFinding, TRIGGERS } from './scan-line';

/**
 * Builds the whole-document result from one of two sources. A fresh analysis gives the text: each
 * line is scanned here, where the line pass finds its end, and its items are taken into the result
 * while they are still in the processor's cache (on a 1 MB text, reading them back in a second pass
 * was a cache miss per item). The incremental analyser gives its lines (`lines[i]`, without '\n',
 * starts at `lineStarts[i]`), the scans it keeps (`scans[i]`), and the lines before the edit, whose
 * items it takes over from the previous result. Cost is linear in lines + items, never in characters,
 * except for the few lines where a section starts mid-line.
 */
export function assemble(source: AssemblySource): AnalysisResult {
  const text = 'text' in source ? source.text : null;
  const { lines, lineStarts, scans, unchanged } = 'scans' in source ? source : NO_LINES;
  // Items of the unchanged lines are taken over from the previous result: same text, same offsets,
  // same line numbers, and an outline item's parent depends only on the items before it.
  const keep = unchanged ? Math.min(unchanged.lines, lines.length) : 0;
  const previous = unchanged?.result;
  const placeholders: Placeholder[] = previous ? previous.placeholders.slice(0, countBeforeLine(previous.placeholders, keep)) : [];
  const outline: OutlineItem[] = previous ? previous.outline.slice(0, countBeforeLine(previous.outline, keep)) : [];
  const boilerplate: BoilerplateLine[] = previous ? previous.boilerplate.slice(0, countBeforeLine(previous.boilerplate, keep)) : [];
  const findings: Finding[] = [];
  const labelCounts = new LabelCounts();
  for (let k = 0; k < placeholders.length; k++) labelCounts.add(placeholders[k].label);
  const keptItems = outline.length;
  // Each item's parent is the nearest earlier item of a higher rank: the open items, by rank, are a
  // stack; the kept items' parents stand, only the stack is rebuilt.
  const rankOf: number[] = [];
  const open: number[] = [];
  for (let k = 0; k < keptItems; k++) openItem(rankOf, open, levelRank(outline[k].level));
  // Per outline item: non-whitespace characters and placeholders before it (for the section stats).
  const charsBefore: number[] = new Array(keptItems);
  const blanksBefore: number[] = new Array(keptItems);
  // Non-whitespace characters before the current line; kept lines' counts are noted for their items.
  const keptLineChars = keep > 0 ? new Float64Array(keep + 1) : null;
  let chars = 0;
  const counted = new CountedColumns();

  let i = 0;
  for (let nextStart = 0; ; i++) {
    // Line i: its raw text is s[from, to), its offset in the document `base`, its scan `scan`.
    let scan: LineScan;
    let s: string;
    let from: number;
    let to: number;
    let base: number;
    if (text !== null) {
      if (nextStart > text.length) break;
      scan = scanTextLine(text, nextStart, i);
      s = text;
      from = base = nextStart;
      to = TRIGGERS.end;
      nextStart = to + 1;
    } else {
      if (i === lines.length) break;
      scan = scans[i];
      s = lines[i];
      from = 0;
      to = s.length;
      base = lineStarts[i];
    }
    if (i < keep) {
      keptLineChars![i] = chars;
      chars += scan.chars;
      keptLineChars![i + 1] = chars;
      appendShifted(findings, scan.findings, base);
      continue;
    }
    const lineChars = chars;
    chars += scan.chars;
    if (scan.boilerplate) {
      const end = base + (to - from) - (s.charCodeAt(to - 1) === CR ? 1 : 0);
      boilerplate.push({ line: i, start: base, end, reason: scan.boilerplate });
      continue;
    }
    const atPlace = scan.base === base && scan.line === i;
    const by = base - scan.base;
    const firstBlank = placeholders.length;
    // Indexed loops, not for…of: the iterator objects were not always optimised away (sampled).
    const linePlaceholders = scan.placeholders;
    for (let k = 0; k < linePlaceholders.length; k++) {
      const p = linePlaceholders[k];
      const label = p.label;
      // One literal per shape: adding `label` afterwards would change the object's hidden class.
      placeholders.push(
        atPlace
          ? p
          : label === undefined
            ? { start: p.start + by, end: p.end + by, text: p.text, kind: p.kind, line: i }
            : { start: p.start + by, end: p.end + by, text: p.text, kind: p.kind, line: i, label },
      );
      labelCounts.add(label);
    }
    let blank = firstBlank;
    const headings = scan.headings;
    const textStart = headings.length > 0 ? textStartIfTrimmed(s, from, to, scan.chars) : -1;
    for (let k = 0; k < headings.length; k++) {
      const h = headings[k];
      const start = base + h.start;
      while (blank < placeholders.length && placeholders[blank].start < start) blank++;
      charsBefore.push(lineChars + nonWhitespaceBefore(s, from, scan.chars, h.start, textStart, counted.line(i)));
      blanksBefore.push(blank);
      outline.push({
        level: h.level,
        marker: h.marker,
        title: h.title,
        line: i,
        start,
        end: base + h.end,
        parent: openItem(rankOf, open, levelRank(h.level)),
        ordinal: h.ordinal,
        runOn: h.runOn,
      });
    }
    appendShifted(findings, scan.findings, base);
  }
  const lineCount = i;
  if (keptLineChars !== null) {
    for (let k = 0, p = 0; k < keptItems; k++) {
      const item = outline[k];
      const line = item.line;
      while (p < placeholders.length && placeholders[p].start < item.start) p++;
      blanksBefore[k] = p;
      const lineChars = keptLineChars[line + 1] - keptLineChars[line];
      const raw = lines[line];
      const column = item.start - lineStarts[line];
      const textStart = textStartIfTrimmed(raw, 0, raw.length, lineChars);
      charsBefore[k] = keptLineChars[line] + nonWhitespaceBefore(raw, 0, lineChars, column, textStart, counted.line(line));
    }
  }

  // No spread: a huge outline would overflow the argument stack.
  const outlineFindings: Finding[] = [];
  for (const rule of outlineRules) for (const f of rule.checkOutline(outline)) outlineFindings.push(f);
  outlineFindings.sort(compareFindings);

  const sections = sectionStats(rankOf, placeholders.length, chars, charsBefore, blanksBefore);

  return {
    placeholders,
    outline,
    boilerplate,
    findings: outlineFindings.length === 0 ? findings : mergeFindings(findings, outlineFindings),
    stats: {
      chars,
      lines: lineCount,
      blanks: placeholders.length,
      headings: outline.length,
      sections,
      blanksByLabel: labelCounts.toRecord(),
    },
  };
}

/**
 * Placeholders per label ('' for none). A Map, not an object used as a dictionary: safe for any label
 * text. Labels are mostly a few strings from the unit table, in turns (年, 月, 日 …): a small cache by
 * first character and length answers most blanks without the map's lookup, which was the larger part
 * of counting.
 */
class LabelCounts {
  private readonly counts = new Map<string, { n: number }>();
  private readonly cachedLabels = new Array<string | undefined>(LABEL_CACHE_SIZE).fill(undefined);
  private readonly cachedCounts = new Array<{ n: number } | null>(LABEL_CACHE_SIZE).fill(null);

  add(label: string | undefined): void {
    const slot = label === undefined ? 0 : Math.imul(label.charCodeAt(0) ^ (label.length << 16), 0x9e3779b1) >>> LABEL_CACHE_SHIFT;
    const cached = this.cachedCounts[slot];
    if (cached !== null && this.cachedLabels[slot] === label) {
      cached.n++;
      return;
    }
    const key = label ?? '';
    let count = this.counts.get(key);
    if (count === undefined) {
      count = { n: 0 };
      this.counts.set(key, count);
    }
    count.n++;
    this.cachedLabels[slot] = label;
    this.cachedCounts[slot] = count;
  }

  toRecord(): Record<string, number> {
    return Object.fromEntries(Array.from(this.counts, ([label, count]) => [label, count.n]));
  }
}

const LABEL_CACHE_SHIFT = 26;
const LABEL_CACHE_SIZE = 1 << (32 - LABEL_CACHE_SHIFT);

/**
 * Appends a line's findings, shifted to the line's offset. Findings end in document order (by start,
 * end and rule; equal ones in the order they were found, line findings before outline findings, as a
 * stable sort of all would give) without a sort of all: lines come in order, each scan's findings are
 * in order (scanLine sorts them), and the outline rules' are merged in at the end.
 */
function appendShifted(findings: Finding[], lineFindings: readonly Finding[], base: number): void {
  for (let k = 0; k < lineFindings.length; k++) findings.push(shiftFinding(lineFindings[k], base));
}

/** Two ordered lists of findings as one; on equal findings, `first`'s come first. */
function mergeFindings(first: readonly Finding[], second: readonly Finding[]): Finding[] {
  const out: Finding[] = [];
  let i = 0;
  let j = 0;
  while (i < first.length && j < second.length) out.push(compareFindings(first[i], second[j]) <= 0 ? first[i++] : second[j++]);
  while (i < first.length) out.push(first[i++]);
  while (j < second.length) out.push(second[j++]);
  return out;
}

/** Adds the next outline item, of rank `rank`, to the open items; returns its parent. */
function openItem(rankOf: number[], open: number[], rank: number): number | null {
  while (open.length > 0 && rankOf[open[open.length - 1]] >= rank) open.pop();
  const parent = open.length > 0 ? open[open.length - 1] : null;
  open.push(rankOf.length);
  rankOf.push(rank);
  return parent;
}

const CR = 0x0d;

/** Lines [0, lines) are unchanged since `result` was assembled, and so are their offsets. */
export interface UnchangedPrefix {
  result: AnalysisResult;
  lines: number;
}

/** A fresh analysis has no lines given: the loop finds them in the text. */
const NO_LINES = { lines: [], lineStarts: [], scans: [], unchanged: undefined };

/** What assemble builds from: the text itself, or the incremental analyser's lines and kept scans. */
export type AssemblySource =
  | { text: string }
  | { lines: readonly string[]; lineStarts: readonly number[]; scans: readonly LineScan[]; unchanged?: UnchangedPrefix };

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
 * end), from the counts before each heading.
 */
function sectionStats(
  rank: readonly number[],
  totalBlanks: number,
  totalChars: number,
  chars: readonly number[],
  blanks: readonly number[],
): SectionStats[] {
  const n = rank.length;
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
    sections[k] = { outline: k, chars: totalChars - chars[k], blanks: totalBlanks - blanks[k] };
  }
  return sections;
}

/**
 * Where the text of the line s[from, to) starts (from `from`) when the line has whitespace only
 * around its text (indentation, a trailing CR), as most lines do: then the characters before a column
 * need no scan. -1 otherwise. Found once per line, for all its headings.
 */
function textStartIfTrimmed(s: string, from: number, to: number, chars: number): number {
  let lead = from;
  while (lead < to && isSpace(s.charCodeAt(lead))) lead++;
  let trail = to;
  while (trail > lead && isSpace(s.charCodeAt(trail - 1))) trail--;
  return trail - lead === chars ? lead - from : -1;
}

/**
 * Non-whitespace characters in the `column` characters of the line from `from`; `textStart` from
 * textStartIfTrimmed. A line with whitespace inside is counted on from the column asked before
 * (`counted`, reset per line): the headings of a line come in order, and a 1 MB pasted paragraph
 * holds thousands of them (counting each from the line start took seconds).
 */
function nonWhitespaceBefore(s: string, from: number, chars: number, column: number, textStart: number, counted: CountedColumns): number {
  if (textStart >= 0) return Math.max(0, Math.min(column - textStart, chars));
  if (column < counted.column) counted.reset();
  counted.chars += countChars(s.slice(from + counted.column, from + column));
  counted.column = column;
  return counted.chars;
}

/** How far nonWhitespaceBefore has counted in one line: its columns [0, column) hold `chars`. */
class CountedColumns {
  column = 0;
  chars = 0;
  private lineIndex = -1;

  /** This counter for line `index`: reset when it was counting another line. */
  line(index: number): this {
    if (index !== this.lineIndex) {
      this.lineIndex = index;
      this.reset();
    }
    return this;
  }

  reset(): void {
    this.column = 0;
    this.chars = 0;
  }
}

/** The whitespace that indents or ends report lines; anything rarer takes the countChars path. */
function isSpace(c: number): boolean {
  return c === 0x20 || c === 0x3000 || c === 0x09 || c === 0x0d || c === 0xfeff || c === 0xa0;
}
