// Blanks grouped into the things a person fills in: one date is one field (`20XX年X月X日`), a year
// takes a whole year, and fields that name the same thing (the report year, 述职人, the unit's
// name) share a key so one value can fill them all. Pure data: no DOM, no browser API.

export type FieldKind =
  | 'date' // 20XX年X月X日, XXXX年XX月XX日, ____年__月__日, X月X日 (spans carry their part)
  | 'year' // 20XX年, XXXX年度 — takes a full year and replaces the whole written year
  | 'count' // XX次, XX人, XX个, XX项, XX篇 …
  | 'percent' // XX%
  | 'amount' // XX万元, XX亿元
  | 'person' // XXX同志, 述职人：____
  | 'organisation' // 某某单位, XX局
  | 'place' // XX省, XX县
  | 'text'; // anything else

export type DatePart = 'year' | 'month' | 'day';

export interface FieldSpan {
  start: number;
  end: number;
  /** The text the span holds now (what a fill replaces; `20XX`, not just `XX`). */
  text: string;
  /** For date fields: which part of the date this span is. */
  part?: DatePart;
}

export interface Field {
  /** Unique in one analysis: stable for the same text (derived from the first span's offset). */
  id: string;
  /** Same key = same thing in the report (e.g. 'year:report', 'person:reporter', 'org:unit'); one value fills all. */
  key: string;
  kind: FieldKind;
  /** What a person is asked for, in the report's words (年度, 述职人, 单位, 次数 …). */
  label: string;
  /** In document order; a date has one span per unfilled part. */
  spans: FieldSpan[];
  /** The sentence around the field, on its own line: text before the first span and after the last. */
  context: { before: string; after: string };
  /** 0-based line of the first span. */
  line: number;
  /** The unit or noun written right after the blank, as the analysis names it (人, 万元, %, 局, 同志), if any. */
  unit?: string;
  /** For date fields: the parts already written (`2026年X月X日` → { year: 2026 }); a value must agree with them. */
  written?: Partial<Record<DatePart, number>>;
}

/** One replacement, checked against `expected` before it is applied (the document may have moved on). */
export interface FieldEdit {
  start: number;
  end: number;
  expected: string;
  text: string;
}

export type FillResult =
  | { ok: true; edits: FieldEdit[] }
  /** `reason` is an i18n key (e.g. 'fill.notAYear'); `detail` a short plain-language reason for the CLI. */
  | { ok: false; reason: string; detail: string };

/** A sentence as it reads now and as it will read after the edits (for the preview). */
export interface EditPreview {
  line: number;
  before: string;
  after: string;
}
