// A heading on a line of its own ends without punctuation (GB/T 15834 B.4): “（一）压实责任。”.
// Only short titles of levels 1–2 count: a single long sentence after a marker (common in problem
// lists) is body text that happens to be numbered, and so are the items of 1. / （1） lists, which are
// often whole sentences; their full stops are right. A title with a comma may be such a sentence too
// (（一）工作主动性还需增强，有时满足于按部就班。), so it only gets a hint.
import { levelRank } from '../outline';
import type { Finding } from '../types';
import { finding, NO_FINDINGS, type LineRule } from './rule';

const ID = 'heading-full-stop';
const MAX_TITLE_LENGTH = 30;

export const headingFullStop: LineRule = {
  id: ID,
  headingsOnly: true,
  checkLine(line, { headings }) {
    // Indexed, on char codes, the level as a number (levelRank: a comparison that meets both numbers
    // and 'enum' is a generic one), and an array only for a finding: this runs on every heading.
    let findings: Finding[] | null = null;
    for (let k = 0; k < headings.length; k++) {
      const h = headings[k];
      const level = levelRank(h.level);
      if ((level !== 1 && level !== 2) || h.runOn || line.charCodeAt(h.end) !== FULL_STOP) continue;
      if (h.title.length === 0 || h.title.length > MAX_TITLE_LENGTH) continue;
      (findings ??= []).push(
        finding(
          ID,
          /[，,]/.test(h.title) ? 'hint' : 'warning',
          h.end,
          h.end + 1,
          '单独成行的标题末尾不加句号',
          'A heading on its own line takes no full stop',
          { start: h.end, end: h.end + 1, replacement: '' },
        ),
      );
    }
    return findings ?? NO_FINDINGS;
  },
};

const FULL_STOP = '。'.charCodeAt(0);
