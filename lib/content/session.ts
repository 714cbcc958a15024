// One editor on one page, live: the document kept analysed, its blanks highlighted, its state
// reported, and the panel's requests (jump, insert, replace, fill) carried out through the adapter.
import type { AnalysisResult } from '../analysis/types';
import type { EditorAdapter, TextSpan } from '../editors/adapter';
import { createBlankRenderer, resolveColours, type BlankMark, type BlankRenderer } from '../highlight';
import { insideWindow, paintWindow, type PaintWindow } from '../highlight/paint-window';
import type { DocState, EditRequest, EditsOutcome, FrameInfo, HighlightSettings, WriteOutcome } from '../protocol';
import { previewEdits } from '../fields';
import type { EditPreview, FieldEdit } from '../fields/types';
import { blankToVisit, type Direction } from './blank-navigation';
import { watchCaret } from './caret-watch';
import { checkedEdits } from './field-edits';
import { buildDocState } from './doc-state';
import { watchPresence, type FramePresence } from './frame-presence';
import { LiveDocument } from './live-document';
import { SEGMENT_THRESHOLD } from './segmented-analyzer';
import { measureSince } from './timing';
import {
  applyFieldEdits,
  fillByLabel,
  insertAtCaret,
  expectedTextForFix,
  knownEdits,
  replaceSpan,
  type WriteTarget,
} from './write-actions';
import { placeTemplate } from '../templates/place';

export interface SessionOptions {
  highlights: HighlightSettings;
  /** Receives every new state (the content script broadcasts it). */
  publish(state: DocState): void;
  /** Receives this frame's new focus or visibility when only that changed. */
  publishFrame?(frame: FrameInfo): void;
  intervalMs?: number;
}

export class EditorSession {
  private live!: LiveDocument;
  private presence!: FramePresence;
  private renderer: BlankRenderer | null = null;
  /** The blanks painted last: a page full of blanks gets the run around the caret only. */
  private painted: PaintWindow<BlankMark> | null = null;
  private highlightSettings: HighlightSettings;
  private lastVisited = -1;
  private state: DocState | null = null;
  private caret: number | null = null;
  private stopCaret: () => void = () => {};

  static async start(adapter: EditorAdapter, options: SessionOptions): Promise<EditorSession> {
    const session = new EditorSession(adapter, options);
    // Focus and visibility decide which frame the panel talks to: report them when they change.
    session.presence = watchPresence(adapter.root, () => options.publishFrame?.(session.presence.info()));
    session.live = await LiveDocument.open(adapter, { onChange: () => session.changed(), intervalMs: options.intervalMs });
    if (session.huge) await new Promise<void>((ok) => setTimeout(ok, 0));
    session.changed();
    session.stopCaret = watchCaret(adapter, (caret) => session.caretMoved(caret));
    return session;
  }

  private constructor(
    readonly adapter: EditorAdapter,
    private readonly options: SessionOptions,
  ) {
    this.highlightSettings = options.highlights;
  }

  private changed(): void {
    this.state = null;
    this.paint();
    // Sending a huge state costs its serialisation: in a task of its own, not after the paint.
    if (this.huge) setTimeout(() => this.publishState(), 0);
    else this.publishState();
  }

  private caretMoved(caret: number | null): void {
    this.caret = caret;
    if (this.state) this.state = { ...this.state, caret };
    if (caret !== null && this.painted && !insideWindow(this.painted, caret)) this.paint();
    // Re-sending a huge document's state on every caret move would stall the page: there the
    // caret travels with the next state sent for an edit.
    if (!this.huge) this.publishState();
  }

  /** Big enough to be analysed in segments: work is spread over tasks. */
  private get huge(): boolean {
    return this.live.text.length > SEGMENT_THRESHOLD;
  }

  private publishState(): void {
    let started = performance.now();
    const state = this.getState();
    measureSince('ra:state', started);
    started = performance.now();
    this.options.publish(state);
    measureSince('ra:publish', started);
  }

  private paint(): void {
    if (!this.highlightSettings.enabled) {
      this.painted = null;
      this.renderer?.clear();
      return;
    }
    const started = performance.now();
    this.renderer ??= createBlankRenderer(this.adapter, resolveColours(this.highlightSettings.colors));
    this.painted = paintWindow(this.live.result.placeholders, this.caret ?? 0);
    this.renderer.render(this.painted.blanks);
    measureSince('ra:paint', started);
  }

  get highlighted(): number {
    return this.renderer?.drawn ?? 0;
  }

  /** The document's state with this frame's current focus and visibility. */
  getState(): DocState {
    return { ...this.docState(), frame: this.presence.info() };
  }

  /** Reports the state again (the panel or background is looking for the frames with editors). */
  announce(): void {
    this.publishState();
  }

  private docState(): DocState {
    if (this.state) return this.state;
    const { text, result } = this.live;
    const doc = this.adapter.root.ownerDocument;
    this.state = buildDocState({
      url: topUrl(doc),
      title: topTitle(doc),
      editor: {
        id: this.adapter.id,
        name: this.adapter.name,
        features: [...this.adapter.features],
        ...(this.adapter.notice ? { notice: this.adapter.notice } : {}),
      },
      text,
      result,
      version: this.live.version,
      caret: this.caret,
    });
    return this.state;
  }

  setHighlights(settings: HighlightSettings): void {
    this.highlightSettings = { enabled: Boolean(settings?.enabled), colors: settings?.colors ?? {} };
    this.renderer?.setColours(resolveColours(this.highlightSettings.colors));
    this.paint();
  }

  jumpTo(offset: number, end?: number): boolean {
    this.live.refresh();
    const length = this.live.text.length;
    if (!Number.isFinite(offset)) return false;
    const start = clamp(Math.trunc(offset), 0, length);
    const stop = end === undefined || !Number.isFinite(end) ? start : clamp(Math.trunc(end), start, length);
    try {
      this.adapter.reveal({ start, end: stop });
      return true;
    } catch {
      return false;
    }
  }

  jumpToBlank(direction: Direction): boolean {
    this.live.refresh();
    const blanks = this.live.result.placeholders;
    const caret = this.adapter.getSelection();
    const from = caret ? (direction === 'next' ? caret.end - 1 : caret.start) : (blanks[this.lastVisited]?.start ?? -1);
    const index = blankToVisit(blanks, from, direction);
    if (index === null) return false;
    this.lastVisited = index;
    return this.jumpTo(blanks[index].start, blanks[index].end);
  }

  private get writeTarget(): WriteTarget {
    return {
      adapter: this.adapter,
      currentText: () => {
        this.live.refresh();
        return this.live.text;
      },
      spansWithLabel: (label) => spansWithLabel(this.live.result, label),
    };
  }

  insertText(text: string): Promise<WriteOutcome> {
    return insertAtCaret(this.writeTarget, text);
  }

  replaceRange(data: { start: number; end: number; expected: string; text: string }): Promise<WriteOutcome> {
    return replaceSpan(this.writeTarget, data, data.text);
  }

  applyFix(data: { start: number; end: number; expected: string; replacement: string }): Promise<WriteOutcome> {
    const expected = expectedTextForFix(data, this.live.result.findings, this.live.text);
    if (expected === null) return Promise.resolve({ ok: false, method: 'none', messageKey: 'write.stale' });
    return replaceSpan(this.writeTarget, { ...data, expected }, data.replacement);
  }

  /** A fix of several replacements (重新编号), taken only as a whole fix the engine holds now. */
  applyFixEdits(edits: EditRequest[]): Promise<WriteOutcome> {
    this.live.refresh();
    const known = knownEdits(edits, this.live.result.findings, this.live.text);
    if (!known) return Promise.resolve({ ok: false, method: 'none', messageKey: 'write.stale' });
    return applyFieldEdits(this.writeTarget, known);
  }

  /** Inserts a template where the caret is (at the end when the editor has none), placed to fit there. */
  insertTemplate(body: string, renumber: boolean): Promise<WriteOutcome> {
    if (typeof body !== 'string' || !body.trim()) return Promise.resolve({ ok: false, method: 'none', messageKey: 'write.failed' });
    this.live.refresh();
    const text = this.live.text;
    const span = this.adapter.getSelection() ?? { start: text.length, end: text.length };
    const placed = placeTemplate(body, { text, outline: this.live.result.outline, start: span.start, end: span.end }, renumber);
    return replaceSpan(this.writeTarget, { ...span, expected: text.slice(span.start, span.end) }, placed);
  }

  applyEdits(edits: FieldEdit[]): Promise<EditsOutcome> {
    return applyFieldEdits(this.writeTarget, edits);
  }

  /** Empty when the edits no longer fit the text (the panel then shows nothing stale). */
  previewEdits(edits: FieldEdit[]): EditPreview[] {
    this.live.refresh();
    const sorted = checkedEdits(this.live.text, edits);
    return sorted ? previewEdits(this.live.text, sorted) : [];
  }

  fillLabel(label: string, value: string): Promise<WriteOutcome> {
    return fillByLabel(this.writeTarget, label, value);
  }

  async loadFullText(): Promise<boolean> {
    const loaded = (await this.adapter.loadFullText?.().catch(() => false)) ?? false;
    this.live.refresh();
    return loaded;
  }

  selectionText(): string {
    const span = this.adapter.getSelection();
    return span ? this.live.text.slice(span.start, span.end) : '';
  }

  dispose(): void {
    this.presence.dispose();
    this.stopCaret();
    this.live.dispose();
    this.renderer?.dispose();
    this.renderer = null;
  }
}

function spansWithLabel(result: AnalysisResult, label: string): TextSpan[] {
  return result.placeholders.filter((p) => (p.label ?? '') === label).map(({ start, end }) => ({ start, end }));
}

function clamp(n: number, lo: number, hi: number): number {
  return Math.min(hi, Math.max(lo, n));
}

// An editor in a frame (TinyMCE) reports the page the user sees, when the frame may read it.
function topUrl(doc: Document): string {
  try {
    return doc.defaultView?.top?.location.href ?? doc.location.href;
  } catch {
    return doc.location.href;
  }
}

function topTitle(doc: Document): string {
  try {
    return doc.defaultView?.top?.document.title ?? doc.title;
  } catch {
    return doc.title;
  }
}
