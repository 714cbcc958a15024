// Which fields are the same thing. The report year is the year in the title and the opening (and a
// body year written as 本年度/今年); a year the plan section or a 打算/计划 names is the target year,
// not the report year. The 述职人 and the unit's name come from their field names or from the title. Everything else gets a key of its own, derived from where it starts.
import type { Field } from './types';
import type { Draft } from './find-fields';

const TOP_HEADING = /^[\s\u3000]*[一二三四五六七八九十]+[、，,．.]/;
const SECOND_HEADING = /^[\s\u3000]*[（(][一二三四五六七八九十]+[）)]/;
const PLAN_WORDS = /打算|计划|思路|下一步|下步|明年|来年|展望|努力方向|工作安排|工作设想|今后/;
const PLAN_AFTER_YEAR = /^(?:年度?|年的?)(?:的)?(?:全年|重点|主要)?(?:工作)?(?:的)?(?:打算|计划|安排|思路|目标|展望|设想|要点|任务)/;
const PLAN_BEFORE_YEAR = /(?:明年|来年|下一年|下步|下一步|今后|展望|计划|打算|力争|预计|到)\s*$/;
const REPORT_BEFORE_YEAR = /(?:本|今)\s*$/;
const REPORT_AFTER_YEAR = /^年度?(?:的)?(?:工作)?(?:总结|回顾|述职|述责|述廉|完成情况|工作情况|主要工作|履职)/;

const REPORTER_NAMES = ['述职人', '报告人', '汇报人', '姓名', '述职者', '述廉人', '签名', '署名', '本人'];
const UNIT_NAMES = ['单位', '工作单位', '所在单位', '单位名称', '述职单位', '填报单位', '报送单位'];
const ROLE_NAMES = ['职务', '职位', '岗位', '现任职务'];

const endsWithAny = (s: string | undefined, names: string[]) => s !== undefined && names.some((n) => s.endsWith(n));

export function assignKeys(text: string, lines: string[], drafts: Draft[]): Field[] {
  const headerEnd = headerLineCount(lines);
  const planLines = planSectionLines(lines);
  // The title names the unit and its area (`XX县XX局…述职报告`): a blank elsewhere with the same noun
  // (XX局, XX县) is that unit or area. Read from the title's text, not from its fields, so a key does
  // not change when the title is filled first.
  const titleLine = lines.findIndex((l) => l.trim() !== '');
  const title = titleLine < 0 ? '' : lines[titleLine];
  const inTitle = (d: Draft, unit: string | undefined) => unit !== undefined && (d.line === titleLine || titleHasUnit(title, unit));
  const lastLines = lastNonEmptyLines(lines, 3);
  return drafts.map((d) => {
    const { fieldName, ...field } = d;
    const unit = d.unit;
    const inHeader = d.line < headerEnd;
    const first = d.spans[0];
    const last = d.spans[d.spans.length - 1];
    let key: string | undefined;
    switch (d.kind) {
      case 'year': {
        const after = text.slice(last.end, last.end + 16);
        const before = d.context.before;
        if (planLines.has(d.line) || PLAN_AFTER_YEAR.test(after) || PLAN_BEFORE_YEAR.test(before)) key = 'year:plan';
        else if (
          inHeader ||
          after.startsWith('年度') ||
          REPORT_AFTER_YEAR.test(after) ||
          REPORT_BEFORE_YEAR.test(before) ||
          fieldName !== undefined
        )
          key = 'year:report';
        break;
      }
      case 'person':
        // `XXX同志述职报告`: the title's 同志 is the one reporting; in the opening it may be a leader.
        if (endsWithAny(fieldName, REPORTER_NAMES) || (d.line === titleLine && unit === '同志')) key = 'person:reporter';
        break;
      case 'organisation':
        if (endsWithAny(fieldName, UNIT_NAMES) || unit === '单位' || inTitle(d, unit)) key = 'org:unit';
        break;
      case 'place':
        // Only in the title and opening: a body's `赴XX县` may be any county.
        if (inHeader && inTitle(d, unit)) key = 'place:area';
        break;
      case 'date':
        // The date under the signature: a line that holds only the date, at the end.
        if (lastLines.has(d.line) && d.context.before.trim() === '' && /^[日号]?[\s\u3000]*$/.test(d.context.after)) key = 'date:signed';
        break;
      case 'text':
        if (endsWithAny(fieldName, ROLE_NAMES)) key = 'role:reporter';
        break;
    }
    return { ...field, key: key ?? `${d.kind}@${first.start}` } as Field;
  });
}

/** `XX局` in a body sentence is the title's unit when the title names a 局 too (blank or written). */
function titleHasUnit(title: string, unit: string): boolean {
  const re = new RegExp(`(?:[XxＸｘ×_＿某*＊]|[\\u4e00-\\u9fff])${unit.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}`);
  return re.test(title);
}

function lastNonEmptyLines(lines: string[], n: number): Set<number> {
  const out = new Set<number>();
  for (let i = lines.length - 1; i >= 0 && out.size < n; i--) if (lines[i].trim() !== '') out.add(i);
  return out;
}

/** Lines of the title and the opening: everything before the first top-level heading (一、). */
function headerLineCount(lines: string[]): number {
  const first = lines.findIndex((l) => TOP_HEADING.test(l));
  if (first >= 0) return first;
  // No headings: the title and the first paragraph.
  let seen = 0;
  for (let i = 0; i < lines.length; i++) {
    if (lines[i].trim() !== '') seen++;
    if (seen === 2) return i + 1;
  }
  return lines.length;
}

/** Lines in a section whose top-level heading (or second-level heading) speaks of plans. */
function planSectionLines(lines: string[]): Set<number> {
  const out = new Set<number>();
  let topPlan = false;
  let subPlan = false;
  lines.forEach((line, i) => {
    if (TOP_HEADING.test(line)) {
      topPlan = PLAN_WORDS.test(headingText(line));
      subPlan = false;
    } else if (SECOND_HEADING.test(line)) {
      subPlan = PLAN_WORDS.test(headingText(line));
    }
    if (topPlan || subPlan) out.add(i);
  });
  return out;
}

/** The heading part of a heading line: up to the first full stop. */
function headingText(line: string): string {
  const stop = line.search(/[。：:]/);
  return stop < 0 ? line : line.slice(0, stop);
}
