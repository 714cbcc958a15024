// Numbers as they appear in heading markers: Chinese numerals (一 … 九十九), ASCII and full-width
// digits (circled numbers ① … ⑳ are read where they are found, in outline.ts).

const DIGITS: Record<string, number> = {
  零: 0,
  〇: 0,
  一: 1,
  二: 2,
  两: 2,
  三: 3,
  四: 4,
  五: 5,
  六: 6,
  七: 7,
  八: 8,
  九: 9,
};

/** Characters that can make up a Chinese numeral below one hundred. */
export const CHINESE_NUMERAL_CHARS = '零〇一二两三四五六七八九十';

/**
 * The value of a Chinese numeral from 1 to 99 (一, 十, 十一, 二十, 二十三), or null when the string is
 * not one (empty, 十十, 一一, 百 …). 两 only counts on its own or before 十 (两 = 2). With `from` and
 * `to`, of s[from, to): a marker's numeral is read in place, without cutting it out of its line.
 */
export function parseChineseNumeral(s: string, from = 0, to = s.length): number | null {
  // On char codes, not through DIGITS by string: this runs for every heading and enumeration.
  const n = to - from;
  if (n <= 0 || n > 3) return null;
  if (n === 1) return s.charCodeAt(from) === TEN ? 10 : digitValue(s.charCodeAt(from)) || null;
  let ten = -1;
  for (let i = 0; i < n; i++) {
    if (s.charCodeAt(from + i) !== TEN) continue;
    if (ten !== -1) return null;
    ten = i;
  }
  if (ten === -1) return null;
  let tens = 1;
  if (ten > 0) {
    const d = digitValue(s.charCodeAt(from));
    if (ten !== 1 || d === 0 || d === 1) return null; // 一十 is not how headings count
    tens = d;
  }
  let ones = 0;
  if (ten < n - 1) {
    const c = s.charCodeAt(to - 1);
    const d = digitValue(c);
    if (ten !== n - 2 || d === 0 || c === LIANG) return null;
    ones = d;
  }
  return tens * 10 + ones;
}

const TEN = '十'.charCodeAt(0);
const LIANG = '两'.charCodeAt(0);
// DIGITS by char code, in a table: one load for every numeral of every heading and enumeration.
const DIGIT_VALUE = new Uint8Array(0x10000);
for (const [digit, value] of Object.entries(DIGITS)) DIGIT_VALUE[digit.charCodeAt(0)] = value;

/** The value of a Chinese digit (0 for 零, 〇 and for any other code unit). */
function digitValue(c: number): number {
  return DIGIT_VALUE[c];
}

/** The value of ASCII or full-width decimal digits ("12", "１２") in s[from, to), or null. */
export function parseDigits(s: string, from = 0, to = s.length): number | null {
  if (to <= from || to - from > 6) return null;
  let n = 0;
  for (let i = from; i < to; i++) {
    const c = s.charCodeAt(i);
    const d = c >= 0x30 && c <= 0x39 ? c - 0x30 : c >= 0xff10 && c <= 0xff19 ? c - 0xff10 : -1;
    if (d < 0) return null;
    n = n * 10 + d;
  }
  return n;
}

/** 1 … 99 written as a Chinese numeral (for messages such as “缺少（三）”). */
export function toChineseNumeral(n: number): string {
  if (!Number.isInteger(n) || n < 1 || n > 99) return String(n);
  return CHINESE_NUMERALS_TO_99[n];
}

/** 一 … 九十九 by value, written once: renumbering a level writes one for each of its headings. */
const CHINESE_NUMERALS_TO_99 = Array.from({ length: 100 }, (_, n) => {
  const names = '〇一二三四五六七八九';
  if (n < 10) return names[n];
  const tens = Math.floor(n / 10);
  const ones = n % 10;
  return (tens === 1 ? '' : names[tens]) + '十' + (ones ? names[ones] : '');
});
