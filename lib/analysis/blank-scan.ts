// The blanks of a text and nothing else, found where they are needed: the page paints the run of
// blanks around the caret and jumps to the next one, so lines are scanned on demand, outward from
// that place, and an edit only forgets the scans of the lines it touched. The work per keystroke
// is bounded by the lines and the painted run, never by the blanks of the whole document.
// The panel runs the whole analysis on the text the page sends it. Same per-line rules as
// analyze(), so both find the same blanks (test/analysis/blank-scan.test.ts compares them).
import type { LinePlaceholder } from './line-scan';
import { boilerplateReason } from './boilerplate';
import { lineText } from './line-content';
import { findPlaceholdersInLine } from './placeholders';
import type { Placeholder } from './types';
import { lineIndexAt } from '../sorted-search';
import { diffText, type TextSpanChange } from '../text-change';

const NONE: readonly LinePlaceholder[] = Object.freeze([]);

/** A line's blanks, offsets relative to the raw line. */
export function lineBlanks(rawLine: string): readonly LinePlaceholder[] {
  const content = lineText(rawLine);
  if (content === null) return NONE;
  const found = findPlaceholdersInLine(content.text);
  // Blanks first: whether the line is boilerplate matters only when it holds one, and most lines don't.
  if (found.length === 0 || boilerplateReason(content.text) !== null) return NONE;
  const { skip } = content;
  return skip === 0 ? found : found.map((p) => ({ ...p, start: p.start + skip, end: p.end + skip }));
}

/** A run of consecutive blanks and the text offsets it covers. */
export interface BlankRun {
  blanks: readonly Placeholder[];
  /** Offsets covered: from 0 when the run starts at the first blank, to Infinity when it ends at the last. */
  from: number;
  to: number;
  /** True when blanks were left out on either side. */
  capped: boolean;
}

export class BlankScanner {
  private lines: string[];
  private lineStarts: number[];
  /** Per line, its blanks once scanned (undefined: not scanned since the line last changed). */
  private scans: (readonly LinePlaceholder[] | undefined)[];
  private everything: Placeholder[] | null = null;

  constructor(public text: string) {
    this.lines = text.split('\n');
    this.lineStarts = starts(this.lines, 0, 0);
    this.scans = new Array(this.lines.length);
  }

  /**
   * Takes the new text; the lines that changed are scanned again when next needed. `change` is the
   * replacement from the current text to it (diffText), when the caller has found it already.
   */
  update(newText: string, change: TextSpanChange = diffText(this.text, newText)): void {
    const old = this.text;
    if (typeof newText !== 'string' || newText === old) return;
    const first = lineIndexAt(this.lineStarts, change.start);
    const last = lineIndexAt(this.lineStarts, change.end);
    const regionStart = this.lineStarts[first];
    const regionEnd = this.lineStarts[last] + this.lines[last].length + (newText.length - old.length);
    const newLines = newText.slice(regionStart, regionEnd).split('\n');
    // concat, not splice(...spread): a paste of many thousand lines would overflow the call stack.
    this.lines = this.lines.slice(0, first).concat(newLines, this.lines.slice(last + 1));
    this.scans = this.scans.slice(0, first).concat(new Array(newLines.length), this.scans.slice(last + 1));
    this.lineStarts = this.lineStarts.slice(0, first).concat(starts(this.lines, first, regionStart));
    this.text = newText;
    this.everything = null;
  }

  /** Every blank, in document order, as analyze(text).placeholders (scans every line not yet scanned). */
  all(): readonly Placeholder[] {
    if (this.everything) return this.everything;
    const out: Placeholder[] = [];
    for (let i = 0; i < this.lines.length; i++) this.placeLine(i, out);
    this.everything = out;
    return out;
  }

  /** Scans lines not yet scanned for about `chars` characters; true when every line is scanned. */
  scanAhead(chars: number): boolean {
    let budget = chars;
    for (let i = 0; i < this.lines.length && budget > 0; i++) {
      if (this.scans[i] !== undefined) continue;
      this.scan(i);
      budget -= this.lines[i].length + 1;
    }
    return !this.scans.includes(undefined);
  }

  /**
   * At most `limit` consecutive blanks centred on the first one ending at or after `around` (what the
   * page paints): the same run as taking them from all(), but scanning only the lines it needs.
   */
  around(around: number, limit: number): BlankRun {
    const home = lineIndexAt(this.lineStarts, Math.max(0, around));
    const half = limit >> 1;
    // Blanks ending at or after `around`, line by line from its own: one line more than needed, so
    // a short document is always read to its end.
    const ahead: Placeholder[] = [];
    const behind: Placeholder[] = [];
    let down = home;
    for (; down < this.lines.length && ahead.length <= limit; down++) {
      const line: Placeholder[] = [];
      this.placeLine(down, line);
      for (const b of line) (b.end >= around ? ahead : behind).push(b);
    }
    const wantBefore = Math.max(half, limit - ahead.length);
    const above: Placeholder[][] = [];
    let count = behind.length;
    let up = home - 1;
    for (; up >= 0 && count <= wantBefore; up--) {
      const line: Placeholder[] = [];
      this.placeLine(up, line);
      if (line.length) above.push(line);
      count += line.length;
    }
    const before = above.reverse().flat().concat(behind);
    const takeBefore = Math.min(before.length, wantBefore);
    const takeAfter = Math.min(ahead.length, limit - takeBefore);
    const blanks = before.slice(before.length - takeBefore).concat(ahead.slice(0, takeAfter));
    const startsAtFirst = up < 0 && takeBefore === before.length;
    const endsAtLast = down >= this.lines.length && takeAfter === ahead.length;
    return {
      blanks,
      from: startsAtFirst ? 0 : (blanks[0]?.start ?? 0),
      to: endsAtLast ? Number.POSITIVE_INFINITY : (blanks[blanks.length - 1]?.end ?? 0),
      capped: !(startsAtFirst && endsAtLast),
    };
  }

  /** The first blank starting after `offset`, or null. */
  blankAfter(offset: number): Placeholder | null {
    for (let i = lineIndexAt(this.lineStarts, Math.max(0, offset)); i < this.lines.length; i++) {
      const line: Placeholder[] = [];
      this.placeLine(i, line);
      const found = line.find((b) => b.start > offset);
      if (found) return found;
    }
    return null;
  }

  /** The last blank starting before `offset`, or null. */
  blankBefore(offset: number): Placeholder | null {
    for (let i = lineIndexAt(this.lineStarts, Math.min(offset, this.text.length)); i >= 0; i--) {
      const line: Placeholder[] = [];
      this.placeLine(i, line);
      for (let k = line.length - 1; k >= 0; k--) if (line[k].start < offset) return line[k];
    }
    return null;
  }

  private scan(i: number): readonly LinePlaceholder[] {
    let scan = this.scans[i];
    if (scan === undefined) this.scans[i] = scan = lineBlanks(this.lines[i]);
    return scan;
  }

  /** Appends line i's blanks, at their offsets in the text. */
  private placeLine(i: number, out: Placeholder[]): void {
    const scan = this.scan(i);
    if (scan.length === 0) return;
    const base = this.lineStarts[i];
    // Indexed, and appended by index: V8 compiled the iterator and push() onto an array that starts
    // empty as calls to its builtins (placeholders.ts's emit says more).
    for (let k = 0; k < scan.length; k++) {
      const p = scan[k];
      // One literal per shape: adding `label` afterwards would change the object's hidden class.
      out[out.length] =
        p.label === undefined
          ? { start: base + p.start, end: base + p.end, text: p.text, kind: p.kind, line: i }
          : { start: base + p.start, end: base + p.end, text: p.text, kind: p.kind, line: i, label: p.label };
    }
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
