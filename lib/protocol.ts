// Every message between content script, background and side panel, typed in one place.
import { defineExtensionMessaging } from '@webext-core/messaging';
import type { Finding, OutlineItem, Placeholder, Stats } from './analysis/types';
import type { EditPreview, Field, FieldEdit } from './fields/types';

export type EditorFeature = 'read' | 'live' | 'highlight' | 'jump' | 'insert' | 'replace' | 'undo';

export interface EditorInfo {
  /** Adapter id: 'textarea', 'contenteditable', 'prosemirror', 'quill', 'ckeditor5', 'tinymce', 'lexical', 'slate', … */
  id: string;
  /** Human name of the editor (not translated: product names). */
  name: string;
  features: EditorFeature[];
}

/** A blank with a little text around it, so the panel can show it without the document. */
export interface BlankView extends Placeholder {
  before: string;
  after: string;
}

export interface DocState {
  url: string;
  title: string;
  /** Null when no supported editor was found on the page. */
  editor: EditorInfo | null;
  /** 0–1: how much the text looks like a formal report. */
  reportScore: number;
  isReport: boolean;
  outline: OutlineItem[];
  blanks: BlankView[];
  /** The blanks as things a person fills in (one date = one field), in document order. */
  fields: Field[];
  /** Where the caret is in the text (start of the selection), or null when it is not in the editor. */
  caret: number | null;
  findings: Finding[];
  stats: Stats;
  /** Text length, to detect stale offsets. */
  length: number;
  /** Increments on every re-read of the document. */
  version: number;
}

export interface WriteOutcome {
  ok: boolean;
  /** 'editor': went through the editor's own input path; 'clipboard': copied, the user must paste. */
  method: 'editor' | 'clipboard' | 'none';
  /** How many places were changed (fill by label). */
  count?: number;
  /** i18n key of a message for the user when ok is false or the clipboard was used. */
  messageKey?: string;
}

/** The outcome of applyEdits; `undo` restores exactly the previous text of the edited spans. */
export interface EditsOutcome extends WriteOutcome {
  undo?: FieldEdit[];
}

export interface HighlightSettings {
  enabled: boolean;
  /** CSS colours per placeholder kind (or 'default'). */
  colors: Record<string, string>;
}

export interface SiteSettings {
  /** False when the user switched the extension off for this site. */
  enabled: boolean;
  highlights: HighlightSettings;
}

interface ProtocolMap {
  // panel → content script (sent to a tab)
  getState(): DocState | null;
  jumpTo(data: { offset: number; end?: number }): boolean;
  insertText(data: { text: string }): WriteOutcome;
  replaceRange(data: { start: number; end: number; expected: string; text: string }): WriteOutcome;
  fillLabel(data: { label: string; value: string }): WriteOutcome;
  /** Several checked replacements at once (all refused when any `expected` is stale), confirmed by a re-read. */
  applyEdits(data: { edits: FieldEdit[] }): EditsOutcome;
  /** Each affected line as it reads now and as it will read after the edits. */
  previewEdits(data: { edits: FieldEdit[] }): EditPreview[];
  applyFix(data: { start: number; end: number; expected: string; replacement: string }): WriteOutcome;
  setHighlights(data: HighlightSettings): void;
  getSelectionText(): string;
  /** Keyboard command: caret to the next/previous blank (background → content script). */
  jumpToBlank(data: { direction: 'next' | 'previous' }): boolean;

  // content script → background and panel (runtime broadcast)
  stateChanged(data: DocState): void;

  // panel/background → background
  siteEnabled(data: { origin: string; enabled: boolean }): boolean;

  // content script → background (the content script never opens the library itself)
  getSiteSettings(data: { origin: string }): SiteSettings;
}

export const { sendMessage, onMessage } = defineExtensionMessaging<ProtocolMap>();
export type { ProtocolMap };
