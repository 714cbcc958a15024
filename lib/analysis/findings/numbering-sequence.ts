// Gaps and repeats in numbering among siblings: （一）（二）（四） or 一是 … 一是 … 三是.
// Siblings share the parent and the marker family; under a new parent numbering restarts.
// Inline enumerations may restart at 1 in every paragraph, so for them only gaps and backward
// steps other than a restart count. 首先/其次/再次/最后 are words, not numbers: not checked here.
// A heading level's first finding carries the 重新编号 fix: every sibling renumbered in one action.
import { markerWithOrdinal, renumberEdits } from '../renumber';
import type { Finding, OutlineItem } from '../types';
import { finding, MAX_OUTLINE_FINDINGS_PER_RULE, type OutlineRule } from './rule';

const ID = 'numbering-sequence';

export const numberingSequence: OutlineRule = {
  id: ID,
  checkOutline(outline) {
    const findings: Finding[] = [];
    const lastOrdinal = new Map<number, number>();
    const firstFindingOf = new Map<number, Finding>();
    const siblings = new Map<number, OutlineItem[]>();
    for (const item of outline) {
      const family = familyOf(item);
      if (family === 0) continue;
      // A number, not a string: this runs once per heading of the document.
      const key = ((item.parent ?? -1) + 1) * FAMILIES + family;
      if (item.level !== 'enum') {
        const group = siblings.get(key);
        if (group) group.push(item);
        else siblings.set(key, [item]);
      }
      if (findings.length >= MAX_OUTLINE_FINDINGS_PER_RULE) continue;
      const previous = lastOrdinal.get(key);
      lastOrdinal.set(key, item.ordinal);
      if (previous === undefined || item.ordinal === previous + 1) continue;
      if (item.level === 'enum' && item.ordinal === 1) continue;
      const found = sequenceFinding(item, previous);
      findings.push(found);
      if (item.level !== 'enum' && !firstFindingOf.has(key)) firstFindingOf.set(key, found);
    }
    // Inline enumerations restart in every paragraph, so only heading levels are renumbered.
    for (const [key, found] of firstFindingOf) {
      const edits = renumberEdits(siblings.get(key) ?? []);
      if (edits?.length) found.edits = edits;
    }
    return findings;
  },
};

const FAMILIES = 9;
const [SHI, YAO, DI] = Array.from('是要第', (ch) => ch.charCodeAt(0));

/** Which sequence an item belongs to (levels 1–4, 一是, 一要, 第一, ①), or 0 when it is not numbered. */
function familyOf(item: OutlineItem): number {
  if (item.level !== 'enum') return item.level;
  // Char codes: this runs for every enumeration of the document.
  const m = item.marker;
  const last = m.charCodeAt(m.length - 1);
  if (last === SHI) return 5;
  if (last === YAO) return 6;
  if (m.charCodeAt(0) === DI) return 7;
  if (m.length === 1 && last >= 0x2460 && last <= 0x2473) return 8;
  return 0;
}

function sequenceFinding(item: OutlineItem, previous: number): Finding {
  const start = item.start;
  const end = item.start + item.marker.length;
  const expected = withOrdinal(item.marker, previous + 1);
  const before = withOrdinal(item.marker, previous);
  if (item.ordinal > previous + 1) {
    return finding(
      ID,
      'warning',
      start,
      end,
      `编号不连续：${before}之后应为${expected}，这里是${item.marker}`,
      `Numbering skips: after ${before} comes ${expected}, not ${item.marker}`,
    );
  }
  return finding(
    ID,
    'warning',
    start,
    end,
    `编号重复或倒退：${before}之后又出现${item.marker}，应为${expected}`,
    `Numbering repeats or goes back: ${item.marker} after ${before}; expected ${expected}`,
  );
}

function withOrdinal(marker: string, n: number): string {
  return markerWithOrdinal(marker, n) ?? String(n);
}
