// The picture of a document the panel's views show, built from its text and analysis: in the panel
// and the background from the text a frame reports (frame-document.ts), and in the panel's local
// (degraded) mode from pasted text.
import type { AnalysisResult, Placeholder } from '../analysis/types';
import { findFields, type Field } from '../fields';
import type { BlankView, DocState, EditorInfo } from '../protocol';
import { lastIndexWhere } from '../sorted-search';
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
 * Blanks listed in the panel at once: a hostile or huge page (100k blanks) would otherwise cost the
 * panel a second per change to turn them all into fields. Beyond it the panel lists the run of
 * blanks around the caret (as the page paints them) and says which of how many it lists.
 */
export const LIST_BLANK_LIMIT = 1_000;
export const FIELD_CONTEXT_CHARS = 60;

/** The index of the first listed blank: all when they fit, else a run of `limit` centred on the caret. */
export function listStart(placeholders: readonly Placeholder[], caret: number | null | undefined, limit = LIST_BLANK_LIMIT): number {
  if (placeholders.length <= limit) return 0;
  const around = lastIndexWhere(placeholders.length, (i) => placeholders[i].end < (caret ?? 0)) + 1;
  return Math.max(0, Math.min(around - (limit >> 1), placeholders.length - limit));
}

/** Fields of the listed blanks; each carries at most FIELD_CONTEXT_CHARS of its sentence on either side. */
export function stateFields(text: string, listed: Placeholder[]): Field[] {
  if (listed.length === 0) return [];
  // The text up to the end of the last listed blank's line: offsets stay the same, the work is bounded.
  const lineEnd = text.indexOf('\n', listed[listed.length - 1].end);
  const fields = findFields(lineEnd === -1 ? text : text.slice(0, lineEnd), listed);
  return fields.map((f) => ({
    ...f,
    context: { before: f.context.before.slice(-FIELD_CONTEXT_CHARS), after: f.context.after.slice(0, FIELD_CONTEXT_CHARS) },
  }));
}

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
  const first = listStart(result.placeholders, input.caret);
  const listed = result.placeholders.slice(first, first + LIST_BLANK_LIMIT);
  return {
    url: input.url,
    title: input.title,
    editor: input.editor,
    ...judgeReport(text, result),
    outline: result.outline,
    blanks: blankViews(text, listed),
    blankTotal: result.placeholders.length,
    firstBlank: first,
    fields: stateFields(text, listed),
    caret: input.caret ?? null,
    findings: result.findings,
    stats: result.stats,
    length: text.length,
    version: input.version,
  };
}
