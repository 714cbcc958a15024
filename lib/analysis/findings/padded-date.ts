// Dates in Arabic numerals without leading zeros (GB/T 9704 §7.3.5.4): 2026年1月5日, not 2026年01月05日.
import type { Finding } from '../types';
import { finding, NO_FINDINGS, type LineRule } from './rule';

const ID = 'padded-date';
const DATE =
  /(?<![0-9])([0-9]{2}[0-9XxＸ×]{2}[ \u3000]*年[ \u3000]*)([0-9]{1,2})([ \u3000]*月)(?:([ \u3000]*)([0-9]{1,2})([ \u3000]*日))?/g;

// A padded month or day always has a 0 right after 年 or 月: one cheap test for most lines, by hand
// from each 0, since many lines have one (20XX年):
//   MAY_BE_PADDED  [年月][ \u3000]*0
const [NIAN, YUE] = Array.from('年月', (ch) => ch.charCodeAt(0));

function mayBePadded(line: string): boolean {
  for (let zero = line.indexOf('0'); zero >= 0; zero = line.indexOf('0', zero + 1)) {
    let i = zero - 1;
    while (i >= 0 && (line.charCodeAt(i) === 0x20 || line.charCodeAt(i) === 0x3000)) i--;
    const c = line.charCodeAt(i);
    if (c === NIAN || c === YUE) return true;
  }
  return false;
}

export const paddedDate: LineRule = {
  id: ID,
  // 年 or 月 and the character after it, as MAY_BE_PADDED starts: far fewer lines than those with a 0.
  triggers: { words: ['年0', '月0', '年 ', '月 ', '年\u3000', '月\u3000'] },
  checkLine(line) {
    if (!mayBePadded(line)) return NO_FINDINGS;
    const findings: Finding[] = [];
    for (const m of line.matchAll(DATE)) {
      const [text, year, month, monthMark, space = '', day, dayMark = ''] = m;
      const paddedMonth = month.length === 2 && month[0] === '0';
      const paddedDay = day !== undefined && day.length === 2 && day[0] === '0';
      if (!paddedMonth && !paddedDay) continue;
      const replacement = year + unpad(month) + monthMark + (day === undefined ? '' : space + unpad(day) + dayMark);
      const start = m.index!;
      findings.push(
        finding(
          ID,
          'warning',
          start,
          start + text.length,
          `日期中的月、日不加“0”：${replacement}`,
          `No leading zero in month and day: ${replacement}`,
          { start, end: start + text.length, replacement },
        ),
      );
    }
    return findings;
  },
};

function unpad(n: string): string {
  return n.length === 2 && n[0] === '0' ? n.slice(1) : n;
}
