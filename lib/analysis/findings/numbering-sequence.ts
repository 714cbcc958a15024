// Gaps and repeats in numbering among siblings: （一）（二）（四） or 一是 … 一是 … 三是.
// Siblings share the parent and the marker family; under a new parent numbering restarts.
// Inline enumerations may restart at 1 in every paragraph, so for them only gaps and backward
// steps other than a restart count. 首先/其次/再次/最后 are words, not numbers: not checked here.
import { toChineseNumeral } from '../numerals';
import type { Finding, OutlineItem } from '../types';
import { finding, MAX_OUTLINE_FINDINGS_PER_RULE, type OutlineRule } from './rule';

const ID = 'numbering-sequence';

export const numberingSequence: OutlineRule = {
  id: ID,
  checkOutline(outline) {
    const findings: Finding[] = [];
    const lastOrdinal = new Map<number, number>();
    for (const item of outline) {
      if (findings.length >= MAX_OUTLINE_FINDINGS_PER_RULE) break;
      const family = familyOf(item);
      if (family === 0) continue;
      // A number, not a string: this runs once per heading of the document.
      const key = ((item.parent ?? -1) + 1) * FAMILIES + family;
      const previous = lastOrdinal.get(key);
      lastOrdinal.set(key, item.ordinal);
      if (previous === undefined || item.ordinal === previous + 1) continue;
      if (item.level === 'enum' && item.ordinal === 1) continue;
      findings.push(sequenceFinding(item, previous));
    }
    return findings;
  },
};

const FAMILIES = 9;

/** Which sequence an item belongs to (levels 1–4, 一是, 一要, 第一, ①), or 0 when it is not numbered. */
function familyOf(item: OutlineItem): number {
  if (item.level !== 'enum') return item.level;
  const m = item.marker;
  if (m.endsWith('是')) return 5;
  if (m.endsWith('要')) return 6;
  if (m.startsWith('第')) return 7;
  if (/^[\u2460-\u2473]$/.test(m)) return 8;
  return 0;
}

function sequenceFinding(item: OutlineItem, previous: number): Finding {
  const start = item.start;
  const end = item.start + item.marker.length;
  const expected = withOrdinal(item.marker, previous + 1);
  const before = withOrdinal(item.marker, previous);
  if (item.ordinal > previous + 1) {
    return finding(ID, 'warning', start, end,
      `编号不连续：${before}之后应为${expected}，这里是${item.marker}`,
      `Numbering skips: after ${before} comes ${expected}, not ${item.marker}`);
  }
  return finding(ID, 'warning', start, end,
    `编号重复或倒退：${before}之后又出现${item.marker}，应为${expected}`,
    `Numbering repeats or goes back: ${item.marker} after ${before}; expected ${expected}`);
}

/** The marker written with another number, in its own style: （三） → （四）, 3. → 4., 一是 → 二是. */
function withOrdinal(marker: string, n: number): string {
  if (/[\u2460-\u2473]/.test(marker)) return n >= 1 && n <= 20 ? String.fromCharCode(0x2460 + n - 1) : String(n);
  return marker.replace(/[一二三四五六七八九十]+|[0-9０-９]+/, (digits) =>
    /[0-9０-９]/.test(digits) ? String(n) : toChineseNumeral(n),
  );
}
