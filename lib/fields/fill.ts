// What a value becomes in a field: validated for the field's kind, then one edit per span. A year
// replaces the whole written year (`20XX` + 26 → `2026`); a date fills each blank part, unpadded.
import { findPlaceholdersInLine } from '../analysis/placeholders';
import type { DatePart, Field, FieldEdit, FillResult } from './types';
import { daysInMonth, normalise, readDate, readNumber, readYear, writeNumber, writeYear, yearPattern, type DateParts } from './values';

export interface FillOptions {
  /** What 今天/today means (default: now). */
  today?: Date;
}

type Failure = Extract<FillResult, { ok: false }>;

const fail = (reason: string, detail: string): Failure => ({ ok: false, reason, detail });

const MAX_TEXT = 200;
const MAX_NAME = 60;

export function fillEdits(field: Field, value: string, options: FillOptions = {}): FillResult {
  if (typeof value !== 'string' || value.trim() === '') return fail('fill.empty', 'the value is empty');
  if (/[\r\n]/.test(value)) return fail('fill.multiline', 'the value must be one line');
  const texts = valueTexts(field, value, options);
  if ('reason' in texts) return texts;
  const edits = field.spans.map((s, i) => ({ start: s.start, end: s.end, expected: s.text, text: texts.texts[i] }));
  const blank = newBlank(field, edits);
  if (blank !== undefined) return fail('fill.valueIsBlank', `"${blank}" would still read as a blank`);
  return { ok: true, edits };
}

type Texts = { texts: string[] } | Failure;

function valueTexts(field: Field, value: string, options: FillOptions): Texts {
  switch (field.kind) {
    case 'year':
      return yearTexts(field, value);
    case 'date':
      return dateTexts(field, value, options);
    case 'count':
      return numberTexts(field, value, DECIMAL_COUNTS.has(field.unit ?? ''));
    case 'amount':
      return numberTexts(field, value, true);
    case 'percent':
      return numberTexts(field, value, true);
    case 'person':
    case 'organisation':
    case 'place':
      return nameTexts(field, value, MAX_NAME);
    default:
      return nameTexts(field, value, MAX_TEXT);
  }
}

/** Counts that may be fractional (`1.5倍`, `2.5小时`). */
const DECIMAL_COUNTS = new Set(['倍', '小时', '课时', '学时', '个月', '天', '周', '年']);

function yearTexts(field: Field, value: string): Texts {
  const span = field.spans[0];
  const pattern = yearPattern(span.text);
  const year = readYear(value, pattern);
  if (!year.ok) {
    return fail(
      year.reason,
      year.reason === 'fill.yearContradicts'
        ? `${value.trim()} does not agree with the written ${span.text}`
        : `${value.trim()} is not a year`,
    );
  }
  return { texts: [writeYear(year.year, pattern)] };
}

function dateTexts(field: Field, value: string, options: FillOptions): Texts {
  const blankParts = field.spans.map((s) => s.part);
  const v = normalise(value);
  let parts: DateParts | null = readDate(v, options.today);
  // One blank part and a bare number: that part (`5` into `3月X日`).
  if (parts === null && blankParts.length === 1 && blankParts[0] !== undefined && /^\d{1,4}$/.test(v)) {
    parts = { [blankParts[0]]: Number(v) };
  }
  if (parts === null) return fail('fill.notADate', `${value.trim()} is not a date (e.g. 2026-03-05)`);
  const written = field.written ?? {};
  const whole = blankParts.length === 1 && blankParts[0] === undefined; // 日期：____
  const needed: DatePart[] = whole ? ['year', 'month', 'day'] : (blankParts as DatePart[]);
  const date: DateParts = { ...written };
  for (const part of needed) {
    if (parts[part] === undefined) return fail('fill.dateIncomplete', `${value.trim()} gives no ${part}`);
    date[part] = parts[part];
  }
  for (const part of Object.keys(written) as DatePart[]) {
    if (parts[part] !== undefined && parts[part] !== written[part]) {
      return fail('fill.dateDisagrees', `${value.trim()} does not agree with the written ${part} ${written[part]}`);
    }
  }
  let yearText: string | undefined;
  const yearSpan = field.spans.find((s) => s.part === 'year');
  const pattern = yearPattern(yearSpan?.text ?? '');
  if (yearSpan !== undefined || whole) {
    const year = readYear(String(date.year), pattern);
    if (!year.ok) return fail(year.reason, `${value.trim()}: ${date.year} is not a year that fits ${yearSpan?.text ?? ''}`.trim());
    yearText = writeYear(year.year, pattern);
  }
  if (date.month !== undefined && (date.month < 1 || date.month > 12))
    return fail('fill.notADate', `${value.trim()}: no month ${date.month}`);
  if (date.day !== undefined && (date.day < 1 || date.day > daysInMonth(date.month ?? 1, date.year))) {
    return fail('fill.notADate', `${value.trim()}: no day ${date.day}${date.month ? ` in month ${date.month}` : ''}`);
  }
  if (whole) return { texts: [`${yearText}年${date.month}月${date.day}日`] };
  // `二〇XX年X月` and `二〇二六年X月`: a date begun in Chinese numerals goes on in them.
  const chinese = pattern.chinese || /[〇○零一二三四五六七八九十][\s\u3000]*[年月][\s\u3000]*$/.test(field.context.before);
  return {
    texts: field.spans.map((s) => (s.part === 'year' ? (yearText as string) : writeNumber(date[s.part as DatePart] as number, chinese))),
  };
}

function stripSuffix(value: string, suffixes: (string | undefined)[]): string {
  for (const s of suffixes) if (s && value.length > s.length && value.endsWith(s)) return value.slice(0, -s.length);
  return value;
}

function numberTexts(field: Field, value: string, decimals: boolean): Texts {
  let v = normalise(value);
  v = stripSuffix(v, field.kind === 'percent' ? ['%', '‰'] : [field.unit]).trim();
  // `30余` into `XX人`: the approximation is the person's to write, but only once.
  let approx = '';
  const m = v.match(/^(.*?)([余多])$/);
  if (m && m[1] !== '' && field.kind === 'count') {
    v = m[1];
    if (!/^[余多]/.test(field.context.after)) approx = m[2];
  }
  const n = readNumber(v, decimals);
  if (n === null) {
    return fail(
      field.kind === 'percent' ? 'fill.notAPercent' : 'fill.notANumber',
      `${value.trim()} is not ${field.kind === 'percent' ? 'a percentage' : decimals ? 'a number' : 'a whole number'}`,
    );
  }
  return { texts: field.spans.map(() => n + approx) };
}

function nameTexts(field: Field, value: string, max: number): Texts {
  let v = value.replace(/^[\s\u3000]+|[\s\u3000]+$/g, '');
  // `XX局` + 青山县教育局 → 青山县教育局, not 青山县教育局局; `XXX同志` + 张三同志 → 张三同志.
  const whole = field.spans[field.spans.length - 1].text; // `某某单位` is replaced with its noun
  if (field.kind !== 'text' && field.unit !== undefined && !whole.endsWith(field.unit)) v = stripSuffix(v, [field.unit]);
  if ([...v].length > max) return fail('fill.tooLong', `the value is longer than ${max} characters`);
  return { texts: field.spans.map(() => v) };
}

/** A value that, where it lands, would still be read as a blank (`XX`, `某` before 局). Dates and years are digits. */
function newBlank(field: Field, edits: FieldEdit[]): string | undefined {
  if (edits.length !== 1) return undefined;
  const { before, after } = field.context;
  const inserted = edits[0].text;
  const line = before + inserted + after;
  for (const p of findPlaceholdersInLine(line)) {
    if (p.start < before.length + inserted.length && p.end > before.length) return p.text;
  }
  return undefined;
}
