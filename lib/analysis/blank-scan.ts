// The blanks of a text and nothing else, kept current as the text changes: what the page needs to
// highlight them and jump between them. The page sends the text on; the panel runs the whole
// analysis (outline, findings, fields). Same per-line rules as analyze(), so both find the same
// blanks (test/analysis/blank-scan.test.ts compares them).
import type { LinePlaceholder } from './line-scan';
import { lineContent } from './line-content';
import { findPlaceholdersInLine } from './placeholders';
import type { Placeholder } from './types';
import { lineIndexAt } from '../sorted-search';
import { diffText } from '../text-change';

const NONE: readonly LinePlaceholder[] = Object.freeze([]);

/** A line's blanks, offsets relative to the raw line. */
export function lineBlanks(rawLine: string): readonly LinePlaceholder[] {
  const content = lineContent(rawLine);
  if (content.kind !== 'text') return NONE;
  const found = findPlaceholdersInLine(content.text);
  if (found.length === 0) return NONE;
  const { skip } = content;
  return skip === 0 ? found : found.map((p) => ({ ...p, start: p.start + skip, end: p.end + skip }));
}

export interface BlankScanner {
  readonly text: string;
  /** In document order, as analyze(text).placeholders. */
  readonly blanks: readonly Placeholder[];
  /** Takes the new text, re-scanning only the lines that differ; returns the blanks. */
  update(newText: string): readonly Placeholder[];
}

/** How many characters of lines are scanned before `openBlankScanner` gives the page a turn. */
const SLICE_CHARS = 40_000;

/** Scans the text in slices of whole lines, one per task, so a huge document never blocks the page long. */
export async function openBlankScanner(text: string, yieldToPage: () => Promise<void> = nextTask): Promise<BlankScanner> {
  const lines = text.split('\n');
  const scans = new Array<readonly LinePlaceholder[]>(lines.length);
  let budget = SLICE_CHARS;
  for (let i = 0; i < lines.length; i++) {
    scans[i] = lineBlanks(lines[i]);
    budget -= lines[i].length + 1;
    if (budget <= 0 && i + 1 < lines.length) {
      await yieldToPage();
      budget = SLICE_CHARS;
    }
  }
  return new LineBlankScanner(text, lines, scans);
}

/** The same, in one go (small texts, tests). */
export function createBlankScanner(text: string): BlankScanner {
  const lines = text.split('\n');
  return new LineBlankScanner(text, lines, lines.map(lineBlanks));
}

const nextTask = () => new Promise<void>((ok) => setTimeout(ok, 0));

class LineBlankScanner implements BlankScanner {
  private lineStarts: number[];
  private all: Placeholder[];

  constructor(
    public text: string,
    private lines: string[],
    private scans: (readonly LinePlaceholder[])[],
  ) {
    this.lineStarts = starts(lines, 0, 0);
    this.all = [];
    this.assemble(0);
  }

  get blanks(): readonly Placeholder[] {
    return this.all;
  }

  update(newText: string): readonly Placeholder[] {
    const old = this.text;
    if (typeof newText !== 'string' || newText === old) return this.all;
    const change = diffText(old, newText);
    const first = lineIndexAt(this.lineStarts, change.start);
    const last = lineIndexAt(this.lineStarts, change.end);
    const regionStart = this.lineStarts[first];
    const lastEnd = this.lineStarts[last] + this.lines[last].length;
    const regionEnd = lastEnd + (newText.length - old.length);
    const newLines = newText.slice(regionStart, regionEnd).split('\n');
    // concat, not splice(...spread): a paste of many thousand lines would overflow the call stack.
    this.lines = this.lines.slice(0, first).concat(newLines, this.lines.slice(last + 1));
    this.scans = this.scans.slice(0, first).concat(newLines.map(lineBlanks), this.scans.slice(last + 1));
    this.lineStarts = this.lineStarts.slice(0, first).concat(starts(this.lines, first, regionStart));
    this.text = newText;
    this.assemble(first);
    return this.all;
  }

  /** Blanks of lines before `line` are kept (same offsets); the rest are placed from their line scans. */
  private assemble(line: number): void {
    let keep = this.all.length;
    while (keep > 0 && this.all[keep - 1].line >= line) keep--;
    const out = this.all.slice(0, keep);
    for (let i = line; i < this.scans.length; i++) {
      const scan = this.scans[i];
      if (scan.length === 0) continue;
      const base = this.lineStarts[i];
      for (const p of scan) {
        out.push(
          p.label === undefined
            ? { start: base + p.start, end: base + p.end, text: p.text, kind: p.kind, line: i }
            : { start: base + p.start, end: base + p.end, text: p.text, kind: p.kind, line: i, label: p.label },
        );
      }
    }
    this.all = out;
  }
}

/** Offsets of lines[from…] when lines[from] starts at `offset`. */
function starts(lines: readonly string[], from: number, offset: number): number[] {
  const out = new Array<number>(lines.length - from);
  for (let i = from; i < lines.length; i++) {
    out[i - from] = offset;
    offset += lines[i].length + 1;
  }
  return out;
}
