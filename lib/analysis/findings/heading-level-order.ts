// Level order (GB/T 15834 B.3.8): 一、 → （一） → 1. → （1）.
// - A jump skips a level under a heading: （一） straight to （1）, 一、 straight to （1）. 一、 straight
//   to 1. is common practice in two-level documents, so it is only a hint, and only when the same
//   document uses （一） elsewhere (then it is inconsistent). Flagged once per heading and level.
// - A reversal is a higher-level style among the children of one heading after a lower-level style
//   was already used there: 一、 / 1. / 2. / （一）. It is flagged once per heading, at the first
//   higher-level child; at the top of the document (no heading above) only as a hint.
import type { Finding, OutlineItem } from '../types';
import { finding, MAX_OUTLINE_FINDINGS_PER_RULE, type OutlineRule } from './rule';

const ID = 'heading-level-order';

export const headingLevelOrder: OutlineRule = {
  id: ID,
  checkOutline(outline) {
    const findings: Finding[] = [];
    const usesLevel2 = outline.some((item) => item.level === 2);
    const deepestChild = new Map<number | null, number>();
    const reversalFlagged = new Set<number | null>();
    const jumpFlagged = new Set<string>();
    for (const item of outline) {
      if (findings.length >= MAX_OUTLINE_FINDINGS_PER_RULE) break;
      if (item.level === 'enum') continue;
      const level = item.level;
      const parent = item.parent === null ? null : outline[item.parent];
      if (parent && parent.level !== 'enum' && level > parent.level + 1) {
        // The key is built only for the (rare) jumps: this loop runs once per heading.
        const jumpKey = `${item.parent}|${level}`;
        if (!jumpFlagged.has(jumpKey)) {
          jumpFlagged.add(jumpKey);
          const jump = jumpFinding(item, parent, usesLevel2);
          if (jump) findings.push(jump);
        }
      }
      const deepest = deepestChild.get(item.parent);
      if (deepest !== undefined && deepest > level && !reversalFlagged.has(item.parent)) {
        reversalFlagged.add(item.parent);
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
      deepestChild.set(item.parent, Math.max(deepest ?? 0, level));
    }
    return findings;
  },
};

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
