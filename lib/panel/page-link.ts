// The panel's connection to the page it is bound to. Views talk to this interface only, so the
// same views work against a real tab (protocol messages) and against local text (degraded mode).
import type { EditPreview, FieldEdit } from '../fields/types';
import type { DocState, EditsOutcome, HighlightSettings, WriteOutcome } from '../protocol';

export interface PageLink {
  getState(): Promise<DocState | null>;
  jumpTo(offset: number, end?: number): Promise<boolean>;
  insertText(text: string): Promise<WriteOutcome>;
  replaceRange(data: { start: number; end: number; expected: string; text: string }): Promise<WriteOutcome>;
  fillLabel(label: string, value: string): Promise<WriteOutcome>;
  /** Several replacements as one action; all refused when any is stale. The outcome carries the undo. */
  applyEdits(edits: FieldEdit[]): Promise<EditsOutcome>;
  /** Each affected line before → after (empty when the edits no longer fit the page). */
  previewEdits(edits: FieldEdit[]): Promise<EditPreview[]>;
  applyFix(data: { start: number; end: number; expected: string; replacement: string }): Promise<WriteOutcome>;
  setHighlights(settings: HighlightSettings): Promise<void>;
  getSelectionText(): Promise<string>;
  /** The page's URL as the browser knows it (also when no content script runs there). */
  pageUrl(): Promise<string | undefined>;
  /** Calls back with every new state the page reports; returns the unsubscribe function. */
  onStateChanged(listener: (state: DocState) => void): () => void;
}
