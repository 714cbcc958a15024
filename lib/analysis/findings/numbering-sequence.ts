// Gaps and repeats in numbering among siblings: （一）（二）（四） or 一是 … 一是 … 三是.
// Siblings share the parent and the marker family; under a new parent numbering restarts.
// Inline enumerations may restart at 1 in every paragraph, so for them only gaps and backward
// steps other than a restart count. 首先/其次/再次/最后 are words, not numbers: not checked here.
// A heading level's first finding carries the 重新编号 fix: every sibling renumbered in one action.
import { levelRank } from '../outline';
import { markerWithOrdinal, renumberEdits } from '../renumber';
import type { Finding, OutlineItem } from '../types';
import { finding, MAX_OUTLINE_FINDINGS_PER_RULE, type OutlineRule } from './rule';

const ID = 'numbering-sequence';

export const numberingSequence: OutlineRule = {
  id: ID,
  checkOutline(outline) {
    const findings: Finding[] = [];
    // The last ordinal of each family among the children of a parent, in a slot by the parent's rank
    // (0: the top level) and the family, with the parent it is for. A parent is the latest item of
    // its rank (assemble's rule: an item's parent is the nearest earlier item of a higher level), so
    // a slot holding another parent's ordinal is one whose part has ended: a few slots, not one set
    // per item of the document.
    const lastOrdinal = new Int32Array(PARENT_RANKS * FAMILIES);
    const slotParent = new Int32Array(PARENT_RANKS * FAMILIES).fill(NO_PARENT_YET);
    // The first finding of each heading level under each parent, by parent and level.
    let firstFindingOf: Map<number, { item: OutlineItem; found: Finding }> | null = null;
    for (let i = 0; i < outline.length; i++) {
      if (findings.length >= MAX_OUTLINE_FINDINGS_PER_RULE) break;
      const item = outline[i];
      const family = familyOf(item);
      if (family === 0) continue;
      const parent = item.parent ?? TOP_LEVEL;
      const slot = (parent === TOP_LEVEL ? 0 : levelRank(outline[parent].level)) * FAMILIES + family;
      const sameParent = slotParent[slot] === parent;
      const previous = lastOrdinal[slot];
      slotParent[slot] = parent;
      lastOrdinal[slot] = item.ordinal;
      if (!sameParent || item.ordinal === previous + 1) continue;
      const enumeration = family > HEADING_FAMILIES;
      if (enumeration && item.ordinal === 1) continue;
      const found = sequenceFinding(item, previous);
      findings.push(found);
      const key = (parent + 1) * FAMILIES + family;
      if (!enumeration && !firstFindingOf?.has(key)) (firstFindingOf ??= new Map()).set(key, { item, found });
    }
    // Inline enumerations restart in every paragraph, so only heading levels are renumbered.
    if (firstFindingOf === null) return findings;
    for (const { item, found } of firstFindingOf.values()) {
      const edits = renumberEdits(siblingsOf(outline, item));
      if (edits?.length) found.edits = edits;
    }
    return findings;
  },
};

/**
 * The headings of `item`'s level under its parent, in document order. A parent's children come after
 * it and before the next item of its level or higher (assemble's rule: an item's parent is the
 * nearest earlier item of a higher level), so only that part of the outline is read.
 */
function siblingsOf(outline: readonly OutlineItem[], item: OutlineItem): OutlineItem[] {
  const parent = item.parent;
  const parentRank = parent === null ? 0 : levelRank(outline[parent].level);
  const rank = levelRank(item.level);
  const siblings: OutlineItem[] = [];
  for (let i = parent === null ? 0 : parent + 1; i < outline.length; i++) {
    const other = outline[i];
    const otherRank = levelRank(other.level);
    if (otherRank <= parentRank) break;
    if (otherRank === rank && other.parent === parent) siblings.push(other);
  }
  return siblings;
}

const FAMILIES = 9;
/** Families 1–4 are the heading levels; the others are inline enumerations. */
const HEADING_FAMILIES = 4;
/** The top level and heading levels 1–4: inline enumerations have no children. */
const PARENT_RANKS = 5;
const TOP_LEVEL = -1;
const NO_PARENT_YET = -2;
const [SHI, YAO, DI] = Array.from('是要第', (ch) => ch.charCodeAt(0));

/** Which sequence an item belongs to (levels 1–4, 一是, 一要, 第一, ①), or 0 when it is not numbered. */
function familyOf(item: OutlineItem): number {
  // By type, not `!== 'enum'`: a comparison that meets both numbers and strings is a generic one.
  const level = item.level;
  if (typeof level === 'number') return level;
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
