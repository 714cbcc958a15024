// A finding's fix as the panel sends it to the page: checked against the findings of the text it
// holds, with the text each replacement expects taken from that text, so the page refuses it when
// its document moved on.
import type { Finding } from '../analysis/types';
import type { FieldEdit } from '../fields/types';
import type { EditRequest } from '../protocol';

/**
 * A fix without the text it replaces (the view holds only offsets) is accepted only when the
 * findings of the analysed text hold the identical fix; the text it replaces is
 * then taken from the analysed text, so replaceSpan still refuses it if the document moved on.
 */
export function expectedTextForFix(
  fix: { start: number; end: number; expected: string; replacement: string },
  findings: readonly Finding[],
  analysedText: string,
): string | null {
  if (typeof fix?.expected === 'string' && fix.expected) return fix.expected;
  const known = findings.some((f) => f.fix && f.fix.start === fix?.start && f.fix.end === fix.end && f.fix.replacement === fix.replacement);
  return known ? analysedText.slice(fix.start, fix.end) : null;
}

/**
 * Several replacements made as one action (重新编号: one per heading marker). The panel sends them
 * without the text they replace, so they are accepted only as a whole fix the engine's latest
 * findings hold; the replaced text is then taken from the analysed text, so applyFieldEdits still
 * refuses them if the document moved on.
 */
export function knownEdits(edits: readonly EditRequest[], findings: readonly Finding[], analysedText: string): FieldEdit[] | null {
  if (!Array.isArray(edits) || !edits.length) return null;
  const same = (f: Finding) =>
    f.edits?.length === edits.length &&
    f.edits.every((e, i) => e.start === edits[i]?.start && e.end === edits[i].end && e.replacement === edits[i].replacement);
  if (!findings.some(same)) return null;
  return edits.map((e) => ({ start: e.start, end: e.end, text: e.replacement, expected: analysedText.slice(e.start, e.end) }));
}
