// A DocState computed in the panel from text the user pasted or selected (degraded mode).
import type { Placeholder } from '../analysis/types';
import type { BlankView, DocState } from '../protocol';

/** Beyond this the panel analyses only the start, so a huge paste never freezes it. */
export const LOCAL_TEXT_LIMIT = 300_000;
const CONTEXT_CHARS = 12;

export function blankViews(text: string, placeholders: Placeholder[]): BlankView[] {
  return placeholders.map((p) => ({
    ...p,
    before: text.slice(Math.max(0, p.start - CONTEXT_CHARS), p.start).split('\n').pop() ?? '',
    after: text.slice(p.end, p.end + CONTEXT_CHARS).split('\n')[0],
  }));
}

/** The engine is loaded on first use: degraded mode is rare and the panel starts without it. */
export async function docStateFromText(text: string, meta: { url: string; title: string; version: number }): Promise<DocState> {
  const { analyze } = await import('../analysis');
  const analysed = text.length > LOCAL_TEXT_LIMIT ? text.slice(0, LOCAL_TEXT_LIMIT) : text;
  const result = analyze(analysed);
  return {
    url: meta.url,
    title: meta.title,
    editor: null,
    reportScore: result.outline.length > 0 ? 1 : 0,
    isReport: result.outline.length > 0,
    outline: result.outline,
    blanks: blankViews(analysed, result.placeholders),
    findings: result.findings,
    stats: result.stats,
    length: analysed.length,
    version: meta.version,
  };
}
