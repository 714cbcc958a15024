// Reading what a person typed into a field (a year, a date, a number) and writing it the way a
// formal report writes it: years in full, months and days without zero padding (GB/T 9704 §7.3.5.4).
import { toChineseNumeral } from '../analysis/numerals';
import type { DatePart } from './types';

export type DateParts = Partial<Record<DatePart, number>>;

const CHINESE_DIGITS: Record<string, number> = { 〇: 0, '○': 0, 零: 0, 一: 1, 二: 2, 三: 3, 四: 4, 五: 5, 六: 6, 七: 7, 八: 8, 九: 9 };

/** Full-width digits and punctuation to ASCII, outer spaces removed. */
export function normalise(value: string): string {
  return value
    .replace(/[\uff10-\uff19]/g, (c) => String.fromCharCode(c.charCodeAt(0) - 0xfee0))
    .replace(/[／]/g, '/')
    .replace(/[－—–]/g, '-')
    .replace(/[．。]/g, '.')
    .replace(/[％]/g, '%')
    .replace(/[，]/g, ',')
    .replace(/^[\s\u3000]+|[\s\u3000]+$/g, '');
}

export function isAsciiDigit(ch: string): boolean {
  return ch >= '0' && ch <= '9';
}

export function digitValue(ch: string): number | undefined {
  if (isAsciiDigit(ch)) return ch.charCodeAt(0) - 0x30;
  const c = ch.charCodeAt(0);
  if (c >= 0xff10 && c <= 0xff19) return c - 0xff10;
  return CHINESE_DIGITS[ch];
}

export function isChineseYearDigit(ch: string): boolean {
  return ch in CHINESE_DIGITS;
}

/**
 * How a year is written where it is blank: the digits already there (`20XX` → 2,0,?,?), and whether
 * it is written in Chinese numerals (`二〇XX`). A token that is not four characters long
 * (`____`, `某`) has no written digits: any full year fits.
 */
export interface YearPattern {
  digits: (number | null)[];
  chinese: boolean;
  zero: string;
}

export function yearPattern(token: string): YearPattern {
  const chars = [...token];
  let chinese = false;
  let zero = '〇';
  const digits = chars.map((ch) => {
    const d = digitValue(ch);
    if (d === undefined) return null;
    if (isChineseYearDigit(ch)) {
      chinese = true;
      if (d === 0) zero = ch;
    }
    return d;
  });
  // `○○○○年` (all circles) is a placeholder, not the year 0000: written digits that no year from
  // MIN_YEAR to MAX_YEAR has are marks, and any full year fits, as in `____`.
  if (chars.length !== 4 || !fitsSomeYear(digits)) return { digits: [null, null, null, null], chinese, zero };
  return { digits, chinese, zero };
}

function fitsSomeYear(digits: (number | null)[]): boolean {
  for (let year = MIN_YEAR; year <= MAX_YEAR; year++) {
    const written = String(year);
    if (digits.every((d, i) => d === null || d === Number(written[i]))) return true;
  }
  return false;
}

export function hasWrittenDigits(pattern: YearPattern): boolean {
  return pattern.digits.some((d) => d !== null);
}

export const MIN_YEAR = 1900;
export const MAX_YEAR = 2099;

export type YearReading = { ok: true; year: number } | { ok: false; reason: 'fill.notAYear' | 'fill.yearContradicts' };

/**
 * The year a typed value means in a blank written as `pattern`: `2026`; `26` (the blank digits, or
 * 20YY when nothing is written); `二〇二六`. It must agree with the digits already written (`19XX`
 * does not take 2026).
 */
export function readYear(value: string, pattern: YearPattern): YearReading {
  const v = normalise(value).replace(/年度?$/, '');
  let digits: number[] | null = null;
  if (/^\d+$/.test(v)) digits = [...v].map(Number);
  else if ([...v].every(isChineseYearDigit) && [...v].length === 4) digits = [...v].map((c) => CHINESE_DIGITS[c]);
  if (digits === null || digits.length === 0 || digits.length > 4) return { ok: false, reason: 'fill.notAYear' };
  let full: number[];
  if (digits.length === 4) full = digits;
  else {
    const blanks = pattern.digits.filter((d) => d === null).length;
    const writtenPrefix = pattern.digits.slice(0, 4 - digits.length);
    if (
      blanks === digits.length &&
      writtenPrefix.every((d) => d !== null) &&
      pattern.digits.slice(4 - digits.length).every((d) => d === null)
    ) {
      full = [...(writtenPrefix as number[]), ...digits];
    } else if (digits.length === 2 && !hasWrittenDigits(pattern)) {
      full = [2, 0, ...digits];
    } else return { ok: false, reason: 'fill.notAYear' };
  }
  const year = full.reduce((n, d) => n * 10 + d, 0);
  if (year < MIN_YEAR || year > MAX_YEAR) return { ok: false, reason: 'fill.notAYear' };
  if (pattern.digits.some((d, i) => d !== null && d !== full[i])) return { ok: false, reason: 'fill.yearContradicts' };
  return { ok: true, year };
}

export function writeYear(year: number, pattern: YearPattern): string {
  if (!pattern.chinese) return String(year);
  const names = pattern.zero + '一二三四五六七八九';
  return [...String(year)].map((d) => names[Number(d)]).join('');
}

/** Month or day as a report writes it: no padding; Chinese numerals when the year is written so. */
export function writeNumber(n: number, chinese: boolean): string {
  return chinese ? toChineseNumeral(n) : String(n);
}

const TODAY_WORDS = new Set(['今天', '今日', 'today']);

/**
 * A typed date, whole or in part: `2026-03-05`, `2026年3月5日`, `2026/3/5`, `2026.3.5`, `20260305`,
 * `2026-03`, `2026年3月`, `3月5日`, `3-5`, `2026`, `3月`, `5日`, 今天. Null when it is none of these.
 */
export function readDate(value: string, today?: Date): DateParts | null {
  const v = normalise(value).replace(/\s+/g, '');
  if (TODAY_WORDS.has(v.toLowerCase())) {
    const d = today ?? new Date();
    return { year: d.getFullYear(), month: d.getMonth() + 1, day: d.getDate() };
  }
  let m: RegExpMatchArray | null;
  if ((m = v.match(/^(\d{4})(?:[-/.年](\d{1,2})(?:[-/.月](\d{1,2})[日号]?|月)?)?年?$/))) {
    const parts: DateParts = { year: Number(m[1]) };
    if (m[2] !== undefined) parts.month = Number(m[2]);
    if (m[3] !== undefined) parts.day = Number(m[3]);
    return parts;
  }
  if ((m = v.match(/^(\d{4})(\d{2})(\d{2})$/))) return { year: Number(m[1]), month: Number(m[2]), day: Number(m[3]) };
  if ((m = v.match(/^(\d{1,2})(?:[-/月](\d{1,2})[日号]?|月)$/))) {
    const parts: DateParts = { month: Number(m[1]) };
    if (m[2] !== undefined) parts.day = Number(m[2]);
    return parts;
  }
  if ((m = v.match(/^(\d{1,2})[日号]$/))) return { day: Number(m[1]) };
  return null;
}

export function daysInMonth(month: number, year?: number): number {
  if (month === 2) return year === undefined || (year % 4 === 0 && (year % 100 !== 0 || year % 400 === 0)) ? 29 : 28;
  return [4, 6, 9, 11].includes(month) ? 30 : 31;
}

/** A plain number as typed (`12`, `1,200`, `3.5`, `-2`), or null. Commas are dropped. */
export function readNumber(value: string, decimals: boolean): string | null {
  const v = normalise(value);
  const re = decimals ? /^-?(?:\d+|\d{1,3}(?:,\d{3})+)(?:\.\d+)?$/ : /^(?:\d+|\d{1,3}(?:,\d{3})+)$/;
  if (re.test(v)) return v.replace(/,/g, '');
  if (/^[零〇一二两三四五六七八九十百千万亿]+$/.test(v)) return v;
  return null;
}
