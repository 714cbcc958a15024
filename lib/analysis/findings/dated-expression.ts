// Stale wording from earlier years (data/dated-expressions.ts): a hint to check, never an error.
import { DATED_EXPRESSIONS, type DatedExpression } from '../data/dated-expressions';
import type { Finding } from '../types';
import { findingWithMessage, NO_FINDINGS, sharedMessage, type LineRule } from './rule';

const ID = 'dated-expression';
// All entries in one pass: the capture group that matched tells which entry it was. The line scan
// runs the rule only on lines holding a key's first two characters, and there the regex alone is
// cheaper than a walk looking for a whole key first, which it used to have (V8 compiles the
// alternation to a quick test of first characters): a third of the time on a 党建 template's lines.
// exec in a loop, not matchAll, whose iterator cost as much as the scan. Every pattern holds its key,
// so no match is empty and the loop moves on.
const ANY_DATED = new RegExp(DATED_EXPRESSIONS.map((e) => `(${e.pattern})`).join('|'), 'g');
const KEY_WORDS = DATED_EXPRESSIONS.map((e) => e.key);

export const datedExpression: LineRule = {
  id: ID,
  triggers: { words: KEY_WORDS },
  checkLine(line) {
    let findings: Finding[] | null = null;
    ANY_DATED.lastIndex = 0;
    for (let m = ANY_DATED.exec(line); m !== null; m = ANY_DATED.exec(line)) {
      let group = 1;
      while (m[group] === undefined) group++;
      const text = m[0];
      (findings ??= []).push(findingWithMessage(ID, 'hint', m.index, m.index + text.length, messageFor(group - 1, text)));
    }
    return findings ?? NO_FINDINGS;
  },
};

/**
 * The message for each entry and matched text, built once: a template's stale phrases recur in every
 * section. A few texts per entry are kept (one entry's matches may differ in a dozen characters).
 */
const MESSAGES = DATED_EXPRESSIONS.map(() => new Map<string, Finding['message']>());
const MAX_MESSAGES_PER_ENTRY = 32;

function messageFor(entry: number, text: string): Finding['message'] {
  const messages = MESSAGES[entry];
  let message = messages.get(text);
  if (message === undefined) {
    if (messages.size >= MAX_MESSAGES_PER_ENTRY) messages.clear();
    message = datedMessage(text, DATED_EXPRESSIONS[entry]);
    messages.set(text, message);
  }
  return message;
}

function datedMessage(text: string, entry: DatedExpression): Finding['message'] {
  const shown = text.replace(/[“”"]/g, '');
  const [from, to] = entry.current;
  const years = from === to ? `${from}年` : `${from}—${to}年`;
  const yearsEn = from === to ? `${from}` : `${from}–${to}`;
  const next = entry.replacedBy;
  return sharedMessage(
    `“${shown}”是${years}的提法，如写的是当前工作请核对${next ? `（现为“${next.zh}”）` : ''}`,
    `"${shown}" was current wording in ${yearsEn}; check it if this describes current work${next ? ` (now: ${next.en})` : ''}`,
  );
}
