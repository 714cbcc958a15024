// Groups the blanks of a text into fields: `20XX年X月X日` is one date, `20XX` one year (the written
// `20` included, so a fill replaces the whole year), and each other blank one field of the kind its
// unit or label names. Keys tie together fields that are the same thing in a report.
import { analyze, splitLines } from '../analysis/analyze';
import { unitAfter as unitAfterBlank, UNIT_GROUPS } from '../analysis/blank-labels';
import type { Placeholder } from '../analysis/types';
import { assignKeys } from './keys';
import type { DatePart, Field, FieldKind, FieldSpan } from './types';
import { digitValue, isChineseYearDigit, type DateParts } from './values';
import { lineIndexAt } from '../sorted-search';

/** A field before it has a key, with what the key rules need to know about it. */
export interface Draft extends Omit<Field, 'key'> {
  /** The field-name before a colon (`述职人：____` → 述职人), when that is what labels it. */
  fieldName?: string;
}

interface Doc {
  text: string;
  lines: string[];
  lineStarts: number[];
  placeholders: Placeholder[];
  byStart: Map<number, number>;
  used: Set<number>;
}

export function findFields(text: string, placeholders?: Placeholder[]): Field[] {
  const { lines, lineStarts } = splitLines(text);
  const ps = placeholders ?? analyze(text).placeholders;
  const doc: Doc = { text, lines, lineStarts, placeholders: ps, byStart: new Map(ps.map((p, i) => [p.start, i])), used: new Set() };
  const drafts: Draft[] = [];
  for (let i = 0; i < ps.length; i++) {
    if (doc.used.has(i)) continue;
    const draft = dateField(doc, i) ?? singleField(doc, i);
    doc.used.add(i);
    drafts.push(draft);
  }
  return assignKeys(text, lines, drafts);
}

// ---- dates -------------------------------------------------------------------------------------

const PART_ORDER: DatePart[] = ['year', 'month', 'day'];

function datePartOf(p: Placeholder, text: string): DatePart | undefined {
  // `〔2026〕X号`: a document number, not a day.
  if (p.label === '号' && /[〕\]】)）]\s*$/.test(text.slice(Math.max(0, p.start - 2), p.start))) return undefined;
  const part: DatePart | undefined =
    p.label === '年' ? 'year' : p.label === '月' ? 'month' : p.label === '日' || p.label === '号' ? 'day' : undefined;
  // The label may be a field name before a colon (`某日：____`): a date part is the unit after the blank.
  return part !== undefined && unitAfter(text, p.end, part) !== undefined ? part : undefined;
}

const NOT_A_DAY_AFTER = '报常益趋渐新臻';

/** The unit written after a date part at `at` (spaces allowed before it), or undefined. */
function unitAfter(text: string, at: number, part: DatePart): { end: number; unit: string } | undefined {
  let i = at;
  while (text[i] === ' ' || text[i] === '\u3000') i++;
  const ch = text[i];
  if (part === 'year' && ch === '年') return { end: i + 1, unit: text[i + 1] === '度' ? '年度' : '年' };
  if (part === 'month' && ch === '月') return { end: i + 1, unit: text[i + 1] === '份' ? '月份' : '月' };
  // `《X日报》`, `X日常`: words that start with 日 are not a day.
  if (part === 'day' && (ch === '日' || ch === '号') && !(ch === '日' && NOT_A_DAY_AFTER.includes(text[i + 1])))
    return { end: i + 1, unit: ch };
  return undefined;
}

const COUNT_BEFORE_YEARS = /(?:工作|任职|从事|连续|近|共|满|已|达|长达|历时|用时|先后|每|第|工龄|教龄|党龄|服役|多)\s*$/;
const COUNT_AFTER_YEARS = /^\s*(?:年来|年多|年以上|年间|年内|年左右|余年|多年|年之久)/;

/** `工作XX年`, `近XX年来`: a number of years, not a year. */
function isYearCount(doc: Doc, p: Placeholder, span: { start: number; end: number }): boolean {
  if (span.end - span.start !== p.end - p.start) return false; // `20XX` is a year
  if (p.kind === 'x' && p.end - p.start >= 4) return false;
  const lineStart = doc.lineStarts[p.line];
  return (
    COUNT_BEFORE_YEARS.test(doc.text.slice(Math.max(lineStart, p.start - 6), p.start)) ||
    COUNT_AFTER_YEARS.test(doc.text.slice(p.end, p.end + 6))
  );
}

const WRITTEN_BEFORE: Record<'year' | 'month', RegExp> = {
  year: /(\d{4}|[０-９]{4}|[〇○零一二三四五六七八九]{4})\s*年\s*$/,
  month: /(\d{1,2}|[０-９]{1,2}|[一二三四五六七八九十]{1,3})\s*月\s*$/,
};

function writtenNumber(s: string): number {
  if ([...s].every((c) => digitValue(c) !== undefined && !isChineseYearDigit(c)) || [...s].every(isChineseYearDigit)) {
    return [...s].reduce((n, c) => n * 10 + (digitValue(c) ?? 0), 0);
  }
  // 十, 十二, 二十一 as months and days
  const ten = s.indexOf('十');
  const d = (c: string) => digitValue(c) ?? 0;
  if (ten < 0) return d(s);
  return (ten === 0 ? 1 : d(s[0])) * 10 + (ten === s.length - 1 ? 0 : d(s[s.length - 1]));
}

/** One date from the blank at `i` on: its blank parts as spans, the parts written around them. */
function dateField(doc: Doc, i: number): Draft | undefined {
  const first = doc.placeholders[i];
  const firstPart = datePartOf(first, doc.text);
  if (firstPart === undefined) return undefined;
  const lineStart = doc.lineStarts[first.line];
  const lineEnd = lineStart + doc.lines[first.line].length;
  const written: DateParts = {};

  // Parts written before the first blank: `2026年X月`, `2026年3月X日`.
  // Enough to hold `2026年12月` before the blank; a long paragraph is not re-read for every blank.
  let head = doc.text.slice(Math.max(lineStart, first.start - 12), first.start);
  if (firstPart === 'day') {
    const m = head.match(WRITTEN_BEFORE.month);
    if (m) {
      written.month = writtenNumber(m[1]);
      head = head.slice(0, m.index);
    }
  }
  if (firstPart === 'month' || written.month !== undefined) {
    const m = head.match(WRITTEN_BEFORE.year);
    if (m) written.year = writtenNumber(m[1]);
  }

  const spans: FieldSpan[] = [];
  const indices: number[] = [];
  let part: DatePart | undefined = firstPart;
  let at = first.start;
  let yearUnit = '年';
  while (part !== undefined) {
    const index = doc.byStart.get(at);
    const p = index === undefined ? undefined : doc.placeholders[index];
    let end: number;
    if (p !== undefined && index !== undefined && !doc.used.has(index) && datePartOf(p, doc.text) === part) {
      const span = part === 'year' ? yearSpan(doc.text, lineStart, lineEnd, p) : p;
      spans.push({ start: span.start, end: span.end, text: doc.text.slice(span.start, span.end), part });
      indices.push(index);
      end = span.end;
    } else {
      if (spans.length === 0) return undefined;
      const m = doc.text
        .slice(at, Math.min(lineEnd, at + 4))
        .match(part === 'year' ? /^(\d{4})/ : /^(\d{1,2}|[一二三四五六七八九十]{1,3})/);
      if (!m) break;
      const after = unitAfter(doc.text, at + m[1].length, part);
      if (!after) break;
      written[part] = writtenNumber(m[1]);
      end = at + m[1].length;
    }
    const unit = unitAfter(doc.text, end, part);
    if (!unit || unit.unit === '年度' || unit.unit === '月份') {
      if (unit && part === 'year') yearUnit = unit.unit;
      break;
    }
    at = unit.end;
    while (doc.text[at] === ' ' || doc.text[at] === '\u3000') at++;
    part = PART_ORDER[PART_ORDER.indexOf(part) + 1];
  }

  // A year alone is a year field (or a number of years); it is a date only with more parts.
  const onlyYear = spans.length === 1 && spans[0].part === 'year' && written.month === undefined && written.day === undefined;
  if (onlyYear) {
    if (isYearCount(doc, first, spans[0])) return undefined;
    const span = { ...spans[0] };
    delete span.part;
    return draft(doc, 'year', yearUnit === '年度' ? '年度' : '年份', [span], { unit: '年' });
  }
  for (const index of indices) doc.used.add(index);
  const d = draft(doc, 'date', '日期', spans, {});
  if (Object.keys(written).length > 0) d.written = written;
  return d;
}

const BLANK_CHAR = /[XxＸｘ×_＿某*＊]/;

function isWrittenYearChar(ch: string | undefined): boolean {
  return ch !== undefined && digitValue(ch) !== undefined;
}

/**
 * `20XX`, `２０XX`, `二〇XX`: the analysis reports only the `XX`; a year is replaced whole, so the
 * span takes in the digits written beside it when together they make four characters.
 */
export function yearSpan(text: string, lineStart: number, lineEnd: number, p: Placeholder): { start: number; end: number } {
  if (p.kind !== 'x' && p.kind !== 'underline' && p.kind !== 'cross') return p;
  let start = p.start;
  while (start > lineStart && p.start - start < 3 && isWrittenYearChar(text[start - 1])) start--;
  let end = p.end;
  while (end < lineEnd && end - p.end < 3 && isWrittenYearChar(text[end])) end++;
  // A year starts with its written digits (`20XX`, `2XX6`); digits only after a blank (`XX10日`) are not its end.
  if (start === p.start) return p;
  if (end - start !== 4 || isWrittenYearChar(text[start - 1]) || isWrittenYearChar(text[end])) return p;
  // `XX20XX`: the digits lead the next blank's year, they do not end this one.
  if (end > p.end && BLANK_CHAR.test(text[end] ?? '')) return p;
  const lead = digitValue(text[start]);
  if (start < p.start && lead !== 1 && lead !== 2) return p;
  const written = text.slice(start, end);
  // Chinese digits must be year digits (二〇, not 十/两), and ASCII and Chinese do not mix.
  const chinese = [...written].filter(isChineseYearDigit).length;
  const ascii = [...written].filter((c) => digitValue(c) !== undefined && !isChineseYearDigit(c)).length;
  if (chinese > 0 && ascii > 0) return p;
  if (chinese > 0 && chinese < 2) return p;
  return { start, end };
}

// ---- everything else ---------------------------------------------------------------------------

const GROUP_OF = new Map<string, keyof typeof UNIT_GROUPS>();
for (const [group, units] of Object.entries(UNIT_GROUPS) as [keyof typeof UNIT_GROUPS, readonly string[]][]) {
  for (const u of units) if (!GROUP_OF.has(u)) GROUP_OF.set(u, group);
}

/** Field names before a colon, by the kind of value they ask for. */
const NAMED: Record<string, FieldKind> = {};
for (const n of [
  '述职人',
  '报告人',
  '汇报人',
  '姓名',
  '名字',
  '签名',
  '署名',
  '本人',
  '填表人',
  '填报人',
  '联系人',
  '负责人',
  '撰写人',
  '述职者',
  '述廉人',
])
  NAMED[n] = 'person';
for (const n of ['单位', '工作单位', '所在单位', '单位名称', '部门', '所在部门', '填报单位', '报送单位', '述职单位'])
  NAMED[n] = 'organisation';
for (const n of ['日期', '时间', '填报日期', '报告日期', '述职日期', '填表日期']) NAMED[n] = 'date';
for (const n of ['年度', '年份']) NAMED[n] = 'year';
for (const n of ['地点', '地址', '所在地']) NAMED[n] = 'place';

/** The known field name a name ends with: `述职人` and `报告述职人` both ask for the 述职人. */
function namedName(name: string): string | undefined {
  let best: string | undefined;
  for (const n of Object.keys(NAMED)) if (name.endsWith(n) && (best === undefined || n.length > best.length)) best = n;
  return best;
}

/** Nouns that say only "an organisation": `某某单位` is filled whole with the unit's name. */
const GENERIC_ORGANISATION = new Set(['单位', '部门']);

const PERCENT = new Set(['%', '％', '‰']);

function kindOfUnit(unit: string): FieldKind {
  if (PERCENT.has(unit)) return 'percent';
  switch (GROUP_OF.get(unit)) {
    case 'count':
    case 'time':
      return 'count';
    case 'measure':
      return 'amount';
    case 'place':
      return 'place';
    case 'organisation':
      return 'organisation';
    case 'person':
      return 'person';
    // Dates are found before this: what is left is `〔2026〕X号` (a number) or `《X日报》` (a name).
    case 'date':
      return unit === '号' ? 'count' : 'text';
    default:
      return 'text';
  }
}

const COUNT_LABEL = '数量';

function singleField(doc: Doc, i: number): Draft {
  const p = doc.placeholders[i];
  const lineStart = doc.lineStarts[p.line];
  const lineEnd = lineStart + doc.lines[p.line].length;
  const ySpan = yearSpan(doc.text, lineStart, lineEnd, p);
  const spanOf = (s: { start: number; end: number }): FieldSpan => ({ start: s.start, end: s.end, text: doc.text.slice(s.start, s.end) });
  // `〔20XX〕`, `20XX—20XX学年`: a year whatever follows it.
  if (ySpan !== p) return draft(doc, 'year', '年份', [spanOf(ySpan)], { unit: p.label });
  const lineText = doc.lines[p.line];
  const label = p.label;
  // The analysis labels a blank by the unit after it, or else by a field name before a colon.
  if (label !== undefined && unitAfterBlank(lineText, p.end - lineStart) === label) {
    if (label === '年') return draft(doc, 'count', '年数', [spanOf(p)], { unit: label });
    const kind = kindOfUnit(label);
    if (kind === 'organisation' && GENERIC_ORGANISATION.has(label) && doc.text.startsWith(label, p.end)) {
      return draft(doc, kind, label, [spanOf({ start: p.start, end: p.end + label.length })], { unit: label });
    }
    const shown = kind === 'count' ? COUNT_LABEL : kind === 'percent' ? '百分比' : kind === 'person' ? '姓名' : label;
    return draft(doc, kind, shown, [spanOf(p)], { unit: label });
  }
  const name = nameBeforeColon(lineText, p.start - lineStart);
  const named = name === undefined ? undefined : namedName(name);
  if (name === undefined) return draft(doc, 'text', '内容', [spanOf(p)], {});
  if (named === undefined) return draft(doc, 'text', name.slice(-MAX_NAME_SHOWN), [spanOf(p)], { fieldName: name });
  return draft(doc, NAMED[named], named, [spanOf(p)], { fieldName: named });
}

const MAX_NAME_SHOWN = 6;

/**
 * The Chinese words right before a colon that precedes the blank (`述职人：____`). Unlike the
 * analysis label it is not dropped when more words run into it (`2026年1月述职人：`): the kind is
 * read from how the name ends.
 */
function nameBeforeColon(line: string, start: number): string | undefined {
  let at = start;
  while (at > 0 && /[\s\u3000]/.test(line[at - 1])) at--;
  if (line[at - 1] !== '：' && line[at - 1] !== ':') return undefined;
  const end = at - 1;
  let from = end;
  while (from > 0 && end - from < 12 && /[\u4e00-\u9fff]/.test(line[from - 1])) from--;
  return from < end ? line.slice(from, end) : undefined;
}

// ---- shared --------------------------------------------------------------------------------------

const SENTENCE_END = /[。！？!?；;]/;
const CONTEXT_CHARS = 40;

function draft(doc: Doc, kind: FieldKind, label: string, spans: FieldSpan[], extra: Pick<Draft, 'fieldName' | 'unit'>): Draft {
  const first = spans[0];
  const last = spans[spans.length - 1];
  const line = lineOf(doc, first.start);
  const lineStart = doc.lineStarts[line];
  const lineEnd = lineStart + doc.lines[line].length;
  let from = first.start;
  while (from > lineStart && first.start - from < CONTEXT_CHARS && !SENTENCE_END.test(doc.text[from - 1])) from--;
  let to = last.end;
  while (to < lineEnd && to - last.end < CONTEXT_CHARS && !SENTENCE_END.test(doc.text[to])) to++;
  if (to < lineEnd && SENTENCE_END.test(doc.text[to])) to++;
  const d: Draft = {
    id: `field@${first.start}`,
    kind,
    label,
    spans,
    context: {
      before: doc.text.slice(from, first.start).replace(/^[\s\u3000]+/, ''),
      after: doc.text.slice(last.end, to).replace(/\r$/, ''),
    },
    line,
  };
  if (extra.fieldName !== undefined) d.fieldName = extra.fieldName;
  if (extra.unit !== undefined) d.unit = extra.unit;
  return d;
}

function lineOf(doc: Doc, offset: number): number {
  return lineIndexAt(doc.lineStarts, offset);
}
