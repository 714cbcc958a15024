// Stale wording from earlier years (data/dated-expressions.ts): a hint to check, never an error.
import { DATED_EXPRESSIONS, type DatedExpression } from '../data/dated-expressions';
import { keywordIndex } from '../keyword-index';
import type { Finding } from '../types';
import { finding, NO_FINDINGS, type LineRule } from './rule';

const ID = 'dated-expression';
// All entries in one pass: the capture group that matched tells which entry it was. Most lines
// contain none of the keys, and one test for all keys is several times cheaper than the full scan.
const ANY_DATED = new RegExp(DATED_EXPRESSIONS.map((e) => `(${e.pattern})`).join('|'), 'g');
const KEY_WORDS = DATED_EXPRESSIONS.map((e) => e.key);
const KEYS = keywordIndex(KEY_WORDS);

export const datedExpression: LineRule = {
  id: ID,
  triggers: { words: KEY_WORDS },
  checkLine(line) {
    if (KEYS.find(line) < 0) return NO_FINDINGS;
    const findings: Finding[] = [];
    for (const m of line.matchAll(ANY_DATED)) {
      const entry = DATED_EXPRESSIONS[m.findIndex((group, i) => i > 0 && group !== undefined) - 1];
      if (!entry || m[0].length === 0) continue;
      findings.push(datedFinding(m.index!, m[0], entry));
    }
    return findings;
  },
};

function datedFinding(start: number, text: string, entry: DatedExpression): Finding {
  const shown = text.replace(/[“”"]/g, '');
  const [from, to] = entry.current;
  const years = from === to ? `${from}年` : `${from}—${to}年`;
  const yearsEn = from === to ? `${from}` : `${from}–${to}`;
  const next = entry.replacedBy;
  return finding(
    ID,
    'hint',
    start,
    start + text.length,
    `“${shown}”是${years}的提法，如写的是当前工作请核对${next ? `（现为“${next.zh}”）` : ''}`,
    `"${shown}" was current wording in ${yearsEn}; check it if this describes current work${next ? ` (now: ${next.en})` : ''}`,
  );
}
