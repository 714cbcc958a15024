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
import { parseChineseNumeral, parseCircledNumber, parseDigits } from './numerals';
import { WHITESPACE_CHARS } from './line-triggers';
import type { HeadingLevel, OutlineItem } from './types';

// Markers of levels 1, 2 and 4, matched by hand in headingAtStart:
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

// Where an enumeration marker may be: the character before 是/要/先/次/后 when it is the one the marker
// needs there, 第 before a numeral, or ①–⑳. Each match is one character wide, so no anchor is
// consumed by the match before it; most 是 and 要 (after no numeral) are never matched at all.
const ENUM_ANCHOR_AT = /[一二三四五六七八九十](?=[是要])|首(?=先)|[其再](?=次)|最(?=后)|第(?=[一二三四五六七八九十])|[\u2460-\u2473]/g;
const DI = '第'.charCodeAt(0);

/** Headings (levels 1–4) at the start of the line and inline enumerations (一是 …) in it. */
export function findHeadingsInLine(line: string): readonly LineHeading[] {
  return headingsIn(line, null);
}

/** Where a heading or an enumeration's text stops: 。！？!? (and ；; for enumerations). */
const SENTENCE_ENDS = '。！？!?';
const CLAUSE_ENDS = '；;';
const SENTENCE_END = charClass(SENTENCE_ENDS);
const CLAUSE_END = charClass(SENTENCE_ENDS + CLAUSE_ENDS);

/**
 * The characters whose places a line scan can note for headingsAt: those an inline enumeration holds
 * at a fixed place, and the sentence ends, so that finding where an item's text stops reads none of
 * the text in between.
 */
export const ENUMERATION_ANCHORS =
  '是要先次后第' + String.fromCharCode(...Array.from({ length: 20 }, (_, i) => 0x2460 + i)) + SENTENCE_ENDS + CLAUSE_ENDS;

/**
 * What findHeadingsInLine(line) finds, looking for enumerations only at the given positions:
 * `positions[0..count)` ascending, minus `shift`, must include every position in the line holding
 * one of ENUMERATION_ANCHORS.
 */
export function headingsAt(line: string, positions: Int32Array, count: number, shift: number): readonly LineHeading[] {
  LINE_ANCHORS.positions = positions;
  LINE_ANCHORS.count = count;
  LINE_ANCHORS.shift = shift;
  return headingsIn(line, LINE_ANCHORS);
}

/** Where the line scan found ENUMERATION_ANCHORS: `positions[0..count)`, ascending, `shift` before the line. */
interface Anchors {
  positions: Int32Array;
  count: number;
  shift: number;
}

/** The anchors of the line headingsAt reads: one object for every line. */
const LINE_ANCHORS: Anchors = { positions: new Int32Array(0), count: 0, shift: 0 };

/** What a line without headings gets: most lines have none. */
const NO_HEADINGS: readonly LineHeading[] = Object.freeze([]);

function headingsIn(line: string, anchors: Anchors | null): readonly LineHeading[] {
  let heading: LineHeading | null = null;
  const first = firstNonSpace(line);
  if (first < line.length && isOf(HEADING_START, line.charCodeAt(first))) heading = headingAtStart(line, first, anchors);
  // Enumerations start after the heading part: items never overlap.
  const matches = findEnumerations(line, heading ? heading.end : 0, anchors);
  if (matches === null) return heading ? [heading] : NO_HEADINGS;
  const out: LineHeading[] = heading ? [heading] : [];
  for (let k = 0; k < matches.length; k++) {
    out.push(enumerationHeading(line, matches[k], k + 1 < matches.length ? matches[k + 1].start : line.length));
  }
  return out;
}

function firstNonSpace(line: string, from = 0): number {
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

// The markers of levels 1, 2 and 4 are matched by hand, as the LEVEL1, LEVEL2, LEVEL4 and LEVEL4_HALF
// patterns above would (numerals are never spaces, brackets or marks, so those regexes never backtrack into a
// shorter numeral): a regex match allocates, and this runs for every heading. So is LEVEL3 (level3End).
function headingAtStart(line: string, at: number, anchors: Anchors | null): LineHeading | null {
  const c = line.charCodeAt(at);
  if (c === 0xff08 || c === 0x28) {
    const cn = bracketedEnd(line, at, CHINESE_DIGIT, 3);
    if (cn > 0) return headingAt(2, line, at, cn, parseChineseNumeral(line, numeralStart, numeralEnd), anchors);
    const num = bracketedEnd(line, at, DIGIT, 2);
    return num > 0 ? headingAt(4, line, at, num, parseDigits(line, numeralStart, numeralEnd), anchors) : null;
  }
  if (isDigit(c)) {
    const digits = runLength(line, at, DIGIT, 2);
    const close = line.charCodeAt(at + digits);
    if (close === 0xff09 || close === 0x29) return headingAt(4, line, at, at + digits + 1, parseDigits(line, at, at + digits), anchors);
    const end = level3End(line, at + digits);
    return end < 0 ? null : headingAt(3, line, at, end, parseDigits(line, at, at + digits), anchors);
  }
  if (c === 0x6c) {
    const l = stickyMatch(LEVEL3_LETTER_L, line, at);
    return l ? headingAt(3, line, at, at + l[0].length, 1, anchors) : null;
  }
  const numerals = runLength(line, at, CHINESE_DIGIT, 3);
  if (numerals === 0 || !isOf(MARKER_MARKS, line.charCodeAt(at + numerals))) return null;
  const end = at + numerals + 1;
  if (numeralListAt(line, end)) return null;
  return headingAt(1, line, at, end, parseChineseNumeral(line, at, at + numerals), anchors);
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

// Where bracketedEnd found the numeral.
let numeralStart = 0;
let numeralEnd = 0;

/**
 * The end of `（ 一 ）、` at `at` (an opening bracket): spaces, 1 to `max` numerals, spaces, a closing
 * bracket and an optional mark; or -1.
 */
function bracketedEnd(line: string, at: number, cls: number, max: number): number {
  let i = at + 1;
  while (isBracketSpace(line.charCodeAt(i))) i++;
  const n = runLength(line, i, cls, max);
  if (n === 0) return -1;
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

/** The heading whose marker is line[start, markerEnd), if its number counts (1 and up). */
function headingAt(
  level: HeadingLevel,
  line: string,
  start: number,
  markerEnd: number,
  ordinal: number | null,
  anchors: Anchors | null,
): LineHeading | null {
  if (ordinal === null || ordinal === 0) return null;
  const bodyStart = firstNonSpace(line, markerEnd);
  const stop = firstOf(SENTENCE_END, line, bodyStart, line.length, anchors);
  const partEnd = stop >= 0 ? stop : trimmedEnd(line, bodyStart);
  const end = Math.max(markerEnd, partEnd);
  const runOn = stop >= 0 && firstNonSpace(line, stop + 1) < trimmedEnd(line, stop + 1);
  return { level, marker: line.slice(start, markerEnd), title: displayTitle(line, bodyStart, end), start, end, ordinal, runOn };
}

function trimmedEnd(line: string, from: number): number {
  let end = line.length;
  while (end > from && isSpace(line.charCodeAt(end - 1))) end--;
  return end;
}

/**
 * Where the first character of `cls` (SENTENCE_END or CLAUSE_END) is in line[from, to), or -1. With
 * anchors, only their positions are read (from the first: a heading starts its line), not the text
 * of the heading, which is most of the line.
 */
function firstOf(cls: number, line: string, from: number, to: number, anchors: Anchors | null): number {
  if (anchors === null) {
    for (let i = from; i < to; i++) if (isOf(cls, line.charCodeAt(i))) return i;
    return -1;
  }
  const { positions, count, shift } = anchors;
  for (let k = 0; k < count; k++) {
    const q = positions[k] - shift;
    if (q < from) continue;
    if (q >= to) break;
    if (isOf(cls, line.charCodeAt(q))) return q;
  }
  return -1;
}

/**
 * line[from, to) without trailing punctuation, then trimmed like String.prototype.trim: one slice.
 * A loop from the end, not /[…]+$/: that regex retries at every punctuation mark inside the title.
 */
function displayTitle(line: string, from: number, to: number): string {
  let start = from;
  let end = to;
  while (end > start && isOf(TRAILING_PUNCTUATION, line.charCodeAt(end - 1))) end--;
  while (start < end && isOf(WHITESPACE, line.charCodeAt(start))) start++;
  while (end > start && isOf(WHITESPACE, line.charCodeAt(end - 1))) end--;
  return start < end ? line.slice(start, end) : '';
}

interface EnumMatch {
  start: number;
  end: number;
  marker: string;
  ordinal: number;
  /** The first clause end after the marker (before the next one), or -1 while none is known. */
  stop: number;
}

function enumMatch(start: number, end: number, marker: string, ordinal: number): EnumMatch {
  return { start, end, marker, ordinal, stop: -1 };
}

/** The line's enumeration markers from `from` on, or null when it has none. */
function findEnumerations(line: string, from: number, anchors: Anchors | null): EnumMatch[] | null {
  let matches: EnumMatch[] | null = null;
  if (anchors === null) {
    // Search for the one character every marker has at a fixed place (一是, 首先, 第一, ①) and look
    // around it: several times cheaper than one alternation regex tried at every position.
    ENUM_ANCHOR_AT.lastIndex = Math.max(0, from - 1);
    for (let m = ENUM_ANCHOR_AT.exec(line); m; m = ENUM_ANCHOR_AT.exec(line)) {
      const c = line.charCodeAt(m.index);
      matches = addEnumeration(line, c === DI || (c >= 0x2460 && c <= 0x2473) ? m.index : m.index + 1, from, matches);
    }
    for (let k = 0; matches !== null && k < matches.length; k++) {
      const limit = k + 1 < matches.length ? matches[k + 1].start : line.length;
      matches[k].stop = firstOf(CLAUSE_END, line, matches[k].end, limit, null);
    }
  } else {
    // The same anchors, from the positions of the characters they hold: 是 of 一是 is the one after
    // the anchor ENUM_ANCHOR_AT matches, 第 and ① are the anchor. Clause ends are anchors too: the
    // first after a marker is where its text stops (it comes before the next marker's anchor, and
    // so before the next marker, which has no clause end between its start and its anchor).
    const { positions, count, shift } = anchors;
    const min = Math.max(0, from - 1);
    for (let k = 0; k < count; k++) {
      const q = positions[k] - shift;
      if (q < min || q >= line.length) continue;
      const c = line.charCodeAt(q);
      if (isOf(CLAUSE_END, c)) {
        const last = matches === null ? null : matches[matches.length - 1];
        if (last !== null && last.stop < 0 && q >= last.end) last.stop = q;
      } else if (isEnumerationAnchor(line, q, c, min)) {
        matches = addEnumeration(line, q, from, matches);
      }
    }
  }
  return matches;
}

/**
 * Whether ENUM_ANCHOR_AT has a match for the anchor character at `q` (not before `min`). Most
 * anchors are sentence ends or 是/要/次 after no numeral: rejected on their own character or the one
 * before.
 */
function isEnumerationAnchor(line: string, q: number, c: number, min: number): boolean {
  if (isOf(ENUMERATION_WORD, c)) return q - 1 >= min && anchorBefore(c, line.charCodeAt(q - 1));
  if (c === DI) return isOf(CHINESE_DIGIT, line.charCodeAt(q + 1));
  return c >= 0x2460 && c <= 0x2473;
}

/** The enumeration with marker `item`: its text runs to its clause end, or up to `limit` (the next one). */
function enumerationHeading(line: string, item: EnumMatch, limit: number): LineHeading {
  const stop = item.stop;
  const stopAt = stop >= 0 ? stop : Math.min(limit, trimmedEnd(line, item.end));
  const end = Math.max(item.end, stopAt);
  return {
    level: 'enum',
    marker: item.marker,
    title: displayTitle(line, firstNonSpace(line, item.end), end),
    start: item.start,
    end,
    ordinal: item.ordinal,
    runOn: firstNonSpace(line, end + 1) < trimmedEnd(line, end + 1),
  };
}

/** Whether ENUM_ANCHOR_AT matches `before` followed by `c` (是要先次后), at `before`. */
function anchorBefore(c: number, before: number): boolean {
  switch (c) {
    case SHI:
    case YAO:
      return isOf(CHINESE_DIGIT, before);
    case XIAN:
      return before === SHOU;
    case CI:
      return before === QI || before === ZAI;
    case HOU:
      return before === ZUI;
    default:
      return false;
  }
}

const [SHI, YAO, XIAN, CI, HOU, SHOU, QI, ZAI, ZUI] = Array.from('是要先次后首其再最', (ch) => ch.charCodeAt(0));
/** 是要先次后: the anchors that follow the character where ENUM_ANCHOR_AT matches. */
const ENUMERATION_WORD = charClass('是要先次后');

/** `matches` and the enumeration whose anchor is at `at`, if there is one (the list made for the first). */
function addEnumeration(line: string, at: number, from: number, matches: EnumMatch[] | null): EnumMatch[] | null {
  if (at < from) return matches;
  const previous = matches === null ? null : matches[matches.length - 1];
  const item = enumerationAt(line, at, previous);
  if (!item || item.start < from || !atWordBoundary(line, item.start)) return matches;
  if (previous !== null && item.start < previous.end) return matches;
  if (matches === null) return [item];
  matches.push(item);
  return matches;
}

/** Not inside a word: 统一是, 唯一是, 安全第一， are not enumerations. */
function atWordBoundary(line: string, at: number): boolean {
  if (at === 0) return true;
  const c = line.charCodeAt(at - 1);
  const isIdeograph = c >= 0x3400 && c <= 0x9fff;
  const isAlnum = (c >= 0x30 && c <= 0x39) || (c >= 0x41 && c <= 0x5a) || (c >= 0x61 && c <= 0x7a);
  return !isIdeograph && !isAlnum;
}

// Char codes, not line[i]: a one-character string of a Han character is a new string every time,
// and this runs at every anchor of every line.
function enumerationAt(line: string, at: number, previous: EnumMatch | null): EnumMatch | null {
  const c = line.charCodeAt(at);
  const prev = at > 0 ? line.charCodeAt(at - 1) : -1;
  switch (c) {
    case SHI:
    case YAO:
      return numeralEnumeration(line, at, c);
    case XIAN:
      return prev === SHOU ? withComma(line, at - 1, 1, false) : null;
    case CI:
      if (prev === QI) return withComma(line, at - 1, 2, false);
      return prev === ZAI ? withComma(line, at - 1, 3, true) : null;
    case HOU:
      return prev === ZUI ? withComma(line, at - 1, previous ? previous.ordinal + 1 : 0, true) : null;
    case DI:
      return ordinalEnumeration(line, at);
    default: {
      const ordinal = parseCircledNumber(line[at]);
      return ordinal === null ? null : enumMatch(at, at + 1, line[at], ordinal);
    }
  }
}

/** 一是 / 十一是 / 二要 ending at `at` (`word` is the char code of 是 or 要). */
function numeralEnumeration(line: string, at: number, word: number): EnumMatch | null {
  let start = at;
  while (start > 0 && at - start < 3 && isOf(CHINESE_DIGIT, line.charCodeAt(start - 1))) start--;
  if (start === at) return null;
  const next = line.charCodeAt(at + 1);
  // 一要求 and 一是否 are words; 一是一，二是二 is an idiom.
  if ((word === YAO && next === QIU) || (word === SHI && next === FOU)) return null;
  const length = at - start;
  let repeated = true;
  for (let j = 0; j < length && repeated; j++) repeated = line.charCodeAt(at + 1 + j) === line.charCodeAt(start + j);
  if (repeated) {
    const following = line.charCodeAt(at + 1 + length);
    if (Number.isNaN(following) || isOf(IDIOM_STOPS, following)) return null;
  }
  const ordinal = parseChineseNumeral(line, start, at);
  return ordinal === null ? null : enumMatch(start, at + 1, line.slice(start, at + 1), ordinal);
}

const [QIU, FOU] = Array.from('求否', (ch) => ch.charCodeAt(0));
const IDIOM_STOPS = charClass('，,。；;、');
const COMMAS = charClass('，,：:');
const ORDINAL_MARKS = charClass('，,、：:');
const DUNHAO = '、'.charCodeAt(0);

/** 首先 其次 (comma optional) and 再次 最后 (comma required) starting at `start`. */
function withComma(line: string, start: number, ordinal: number, commaRequired: boolean): EnumMatch | null {
  const hasComma = isOf(COMMAS, line.charCodeAt(start + 2));
  if (commaRequired && !hasComma) return null;
  const end = start + 2 + (hasComma ? 1 : 0);
  return enumMatch(start, end, line.slice(start, end), ordinal);
}

/** 第一， 第二、 第三： starting at `at`. */
function ordinalEnumeration(line: string, at: number): EnumMatch | null {
  let end = at + 1;
  while (end < line.length && end - at <= 3 && isOf(CHINESE_DIGIT, line.charCodeAt(end))) end++;
  if (end === at + 1 || end - at > 4) return null;
  const mark = line.charCodeAt(end);
  if (!isOf(ORDINAL_MARKS, mark)) return null;
  // 第一、二季度 / 第一、第二名: a list of ordinals, not an enumeration.
  const after = line.charCodeAt(end + 1);
  if (mark === DUNHAO && (isOf(CHINESE_DIGIT, after) || after === DI)) return null;
  const ordinal = parseChineseNumeral(line, at + 1, end);
  return ordinal === null ? null : enumMatch(at, end + 1, line.slice(at, end + 1), ordinal);
}

/** 1–4 for heading levels, 5 for inline enumerations: a lower rank is a higher level. */
export function levelRank(level: OutlineItem['level']): number {
  return level === 'enum' ? 5 : level;
}
