// The panel's connection to the page it is bound to. Views talk to this interface only, so the
// same views work against a real tab (protocol messages) and against local text (degraded mode).
import type { FrameChoice } from '../frames/frame-registry';
import type { EditPreview, FieldEdit } from '../fields/types';
import type { DocState, EditRequest, EditsOutcome, HighlightSettings, WriteOutcome } from '../protocol';

/** The editors of a page in several frames, and which one the link talks to. */
export interface FrameSwitch {
  /** Editors that may be the target, best first. */
  choices(): FrameChoice[];
  target(): number | null;
  choose(frameId: number): void;
  onChange(listener: () => void): () => void;
}

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
  /** A fix made of several replacements (重新编号), accepted only as a whole fix the page's engine holds. */
  applyFixEdits(edits: EditRequest[]): Promise<WriteOutcome>;
  insertTemplate(text: string, renumber: boolean): Promise<WriteOutcome>;
  setHighlights(settings: HighlightSettings): Promise<void>;
  getSelectionText(): Promise<string>;
  /** Asks the page to read its whole document by the site's own means (editor feature 'fullText'). */
  loadFullText?(): Promise<boolean>;
  /** The page's URL as the browser knows it (also when no content script runs there). */
  pageUrl(): Promise<string | undefined>;
  /** Calls back with every new state the page reports; returns the unsubscribe function. */
  onStateChanged(listener: (state: DocState) => void): () => void;
  /** Present when the page may hold editors in several frames. */
  frames?: FrameSwitch;
}
