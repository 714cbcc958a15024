// Where characters of a textarea/input are drawn: a hidden copy of the field with the same metrics,
// placed over it outside the editor (in a shadow root of our own element in <body>, shown in the
// top layer: lib/highlight/top-layer.ts). Only a window of the text around what the field shows is
// laid out (a 1 MB value laid out at once blocks the page for seconds): the text is cut into chunks
// of paragraphs (text-chunks.ts) whose heights are measured once, a few per task, and the window is
// put where the heights before it add up to.
import { measureSince } from '../content/timing';
import { appendTopLayerHost, keepShown } from '../highlight/top-layer';
import { ChunkTable, type TextChunk } from './text-chunks';

// biome-ignore format: packed word list, kept in rows
const COPIED = [
  'boxSizing', 'width', 'height', 'borderTopWidth', 'borderRightWidth', 'borderBottomWidth', 'borderLeftWidth',
  'borderStyle', 'paddingTop', 'paddingRight', 'paddingBottom', 'paddingLeft', 'fontFamily', 'fontSize',
  'fontStyle', 'fontVariant', 'fontWeight', 'fontStretch', 'lineHeight', 'letterSpacing', 'wordSpacing',
  'textIndent', 'textTransform', 'textAlign', 'direction', 'tabSize', 'wordBreak', 'overflowWrap',
] as const;

type Styled = (typeof COPIED)[number] | 'position' | 'left' | 'top' | 'overflow' | 'borderColor' | 'whiteSpace';

/** Text laid out above and below what the field shows, in px, so a short scroll needs no new window. */
const WINDOW_MARGIN_PX = 300;
/** Main-thread time one measuring task may take, in ms. */
const SLICE_MS = 8;
/** Characters laid out together in one measuring step. */
const BATCH_CHARS = 2_000;

export class TextFieldMirror {
  private host: HTMLElement | null = null;
  /** The host's box in the top layer. */
  private layer: HTMLElement | null = null;
  private box: HTMLElement | null = null;
  /** The window: chunk elements, moved up or down by its top margin. */
  private pane: HTMLElement | null = null;
  /** Lays chunks out alone to learn their heights. */
  private ruler: HTMLElement | null = null;
  private readonly table = new ChunkTable();
  private value: string | null = null;
  private styleKey = '';
  private metricsFresh = false;
  private eachLineIndent = false;
  private shown = new Map<TextChunk, HTMLElement>();
  private window: { first: number; last: number } | null = null;
  private pending: { cancel(): void } | null = null;
  /** The window could not be placed for want of heights: listeners are told when it can. */
  private waiting = false;
  private readonly listeners = new Set<() => void>();

  constructor(private readonly field: HTMLTextAreaElement | HTMLInputElement) {}

  private ensure(): HTMLElement {
    if (this.box && this.host?.isConnected) {
      // Moved out and back by the page, the host is in place but its layer's popover was closed.
      keepShown(this.layer!);
      return this.box;
    }
    const doc = this.field.ownerDocument;
    // Contained in a layer of its own: measuring in it must not make the page repaint (a 1 MB field
    // repaints slowly). Under <body>, so that the text inherits what the field's text does.
    const { host, layer } = appendTopLayerHost(
      doc.body ?? doc.documentElement,
      'report-assistant-mirror',
      'closed',
      'left:0;top:0;width:0;height:0;visibility:hidden;pointer-events:none;z-index:-1;contain:strict;',
    );
    this.host = host;
    this.layer = layer;
    this.box = doc.createElement('div');
    this.pane = doc.createElement('div');
    this.box.append(this.pane);
    this.ruler = doc.createElement('div');
    layer.append(this.box, this.ruler);
    this.styleKey = '';
    this.metricsFresh = false;
    this.shown.clear();
    this.window = null;
    return this.box;
  }

  /** Copies the field's metrics; a change of anything but its place forgets the measured heights. */
  private syncStyle(): void {
    const box = this.ensure();
    const rect = this.field.getBoundingClientRect();
    applyStyle(box, { left: `${rect.left}px`, top: `${rect.top}px` });
    // The metrics are read once per task: an overlay draw asks for the rects of many blanks in a row.
    if (this.metricsFresh) return;
    this.metricsFresh = true;
    queueMicrotask(() => {
      this.metricsFresh = false;
    });
    const ruler = this.ruler!;
    const view = this.field.ownerDocument.defaultView!;
    const style = view.getComputedStyle(this.field);
    const wanted: Partial<Record<Styled, string>> = {};
    for (const key of COPIED) wanted[key] = style[key];
    wanted.position = 'absolute';
    wanted.overflow = 'hidden';
    wanted.borderColor = 'transparent';
    const isInput = this.field.tagName === 'INPUT';
    wanted.whiteSpace = isInput ? 'pre' : 'pre-wrap';
    if (!isInput) wanted.overflowWrap = style.overflowWrap === 'normal' ? 'break-word' : style.overflowWrap;
    // Content width must match even when the field shows a scrollbar.
    const scrollbar =
      this.field.offsetWidth - this.field.clientWidth - parseFloat(style.borderLeftWidth) - parseFloat(style.borderRightWidth);
    wanted.paddingRight = `${parseFloat(style.paddingRight) + Math.max(0, scrollbar)}px`;
    const key = JSON.stringify(wanted);
    if (key !== this.styleKey) {
      this.styleKey = key;
      this.eachLineIndent = /each-line/.test(style.textIndent);
      applyStyle(ruler, { ...wanted, height: 'auto', overflow: 'visible', left: '0px', top: '0px' });
      this.table.clearHeights();
      for (const [chunk, el] of this.shown) el.style.textIndent = this.indentOf(chunk);
    }
    // Only real changes: restyling would lay the text out again on every call.
    applyStyle(box, wanted);
  }

  /** text-indent applies to a block's first line: only the field's first chunk has it (unless each-line). */
  private indentOf(chunk: TextChunk): string {
    return chunk.start === 0 || this.eachLineIndent ? '' : '0px';
  }

  private syncText(): void {
    const value = this.field.value;
    if (value === this.value) return;
    this.value = value;
    // The extra line break keeps a final empty line measurable, as in the field.
    this.table.update(`${value}\n`);
    const alive = new Set(this.table.chunks);
    for (const [chunk, el] of this.shown) {
      if (alive.has(chunk)) continue;
      el.remove();
      this.shown.delete(chunk);
    }
    this.window = null;
  }

  private chunkElement(chunk: TextChunk): HTMLElement {
    const el = this.field.ownerDocument.createElement('div');
    el.textContent = this.table.text.slice(chunk.start, chunk.end);
    el.style.textIndent = this.indentOf(chunk);
    return el;
  }

  /** Measures chunks from `from` on until `stop` says so; returns whether all were measured. */
  private measure(from: number, stop: (index: number) => boolean): boolean {
    const ruler = this.ruler!;
    const chunks = this.table.chunks;
    let i = this.table.nextUnmeasured(from);
    while (i < chunks.length && !stop(i)) {
      const batch: [number, HTMLElement][] = [];
      let chars = 0;
      for (; i < chunks.length && chars < BATCH_CHARS; i = this.table.nextUnmeasured(i + 1)) {
        const shown = this.shown.get(chunks[i]);
        if (shown?.isConnected && this.window) {
          // Already laid out in the window.
          this.table.setHeight(i, shown.getBoundingClientRect().height);
          continue;
        }
        const el = this.chunkElement(chunks[i]);
        batch.push([i, el]);
        chars += chunks[i].end - chunks[i].start;
      }
      ruler.append(...batch.map(([, el]) => el));
      for (const [index, el] of batch) this.table.setHeight(index, el.getBoundingClientRect().height);
      ruler.replaceChildren();
    }
    return i >= chunks.length;
  }

  /** Heights of the field's scrolled content per height of the mirror's (they can round differently). */
  private scale(): number {
    if (!this.table.complete) return 1;
    const total = this.table.top(this.table.chunks.length)!;
    const view = this.field.clientHeight;
    const style = this.box!.style;
    const mirrorRange = total + parseFloat(style.paddingTop) + parseFloat(style.paddingBottom) - view;
    const fieldRange = this.field.scrollHeight - view;
    return fieldRange > 0 && mirrorRange > 0 ? mirrorRange / fieldRange : 1;
  }

  /**
   * Lays out the window for the field's scroll position. Measures the heights it needs at once
   * (`wait` false) or, with `wait`, a slice of them now and the rest in later tasks: then it
   * returns false and calls the layout listeners when done.
   */
  private place(wait: boolean): boolean {
    this.syncStyle();
    this.syncText();
    const [from, to, scroll] = this.band();
    let range = this.table.rangeAt(from, to);
    if (!range) {
      // Heights above the band come from the ruler; the band's own chunks are measured where they are shown.
      const deadline = performance.now() + SLICE_MS;
      this.measure(0, (i) => this.table.top(i)! > from || (wait && performance.now() > deadline));
      const known = this.table.measuredPrefix();
      if (known < this.table.chunks.length && this.table.top(known)! <= from) {
        this.waiting = true;
        this.measureLater();
        return false;
      }
      this.grow(from, to);
      range = this.table.rangeAt(from, to)!;
    }
    this.show(range.first, range.last);
    this.pane!.style.marginTop = `${this.table.top(range.first)! - scroll}px`;
    this.box!.scrollLeft = this.field.scrollLeft;
    return true;
  }

  /** Shows the chunks from the one at `from` on, a batch at a time, measuring them there, until they reach `to`. */
  private grow(from: number, to: number): void {
    const chunks = this.table.chunks;
    let first = 0;
    while (first + 1 < this.table.measuredPrefix() && this.table.top(first + 1)! <= from) first++;
    let last = first - 1;
    while (last + 1 < chunks.length && (this.table.top(last + 1) ?? -Infinity) < to) {
      let chars = 0;
      const batchStart = last + 1;
      while (last + 1 < chunks.length && chars < BATCH_CHARS) chars += chunks[++last].end - chunks[last].start;
      this.show(first, last);
      for (let i = batchStart; i <= last; i++) {
        if (chunks[i].height === null) this.table.setHeight(i, this.shown.get(chunks[i])!.getBoundingClientRect().height);
      }
    }
  }

  /** The heights of the mirror's text to lay out for the field's scroll position, and that position. */
  private band(): [from: number, to: number, scroll: number] {
    const scroll = this.field.scrollTop * this.scale();
    return [scroll - WINDOW_MARGIN_PX, scroll + this.field.clientHeight + WINDOW_MARGIN_PX, scroll];
  }

  /** Puts chunks first..last in the window, keeping those already there. */
  private show(first: number, last: number): void {
    if (this.window?.first === first && this.window.last === last) return;
    const chunks = this.table.chunks;
    const wanted = new Set(chunks.slice(first, last + 1));
    for (const [chunk, el] of this.shown) {
      if (wanted.has(chunk)) continue;
      el.remove();
      this.shown.delete(chunk);
    }
    const els = chunks.slice(first, last + 1).map((chunk) => {
      let el = this.shown.get(chunk);
      if (!el) this.shown.set(chunk, (el = this.chunkElement(chunk)));
      return el;
    });
    // Kept elements stay where they are; only new ones go in around them.
    let previous: HTMLElement | null = null;
    for (const el of els) {
      const expected: ChildNode | null = previous ? previous.nextSibling : this.pane!.firstChild;
      if (expected !== el) this.pane!.insertBefore(el, expected);
      previous = el;
    }
    this.window = { first, last };
  }

  /**
   * Measures, a slice per task, the heights the window waits for, then tells the listeners. Nothing
   * is measured ahead: every change in the mirror makes the page repaint, slowly around a 1 MB field.
   */
  private measureLater(): void {
    const view = this.field.ownerDocument.defaultView;
    if (!view || this.pending) return;
    const timer = view.setTimeout(() => {
      this.pending = null;
      if (!this.field.isConnected || !this.box || !this.waiting) return;
      this.syncStyle();
      this.syncText();
      const started = performance.now();
      const [from] = this.band();
      this.measure(0, (i) => this.table.top(i)! > from || performance.now() > started + SLICE_MS);
      measureSince('ra:mirror', started);
      const known = this.table.measuredPrefix();
      if (known < this.table.chunks.length && this.table.top(known)! <= this.band()[0]) {
        this.measureLater();
        return;
      }
      this.waiting = false;
      for (const listener of this.listeners) listener();
    }, 0);
    this.pending = { cancel: () => view.clearTimeout(timer) };
  }

  /** The text offsets laid out around what the field shows (a superset of what is on screen); null while measuring. */
  windowSpan(): { start: number; end: number } | null {
    if (!this.place(true)) return null;
    const chunks = this.table.chunks;
    return { start: chunks[this.window!.first].start, end: chunks[this.window!.last].end };
  }

  /** Calls back when heights measured in the background let the window be laid out. */
  onLayout(listener: () => void): () => void {
    this.listeners.add(listener);
    return () => this.listeners.delete(listener);
  }

  /** Client rectangles of [start, end) as far as it lies in the window. */
  private windowRects(start: number, end: number): DOMRect[] {
    const chunks = this.table.chunks;
    const { first, last } = this.window!;
    const from = Math.max(start, chunks[first].start);
    const to = Math.min(Math.max(start, end), chunks[last].end);
    if (from > to || (from === to && (start < chunks[first].start || start >= chunks[last].end))) return [];
    const range = this.field.ownerDocument.createRange();
    const a = this.textAt(from, false);
    const b = to === from ? a : this.textAt(to, true);
    range.setStart(a.node, a.offset);
    range.setEnd(b.node, b.offset);
    const rects = Array.from(range.getClientRects());
    return rects.length ? rects : [range.getBoundingClientRect()];
  }

  /** The text node and offset in the window for a text offset; an `end` at a chunk's start stays in the chunk before. */
  private textAt(offset: number, end: boolean): { node: Text; offset: number } {
    const chunks = this.table.chunks;
    let index = Math.max(this.window!.first, Math.min(this.window!.last, this.table.indexAt(offset)));
    if (end && index > this.window!.first && chunks[index].start === offset) index--;
    const chunk = chunks[index];
    const node = this.shown.get(chunk)!.firstChild as Text;
    return { node, offset: Math.min(offset - chunk.start, node.length) };
  }

  /** Viewport rectangles of the span as the field currently shows it (only those inside the field). */
  rectsFor(start: number, end: number): DOMRect[] {
    this.place(false);
    const field = this.field.getBoundingClientRect();
    return this.windowRects(start, end).filter(
      (r) => r.bottom > field.top && r.top < field.bottom && r.right >= field.left && r.left <= field.right,
    );
  }

  /** Vertical position of the span inside the field's scrolled content, in CSS pixels. */
  contentOffsetOf(start: number, end: number): { top: number; bottom: number } {
    this.syncStyle();
    this.syncText();
    const index = this.table.indexAt(Math.min(start, this.table.text.length - 1));
    this.measure(0, (i) => i > index);
    const chunk = this.table.chunks[index];
    const el = this.chunkElement(chunk);
    this.ruler!.replaceChildren(el);
    const text = el.firstChild as Text;
    const range = this.field.ownerDocument.createRange();
    range.setStart(text, Math.min(start - chunk.start, text.length));
    range.setEnd(text, Math.min(Math.max(start, end) - chunk.start, text.length));
    const r = range.getClientRects()[0] ?? range.getBoundingClientRect();
    const origin = el.getBoundingClientRect().top - this.table.top(index)!;
    this.ruler!.replaceChildren();
    // In the field's scrolled content the text starts below its top padding.
    const padding = parseFloat(this.box!.style.paddingTop) || 0;
    const scale = 1 / this.scale();
    return { top: padding + (r.top - origin) * scale, bottom: padding + (r.bottom - origin) * scale };
  }

  dispose(): void {
    this.pending?.cancel();
    this.pending = null;
    this.listeners.clear();
    this.host?.remove();
    this.host = null;
    this.layer = null;
    this.box = null;
    this.shown.clear();
  }
}

function applyStyle(el: HTMLElement, wanted: Partial<Record<string, string>>): void {
  const style = el.style as unknown as Record<string, string>;
  for (const [key, value] of Object.entries(wanted)) if (value !== undefined && style[key] !== value) style[key] = value;
}
