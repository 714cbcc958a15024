// Half-width punctuation in Chinese sentences: “我们,他们” → “我们，他们”. A mark counts as Chinese
// when it follows a Chinese character, or precedes one and does not follow a Latin letter. That leaves
// numbers (1,000 / 10:30 / 1:2), URLs and English text alone, and the pinyin of scraped text
// (實(shí)驗) as well: it is removed by cleaning, not by this rule.
import type { LineHeading } from '../line-scan';
import type { Finding } from '../types';
import { finding, NO_FINDINGS, type LineRule } from './rule';

const ID = 'halfwidth-punctuation';
// Runs of marks are judged together (“,(” or “?;?”), by what stands before and after the run, so
// that fixing one mark never makes its neighbour Chinese afterwards: one round of fixes is enough.
const HALF_WIDTH_RUN = /[,;:?!()]+/g;
const HAS_HALF_WIDTH = /[,;:?!()]/;
const FULL_WIDTH: Record<string, string> = { ',': '，', ';': '；', ':': '：', '?': '？', '!': '！', '(': '（', ')': '）' };
const NAMES: Record<string, { zh: string; en: string }> = {
  ',': { zh: '逗号', en: 'comma' },
  ';': { zh: '分号', en: 'semicolon' },
  ':': { zh: '冒号', en: 'colon' },
  '?': { zh: '问号', en: 'question mark' },
  '!': { zh: '叹号', en: 'exclamation mark' },
  '(': { zh: '括号', en: 'bracket' },
  ')': { zh: '括号', en: 'bracket' },
};

export const halfwidthPunctuation: LineRule = {
  id: ID,
  triggers: { chars: ',;:?!()' },
  checkLine(line, { headings }) {
    if (!HAS_HALF_WIDTH.test(line)) return NO_FINDINGS;
    const findings: Finding[] = [];
    const markers = headingMarkers(headings);
    for (const run of line.matchAll(HALF_WIDTH_RUN)) {
      const runStart = run.index!;
      const runEnd = runStart + run[0].length;
      for (let at = runStart; at < runEnd; at++) {
        const mark = line[at];
        const marker = markers.find((h) => at >= h.start && at < h.start + h.marker.length);
        if (marker ? !isMarkerBracket(marker, at, mark) : !inChineseContext(line, runStart, runEnd, mark)) continue;
        const full = FULL_WIDTH[mark];
        const name = NAMES[mark];
        findings.push(
          finding(
            ID,
            'warning',
            at,
            at + 1,
            `中文中应使用全角${name.zh}“${full}”`,
            `Use the full-width ${name.en} "${full}" in Chinese text`,
            { start: at, end: at + 1, replacement: full },
          ),
        );
      }
    }
    return findings;
  },
};

/**
 * Heading markers are Chinese whatever their neighbours: the brackets of (一) and (1) are flagged
 * here, while the punctuation after a marker (一, 1, (一),) is the marker-punctuation rule's.
 */
function headingMarkers(headings: readonly LineHeading[]): readonly LineHeading[] {
  return headings.filter((h) => h.level !== 'enum');
}

function isMarkerBracket(h: LineHeading, at: number, mark: string): boolean {
  const isTrailingPunctuation = at === h.start + h.marker.length - 1 && mark !== ')';
  return (h.level === 2 || h.level === 4) && (mark === '(' || mark === ')') && !isTrailingPunctuation;
}

function inChineseContext(line: string, runStart: number, runEnd: number, mark: string): boolean {
  const prev = runStart > 0 ? line.charCodeAt(runStart - 1) : -1;
  let n = runEnd;
  while (n < line.length && (line[n] === ' ' || line[n] === '\u3000')) n++;
  const next = n < line.length ? line.charCodeAt(n) : -1;
  if (mark === '(') return isIdeograph(next) || (isChinese(prev) && !isLatinLetter(next));
  if (mark === ')') return isIdeograph(prev) || (isChinese(next) && !isLatinLetter(prev));
  return isChinese(prev) || (isChinese(next) && !isLatinLetter(prev));
}

function isIdeograph(c: number): boolean {
  return (c >= 0x3400 && c <= 0x9fff) || (c >= 0xf900 && c <= 0xfaff);
}

/** Chinese characters and the full-width punctuation around them (“”《》（）、。 …). */
function isChinese(c: number): boolean {
  return (
    isIdeograph(c) ||
    (c >= 0x3001 && c <= 0x303f) ||
    c === 0x201c ||
    c === 0x201d ||
    c === 0x2018 ||
    c === 0x2019 ||
    (c >= 0xff01 && c <= 0xff0f) ||
    (c >= 0xff1a && c <= 0xff20)
  );
}

/** ASCII letters and accented Latin letters, as in pinyin (shí). */
function isLatinLetter(c: number): boolean {
  return (c >= 0x41 && c <= 0x5a) || (c >= 0x61 && c <= 0x7a) || (c >= 0xc0 && c <= 0x24f && c !== 0xd7 && c !== 0xf7);
}
