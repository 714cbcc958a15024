// Level order (GB/T 15834 B.3.8): 一、 → （一） → 1. → （1）.
// - A jump skips a level under a heading: （一） straight to （1）, 一、 straight to （1）. 一、 straight
//   to 1. is common practice in two-level documents, so it is only a hint, and only when the same
//   document uses （一） elsewhere (then it is inconsistent). Flagged once per heading and level.
// - A reversal is a higher-level style among the children of one heading after a lower-level style
//   was already used there: 一、 / 1. / 2. / （一）. It is flagged once per heading, at the first
//   higher-level child; at the top of the document (no heading above) only as a hint.
import { ENUMERATION_RANK, levelRank } from '../outline';
import type { Finding, OutlineItem } from '../types';
import { finding, MAX_OUTLINE_FINDINGS_PER_RULE, type OutlineRule } from './rule';

const ID = 'heading-level-order';

export const headingLevelOrder: OutlineRule = {
  id: ID,
  checkOutline(outline) {
    const findings: Finding[] = [];
    // Asked only at a jump from 一、 to 1. (rare): a pass over the outline.
    let usesLevel2: boolean | undefined;
    // Per parent, by the parent's level (0: the top level): the deepest level among its children so
    // far (0: none yet), whether a reversal was flagged there, and the levels a jump to was flagged
    // (bits). A parent is the latest heading of its level (an item's parent is the nearest earlier
    // item of a higher level), so a heading's slots start afresh when it comes: no Map per parent.
    const deepestChild = new Uint8Array(PARENT_LEVELS);
    const reversalFlagged = new Uint8Array(PARENT_LEVELS);
    const jumpsFlagged = new Uint8Array(PARENT_LEVELS);
    for (let i = 0; i < outline.length; i++) {
      if (findings.length >= MAX_OUTLINE_FINDINGS_PER_RULE) break;
      const item = outline[i];
      const level = headingLevel(item);
      if (level === 0) continue;
      deepestChild[level] = 0;
      reversalFlagged[level] = 0;
      jumpsFlagged[level] = 0;
      // Inline enumerations have no children: a heading's parent is a heading.
      const parent = item.parent === null ? null : outline[item.parent];
      const p = parent === null ? 0 : headingLevel(parent);
      if (parent !== null && p !== 0 && level > p + 1 && (jumpsFlagged[p] & (1 << level)) === 0) {
        jumpsFlagged[p] |= 1 << level;
        usesLevel2 ??= outline.some((other) => other.level === 2);
        const jump = jumpFinding(item, parent, usesLevel2);
        if (jump) findings.push(jump);
      }
      const deepest = deepestChild[p];
      if (deepest > level && reversalFlagged[p] === 0) {
        reversalFlagged[p] = 1;
        findings.push(
          finding(
            ID,
            item.parent === null ? 'hint' : 'warning',
            item.start,
            item.start + item.marker.length,
            `层级倒置：同一部分先用了第${deepest}级编号，这里又用了更高一级的“${item.marker}”`,
            `Levels reversed: a level-${deepest} marker came first in this part, then the higher-level "${item.marker}"`,
          ),
        );
      }
      deepestChild[p] = Math.max(deepest, level);
    }
    return findings;
  },
};

/** The top level and heading levels 1–4. */
const PARENT_LEVELS = 5;

/** The item's heading level, 0 for an inline enumeration. */
function headingLevel(item: OutlineItem): number {
  const rank = levelRank(item.level);
  return rank === ENUMERATION_RANK ? 0 : rank;
}

function jumpFinding(item: OutlineItem, parent: OutlineItem, usesLevel2: boolean): Finding | null {
  const end = item.start + item.marker.length;
  if (parent.level === 1 && item.level === 3) {
    if (!usesLevel2) return null;
    return finding(
      ID,
      'hint',
      item.start,
      end,
      `“${parent.marker}”下直接用了“${item.marker}”，而文中其他部分用“（一）”作第二级，建议统一`,
      `"${item.marker}" directly under "${parent.marker}" while other parts use "（一）" as the second level; keep one style`,
    );
  }
  return finding(
    ID,
    'warning',
    item.start,
    end,
    `层级跳跃：“${parent.marker}”下直接用了“${item.marker}”，跳过了中间一级`,
    `Level skipped: "${item.marker}" directly under "${parent.marker}"`,
  );
}
