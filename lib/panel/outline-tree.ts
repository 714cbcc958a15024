// Arranges the flat outline for display: depth, section figures and the findings of each section.
import type { Finding, OutlineItem, SectionStats } from '../analysis/types';
import { lastAtOrBefore } from '../sorted-search';

export interface OutlineRow {
  index: number;
  item: OutlineItem;
  depth: number;
  chars: number | undefined;
  blanks: number | undefined;
  findings: Finding[];
}

export interface OutlineRows {
  rows: OutlineRow[];
  /** Findings before the first heading (title, opening paragraph). */
  preamble: Finding[];
}

export function outlineRows(outline: OutlineItem[], sections: SectionStats[], findings: Finding[]): OutlineRows {
  const byOutline = new Map(sections.map((s) => [s.outline, s]));
  const depth: number[] = [];
  const rows = outline.map((item, index): OutlineRow => {
    depth[index] = item.parent === null || item.parent === undefined ? 0 : (depth[item.parent] ?? 0) + 1;
    const s = byOutline.get(index);
    return { index, item, depth: depth[index], chars: s?.chars, blanks: s?.blanks, findings: [] };
  });
  const preamble: Finding[] = [];
  const starts = outline.map((o) => o.start);
  for (const f of findings) {
    const at = lastAtOrBefore(starts, f.start);
    if (at < 0) preamble.push(f);
    else rows[at].findings.push(f);
  }
  return { rows, preamble };
}

/**
 * The text a fix replaces, as far as the panel can know it without the document: the heading
 * starts with marker + title. Empty when the span lies outside it (the page then checks alone).
 */
export function expectedTextOfFix(item: OutlineItem | undefined, fix: { start: number; end: number }): string {
  if (!item) return '';
  const heading = item.marker + item.title;
  const from = fix.start - item.start;
  const to = fix.end - item.start;
  if (from < 0 || to > heading.length || from > to) return '';
  return heading.slice(from, to);
}
