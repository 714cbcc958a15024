// Half-width punctuation in Chinese sentences: “我们,他们” → “我们，他们”. A mark counts as Chinese
// when it follows a Chinese character, or precedes one and does not follow a Latin letter. That leaves
// numbers (1,000 / 10:30 / 1:2), URLs and English text alone, and the pinyin of scraped text
// (實(shí)驗) as well: it is removed by cleaning, not by this rule.
import type { LineHeading } from '../line-scan';
import type { Finding } from '../types';
import { findingWithMessage, NO_FINDINGS, sharedMessage, type LineRule } from './rule';

const ID = 'halfwidth-punctuation';

interface Mark {
  full: string;
  /** One message for every finding of the mark. */
  message: Finding['message'];
}

/** By char code (all below 0x40). */
const MARKS: (Mark | undefined)[] = [];
for (const [half, full, zh, en] of [
  [',', '，', '逗号', 'comma'],
  [';', '；', '分号', 'semicolon'],
  [':', '：', '冒号', 'colon'],
  ['?', '？', '问号', 'question mark'],
  ['!', '！', '叹号', 'exclamation mark'],
  ['(', '（', '括号', 'bracket'],
  [')', '）', '括号', 'bracket'],
]) {
  MARKS[half.charCodeAt(0)] = {
    full,
    message: sharedMessage(`中文中应使用全角${zh}“${full}”`, `Use the full-width ${en} "${full}" in Chinese text`),
  };
}
const OPEN = 0x28,
  CLOSE = 0x29;
// A byte per char code for the test at every character: reading the holes of MARKS there cost a few per cent.
const IS_MARK = Uint8Array.from({ length: 0x40 }, (_, c) => (MARKS[c] ? 1 : 0));

function isMarkAt(line: string, at: number): boolean {
  const c = line.charCodeAt(at);
  return c < 0x40 && IS_MARK[c] === 1;
}

export const halfwidthPunctuation: LineRule = {
  id: ID,
  triggers: { chars: ',;:?!()' },
  checkLine(line, { headings, text = line, offset = 0 }) {
    let findings: Finding[] | null = null;
    // Runs of marks are judged together (“,(” or “?;?”), by what stands before and after the run, so
    // that fixing one mark never makes its neighbour Chinese afterwards: one round of fixes is enough.
    // The characters are read in `text`, where the line is [offset, end).
    const end = offset + line.length;
    // Only the numbered headings' markers count, and a line has one or two of them among maybe
    // thousands of enumerations (a report pasted as one paragraph): found once, when a mark is met.
    let numbered: readonly LineHeading[] | null = null;
    for (let runStart = offset; runStart < end; runStart++) {
      if (!isMarkAt(text, runStart)) continue;
      let runEnd = runStart + 1;
      while (runEnd < end && isMarkAt(text, runEnd)) runEnd++;
      const prev = runStart > offset ? text.charCodeAt(runStart - 1) : -1;
      const next = nextNonSpace(text, runEnd, end);
      for (let p = runStart; p < runEnd; p++) {
        const c = text.charCodeAt(p);
        const at = p - offset;
        const marker = markerAt((numbered ??= numberedHeadings(headings)), at);
        if (marker ? !isMarkerBracket(marker, at, c) : !inChineseContext(prev, next, c)) continue;
        const { full, message } = MARKS[c]!;
        (findings ??= []).push(findingWithMessage(ID, 'warning', at, at + 1, message, { start: at, end: at + 1, replacement: full }));
      }
      runStart = runEnd; // not a mark: the loop steps over it
    }
    return findings ?? NO_FINDINGS;
  },
};

/**
 * Heading markers are Chinese whatever their neighbours: the brackets of (一) and (1) are flagged
 * here, while the punctuation after a marker (一, 1, (一),) is the marker-punctuation rule's.
 * Enumerations (一是, 第一,) are left to the context test.
 */
function markerAt(numbered: readonly LineHeading[], at: number): LineHeading | undefined {
  for (let k = 0; k < numbered.length; k++) {
    const h = numbered[k];
    if (at >= h.start && at < h.start + h.marker.length) return h;
  }
  return undefined;
}

function numberedHeadings(headings: readonly LineHeading[]): readonly LineHeading[] {
  let numbered: LineHeading[] | null = null;
  for (let k = 0; k < headings.length; k++) if (typeof headings[k].level === 'number') (numbered ??= []).push(headings[k]);
  return numbered ?? NO_HEADINGS;
}

const NO_HEADINGS: readonly LineHeading[] = [];

function isMarkerBracket(h: LineHeading, at: number, c: number): boolean {
  const isTrailingPunctuation = at === h.start + h.marker.length - 1 && c !== CLOSE;
  return (h.level === 2 || h.level === 4) && (c === OPEN || c === CLOSE) && !isTrailingPunctuation;
}

/** The first character in [from, end) that is not a space, -1 when there is none. */
function nextNonSpace(line: string, from: number, end: number): number {
  let n = from;
  while (n < end && (line.charCodeAt(n) === 0x20 || line.charCodeAt(n) === 0x3000)) n++;
  return n < end ? line.charCodeAt(n) : -1;
}

function inChineseContext(prev: number, next: number, c: number): boolean {
  if (c === OPEN) return isIdeograph(next) || (isChinese(prev) && !isLatinLetter(next));
  if (c === CLOSE) return isIdeograph(prev) || (isChinese(next) && !isLatinLetter(prev));
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
