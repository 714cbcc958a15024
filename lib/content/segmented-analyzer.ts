// Analysis of documents too big to analyse in one go without freezing the page. The text is cut
// into segments of whole lines (preferably before a top-level heading), each with its own
// incremental analyser, built one per task; an edit re-analyses only the segment it falls in.
// Results are joined with shifted offsets. Parents of outline items do not cross segments and
// section statistics end at a segment's end: acceptable for documents of this size, where the
// point is that blanks and headings are found and the page stays responsive.
import { createIncrementalAnalyzer, type IncrementalAnalyzer } from '../analysis';
import type { AnalysisResult, Finding, OutlineItem, Stats } from '../analysis/types';
import { lastIndexWhere } from '../sorted-search';

/** Texts longer than this are analysed in segments. */
export const SEGMENT_THRESHOLD = 150_000;
// Small enough that building one segment stays well under a 50 ms task on a slow machine, even
// when every few characters is a blank (a page full of XX).
const SEGMENT_CHARS = 20_000;
const TOP_HEADING = /^\s*[一二三四五六七八九十]+、/;

interface Segment {
  analyzer: IncrementalAnalyzer;
  /** Offset of the segment in the whole text, and its first line. */
  start: number;
  line: number;
}

/** A segment's result moved to whole-document offsets; reused while nothing about it changed. */
interface Shifted {
  source: AnalysisResult;
  start: number;
  line: number;
  outlineBase: number;
  result: AnalysisResult;
}

export interface DocumentAnalyzer {
  readonly text: string;
  readonly result: AnalysisResult;
  update(newText: string): AnalysisResult;
}

/** Where segments begin: line starts at most ~SEGMENT_CHARS apart, moved back to a top-level heading when one is near. */
export function segmentStarts(text: string, size = SEGMENT_CHARS): number[] {
  const starts = [0];
  let from = 0;
  while (text.length - from > size) {
    let cut = text.lastIndexOf('\n', from + size);
    if (cut <= from) cut = text.indexOf('\n', from + size);
    if (cut === -1) break;
    // Prefer a top-level heading in the last quarter of the window.
    let probe = cut;
    for (let tries = 0; tries < 200; tries++) {
      const prev = text.lastIndexOf('\n', probe - 1);
      if (prev <= from + size * 0.75) break;
      if (TOP_HEADING.test(text.slice(prev + 1, prev + 12))) {
        cut = prev;
        break;
      }
      probe = prev;
    }
    from = cut + 1;
    starts.push(from);
  }
  return starts;
}

const yieldToPage = () => new Promise<void>((ok) => setTimeout(ok, 0));

export async function createSegmentedAnalyzer(text: string, size = SEGMENT_CHARS): Promise<DocumentAnalyzer> {
  const starts = segmentStarts(text, size);
  const segments: Segment[] = [];
  let line = 0;
  for (let i = 0; i < starts.length; i++) {
    const end = i + 1 < starts.length ? starts[i + 1] - 1 : text.length;
    const piece = text.slice(starts[i], end);
    segments.push({ analyzer: createIncrementalAnalyzer(piece), start: starts[i], line });
    line += countLines(piece);
    await yieldToPage();
  }
  return new Segmented(text, segments);
}

function countLines(text: string): number {
  let n = 1;
  for (let i = text.indexOf('\n'); i !== -1; i = text.indexOf('\n', i + 1)) n++;
  return n;
}

class Segmented implements DocumentAnalyzer {
  private joined: AnalysisResult;
  private shifted = new WeakMap<IncrementalAnalyzer, Shifted>();

  constructor(
    public text: string,
    private segments: Segment[],
  ) {
    this.joined = this.join();
  }

  get result(): AnalysisResult {
    return this.joined;
  }

  update(newText: string): AnalysisResult {
    const old = this.text;
    if (newText === old) return this.joined;
    const max = Math.min(old.length, newText.length);
    let prefix = 0;
    while (prefix < max && old.charCodeAt(prefix) === newText.charCodeAt(prefix)) prefix++;
    let suffix = 0;
    while (suffix < max - prefix && old.charCodeAt(old.length - 1 - suffix) === newText.charCodeAt(newText.length - 1 - suffix)) suffix++;
    const editEnd = old.length - suffix;
    const delta = newText.length - old.length;
    // Segments touched by [prefix, editEnd]; an edit at a boundary belongs to both neighbours.
    let first = this.segmentAt(prefix);
    let last = this.segmentAt(editEnd);
    if (first > 0 && prefix === this.segments[first].start) first--;
    if (last < this.segments.length - 1 && editEnd >= this.segmentEnd(last)) last++;
    const regionStart = this.segments[first].start;
    const regionEnd = this.segmentEnd(last) + delta;
    const piece = newText.slice(regionStart, regionEnd);
    const lineStart = this.segments[first].line;
    if (first === last) this.segments[first].analyzer.update(piece);
    const replacement: Segment =
      first === last ? { ...this.segments[first] } : { analyzer: createIncrementalAnalyzer(piece), start: regionStart, line: lineStart };
    const after = this.segments.slice(last + 1);
    const lineDelta = lineStart + countLines(piece) - (after[0]?.line ?? lineStart + countLines(piece));
    this.segments = [
      ...this.segments.slice(0, first),
      replacement,
      ...after.map((s) => ({ ...s, start: s.start + delta, line: s.line + lineDelta })),
    ];
    this.text = newText;
    this.joined = this.join();
    return this.joined;
  }

  private segmentEnd(i: number): number {
    return this.segments[i].start + this.segments[i].analyzer.text.length;
  }

  private segmentAt(offset: number): number {
    return Math.max(
      0,
      lastIndexWhere(this.segments.length, (i) => this.segments[i].start <= offset),
    );
  }

  private join(): AnalysisResult {
    const out: AnalysisResult = {
      placeholders: [],
      outline: [],
      boilerplate: [],
      findings: [],
      stats: { chars: 0, lines: 0, blanks: 0, headings: 0, sections: [], blanksByLabel: {} },
    };
    for (const segment of this.segments) {
      const r = this.shiftedResult(segment, out.outline.length);
      // concat, not push(...spread): segments can hold tens of thousands of items.
      out.placeholders = out.placeholders.concat(r.placeholders);
      out.outline = out.outline.concat(r.outline);
      out.boilerplate = out.boilerplate.concat(r.boilerplate);
      out.findings = out.findings.concat(r.findings);
      out.stats.sections = out.stats.sections.concat(r.stats.sections);
      addCounts(out.stats, r.stats);
    }
    return out;
  }

  private shiftedResult(segment: Segment, outlineBase: number): AnalysisResult {
    const { analyzer, start, line } = segment;
    const source = analyzer.result;
    const cached = this.shifted.get(analyzer);
    if (cached && cached.source === source && cached.start === start && cached.line === line && cached.outlineBase === outlineBase)
      return cached.result;
    const result: AnalysisResult = {
      placeholders: source.placeholders.map((p) => ({ ...p, start: p.start + start, end: p.end + start, line: p.line + line })),
      outline: source.outline.map((o) => shiftOutline(o, start, line, outlineBase)),
      boilerplate: source.boilerplate.map((b) => ({ ...b, start: b.start + start, end: b.end + start, line: b.line + line })),
      findings: source.findings.map((f) => shiftFinding(f, start)),
      stats: { ...source.stats, sections: source.stats.sections.map((x) => ({ ...x, outline: x.outline + outlineBase })) },
    };
    this.shifted.set(analyzer, { source, start, line, outlineBase, result });
    return result;
  }
}

function shiftOutline(o: OutlineItem, by: number, lines: number, base: number): OutlineItem {
  return { ...o, start: o.start + by, end: o.end + by, line: o.line + lines, parent: o.parent === null ? null : o.parent + base };
}

function shiftFinding(f: Finding, by: number): Finding {
  const shifted: Finding = { ...f, start: f.start + by, end: f.end + by };
  if (f.fix) shifted.fix = { ...f.fix, start: f.fix.start + by, end: f.fix.end + by };
  if (f.edits) shifted.edits = f.edits.map((e) => ({ ...e, start: e.start + by, end: e.end + by }));
  return shifted;
}

function addCounts(into: Stats, from: Stats): void {
  into.chars += from.chars;
  into.lines += from.lines;
  into.blanks += from.blanks;
  into.headings += from.headings;
  for (const [label, n] of Object.entries(from.blanksByLabel)) into.blanksByLabel[label] = (into.blanksByLabel[label] ?? 0) + n;
}
