// The outline of a report: headings at the start of a line (一、 → （一） → 1. → （1）) and inline
// enumerations inside paragraphs (一是/二是, 一要/二要, 首先/其次/再次/最后, 第一，/第二，, ①②).
//
// Decisions (see test/analysis/outline.test.ts):
// - A heading runs up to the first sentence end 。！？ (not ；, which headings use between clauses);
//   whatever follows on the line makes it a run-on heading.
// - Wrong punctuation after a marker (一. 一， 1、 （一）、) still makes a heading, with the
//   punctuation in `marker`, so the punctuation rule can point at it.
// - `1)`/`1）` count as level 4 like （1）. ①–⑳ are inline enumerations, like 一是.
// - 首先 and 其次 count with or without a comma (首先要…); 再次 and 最后 only with one, since
//   “再次感谢”, “最后一公里” are ordinary words. 最后 is one more than the enumeration before it on the
//   line, or 0 when its position is unknown.
import type { LineHeading } from './line-scan';
import { parseChineseNumeral, parseDigits } from './numerals';
import { WHITESPACE_CHARS } from './line-triggers';
import type { HeadingLevel, OutlineItem } from './types';

// Markers of levels 1, 2 and 4, matched by hand in markerAtStart:
//   LEVEL1      ([一二三四五六七八九十]{1,3})([、，,.．])
//   LEVEL2      [（(][ \u3000]*([一二三四五六七八九十]{1,3})[ \u3000]*[）)]([、，,.．]?)
//   LEVEL4      [（(][ \u3000]*([0-9０-９]{1,2})[ \u3000]*[）)]([、，,.．]?)
//   LEVEL4_HALF ([0-9０-９]{1,2})[）)]
// `l.标题`: a lower-case L where a scan or OCR lost the 1, before Chinese text only.
const LEVEL3_LETTER_L = /l([.．])(?=[\u3400-\u9fff])/y;
// A digit after the dot is a decimal (1.2亿元); after 、 it is a list of numbers (1、2月份), except a
// year (1、2020年以来…), matched by hand in level3End:
//   LEVEL3      ([0-9０-９]{1,2})(?:([.．])(?![0-9０-９])|([、，,])(?![0-9０-９](?![0-9０-９]{3}年)))

// 一、二年级 / 一，二，三: a numeral list, not a heading. Matched by hand in numeralListAt, on the four
// characters after the first numeral's mark:
//   NUMERAL_LIST_AFTER  ^[一二三四五六七八九十]+[、，,年月季级等至到和及]

// Character classes in one table: a load and a mask per test, where a Set of char codes costs a hash
// lookup (these run at every heading and enumeration).
const CHAR_CLASS = new Uint16Array(0x10000);
let nextClassBit = 1;
function charClass(chars: string): number {
  const bit = nextClassBit;
  if (bit > 0x8000) throw new Error('outline: more character classes than CHAR_CLASS has bits');
  nextClassBit <<= 1;
  for (let i = 0; i < chars.length; i++) CHAR_CLASS[chars.charCodeAt(i)] |= bit;
  return bit;
}
/** Whether `c` (NaN past the end of a line: never) is of `cls`. */
function isOf(cls: number, c: number): boolean {
  return (CHAR_CLASS[c] & cls) !== 0;
}

const TRAILING_PUNCTUATION = charClass(' \t\u3000\u00a0：:，,；;、。.．');
/** What String.prototype.trim removes: one load, where isWhitespace compares a dozen ranges. */
const WHITESPACE = charClass(WHITESPACE_CHARS);

const DI = '第'.charCodeAt(0);
const [CIRCLED_ONE, CIRCLED_TWENTY] = [0x2460, 0x2473];

/** Where a heading or an enumeration's text stops: 。！？!? (and ；; for enumerations). */
const SENTENCE_ENDS = '。！？!?';
const SENTENCE_END = charClass(SENTENCE_ENDS);
const CLAUSE_END = charClass(SENTENCE_ENDS + '；;');

/**
 * The characters whose places a line scan notes for headingsAt: those an inline enumeration holds at
 * a fixed place (是 of 一是, 首 of 首先, 其 and 再 of 其次 and 再次, 最 of 最后, 第, ①: of each word the
 * rarer character in reports; 次 of “X次” and 后 of “以后” are common), and the sentence and clause
 * ends, so that finding where an item's text stops reads none of the text in between (reading a
 * line's characters one by one costs ~2.5 ns each; the line scan reads them anyway and notes places
 * at no measurable cost).
 */
export const ENUMERATION_ANCHORS =
  '是要首其再最第' + String.fromCharCode(...Array.from({ length: 20 }, (_, i) => CIRCLED_ONE + i)) + SENTENCE_ENDS + '；;';
const ENUMERATION_ANCHOR = charClass(ENUMERATION_ANCHORS);

/** Headings (levels 1–4) at the start of the line and inline enumerations (一是 …) in it. */
export function findHeadingsInLine(line: string): readonly LineHeading[] {
  // The analysis gets the anchors from its line scan (headingsAt); this notes them itself.
  const anchors = new Int32Array(line.length);
  let count = 0;
  for (let i = 0; i < line.length; i++) if (isOf(ENUMERATION_ANCHOR, line.charCodeAt(i))) anchors[count++] = i;
  return headingsAt(line, anchors, count, 0);
}

/** What a line without headings gets: most lines have none. */
const NO_HEADINGS: readonly LineHeading[] = Object.freeze([]);

/**
 * What findHeadingsInLine(line) finds: `positions[0..count)` ascending, minus `shift`, must include
 * every position in the line holding one of ENUMERATION_ANCHORS (others are skipped).
 */
export function headingsAt(line: string, positions: Int32Array, count: number, shift: number): readonly LineHeading[] {
  const first = firstNonSpace(line, 0);
  // Most lines: no marker at the start, no anchor in them.
  if (count === 0 && (first === line.length || !isOf(HEADING_START, line.charCodeAt(first)))) return NO_HEADINGS;
  let out: LineHeading[] | null = null;
  // Enumerations start after the heading part: items never overlap.
  let from = 0;
  // Where the line's text ends before trailing spaces: trimmedEnd(line, from) is the larger of this
  // and `from`, and a line has text after `from` if this is greater.
  const textEnd = trimmedEnd(line, 0);
  if (first < line.length && isOf(HEADING_START, line.charCodeAt(first))) {
    if (markerAtStart(line, first)) {
      const heading = headingAt(line, first, textEnd, positions, count, shift);
      out = [heading];
      from = heading.end;
    }
  }
  // The enumeration found last: its text runs to the first clause end after its marker (which
  // comes before the next marker's anchor, and so before the next marker, which has no clause end
  // between its start and its anchor), or else up to the next marker.
  let open = false;
  let openStart = 0;
  let openEnd = 0;
  let openOrdinal = 0;
  let openStop = -1;
  for (let k = 0; k < count; k++) {
    const at = positions[k] - shift;
    if (at < from) continue;
    if (at >= line.length) break;
    const c = line.charCodeAt(at);
    if (isOf(CLAUSE_END, c)) {
      if (open && openStop < 0 && at >= openEnd) openStop = at;
      continue;
    }
    if (!enumerationAt(line, at, c, open ? openOrdinal : -1)) continue;
    if (found.start < from || !atWordBoundary(line, found.start) || (open && found.start < openEnd)) continue;
    if (open) (out ??= []).push(enumerationHeading(line, textEnd, openStart, openEnd, openOrdinal, openStop, found.start));
    open = true;
    openStart = found.start;
    openEnd = found.end;
    openOrdinal = found.ordinal;
    openStop = -1;
  }
  if (open) (out ??= []).push(enumerationHeading(line, textEnd, openStart, openEnd, openOrdinal, openStop, line.length));
  return out ?? NO_HEADINGS;
}

function firstNonSpace(line: string, from: number): number {
  let i = from;
  while (i < line.length && isSpace(line.charCodeAt(i))) i++;
  return i;
}

function isSpace(c: number): boolean {
  return c === 0x20 || c === 0x09 || c === 0x3000 || c === 0xa0;
}

const CHINESE_DIGIT = charClass('一二三四五六七八九十');
const DIGIT = charClass('0123456789０１２３４５６７８９');
/** Digits, brackets, l (for a damaged 1) and Chinese numerals: one cheap test, as most lines start with text. */
const HEADING_START = charClass('0123456789０１２３４５６７８９（(l一二三四五六七八九十');

// Whether a heading marker is at `at` (then it is in startMarker). The markers of levels 1, 2 and 4
// are matched by hand, as the LEVEL1, LEVEL2, LEVEL4 and LEVEL4_HALF patterns above would (numerals
// are never spaces, brackets or marks, so those regexes never backtrack into a shorter numeral): a
// regex match allocates, and this runs for every heading. So is LEVEL3 (level3End).
function markerAtStart(line: string, at: number): boolean {
  const c = line.charCodeAt(at);
  if (c === 0xff08 || c === 0x28) {
    const end = bracketedEnd(line, at);
    if (end < 0) return false;
    if (numeralKind === CHINESE_DIGIT) return markerFound(2, end, parseChineseNumeral(line, numeralStart, numeralEnd));
    return markerFound(4, end, parseDigits(line, numeralStart, numeralEnd));
  }
  if (isDigit(c)) {
    const digits = runLength(line, at, DIGIT, 2);
    const close = line.charCodeAt(at + digits);
    if (close === 0xff09 || close === 0x29) return markerFound(4, at + digits + 1, parseDigits(line, at, at + digits));
    const end = level3End(line, at + digits);
    return end >= 0 && markerFound(3, end, parseDigits(line, at, at + digits));
  }
  if (c === 0x6c) {
    const l = stickyMatch(LEVEL3_LETTER_L, line, at);
    return l !== null && markerFound(3, at + l[0].length, 1);
  }
  const numerals = runLength(line, at, CHINESE_DIGIT, 3);
  if (numerals === 0 || !isOf(MARKER_MARKS, line.charCodeAt(at + numerals))) return false;
  const end = at + numerals + 1;
  if (numeralListAt(line, end)) return false;
  return markerFound(1, end, parseChineseNumeral(line, at, at + numerals));
}

/** 、，,.． after a marker. */
const MARKER_MARKS = charClass('、，,.．');
const NUMERAL_LIST_MARKS = charClass('、，,年月季级等至到和及');

/** Whether NUMERAL_LIST_AFTER matches line.slice(at, at + 4). */
function numeralListAt(line: string, at: number): boolean {
  const to = Math.min(at + 4, line.length);
  const numerals = runLength(line, at, CHINESE_DIGIT, to - at);
  return numerals > 0 && at + numerals < to && isOf(NUMERAL_LIST_MARKS, line.charCodeAt(at + numerals));
}

function isDigit(c: number): boolean {
  return isOf(DIGIT, c);
}

function isBracketSpace(c: number): boolean {
  return c === 0x20 || c === 0x3000;
}

/** How many characters from `at` on are of `cls`, up to `max`. */
function runLength(line: string, at: number, cls: number, max: number): number {
  let n = 0;
  while (n < max && isOf(cls, line.charCodeAt(at + n))) n++;
  return n;
}

// Where bracketedEnd found the numeral, and of which kind (CHINESE_DIGIT or DIGIT).
let numeralStart = 0;
let numeralEnd = 0;
let numeralKind = 0;

/**
 * The end of `（ 一 ）、` or `（ 1 ）、` at `at` (an opening bracket): spaces, 1 to 3 Chinese numerals or 1
 * to 2 digits, spaces, a closing bracket and an optional mark; or -1.
 */
function bracketedEnd(line: string, at: number): number {
  let i = at + 1;
  while (isBracketSpace(line.charCodeAt(i))) i++;
  const first = line.charCodeAt(i);
  numeralKind = isOf(CHINESE_DIGIT, first) ? CHINESE_DIGIT : isOf(DIGIT, first) ? DIGIT : 0;
  if (numeralKind === 0) return -1;
  const n = runLength(line, i, numeralKind, numeralKind === CHINESE_DIGIT ? 3 : 2);
  numeralStart = i;
  numeralEnd = i + n;
  i += n;
  while (isBracketSpace(line.charCodeAt(i))) i++;
  const close = line.charCodeAt(i);
  if (close !== 0xff09 && close !== 0x29) return -1;
  i++;
  return isOf(MARKER_MARKS, line.charCodeAt(i)) ? i + 1 : i;
}

/**
 * Where LEVEL3 ends when its digits end at `at` (a mark must follow), or -1: a digit after the dot is a
 * decimal, after 、 a list of numbers unless it starts a year.
 */
function level3End(line: string, at: number): number {
  const mark = line.charCodeAt(at);
  const next = line.charCodeAt(at + 1);
  if (mark === 0x2e || mark === 0xff0e) return isDigit(next) ? -1 : at + 1;
  if (mark !== 0x3001 && mark !== 0xff0c && mark !== 0x2c) return -1;
  if (!isDigit(next)) return at + 1;
  const year =
    isDigit(line.charCodeAt(at + 2)) &&
    isDigit(line.charCodeAt(at + 3)) &&
    isDigit(line.charCodeAt(at + 4)) &&
    line.charCodeAt(at + 5) === NIAN;
  return year ? at + 1 : -1;
}

const NIAN = '年'.charCodeAt(0);

function stickyMatch(re: RegExp, line: string, at: number): RegExpExecArray | null {
  re.lastIndex = at;
  return re.exec(line);
}

/** The marker markerAtStart found: its level, where it ends and its number. One object, reused. */
const startMarker: { level: HeadingLevel; end: number; ordinal: number } = { level: 1, end: 0, ordinal: 0 };

/** Notes the marker of a heading if its number counts (1 and up). */
function markerFound(level: HeadingLevel, end: number, ordinal: number | null): boolean {
  if (ordinal === null || ordinal === 0) return false;
  startMarker.level = level;
  startMarker.end = end;
  startMarker.ordinal = ordinal;
  return true;
}

/** The heading whose marker markerAtStart found at `start`: its text runs to the first sentence end. */
function headingAt(line: string, start: number, textEnd: number, positions: Int32Array, count: number, shift: number): LineHeading {
  const markerEnd = startMarker.end;
  const bodyStart = firstNonSpace(line, markerEnd);
  const stop = firstAnchorOf(SENTENCE_END, line, bodyStart, positions, count, shift);
  const partEnd = stop >= 0 ? stop : Math.max(bodyStart, textEnd);
  const end = Math.max(markerEnd, partEnd);
  const runOn = stop >= 0 && textEnd > stop + 1;
  return {
    level: startMarker.level,
    marker: line.slice(start, markerEnd),
    title: displayTitle(line, bodyStart, end),
    start,
    end,
    ordinal: startMarker.ordinal,
    runOn,
  };
}

function trimmedEnd(line: string, from: number): number {
  let end = line.length;
  while (end > from && isSpace(line.charCodeAt(end - 1))) end--;
  return end;
}

/** The first of the anchors at or after `from` that is of `cls`, or -1. */
function firstAnchorOf(cls: number, line: string, from: number, positions: Int32Array, count: number, shift: number): number {
  for (let k = 0; k < count; k++) {
    const at = positions[k] - shift;
    if (at < from) continue;
    if (at >= line.length) break;
    if (isOf(cls, line.charCodeAt(at))) return at;
  }
  return -1;
}

/**
 * line[from, to) without trailing punctuation, then trimmed like String.prototype.trim: one slice.
 * A loop from the end, not /[…]+$/: that regex retries at every punctuation mark inside the title.
 */
function displayTitle(line: string, from: number, to: number): string {
  let end = to;
  // The class of the character before `end`, read once for both tests.
  let last = classBefore(line, from, end);
  while ((last & TRAILING_PUNCTUATION) !== 0) last = classBefore(line, from, --end);
  while ((last & WHITESPACE) !== 0) last = classBefore(line, from, --end);
  let start = from;
  while (start < end && isOf(WHITESPACE, line.charCodeAt(start))) start++;
  return start < end ? line.slice(start, end) : '';
}

/** The character classes of line[at - 1], or none at `from`. */
function classBefore(line: string, from: number, at: number): number {
  return at > from ? CHAR_CLASS[line.charCodeAt(at - 1)] : 0;
}

/**
 * The enumeration with marker line[start, markerEnd): its text runs to `stop`, its first clause end
 * (-1: none before the next marker), or else up to `limit` (the next marker or the line's end).
 */
function enumerationHeading(
  line: string,
  textEnd: number,
  start: number,
  markerEnd: number,
  ordinal: number,
  stop: number,
  limit: number,
): LineHeading {
  const end = Math.max(markerEnd, stop >= 0 ? stop : Math.min(limit, Math.max(markerEnd, textEnd)));
  return {
    level: 'enum',
    marker: line.slice(start, markerEnd),
    title: displayTitle(line, markerEnd, end),
    start,
    end,
    ordinal,
    runOn: textEnd > end + 1,
  };
}

/** Not inside a word: 统一是, 唯一是, 安全第一， are not enumerations. */
function atWordBoundary(line: string, at: number): boolean {
  if (at === 0) return true;
  const c = line.charCodeAt(at - 1);
  const isIdeograph = c >= 0x3400 && c <= 0x9fff;
  const isAlnum = (c >= 0x30 && c <= 0x39) || (c >= 0x41 && c <= 0x5a) || (c >= 0x61 && c <= 0x7a);
  return !isIdeograph && !isAlnum;
}

/** The marker enumerationAt found: line[start, end) with its number. One object, reused. */
const found = { start: 0, end: 0, ordinal: 0 };

const [SHI, YAO, XIAN, CI, HOU, SHOU, QI, ZAI, ZUI] = Array.from('是要先次后首其再最', (ch) => ch.charCodeAt(0));

/**
 * Whether an enumeration marker holds the anchor character `c` at `at` (then it is in `found`).
 * `previous` is the ordinal of the enumeration before it on the line, or -1. Most anchors are 是 or
 * 要 after no numeral (rejected on the character before) or 其, 再 and 最 in other words (rejected
 * on the character after).
 */
function enumerationAt(line: string, at: number, c: number, previous: number): boolean {
  switch (c) {
    case SHI:
    case YAO:
      return numeralEnumeration(line, at, c);
    case SHOU:
      return line.charCodeAt(at + 1) === XIAN && withComma(line, at, 1, false);
    case QI:
      return line.charCodeAt(at + 1) === CI && withComma(line, at, 2, false);
    case ZAI:
      return line.charCodeAt(at + 1) === CI && withComma(line, at, 3, true);
    case ZUI:
      return line.charCodeAt(at + 1) === HOU && withComma(line, at, previous >= 0 ? previous + 1 : 0, true);
    case DI:
      return ordinalEnumeration(line, at);
    default:
      if (c < CIRCLED_ONE || c > CIRCLED_TWENTY) return false;
      return foundAt(at, at + 1, c - CIRCLED_ONE + 1);
  }
}

function foundAt(start: number, end: number, ordinal: number): true {
  found.start = start;
  found.end = end;
  found.ordinal = ordinal;
  return true;
}

/** 一是 / 十一是 / 二要 ending at `at` (`word` is the char code of 是 or 要). */
function numeralEnumeration(line: string, at: number, word: number): boolean {
  let start = at;
  while (start > 0 && at - start < 3 && isOf(CHINESE_DIGIT, line.charCodeAt(start - 1))) start--;
  if (start === at) return false;
  const next = line.charCodeAt(at + 1);
  // 一要求 and 一是否 are words; 一是一，二是二 is an idiom.
  if ((word === YAO && next === QIU) || (word === SHI && next === FOU)) return false;
  const length = at - start;
  let repeated = next === line.charCodeAt(start);
  for (let j = 1; j < length && repeated; j++) repeated = line.charCodeAt(at + 1 + j) === line.charCodeAt(start + j);
  if (repeated) {
    const following = line.charCodeAt(at + 1 + length);
    if (Number.isNaN(following) || isOf(IDIOM_STOPS, following)) return false;
  }
  const ordinal = parseChineseNumeral(line, start, at);
  return ordinal !== null && foundAt(start, at + 1, ordinal);
}

const [QIU, FOU] = Array.from('求否', (ch) => ch.charCodeAt(0));
const IDIOM_STOPS = charClass('，,。；;、');
const COMMAS = charClass('，,：:');
const ORDINAL_MARKS = charClass('，,、：:');
const DUNHAO = '、'.charCodeAt(0);

/** 首先 其次 (comma optional) and 再次 最后 (comma required) starting at `start`. */
function withComma(line: string, start: number, ordinal: number, commaRequired: boolean): boolean {
  const hasComma = isOf(COMMAS, line.charCodeAt(start + 2));
  if (commaRequired && !hasComma) return false;
  return foundAt(start, start + 2 + (hasComma ? 1 : 0), ordinal);
}

/** 第一， 第二、 第三： starting at `at`. */
function ordinalEnumeration(line: string, at: number): boolean {
  let end = at + 1;
  while (end < line.length && end - at <= 3 && isOf(CHINESE_DIGIT, line.charCodeAt(end))) end++;
  if (end === at + 1 || end - at > 4) return false;
  const mark = line.charCodeAt(end);
  if (!isOf(ORDINAL_MARKS, mark)) return false;
  // 第一、二季度 / 第一、第二名: a list of ordinals, not an enumeration.
  const after = line.charCodeAt(end + 1);
  if (mark === DUNHAO && (isOf(CHINESE_DIGIT, after) || after === DI)) return false;
  const ordinal = parseChineseNumeral(line, at + 1, end);
  return ordinal !== null && foundAt(at, end + 1, ordinal);
}

/** 1–4 for heading levels, 5 for inline enumerations: a lower rank is a higher level. */
export function levelRank(level: OutlineItem['level']): number {
  // By type, not `=== 'enum'`: a comparison that meets both numbers and strings is a generic one.
  return typeof level === 'number' ? level : ENUMERATION_RANK;
}

export const ENUMERATION_RANK = 5;
