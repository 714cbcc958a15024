// The panel's connection to the page it is bound to. Views talk to this interface only, so the
// same views work against a real tab (protocol messages) and against local text (degraded mode).
import type { DocState, HighlightSettings, WriteOutcome } from '../protocol';

export interface PageLink {
  getState(): Promise<DocState | null>;
  jumpTo(offset: number, end?: number): Promise<boolean>;
  insertText(text: string): Promise<WriteOutcome>;
  replaceRange(data: { start: number; end: number; expected: string; text: string }): Promise<WriteOutcome>;
  fillLabel(label: string, value: string): Promise<WriteOutcome>;
  applyFix(data: { start: number; end: number; expected: string; replacement: string }): Promise<WriteOutcome>;
  setHighlights(settings: HighlightSettings): Promise<void>;
  getSelectionText(): Promise<string>;
  /** Asks the page to read its whole document by the site's own means (editor feature 'fullText'). */
  loadFullText?(): Promise<boolean>;
  /** The page's URL as the browser knows it (also when no content script runs there). */
  pageUrl(): Promise<string | undefined>;
  /** Calls back with every new state the page reports; returns the unsubscribe function. */
  onStateChanged(listener: (state: DocState) => void): () => void;
}
