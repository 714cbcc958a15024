// The year in a 发文字号 goes in 六角括号: X发〔2026〕15号, not [2026], 【2026】 or (2026).
import type { Finding } from '../types';
import { finding, NO_FINDINGS, type LineRule } from './rule';

const ID = 'document-number-brackets';
const YEAR_IN_BRACKETS =
  /([[【(（［〔])[ \u3000]*((?:19|20)[0-9]{2})[ \u3000]*([\]】)）］〕])(?=[ \u3000]*第?[ \u3000]*[0-9]{1,5}[ \u3000]*号)/g;

export const documentNumberBrackets: LineRule = {
  id: ID,
  triggers: { chars: '号' },
  checkLine(line) {
    let findings: Finding[] | null = null;
    // exec in a loop, not matchAll: its iterator cost more than the scan of a line without a match.
    YEAR_IN_BRACKETS.lastIndex = 0;
    for (let m = YEAR_IN_BRACKETS.exec(line); m !== null; m = YEAR_IN_BRACKETS.exec(line)) {
      const [text, open, year, close] = m;
      if (open === '〔' && close === '〕') continue;
      const start = m.index;
      if (!afterIssuerAbbreviation(line, start)) continue;
      const replacement = `〔${year}〕`;
      (findings ??= []).push(
        finding(
          ID,
          'error',
          start,
          start + text.length,
          `发文字号中的年份应使用六角括号：${replacement}`,
          `The year in a document number goes in tortoise-shell brackets: ${replacement}`,
          { start, end: start + text.length, replacement },
        ),
      );
    }
    return findings ?? NO_FINDINGS;
  },
};

/** 国办发[2026]3号: the issuer's abbreviation (Chinese, or an X placeholder) comes right before. */
function afterIssuerAbbreviation(line: string, at: number): boolean {
  if (at === 0) return false;
  const c = line.charCodeAt(at - 1);
  return (c >= 0x3400 && c <= 0x9fff) || c === 0x58 || c === 0x78 || c === 0xff38 || c === 0xd7;
}
