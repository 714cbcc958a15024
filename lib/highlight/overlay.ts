// Boxes behind blanks that have no DOM Range (textarea): drawn in an open shadow-DOM host (boxes only,
// no text, so nothing of the document is exposed) attached to <html>, outside the editor, shown in
// the top layer (top-layer.ts), clipped to the editor's box. Only blanks in or near the viewport are
// measured; scrolling and resizing re-draw once per animation frame.
import type { PlaceholderKind } from '../analysis/types';
import type { TextSpan } from '../editors/adapter';
import type { BlankMark } from './renderer';
import { colourAlpha, highlightName } from './styles';
import { appendTopLayerHost, containsComposed, coveredByModal, keepShown, raise, topLayerAncestor } from './top-layer';
import { measureSince } from '../content/timing';

/** Extra room above and below the visible box, in px, so a short scroll shows boxes at once. */
const MARGIN_PX = 300;
/** Never more boxes than this at a time, whatever the page. */
const MAX_BOXES = 600;
/** Measurements spent looking for the first blank on screen. */
const MAX_SEARCH = 60;
/** A box colour at least this opaque would hide the text of its blank. */
const HIDING_ALPHA = 0.5;
/** While a page modal hides the field: how often to look whether it went without a close event (removed), in ms. */
const MODAL_CHECK_MS = 1_000;

interface Box {
  index: number;
  kind: PlaceholderKind;
  style: string;
}

export interface OverlaySource {
  root: HTMLElement;
  rectsFor(span: TextSpan): DOMRect[];
  scrollContainers(): (Element | Window)[];
  /** See EditorAdapter.visibleText: the text that can be on screen, null while not known yet. */
  visibleText?(): TextSpan | null;
}

export class OverlayPainter {
  private readonly host: HTMLElement;
  /** The host's box in the top layer, holding the clip. */
  private readonly layer: HTMLElement;
  private readonly clip: HTMLElement;
  private blanks: readonly BlankMark[] = [];
  private colours: Record<PlaceholderKind, string>;
  private frame: number | null = null;
  private boxes = 0;
  /** What the boxes drawn last were made of. */
  private drawnKey: string | null = null;
  private prepared = false;
  private readonly cleanups: (() => void)[] = [];
  /** The page's top-layer element showing the field when the layer was last put above it (top-layer.ts). */
  private anchor: Element | null;
  /** The dialog or popover holding the field was closed or shown (maybe again, above the layer) since the last draw. */
  private restackDue = false;
  private modalCheck: number | null = null;

  constructor(
    private readonly source: OverlaySource,
    colours: Record<PlaceholderKind, string>,
  ) {
    this.colours = colours;
    const doc = source.root.ownerDocument;
    const { host, layer } = appendTopLayerHost(
      doc.documentElement,
      'ra-blank-overlay',
      'open',
      'all: initial; position: fixed; inset: 0; pointer-events: none; z-index: 2147483646; contain: strict;',
    );
    this.host = host;
    this.layer = layer;
    // Shown after it: already above it.
    this.anchor = topLayerAncestor(source.root);
    this.blendFor(colours);
    this.clip = doc.createElement('div');
    this.clip.style.cssText = 'position: fixed; overflow: hidden; pointer-events: none;';
    layer.appendChild(this.clip);
    this.follow();
  }

  /**
   * The boxes lie over the text. Translucent colours (ours) let it show through; an opaque colour
   * picked in the settings is multiplied with the page, so that it tints the blank as ::highlight
   * does (painted behind text) instead of hiding it. Only then: blending makes Chromium walk all of
   * the page's boxes once (~30 ms around a 1 MB textarea).
   */
  private blendFor(colours: Record<PlaceholderKind, string>): void {
    const hiding = Object.values(colours).some((colour) => colourAlpha(colour) >= HIDING_ALPHA);
    this.layer.style.mixBlendMode = hiding ? 'multiply' : '';
  }

  get drawn(): number {
    return this.boxes;
  }

  /** Blanks currently waiting to be drawn (all of them, not only the visible ones). */
  get marked(): number {
    return this.blanks.length;
  }

  paint(blanks: readonly BlankMark[]): void {
    this.blanks = blanks;
    this.host.dataset.marked = String(blanks.length);
    if (!this.prepared) this.prepare();
    this.schedule();
  }

  /**
   * Before the first draw, the source lays out what can be on screen (a textarea's mirror) now, in
   * the task that found the blanks: in the frame, with the draw and the page's own repaint, it made
   * one task of ~40 ms around a 1 MB field.
   */
  private prepare(): void {
    this.prepared = true;
    try {
      this.source.visibleText?.();
    } catch {
      // measured again when drawn
    }
  }

  setColours(colours: Record<PlaceholderKind, string>): void {
    this.colours = colours;
    this.blendFor(colours);
    this.schedule();
  }

  clear(): void {
    this.blanks = [];
    this.host.dataset.marked = '0';
    this.schedule();
  }

  private follow(): void {
    const view = this.source.root.ownerDocument.defaultView;
    const onMove = () => this.schedule();
    const targets = new Set<Element | Window>([...this.source.scrollContainers(), ...(view ? [view] : [])]);
    for (const target of targets) {
      target.addEventListener('scroll', onMove, { passive: true });
      this.cleanups.push(() => target.removeEventListener('scroll', onMove));
    }
    // A page dialog or popover closed, opened or made fullscreen changes what is stacked over the field.
    // None of these events bubbles: caught on the way down. Only the field's own is raised over: a
    // page menu opened over the field stays above our boxes.
    const doc = this.source.root.ownerDocument;
    const onStackChange = (event: Event) => {
      // Not `instanceof`: the field may be in another frame's document, with its own Element.
      const target = event.target as Element | null;
      if (target?.nodeType === 1 && target.matches('dialog, [popover]') && containsComposed(target, this.source.root)) {
        this.restackDue = true;
      }
      this.schedule();
    };
    for (const type of ['close', 'toggle', 'fullscreenchange']) {
      doc.addEventListener(type, onStackChange, true);
      this.cleanups.push(() => doc.removeEventListener(type, onStackChange, true));
    }
    if (view) {
      view.addEventListener('resize', onMove);
      this.cleanups.push(() => view.removeEventListener('resize', onMove));
      const Observer = (view as Window & { ResizeObserver?: typeof ResizeObserver }).ResizeObserver;
      if (Observer) {
        // It reports the size it starts with too: only a change needs a draw (one more frame to paint around a 1 MB field).
        let size: string | null = null;
        const observer = new Observer((entries) => {
          const { width, height } = entries[entries.length - 1].contentRect;
          const now = `${width}x${height}`;
          if (size !== null && now !== size) onMove();
          size = now;
        });
        observer.observe(this.source.root);
        this.cleanups.push(() => observer.disconnect());
      }
    }
  }

  private schedule(): void {
    if (this.frame !== null) return;
    const view = this.source.root.ownerDocument.defaultView;
    if (!view) return;
    this.frame = view.requestAnimationFrame(() => {
      this.frame = null;
      this.draw();
    });
  }

  private draw(): void {
    const started = performance.now();
    try {
      this.drawBoxes();
    } finally {
      measureSince('ra:overlay', started);
    }
  }

  /**
   * Keeps the layer above the page's top-layer element that shows the field: one opened, or closed
   * and opened again, after the layer was shown stacks above it (the field goes 0×0 while its
   * dialog is closed, which the ResizeObserver reports; a close and reopen in one task leaves a
   * close event).
   */
  private restack(): void {
    const anchor = topLayerAncestor(this.source.root);
    if (anchor && (anchor !== this.anchor || this.restackDue)) raise(this.layer);
    else keepShown(this.layer);
    this.anchor = anchor;
    this.restackDue = false;
  }

  /** Draws again once no modal hides the field, should it go without a close event (taken out of the page). */
  private watchModal(view: Window): void {
    if (this.modalCheck !== null) return;
    this.modalCheck = view.setTimeout(() => {
      this.modalCheck = null;
      if (coveredByModal(this.source.root)) this.watchModal(view);
      else this.schedule();
    }, MODAL_CHECK_MS);
  }

  private drawBoxes(): void {
    const doc = this.source.root.ownerDocument;
    const view = doc.defaultView!;
    // Behind a page modal the field is inert and hidden: a box would lie over the modal.
    const covered = coveredByModal(this.source.root);
    if (covered) this.watchModal(view);
    else this.restack();
    const box = this.source.root.getBoundingClientRect();
    this.clip.style.left = `${box.left}px`;
    this.clip.style.top = `${box.top}px`;
    this.clip.style.width = `${box.width}px`;
    this.clip.style.height = `${box.height}px`;
    const top = Math.max(box.top, 0) - MARGIN_PX;
    const bottom = Math.min(box.bottom, view.innerHeight) + MARGIN_PX;
    const drawn: Box[] = [];
    let count = 0;
    const onScreen = (rects: DOMRect[]) => rects.some((r) => r.bottom >= top && r.top <= bottom && r.width > 0);
    const drawBlank = (index: number, rects: DOMRect[]) => {
      const blank = this.blanks[index];
      for (const rect of rects) {
        if (rect.bottom < top || rect.top > bottom || !rect.width) continue;
        const style = `position:absolute;left:${rect.left - box.left}px;top:${rect.top - box.top}px;width:${rect.width}px;height:${rect.height}px;background:${this.colours[blank.kind]};border-bottom:1px dotted rgba(180,90,0,.9);`;
        drawn.push({ index, kind: blank.kind, style });
        count++;
      }
    };
    const inView = !covered && box.bottom > 0 && box.top < view.innerHeight && this.source.root.isConnected;
    const visible = inView && this.source.visibleText ? this.source.visibleText() : undefined;
    if (visible) {
      // The source says which text can be on screen: measure only the blanks in it.
      for (let i = firstEndingFrom(this.blanks, visible.start); i < this.blanks.length && count < MAX_BOXES; i++) {
        if (this.blanks[i].start > visible.end) break;
        const rects = this.measure(this.blanks[i]);
        if (onScreen(rects)) drawBlank(i, rects);
      }
    }
    // null: the source is still measuring and calls back when it is done; until then no box is drawn.
    const first = inView && visible === undefined ? this.findVisible(onScreen) : null;
    if (first) {
      drawBlank(first.index, first.rects);
      // The visible blanks are one run in text order: walk out from the one found until off screen.
      for (let i = first.index - 1; i >= 0 && count < MAX_BOXES; i--) {
        const rects = this.measure(this.blanks[i]);
        if (!onScreen(rects)) break;
        drawBlank(i, rects);
      }
      for (let i = first.index + 1; i < this.blanks.length && count < MAX_BOXES; i++) {
        const rects = this.measure(this.blanks[i]);
        if (!onScreen(rects)) break;
        drawBlank(i, rects);
      }
    }
    this.boxes = count;
    // The same boxes as drawn last (a scroll that moved nothing, an edit off screen): the DOM stays, nothing is repainted.
    const key = drawn.map((b) => `${b.index} ${b.kind} ${b.style}`).join('\n');
    if (key === this.drawnKey) return;
    this.drawnKey = key;
    const fragment = doc.createDocumentFragment();
    for (const { index, kind, style } of drawn) {
      const el = doc.createElement('div');
      el.className = highlightName(kind);
      el.dataset.blank = String(index);
      el.style.cssText = style;
      fragment.appendChild(el);
    }
    this.clip.replaceChildren(fragment);
  }

  private measure(blank: BlankMark): DOMRect[] {
    try {
      return this.source.rectsFor(blank);
    } catch {
      return [];
    }
  }

  /**
   * One blank on screen, found with few measurements (each can lay out the whole field): start
   * where the scroll position suggests and search outwards; rectangles above or below steer it.
   */
  private findVisible(onScreen: (rects: DOMRect[]) => boolean): { index: number; rects: DOMRect[] } | null {
    const n = this.blanks.length;
    if (!n) return null;
    const root = this.source.root;
    const fraction = root.scrollHeight > root.clientHeight ? root.scrollTop / root.scrollHeight : 0;
    let lo = 0;
    let hi = n - 1;
    let guess = Math.min(n - 1, Math.floor(fraction * n));
    let origin = guess;
    let probes = 0;
    for (let tries = 0; tries < MAX_SEARCH && lo <= hi; tries++) {
      const rects = this.measure(this.blanks[guess]);
      if (onScreen(rects)) return { index: guess, rects };
      const viewTop = Math.max(root.getBoundingClientRect().top, 0);
      if (rects.length && rects[rects.length - 1].bottom < viewTop) lo = guess + 1;
      else if (rects.length) hi = guess - 1;
      else {
        // Clipped away by the field: no direction known, probe the neighbours in turn.
        probes++;
        const step = (probes + 1) >> 1;
        guess = Math.max(lo, Math.min(hi, probes % 2 ? origin + step : origin - step));
        continue;
      }
      guess = origin = (lo + hi) >>> 1;
      probes = 0;
    }
    return null;
  }

  dispose(): void {
    for (const stop of this.cleanups.splice(0)) stop();
    const view = this.source.root.ownerDocument.defaultView;
    if (this.frame !== null && view) view.cancelAnimationFrame(this.frame);
    if (this.modalCheck !== null && view) view.clearTimeout(this.modalCheck);
    this.host.remove();
  }
}

/** Index of the first blank (sorted by start) ending at or after `offset`. */
function firstEndingFrom(blanks: readonly BlankMark[], offset: number): number {
  let lo = 0;
  let hi = blanks.length;
  while (lo < hi) {
    const mid = (lo + hi) >>> 1;
    if (blanks[mid].end < offset) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}
