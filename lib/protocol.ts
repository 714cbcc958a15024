// Every message between content script, background and side panel, typed in one place.
import { defineExtensionMessaging } from '@webext-core/messaging';
import type { Finding, OutlineItem, Placeholder, Stats } from './analysis/types';
import type { Field, FieldEdit } from './fields/types';

/** 'fullText': the whole document can be analysed on the user's request (loadFullText), though not read live. */
export type EditorFeature = 'read' | 'live' | 'highlight' | 'jump' | 'insert' | 'replace' | 'undo' | 'fullText';

export interface EditorInfo {
  /** Adapter id: 'textarea', 'contenteditable', 'prosemirror', 'quill', 'ckeditor5', 'tinymce', 'lexical', 'slate', … */
  id: string;
  /** Human name of the editor (not translated: product names). */
  name: string;
  features: EditorFeature[];
  /** i18n key: why the editor works only in part on this site (named degraded mode). */
  notice?: string;
}

/** An online suite the extension knows but cannot read from the page (lib/editors/sites/degraded.ts). */
export interface SiteInfo {
  id: string;
  /** Product name (not translated). */
  name: string;
  /** Why: 'canvas' = the text is drawn, not in the page; 'closed' = no public account of where it is. */
  reason: 'canvas' | 'closed';
}

/** A blank with a little text around it, so the panel can show it without the document. */
export interface BlankView extends Placeholder {
  before: string;
  after: string;
}

/** Where an editor lives and whether it may receive the panel's requests (judged inside its frame). */
export interface FrameInfo {
  /** True in the tab's top document, false in an embedded frame. */
  top: boolean;
  /** host[:port] of the frame's document, for the user to recognise it. */
  host: string;
  /** Big enough, laid out, opaque and placed on the page, as far as the frame itself can tell:
   *  editors failing this never become the target. */
  visible: boolean;
  /** The browser confirms the frame is shown unfaded and uncovered (IntersectionObserver v2);
   *  always true in the top document. Focus in an unconfirmed frame does not move the panel there. */
  confirmed: boolean;
  /** Date.now() of the last focus in this editor; 0 when never focused. */
  focusedAt: number;
  /** Editor area in CSS pixels (tie-break between never-focused editors). */
  area: number;
  /** The browser's frame id, filled in by the receiver (a frame does not know its own). */
  frameId?: number;
}

export interface DocState {
  url: string;
  title: string;
  /** Null when no supported editor was found on the page. */
  editor: EditorInfo | null;
  /** Set (with editor null) on a known online suite that works in the named degraded mode: its id in lib/editors/sites/degraded.ts. */
  site?: string;
  /** 0–1: how much the text looks like a formal report. */
  reportScore: number;
  isReport: boolean;
  outline: OutlineItem[];
  /** All blanks, or LIST_BLANK_LIMIT of them around the caret (lib/state/doc-state.ts) on a page full of them. */
  blanks: BlankView[];
  /** How many blanks the document has in all (blanks.length when none were left out). */
  blankTotal: number;
  /** Index among all blanks of blanks[0] (0 unless the list is a run around the caret). */
  firstBlank?: number;
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
  /** The frame reporting this state (absent for text the panel holds itself). */
  frame?: FrameInfo;
}

/** How the text of version `base` became the text of the report carrying it. */
export interface TextChange {
  base: number;
  start: number;
  end: number;
  text: string;
}

/**
 * What a frame says about its document: the text and the caret, not their analysis. The panel and
 * the background analyse the text themselves (lib/state/frame-document.ts), so a keystroke costs the
 * page a small message, never a state of thousands of items.
 */
export interface DocReport {
  url: string;
  title: string;
  editor: EditorInfo | null;
  /** A known online suite in the named degraded mode (see DocState.site). */
  site?: string;
  caret: number | null;
  /** Increments on every change of the text. */
  version: number;
  length: number;
  /** The whole text: in a first report, an answer to getState, or after the receiver asked for it. */
  text?: string;
  /** Else how the text of `change.base` became this version's. Neither: the text is that of `version` as sent before. */
  change?: TextChange;
  frame?: FrameInfo;
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

export interface EditRequest {
  start: number;
  end: number;
  replacement: string;
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
  // panel → content script (sent to one frame of a tab: the target frame)
  /** The frame's document; its text is left out when the asker already has version `have`. */
  getState(data?: { have?: number }): DocReport | null;
  jumpTo(data: { offset: number; end?: number }): boolean;
  insertText(data: { text: string }): WriteOutcome;
  replaceRange(data: { start: number; end: number; expected: string; text: string }): WriteOutcome;
  fillLabel(data: { label: string; value: string }): WriteOutcome;
  /** Several checked replacements at once (all refused when any `expected` is stale), confirmed by a re-read. */
  applyEdits(data: { edits: FieldEdit[] }): EditsOutcome;
  setHighlights(data: HighlightSettings): void;
  getSelectionText(): string;
  /** The selection as offsets in the text (null when the caret is not in the editor). */
  getSelectionSpan(): { start: number; end: number } | null;
  /** Reads the whole document by the site's own means (feature 'fullText'); true when loaded. */
  loadFullText(): boolean;
  /** Keyboard command: caret to the next/previous blank (background → content script). */
  jumpToBlank(data: { direction: 'next' | 'previous' }): boolean;

  /** Sent to every frame of a tab: each frame with an editor broadcasts its state (frame discovery). */
  announce(): void;

  // content script → background and panel (runtime broadcast; sender.frameId tells the frame)
  stateChanged(data: DocReport): void;
  /** This frame's focus or visibility changed (the document did not: no need to resend it). */
  frameChanged(data: FrameInfo): void;
  /** This frame's editor went away. */
  editorGone(): void;

  // panel/background → background
  siteEnabled(data: { origin: string; enabled: boolean }): boolean;

  // background → content scripts of every tab: the site switch changed, apply it now
  siteSwitched(data: { origin: string; enabled: boolean }): void;

  // content script → background (the content script never opens the library itself)
  getSiteSettings(data: { origin: string }): SiteSettings;
  /**
   * This frame may hold an editor: inject the engine into it (lib/content/engine-loader.ts), unless
   * the frame's site (`origin`, an about:blank frame's parent's) is switched off.
   */
  loadEngine(data: { origin: string }): EngineAnswer;
}

export type EngineAnswer = 'loaded' | 'siteOff' | 'failed';

export const { sendMessage, onMessage } = defineExtensionMessaging<ProtocolMap>();
export type { ProtocolMap };
