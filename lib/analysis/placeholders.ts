// Unfilled blanks in one line. A loop over char codes finds every candidate; cheap char-code checks
// on its neighbours then reject the look-alikes. Decisions:
// - A blank is a maximal run of one class (`XXX`, `×××`, `____`); `xxxx年xx月xx日` is three blanks.
// - Single X (or ×) separated by single spaces (`X X X`, `× × ×`) is ONE blank: a letter-spaced name.
//   `X.X` (a decimal such as `X.X亿元`) is one blank too.
// - X touching an ASCII word, an identifier, a URL or an e-mail is not a blank (Xbox, XML, XXL, MAX,
//   index, x.com/xx, Windows XP, iPhone X), nor is X before 光/射线/线/轴 (X-ray, axes).
// - `XX世纪` is the Roman numeral 20 (`XX世纪90年代`); a report never leaves the century blank.
// - × between numbers is multiplication (3×4, 2×3米); 〇/○ next to Chinese numerals is a year digit
//   (二〇二四年); a single X, × or ○ at the start of a line followed by a space is a bullet.
// - 某某 is a blank; a lone 某 only before a date part, place, organisation or person (某年, 某局,
//   某同志), never in 某些/某种/某个/某一/某方面/某位. 某 right after a surname (张某某, 王某) is an
//   anonymised name, not a blank.
// - `__init__`, `snake_case`: underscores touching ASCII letters or digits are code.
import { fieldNameBefore, mouNounAfter, unitAfter } from './blank-labels';
import { pinyinAnnotationStart } from './pinyin-garble';
import type { LinePlaceholder } from './line-scan';
import type { Placeholder, PlaceholderKind } from './types';

// Candidates start with one of these characters; the table holds which run each one starts. A loop
// over char codes instead of a regex alternation: no match object per candidate, and most characters
// are rejected with one load.
const RUN_X = 1,
  RUN_CROSS = 2,
  RUN_MOU = 3,
  RUN_UNDERSCORE = 4,
  RUN_STAR = 5,
  RUN_CIRCLE = 6,
  RUN_TRIANGLE = 7,
  RUN_BRACKET = 8;
const RUN_BITS = 0x0f;
// Above the run, what the checks around a blank ask of its neighbours: one load each too.
const X_WORD_START = 0x10,
  SURNAME = 0x20,
  BRACKET_CLOSER = 0x40,
  PLAIN_NEIGHBOUR = 0x80,
  CLOSING_MARK = 0x100,
  OPENING_MARK = 0x200;
const CHARS = new Uint16Array(0x10000);
// What a blank stands between when no look-alike rule below can apply (`研XX次`, `，某某科室`,
// `⟦XX⟧`): the characters from U+2000 up to the full-width forms — general punctuation, symbols,
// CJK punctuation, kana, Han — except the spaces and quotes those rules look at (`X X`, `「X」代表`).
// Below U+2000 are ASCII and Latin letters; of the full-width forms only the punctuation listed below
// (not `）`, which ends a pinyin annotation, `．` of `X．X`, letters or digits). Filled first: the bits
// above are or-ed in after.
CHARS.fill(PLAIN_NEIGHBOUR, 0x2000, 0xff00);
for (const ch of '\u3000‘’“”「」') CHARS[ch.charCodeAt(0)] = 0;
for (const ch of '，；：？！（') CHARS[ch.charCodeAt(0)] = PLAIN_NEIGHBOUR;
for (const ch of 'XxＸｘ') CHARS[ch.charCodeAt(0)] = RUN_X;
CHARS[0xd7] = RUN_CROSS;
CHARS[0x67d0] = RUN_MOU;
for (const ch of '_＿') CHARS[ch.charCodeAt(0)] = RUN_UNDERSCORE;
for (const ch of '＊*') CHARS[ch.charCodeAt(0)] = RUN_STAR;
for (const ch of '〇○') CHARS[ch.charCodeAt(0)] = RUN_CIRCLE;
CHARS[0x25b3] = RUN_TRIANGLE;
for (const ch of '（(【[〔') CHARS[ch.charCodeAt(0)] = RUN_BRACKET;
for (const ch of '）)】]〕') CHARS[ch.charCodeAt(0)] |= BRACKET_CLOSER;

/**
 * End of the candidate starting at `start`, or -1: a run of one class (X-like letters, ×, 某, _/＿),
 * two or more of ＊/*, 〇/○ or △, or an opening bracket, spaces, and a closing bracket.
 */
function candidateEnd(line: string, start: number, run: number): number {
  if (run === RUN_BRACKET) {
    let i = start + 1;
    while (i < line.length && isBracketSpace(line.charCodeAt(i))) i++; // inside the line: see isBetweenPlainText
    return i < line.length && (CHARS[line.charCodeAt(i)] & BRACKET_CLOSER) !== 0 ? i + 1 : -1;
  }
  let end = start + 1;
  while (end < line.length && (CHARS[line.charCodeAt(end)] & RUN_BITS) === run) end++;
  if (run === RUN_STAR || run === RUN_CIRCLE || run === RUN_TRIANGLE) return end - start >= 2 ? end : -1;
  return end;
}

function isBracketSpace(c: number): boolean {
  return c === 0x20 || c === 0x09 || c === 0xa0 || c === 0x3000;
}

/** Every unfilled blank in one line (offsets relative to the line). */
export function findPlaceholdersInLine(line: string): LinePlaceholder[] {
  const out: LinePlaceholder[] = [];
  let next = 0;
  while (next < line.length) {
    const run = CHARS[line.charCodeAt(next)] & RUN_BITS;
    next = run === 0 ? next + 1 : blankAt(line, next, run, out);
  }
  return out;
}

const NO_PLACEHOLDERS: readonly Placeholder[] = Object.freeze([]);

/** The characters a blank can start with: a line scan that notes them can call placeholdersAt. */
export const PLACEHOLDER_STARTS = Array.from(CHARS.keys())
  .filter((c) => (CHARS[c] & RUN_BITS) !== 0)
  .map((c) => String.fromCharCode(c))
  .join('');

/**
 * What findPlaceholdersInLine(line) finds, looking only at the given positions, as document
 * placeholders: on line `lineIndex`, offsets plus `base`. `positions[0..count)` ascending, minus
 * `shift`, must include every position in the line holding one of PLACEHOLDER_STARTS.
 */
export function placeholdersAt(
  line: string,
  positions: Int32Array,
  count: number,
  shift: number,
  base: number,
  lineIndex: number,
): readonly Placeholder[] {
  // Most lines hold no character a blank starts with.
  if (count === 0) return NO_PLACEHOLDERS;
  const out: LinePlaceholder[] = [];
  target.base = base;
  target.line = lineIndex;
  try {
    scanPositions(line, positions, count, shift, out);
  } finally {
    target.line = -1;
  }
  return out as unknown as Placeholder[];
}

function scanPositions(line: string, positions: Int32Array, count: number, shift: number, out: LinePlaceholder[]): void {
  let next = 0;
  for (let k = 0; k < count; k++) {
    const at = positions[k] - shift;
    if (at < next || at >= line.length) continue;
    const run = CHARS[line.charCodeAt(at)] & RUN_BITS;
    if (run !== 0) next = blankAt(line, at, run, out);
  }
}

/** Takes the candidate at `start` (a run of kind `run`) and returns where the search goes on. */
function blankAt(line: string, start: number, run: number, out: LinePlaceholder[]): number {
  const end = candidateEnd(line, start, run);
  if (end < 0) return start + 1;
  if (run <= RUN_UNDERSCORE && (run <= RUN_CROSS || end - start >= 2) && isBetweenPlainText(line, start, end)) {
    if (run !== RUN_MOU || !isAfterSurname(line, start))
      emit(out, start, end, line.slice(start, end), KINDS[run], unitAfter(line, end) ?? fieldNameBefore(line, start));
    return end;
  }
  return checkedBlankAt(line, start, end, run, out);
}

/** blankAt for a candidate (start to end) whose neighbours need a closer look. */
function checkedBlankAt(line: string, start: number, end: number, run: number, out: LinePlaceholder[]): number {
  let next = end;
  switch (run) {
    case RUN_X: {
      // `xué`, `Xbox`: a run followed by a Latin letter is part of a word (what isXBlank would say
      // last, after the checks below, none of which takes it or joins a group to it).
      if (end < line.length && isLatinLetter(line.charCodeAt(end))) break;
      if (isNumberPart(line, start, end)) {
        push(out, line, start, end, 'x');
        break;
      }
      const groupEnd = extendGroup(line, end, RUN_X, true);
      next = groupEnd;
      if (isXBlank(line, start, groupEnd)) push(out, line, start, groupEnd, 'x');
      break;
    }
    case RUN_CROSS: {
      const groupEnd = extendGroup(line, end, RUN_CROSS, false);
      next = groupEnd;
      if (isCrossBlank(line, start, groupEnd)) push(out, line, start, groupEnd, 'cross');
      break;
    }
    case RUN_MOU: {
      if (end - start >= 2) {
        if (!isAfterSurname(line, start)) push(out, line, start, end, 'mou');
      } else {
        const noun = isAfterSurname(line, start) ? undefined : mouNounAfter(line, end);
        if (noun !== undefined) emit(out, start, end, '某', 'mou', noun);
      }
      break;
    }
    case RUN_UNDERSCORE:
      if (isUnderlineBlank(line, start, end)) push(out, line, start, end, 'underline');
      break;
    case RUN_STAR: {
      const skipTo = markdownEmphasisEnd(line, start, end);
      if (skipTo !== undefined) next = skipTo;
      else if (isStarBlank(line, start, end)) push(out, line, start, end, 'star');
      break;
    }
    case RUN_CIRCLE:
      if (!isNumeral(line.charCodeAt(start - 1)) && !isNumeral(line.charCodeAt(end))) push(out, line, start, end, 'circle');
      break;
    case RUN_TRIANGLE:
      push(out, line, start, end, 'triangle');
      break;
    default:
      if (isEmptyBracketBlank(line, start, end)) push(out, line, start, end, 'brackets');
  }
  return next;
}

/** The kind of blank a run up to RUN_UNDERSCORE makes, by run. */
const KINDS: readonly PlaceholderKind[] = ['x', 'x', 'cross', 'mou', 'underline'];

/**
 * The usual blank stands between Han characters or CJK punctuation (`研XX次`, `由×××同志`,
 * `，某某科室`), or at an end of the line next to them (`姓名：XX`): then it is no look-alike (bar an
 * X word such as `X光`) and no group goes on after it.
 */
function isBetweenPlainText(line: string, start: number, end: number): boolean {
  // Reads inside the line only: after one charCodeAt past either end (NaN), V8 compiles that call
  // site as a call to its generic builtin from then on.
  if (end < line.length) {
    const after = line.charCodeAt(end);
    if (!isPlainText(after) || (CHARS[after] & X_WORD_START) !== 0) return false;
  }
  return start === 0 || isPlainText(line.charCodeAt(start - 1));
}

/**
 * `20XX年`, `增长XX%`: X standing for digits of a number in plain text, after ASCII digits or before a
 * per cent sign. What isXBlank accepts after walking the ASCII token around the run, found directly.
 */
function isNumberPart(line: string, start: number, end: number): boolean {
  if (start === 0 || end === line.length) return false;
  const before = line.charCodeAt(start - 1);
  const after = line.charCodeAt(end);
  if (after === 0x25) return isPlainText(before) && (end + 1 === line.length || !isAsciiPrintable(line.charCodeAt(end + 1)));
  if (!isAsciiDigit(before) || !isPlainText(after) || (CHARS[after] & X_WORD_START) !== 0) return false;
  let from = start - 1;
  while (from > 0 && start - from < MAX_TOKEN_SIDE && isAsciiDigit(line.charCodeAt(from - 1))) from--;
  return start - from < MAX_TOKEN_SIDE && (from === 0 || !isAsciiPrintable(line.charCodeAt(from - 1)));
}

/** Han (the common block, by range: it is most neighbours) or another PLAIN_NEIGHBOUR. */
function isPlainText(c: number): boolean {
  return (c >= 0x4e00 && c <= 0x9fff) || (CHARS[c] & PLAIN_NEIGHBOUR) !== 0;
}

function push(out: LinePlaceholder[], line: string, start: number, end: number, kind: PlaceholderKind): void {
  emit(out, start, end, line.slice(start, end), kind, unitAfter(line, end) ?? fieldNameBefore(line, start));
}

// Where placeholdersAt puts what it finds: at line `target.line` (-1: line-relative LinePlaceholders,
// as findPlaceholdersInLine returns them), with offsets shifted by `target.base`.
const target = { line: -1, base: 0 };

// Appended by index, not push(): `out` starts as an empty array, and V8 then compiles push() of an
// object as a call to its generic builtin (7–10 % of the scanner's samples).
function emit(out: LinePlaceholder[], start: number, end: number, text: string, kind: PlaceholderKind, label: string | undefined): void {
  const line = target.line;
  if (line < 0) {
    // One literal per shape: adding `label` afterwards would change the object's hidden class.
    out[out.length] = label === undefined ? { start, end, text, kind } : { start, end, text, kind, label };
    return;
  }
  const at = target.base;
  (out as unknown as Placeholder[])[out.length] =
    label === undefined
      ? { start: at + start, end: at + end, text, kind, line }
      : { start: at + start, end: at + end, text, kind, line, label };
}

const X_UPPER = 0x58,
  X_LOWER = 0x78,
  X_UPPER_WIDE = 0xff38,
  X_LOWER_WIDE = 0xff58;
const CROSS = 0xd7,
  UNDERSCORE_WIDE = 0xff3f;
const STAR = 0x2a,
  STAR_WIDE = 0xff0a;

// Bounds the look-around on ASCII tokens so a long run of `1x1x1x…` stays linear.
const MAX_TOKEN_SIDE = 64;

function isXChar(c: number): boolean {
  return c === X_UPPER || c === X_LOWER || c === X_UPPER_WIDE || c === X_LOWER_WIDE;
}

function isCrossChar(c: number): boolean {
  return c === CROSS;
}

function isSpace(c: number): boolean {
  return c === 0x20 || c === 0x3000;
}

function isAsciiDigit(c: number): boolean {
  return c >= 0x30 && c <= 0x39;
}

function isDigit(c: number): boolean {
  return isAsciiDigit(c) || (c >= 0xff10 && c <= 0xff19);
}

/** Latin letters, full-width letters and accented letters (pinyin ū, é …), but not × or ÷. */
function isLatinLetter(c: number): boolean {
  return (
    (c >= 0x41 && c <= 0x5a) ||
    (c >= 0x61 && c <= 0x7a) ||
    (c >= 0xc0 && c <= 0x24f && c !== CROSS && c !== 0xf7) ||
    (c >= 0xff21 && c <= 0xff3a) ||
    (c >= 0xff41 && c <= 0xff5a)
  );
}

function isAsciiPrintable(c: number): boolean {
  return c >= 0x21 && c <= 0x7e;
}

const NUMERALS = '零一二三四五六七八九十〇○';

function isNumeral(c: number): boolean {
  return isDigit(c) || (c > 0xff && NUMERALS.includes(String.fromCharCode(c)));
}

/**
 * Joins `X X X` (single chars, single spaces) and, when `decimals`, `X.X` into one blank. Returns the
 * end of the group, or `end` when nothing joins.
 */
function extendGroup(line: string, end: number, run: number, decimals: boolean): number {
  // Most blanks are followed by neither a space nor a dot: they are done without the loop below.
  const sep = line.charCodeAt(end);
  if (!isSpace(sep) && !(decimals && (sep === 0x2e || sep === 0xff0e))) return end;
  // Members of the group are X-like letters, or ×. No table lookup: past the line's end the char code is NaN.
  const isMember = run === RUN_X ? isXChar : isCrossChar;
  let groupEnd = end;
  const single = end - 1 === 0 || !isMember(line.charCodeAt(end - 2));
  while (groupEnd < line.length) {
    const sep = line.charCodeAt(groupEnd);
    const next = line.charCodeAt(groupEnd + 1);
    if (!isMember(next)) break;
    if (single && isSpace(sep) && !isMember(line.charCodeAt(groupEnd + 2))) {
      groupEnd += 2;
    } else if (decimals && (sep === 0x2e || sep === 0xff0e)) {
      groupEnd += 2;
      while (isMember(line.charCodeAt(groupEnd))) groupEnd++;
      break;
    } else {
      break;
    }
  }
  return groupEnd;
}

const X_WORDS_AFTER = ['光', '射线', '线', '轴', '型'];
const CENTURY = '世纪';
// First characters of the words above: most blanks are followed by none of them, and a table
// lookup spares the string comparisons.
for (const w of [...X_WORDS_AFTER, CENTURY]) CHARS[w.charCodeAt(0)] |= X_WORD_START;

function isXBlank(line: string, start: number, end: number): boolean {
  const after = line.charCodeAt(end);
  // A pinyin annotation (`員(yuán)XX人`) is scraping residue: what stands before it is the Han character.
  const annotation = pinyinAnnotationStart(line, start);
  const before = annotation === undefined ? line.charCodeAt(start - 1) : line.charCodeAt(annotation - 1);
  // `x1 y1 z1`, `B= x2`: a variable with an index
  if (isAsciiDigit(after)) return false;
  if (end - start === 1 && isQuotedLetter(line, start, end)) return false;
  if (isLatinLetter(before) || isLatinLetter(after)) return false;
  if (isSpace(before) && isLatinLetter(line.charCodeAt(start - 2))) return false;
  if (isSpace(after) && isLatinLetter(line.charCodeAt(end + 1))) return false;
  if ((isAsciiPrintable(before) || isAsciiPrintable(after)) && !isPlainAsciiToken(line, start, end, annotation === undefined ? 0 : start))
    return false;
  if (end < line.length && (CHARS[after] & X_WORD_START) !== 0) {
    if (line.startsWith(CENTURY, end) && end - start <= 3) return false;
    if (end - start === 1) for (const w of X_WORDS_AFTER) if (line.startsWith(w, end)) return false;
  }
  if (end - start !== 1) return true;
  // `3 x 4`: a product written with a spaced letter x
  if (isDigit(nonSpaceBefore(line, start)) && isDigit(nonSpaceAfter(line, end))) return false;
  return !isBullet(line, start, end);
}

/**
 * The ASCII token around an X-run (`20XX`, `XX%`, `X-ray`, `http://x.com/xx`; nothing left of `leftLimit`
 * belongs to it) is a blank only when it holds no other letter, no URL or mail marker, and is not a
 * product like `3x4` or a hex `0x10`.
 */
function isPlainAsciiToken(line: string, start: number, end: number, leftLimit = 0): boolean {
  let from = start;
  while (from > leftLimit && start - from < MAX_TOKEN_SIDE && isAsciiPrintable(line.charCodeAt(from - 1))) from--;
  let to = end;
  while (to < line.length && to - end < MAX_TOKEN_SIDE && isAsciiPrintable(line.charCodeAt(to))) to++;
  if (start - from >= MAX_TOKEN_SIDE || to - end >= MAX_TOKEN_SIDE) return false;
  for (let i = from; i < to; i++) {
    const c = line.charCodeAt(i);
    if (c === 0x40 || c === 0x5f) return false; // @ mail, _ identifier
    if (c === 0x2f && line.charCodeAt(i + 1) === 0x2f) return false; // ://
    if (isLatinLetter(c) && !isXChar(c)) return false;
  }
  if (end - start === 1 && isAsciiDigit(line.charCodeAt(start - 1)) && isAsciiDigit(line.charCodeAt(end))) return false;
  return true;
}

const DEFINING_WORDS = ['代表', '表示', '指', '即', '是', '为'];

/** `“X”代表罗马数字10`, `「X」`: a letter quoted to talk about it, not a blank to fill. */
function isQuotedLetter(line: string, start: number, end: number): boolean {
  // Char codes, not line[i]: this runs for every single X, and line[i] of a Han character is a new string.
  const open = line.charCodeAt(start - 1);
  const close = line.charCodeAt(end);
  if (open === 0x300c && close === 0x300d) return true; // 「」
  const quoted = (open === 0x201c && close === 0x201d) || (open === 0x22 && close === 0x22) || (open === 0x2018 && close === 0x2019);
  return quoted && DEFINING_WORDS.some((w) => line.startsWith(w, end + 1));
}

/** A lone marker at the start of a line followed by a space: `X 不要……`, `× 错误做法`, `○ 要点`. */
function isBullet(line: string, start: number, end: number): boolean {
  if (!isSpace(line.charCodeAt(end)) && line.charCodeAt(end) !== 0x09) return false;
  for (let i = 0; i < start; i++) {
    const c = line.charCodeAt(i);
    if (!isSpace(c) && c !== 0x09) return false;
  }
  return true;
}

function isCrossBlank(line: string, start: number, end: number): boolean {
  if (end - start === 1) {
    if (isBullet(line, start, end)) return false;
    const before = nonSpaceBefore(line, start);
    const after = nonSpaceAfter(line, end);
    if (isDigit(before) && isDigit(after)) return false;
    if (isLatinLetter(before) && isLatinLetter(after)) return false;
  }
  return true;
}

function nonSpaceBefore(line: string, start: number): number {
  return isSpace(line.charCodeAt(start - 1)) ? line.charCodeAt(start - 2) : line.charCodeAt(start - 1);
}

function nonSpaceAfter(line: string, end: number): number {
  return isSpace(line.charCodeAt(end)) ? line.charCodeAt(end + 1) : line.charCodeAt(end);
}

// Surnames that are rarely function words: after them 某/某某 anonymises a person (张某某).
// 于/向/高/方/任/万/余/金/石 are left out because they also start ordinary phrases (于某年, 向某某).
for (const ch of '张王李赵刘陈杨黄周吴徐孙马朱胡郭何林罗郑梁谢宋唐韩冯邓曹彭曾肖董袁潘蒋蔡杜叶程苏魏吕丁沈姚卢姜崔钟谭陆汪范贾夏邹孟熊秦邱薛闫段雷侯陶黎贺顾毛郝龚邵钱严覃戴莫孔汤')
  CHARS[ch.charCodeAt(0)] |= SURNAME;

function isAfterSurname(line: string, start: number): boolean {
  return start > 0 && (CHARS[line.charCodeAt(start - 1)] & SURNAME) !== 0;
}

function isUnderlineBlank(line: string, start: number, end: number): boolean {
  const before = line.charCodeAt(start - 1);
  const after = line.charCodeAt(end);
  if (isAsciiWordChar(before) || isAsciiWordChar(after)) return false;
  // A lone ASCII `_` between words is too weak a sign; a lone full-width `＿` is a deliberate blank.
  return end - start >= 2 || line.charCodeAt(start) === UNDERSCORE_WIDE;
}

/** CJK text and full-width punctuation: what a blank in a report stands between. */
function isWideText(c: number): boolean {
  return c >= 0x2e80;
}

function isListMark(c: number): boolean {
  return c === 0x2d || c === STAR || c === 0x2b;
}

function isAsciiWordChar(c: number): boolean {
  return isAsciiDigit(c) || (c >= 0x41 && c <= 0x5a) || (c >= 0x61 && c <= 0x7a);
}

function isStarBlank(line: string, start: number, end: number): boolean {
  const before = line.charCodeAt(start - 1);
  // `20**年`: digits then stars then a unit is a half-written number; `b****8` is a masked name.
  const digitsThenUnit = isAsciiDigit(before) && unitAfter(line, end) !== undefined;
  if ((isAsciiWordChar(before) && !digitsThenUnit) || isAsciiWordChar(line.charCodeAt(end))) return false;
  // A line of nothing but stars is a divider.
  for (let i = 0; i < line.length; i++) {
    const c = line.charCodeAt(i);
    if (c !== STAR && c !== STAR_WIDE && !isSpace(c) && c !== 0x09) return true;
  }
  return false;
}

/**
 * `**重点工作**` is Markdown emphasis: returns the end of the closing `**` so both are skipped. `**同志、
 * **同志` stays two blanks because a unit follows the first one.
 */
function markdownEmphasisEnd(line: string, start: number, end: number): number | undefined {
  if (end - start !== 2 || line.charCodeAt(start) !== STAR || line.charCodeAt(start + 1) !== STAR) return undefined;
  if (end === line.length) return undefined;
  const first = line.charCodeAt(end);
  if (isSpace(first) || first === STAR) return undefined;
  // `【**】`: stars between brackets are a blank, not the opening of emphasis.
  if ((CHARS[first] & CLOSING_MARK) !== 0 || isAsciiDigit(line.charCodeAt(start - 1))) return undefined;
  if (unitAfter(line, end) !== undefined) return undefined;
  const close = line.indexOf('**', end + 1);
  if (close < 0) return undefined;
  const last = line.charCodeAt(close - 1);
  if (isSpace(last) || (CHARS[last] & OPENING_MARK) !== 0) return undefined;
  return close + 2;
}

for (const ch of '】）)」』》〕]，。、；：！？,.;:!?”’') CHARS[ch.charCodeAt(0)] |= CLOSING_MARK;
for (const ch of '【（(「『《〔[“‘') CHARS[ch.charCodeAt(0)] |= OPENING_MARK;

const CLOSERS: Record<string, string> = { '（': '）)', '(': '）)', '【': '】', '[': ']', '〔': '〕' };

function isEmptyBracketBlank(line: string, start: number, end: number): boolean {
  if (!CLOSERS[line[start]].includes(line[end - 1])) return false;
  const before = line.charCodeAt(start - 1);
  // foo(), arr[], [][]: code, not a blank
  if (isAsciiWordChar(before) || before === 0x5f || before === 0x29 || before === 0x5d || before === 0x24) return false;
  // `() => void`, `page_limits: []`: ASCII brackets with nothing inside, among ASCII, are code
  if (end - start === 2 && line.charCodeAt(start) < 0x80 && !isWideText(before) && !isWideText(line.charCodeAt(end))) return false;
  // `- [ ] task`: a Markdown check box (the regex only where its list mark is)
  if (line.charCodeAt(start) === 0x5b && start >= 2 && isListMark(line.charCodeAt(start - 2)) && /^\s*[-*+]\s$/.test(line.slice(0, start)))
    return false;
  return true;
}
