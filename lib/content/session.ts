// One editor on one page, live: the document's blanks kept highlighted, its text reported (the
// panel and the background analyse it), and the panel's requests (jump, insert, replace, fill)
// carried out through the adapter.
import type { Placeholder } from '../analysis/types';
import type { EditorAdapter, TextSpan } from '../editors/adapter';
import type { FieldEdit } from '../fields/types';
import { createBlankRenderer, resolveColours, type BlankMark, type BlankRenderer } from '../highlight';
import { insideWindow, PAINT_LIMIT, type PaintWindow } from '../highlight/paint-window';
import type { DocReport, EditsOutcome, FrameInfo, HighlightSettings, WriteOutcome } from '../protocol';
import { diffText, spanChange, type TextSpanChange } from '../text-change';
import { watchCaret } from './caret-watch';
import { createCoalescer } from './coalescer';
import { watchPresence, type FramePresence } from './frame-presence';
import { watchViewport } from './viewport-watch';
import { LiveDocument } from './live-document';
import { measureSince } from './timing';
import { applyFieldEdits, fillByLabel, insertAtCaret, replaceSpan, type WriteTarget } from './write-actions';

/** The panel and the background re-analyse each report: during a burst they get one per this many ms. */
const REPORT_INTERVAL_MS = 80;

/** Which way the next/previous-blank command goes. */
export type Direction = 'next' | 'previous';

export interface SessionOptions {
  highlights: HighlightSettings;
  /** Receives every report (the content script broadcasts it). */
  publish(report: DocReport): void;
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
  /** The text and version last broadcast: the next report says how the text changed since. */
  private published: { text: string; version: number } | null = null;
  /** Reports after the first, at most one per REPORT_INTERVAL_MS during a burst (the page still paints every frame). */
  private readonly reports = createCoalescer(() => this.publishChange(), REPORT_INTERVAL_MS, undefined, 'after-interval');
  private caret: number | null = null;
  /** Where the painted run is centred: the caret, or the middle of the view after a scroll, whichever moved last. */
  private around: number | null = null;
  private stopCaret: () => void = () => {};
  private stopViewport: () => void = () => {};

  static async start(adapter: EditorAdapter, options: SessionOptions): Promise<EditorSession> {
    const session = new EditorSession(adapter, options);
    // Focus and visibility decide which frame the panel talks to: report them when they change.
    session.presence = watchPresence(adapter.root, () => options.publishFrame?.(session.presence.info()));
    session.live = await LiveDocument.open(adapter, { onChange: () => session.changed(), intervalMs: options.intervalMs });
    // The first report measures the editor (its frame's visibility): after the browser has laid the
    // page out on its own, so a huge page's first layout is not forced inside our task.
    await afterRendering(adapter.root.ownerDocument.defaultView);
    session.changed();
    session.stopCaret = watchCaret(adapter, (caret) => session.caretMoved(caret));
    // Only a page with more blanks than are painted needs to know where the user is looking.
    session.stopViewport = watchViewport(
      adapter,
      (offset) => session.viewMoved(offset),
      () => session.painted?.capped === true,
    );
    return session;
  }

  private constructor(
    readonly adapter: EditorAdapter,
    private readonly options: SessionOptions,
  ) {
    this.highlightSettings = options.highlights;
  }

  private viewMoved(offset: number): void {
    this.around = offset;
    if (this.painted && !insideWindow(this.painted, offset)) this.paint();
  }

  private changed(): void {
    this.paint();
    // The first report measures the editor, which would force the restyle the first paint's
    // stylesheet causes (~80 ms on a 1 MB page) into this task: it goes in a task of its own,
    // after the frame that shows the first highlights (right before it, the page waited for both).
    if (this.published) this.reports.notify();
    else void afterRendering(this.adapter.root.ownerDocument.defaultView).then(() => this.publishChange());
  }

  private caretMoved(caret: number | null): void {
    this.caret = caret;
    if (caret !== null) this.around = caret;
    if (caret !== null && this.painted && !insideWindow(this.painted, caret)) this.paint();
    // The text is the one last sent: the report carries the caret only.
    if (this.published?.version === this.live.version) this.publish(this.report(false));
  }

  /** Broadcasts how the text changed since the last broadcast (the whole text the first time). */
  private publishChange(): void {
    const started = performance.now();
    const { text, version } = this.live;
    const previous = this.published;
    if (previous?.version === version) return;
    const report = this.report(previous === null);
    if (previous) report.change = { base: previous.version, ...this.changeSince(previous) };
    this.published = { text, version };
    measureSince('ra:state', started);
    this.publish(report);
  }

  /** The live loop's change when the text was sent just before it (each edit), else found anew. */
  private changeSince(previous: { text: string; version: number }): TextSpanChange {
    const { text, version, change } = this.live;
    return change && previous.version === version - 1 ? spanChange(change, text) : diffText(previous.text, text);
  }

  private publish(report: DocReport): void {
    const started = performance.now();
    this.options.publish(report);
    measureSince('ra:publish', started);
  }

  private paint(): void {
    if (!this.highlightSettings.enabled) {
      this.painted = null;
      this.renderer?.clear();
      return;
    }
    // Finding the blanks (the lines around the caret not scanned yet) and painting them, measured apart.
    const scanning = performance.now();
    this.painted = this.live.scanner.around(this.around ?? this.caret ?? 0, PAINT_LIMIT);
    measureSince('ra:scan', scanning);
    const started = performance.now();
    this.renderer ??= createBlankRenderer(this.adapter, resolveColours(this.highlightSettings.colors));
    const { text, version, change } = this.live;
    this.renderer.render(this.painted.blanks, { text, version, change });
    measureSince('ra:paint', started);
  }

  get highlighted(): number {
    return this.renderer?.drawn ?? 0;
  }

  /** The document as the panel asks for it: without the text when it already has this version. */
  getState(have?: number): DocReport {
    return this.report(have !== this.live.version);
  }

  /** Reports the document again (the panel or background is looking for the frames with editors). */
  announce(): void {
    this.publish(this.report(true));
  }

  private report(withText: boolean): DocReport {
    const { text, version } = this.live;
    const doc = this.adapter.root.ownerDocument;
    return {
      url: topUrl(doc),
      title: topTitle(doc),
      editor: {
        id: this.adapter.id,
        name: this.adapter.name,
        features: [...this.adapter.features],
        ...(this.adapter.notice ? { notice: this.adapter.notice } : {}),
      },
      caret: this.caret,
      version,
      length: text.length,
      ...(withText ? { text } : {}),
      frame: this.presence.info(),
    };
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
    const { scanner } = this.live;
    const caret = this.adapter.getSelection();
    const from = caret ? (direction === 'next' ? caret.end - 1 : caret.start) : this.lastVisited;
    // Wrapping around at either end.
    const blank =
      direction === 'next'
        ? (scanner.blankAfter(from) ?? scanner.blankAfter(-1))
        : (scanner.blankBefore(from) ?? scanner.blankBefore(Number.POSITIVE_INFINITY));
    if (!blank) return false;
    this.lastVisited = blank.start;
    return this.jumpTo(blank.start, blank.end);
  }

  private get writeTarget(): WriteTarget {
    return {
      adapter: this.adapter,
      currentText: () => {
        this.live.refresh();
        return this.live.text;
      },
      spansWithLabel: (label) => spansWithLabel(this.live.scanner.all(), label),
    };
  }

  insertText(text: string): Promise<WriteOutcome> {
    return insertAtCaret(this.writeTarget, text);
  }

  replaceRange(data: { start: number; end: number; expected: string; text: string }): Promise<WriteOutcome> {
    return replaceSpan(this.writeTarget, data, data.text);
  }

  applyEdits(edits: FieldEdit[]): Promise<EditsOutcome> {
    return applyFieldEdits(this.writeTarget, edits);
  }

  fillLabel(label: string, value: string): Promise<WriteOutcome> {
    return fillByLabel(this.writeTarget, label, value);
  }

  async loadFullText(): Promise<boolean> {
    const loaded = (await this.adapter.loadFullText?.().catch(() => false)) ?? false;
    this.live.refresh();
    return loaded;
  }

  selectionSpan(): TextSpan | null {
    this.live.refresh();
    return this.adapter.getSelection();
  }

  selectionText(): string {
    const span = this.adapter.getSelection();
    return span ? this.live.text.slice(span.start, span.end) : '';
  }

  dispose(): void {
    this.presence.dispose();
    this.stopCaret();
    this.stopViewport();
    this.live.dispose();
    this.reports.dispose();
    this.renderer?.dispose();
    this.renderer = null;
  }
}

function spansWithLabel(blanks: readonly Placeholder[], label: string): TextSpan[] {
  return blanks.filter((p) => (p.label ?? '') === label).map(({ start, end }) => ({ start, end }));
}

/** Resolves after the next frame was rendered (or soon, where frames are not rendered: a background tab). */
function afterRendering(win: Window | null): Promise<void> {
  return new Promise((ok) => {
    const fallback = setTimeout(ok, 200);
    win?.requestAnimationFrame(() =>
      setTimeout(() => {
        clearTimeout(fallback);
        ok();
      }, 0),
    );
  });
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
