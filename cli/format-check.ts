// Human-readable output of `check`: outline tree, blanks with line:column and context, findings.
import type { AnalysisResult, OutlineItem } from '../lib/analysis/types';
import { both, messages } from './messages';
import { lineIndexAt } from '../lib/sorted-search';

const CONTEXT = 12;

/** 1-based line and column (in characters, not UTF-16 units) of an offset; a leading BOM is not a column. */
export function lineColumn(text: string, lineStarts: readonly number[], line: number, offset: number): string {
  let from = lineStarts[line];
  if (line === 0 && text.charCodeAt(0) === 0xfeff) from++;
  const column = Array.from(text.slice(from, Math.max(from, offset))).length + 1;
  return `${line + 1}:${column}`;
}

export function lineStartsOf(text: string): number[] {
  const starts = [0];
  for (let i = text.indexOf('\n'); i !== -1; i = text.indexOf('\n', i + 1)) starts.push(i + 1);
  return starts;
}

/** A short one-line excerpt around [start, end), with the blank in 【】 brackets. */
function context(text: string, lineStart: number, lineEnd: number, start: number, end: number): string {
  const before = text.slice(Math.max(lineStart, start - CONTEXT), start).trimStart();
  const after = text
    .slice(end, Math.min(lineEnd, end + CONTEXT))
    .replace(/\r$/, '')
    .trimEnd();
  const lead = start - CONTEXT > lineStart ? '…' : '';
  const tail = end + CONTEXT < lineEnd ? '…' : '';
  return `${lead}${before}【${text.slice(start, end)}】${after}${tail}`;
}

function depth(outline: readonly OutlineItem[], index: number): number {
  let d = 0;
  for (let p = outline[index].parent; p !== null && d < outline.length; p = outline[p].parent) d++;
  return d;
}

export function formatCheck(file: string, text: string, result: AnalysisResult): string {
  const out: string[] = [file];
  const starts = lineStartsOf(text);
  const lineEnd = (line: number) => (line + 1 < starts.length ? starts[line + 1] - 1 : text.length);
  const sectionByItem = new Map(result.stats.sections.map((s) => [s.outline, s]));

  out.push(`${both(messages.outline)}:`);
  if (result.outline.length === 0) out.push(`  ${both(messages.none)}`);
  result.outline.forEach((item, i) => {
    const section = sectionByItem.get(i);
    const counts = section
      ? `  [${messages.chars(section.chars).zh}${section.blanks ? `，${messages.blanksIn(section.blanks).zh}` : ''}]`
      : '';
    out.push(`${'  '.repeat(depth(result.outline, i) + 1)}${item.marker}${item.title}${counts}`);
  });

  out.push(`${both(messages.blanks)}: ${result.placeholders.length}`);
  for (const p of result.placeholders) {
    const where = lineColumn(text, starts, p.line, p.start);
    out.push(`  ${where}  ${p.text}  ${context(text, starts[p.line], lineEnd(p.line), p.start, p.end)}`);
  }

  out.push(`${both(messages.findings)}: ${result.findings.length}`);
  for (const f of result.findings) {
    const line = lineIndexAt(starts, f.start);
    const severity = messages.severity[f.severity] ?? { zh: f.severity, en: f.severity };
    out.push(`  ${lineColumn(text, starts, line, f.start)}  ${severity.zh}/${severity.en}  ${f.message.zh} (${f.message.en})  [${f.rule}]`);
  }

  if (result.boilerplate.length > 0) {
    out.push(`${both(messages.boilerplate)}: ${result.boilerplate.map((b) => b.line + 1).join(', ')}`);
  }
  const errors = result.findings.filter((f) => f.severity === 'error').length;
  out.push(both(messages.summary(result.placeholders.length, result.findings.length, errors)));
  return out.join('\n');
}
