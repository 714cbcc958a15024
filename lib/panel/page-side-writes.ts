// The writes the panel prepares from the text it holds and the page only carries out: a finding's
// fix, a renumbering, a template placed where the caret is, the preview of several fills. The page
// checks every replaced text against its own document, so nothing stale is ever written.
import { checkedEdits } from '../content/field-edits';
import { previewEdits } from '../fields/edits';
import type { DocState, WriteOutcome } from '../protocol';
import { expectedTextForFix, knownEdits } from '../state/fix-edits';
import { placeTemplate } from '../templates/place';
import type { PageLink } from './page-link';

export interface PageSide {
  /** The target's state and text, current (asked for now). */
  current(): Promise<{ state: DocState; text: string } | null>;
  replaceRange: PageLink['replaceRange'];
  applyEdits: PageLink['applyEdits'];
  selectionSpan(): Promise<{ start: number; end: number } | null>;
}

const stale: WriteOutcome = { ok: false, method: 'none', messageKey: 'write.stale' };

export function pageSideWrites(page: PageSide): Pick<PageLink, 'applyFix' | 'applyFixEdits' | 'insertTemplate' | 'previewEdits'> {
  return {
    async applyFix(fix) {
      const doc = await page.current();
      const expected = doc && expectedTextForFix(fix, doc.state.findings, doc.text);
      if (expected === null || expected === undefined) return { ...stale };
      return page.replaceRange({ start: fix.start, end: fix.end, expected, text: fix.replacement });
    },
    async applyFixEdits(edits) {
      const doc = await page.current();
      const known = doc && knownEdits(edits, doc.state.findings, doc.text);
      if (!known) return { ...stale };
      const outcome = await page.applyEdits(known);
      return {
        ok: outcome.ok,
        method: outcome.method,
        ...(outcome.count !== undefined ? { count: outcome.count } : {}),
        ...(outcome.messageKey ? { messageKey: outcome.messageKey } : {}),
      };
    },
    async insertTemplate(body, renumber) {
      if (typeof body !== 'string' || !body.trim()) return { ok: false, method: 'none', messageKey: 'write.failed' };
      const [doc, selection] = await Promise.all([page.current(), page.selectionSpan()]);
      if (!doc) return { ok: false, method: 'none', messageKey: 'error.noConnection' };
      const { text, state } = doc;
      const span = selection && selection.end <= text.length ? selection : { start: text.length, end: text.length };
      const placed = placeTemplate(body, { text, outline: state.outline, start: span.start, end: span.end }, renumber);
      return page.replaceRange({ ...span, expected: text.slice(span.start, span.end), text: placed });
    },
    async previewEdits(edits) {
      const doc = await page.current();
      const sorted = doc && checkedEdits(doc.text, edits);
      return doc && sorted ? previewEdits(doc.text, sorted) : [];
    },
  };
}
