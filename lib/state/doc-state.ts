// The picture of a document the panel's views show, built from its text and analysis: in the panel
// and the background from the text a frame reports (frame-document.ts), and in the panel's local
// (degraded) mode from pasted text.
import type { AnalysisResult, Placeholder } from '../analysis/types';
import { findFields, type Field } from '../fields';
import type { BlankView, DocState, EditorInfo } from '../protocol';
import { judgeReport } from './report-verdict';

/** Characters of context shown on each side of a blank. */
export const BLANK_CONTEXT_CHARS = 12;

export function blankViews(text: string, placeholders: Placeholder[], context = BLANK_CONTEXT_CHARS): BlankView[] {
  return placeholders.map((p) => ({
    ...p,
    before: contextBefore(text, p.start, context),
    after: contextAfter(text, p.end, context),
  }));
}

// Context stays on the blank's own line: the panel shows it as one snippet.
function contextBefore(text: string, start: number, size: number): string {
  const from = Math.max(0, start - size);
  const slice = text.slice(from, start);
  const lineBreak = slice.lastIndexOf('\n');
  return lineBreak === -1 ? slice : slice.slice(lineBreak + 1);
}

function contextAfter(text: string, end: number, size: number): string {
  const slice = text.slice(end, end + size);
  const lineBreak = slice.indexOf('\n');
  return lineBreak === -1 ? slice : slice.slice(0, lineBreak);
}

/**
 * Fields for the panel, bounded so a huge document (tens of thousands of blanks) keeps its state
 * cheap to build and to send: the first FIELD_BLANK_LIMIT blanks form fields, and each field
 * carries at most FIELD_CONTEXT_CHARS of its sentence on either side.
 */
export const FIELD_BLANK_LIMIT = 1_000;
export const FIELD_CONTEXT_CHARS = 60;

export function stateFields(text: string, placeholders: Placeholder[]): Field[] {
  let fields: Field[];
  if (placeholders.length <= FIELD_BLANK_LIMIT) fields = findFields(text, placeholders);
  else {
    // The text up to the end of the last kept blank's line: offsets stay the same, the work is bounded.
    const kept = placeholders.slice(0, FIELD_BLANK_LIMIT);
    const lineEnd = text.indexOf('\n', kept[kept.length - 1].end);
    fields = findFields(lineEnd === -1 ? text : text.slice(0, lineEnd), kept);
  }
  return fields.map((f) => ({
    ...f,
    context: { before: f.context.before.slice(-FIELD_CONTEXT_CHARS), after: f.context.after.slice(0, FIELD_CONTEXT_CHARS) },
  }));
}

/**
 * Blanks listed in the state: a hostile or huge page (100k blanks) would otherwise cost megabytes per
 * message. The panel says "first N of M" beyond it; the true count travels as blankTotal.
 */
export const STATE_BLANK_LIMIT = FIELD_BLANK_LIMIT;

export interface DocStateInput {
  url: string;
  title: string;
  editor: EditorInfo | null;
  text: string;
  result: AnalysisResult;
  version: number;
  /** Start of the selection in the text, when the caret is in the editor. */
  caret?: number | null;
}

export function buildDocState(input: DocStateInput): DocState {
  const { result, text } = input;
  return {
    url: input.url,
    title: input.title,
    editor: input.editor,
    ...judgeReport(text, result),
    outline: result.outline,
    blanks: blankViews(text, result.placeholders.slice(0, STATE_BLANK_LIMIT)),
    blankTotal: result.placeholders.length,
    fields: stateFields(text, result.placeholders),
    caret: input.caret ?? null,
    findings: result.findings,
    stats: result.stats,
    length: text.length,
    version: input.version,
  };
}
