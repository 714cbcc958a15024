// 首先/其次 and 第一/第二 are two ways of counting; one paragraph uses one of them
// (GB/T 15834 notes on 首先/其次/第三): “首先……其次……第三……” reads as a slip.
import type { Finding } from '../types';
import { finding, NO_FINDINGS, type LineRule } from './rule';

const ID = 'mixed-enumeration';
const WORD_ORDER = /^(首先|其次|再次|最后)/;

export const mixedEnumeration: LineRule = {
  id: ID,
  // A line without these words has nothing to mix: most lines with enumerations are skipped.
  triggers: { words: ['首先', '其次', '再次', '最后'] },
  checkLine(_line, { headings }) {
    if (headings.length < 2) return NO_FINDINGS;
    // No copies of the list: this runs on every line with two headings or more.
    let wordOrder = false;
    for (let k = 0; k < headings.length && !wordOrder; k++) wordOrder = headings[k].level === 'enum' && WORD_ORDER.test(headings[k].marker);
    if (!wordOrder) return NO_FINDINGS;
    const findings: Finding[] = [];
    for (const h of headings) {
      if (h.level !== 'enum' || !h.marker.startsWith('第')) continue;
      findings.push(
        finding(
          ID,
          'hint',
          h.start,
          h.start + h.marker.length,
          `同一段中“首先、其次”与“${h.marker.replace(/[，,、：:]$/, '')}”混用，建议统一（如“再次”“最后”）`,
          `"首先/其次" and "${h.marker.replace(/[，,、：:]$/, '')}" mixed in one paragraph; use one way of counting`,
        ),
      );
    }
    return findings;
  },
};
