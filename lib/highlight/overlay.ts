// Boxes behind blanks that have no DOM Range (textarea): drawn in an open shadow-DOM host (boxes only,
// no text, so nothing of the document is exposed) attached to
// <html>, outside the editor, clipped to the editor's box. Only blanks in or near the viewport are
// measured; scrolling and resizing re-draw once per animation frame.
import type { PlaceholderKind } from '../analysis/types';
import type { TextSpan } from '../editors/adapter';
import type { BlankMark } from './renderer';
import { highlightName } from './styles';

/** Extra room above and below the visible box, in px, so a short scroll shows boxes at once. */
const MARGIN_PX = 300;
/** Never more boxes than this at a time, whatever the page. */
const MAX_BOXES = 600;

export interface OverlaySource {
  root: HTMLElement;
  rectsFor(span: TextSpan): DOMRect[];
  scrollContainers(): (Element | Window)[];
}

export class OverlayPainter {
  private readonly host: HTMLElement;
  private readonly clip: HTMLElement;
  private blanks: readonly BlankMark[] = [];
  private colours: Record<PlaceholderKind, string>;
  private frame: number | null = null;
  private boxes = 0;
  private readonly cleanups: (() => void)[] = [];

  constructor(
    private readonly source: OverlaySource,
    colours: Record<PlaceholderKind, string>,
  ) {
    this.colours = colours;
    const doc = source.root.ownerDocument;
    this.host = doc.createElement('ra-blank-overlay');
    this.host.style.cssText = 'all: initial; position: fixed; inset: 0; pointer-events: none; z-index: 2147483646; contain: strict;';
    const shadow = this.host.attachShadow({ mode: 'open' });
    this.clip = doc.createElement('div');
    this.clip.style.cssText = 'position: fixed; overflow: hidden; pointer-events: none;';
    shadow.appendChild(this.clip);
    doc.documentElement.appendChild(this.host);
    this.follow();
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
    this.schedule();
  }

  setColours(colours: Record<PlaceholderKind, string>): void {
    this.colours = colours;
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
    if (view) {
      view.addEventListener('resize', onMove);
      this.cleanups.push(() => view.removeEventListener('resize', onMove));
      const Observer = (view as Window & { ResizeObserver?: typeof ResizeObserver }).ResizeObserver;
      if (Observer) {
        const observer = new Observer(onMove);
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
    const doc = this.source.root.ownerDocument;
    const view = doc.defaultView!;
    const box = this.source.root.getBoundingClientRect();
    this.clip.style.left = `${box.left}px`;
    this.clip.style.top = `${box.top}px`;
    this.clip.style.width = `${box.width}px`;
    this.clip.style.height = `${box.height}px`;
    const top = Math.max(box.top, 0) - MARGIN_PX;
    const bottom = Math.min(box.bottom, view.innerHeight) + MARGIN_PX;
    const fragment = doc.createDocumentFragment();
    let count = 0;
    if (box.bottom > 0 && box.top < view.innerHeight && this.source.root.isConnected) {
      for (let i = this.firstBelow(top); i < this.blanks.length && count < MAX_BOXES; i++) {
        const blank = this.blanks[i];
        const rects = this.measure(blank);
        if (rects.length && rects[0].top > bottom) break;
        for (const rect of rects) {
          if (rect.bottom < top || !rect.width) continue;
          const el = doc.createElement('div');
          el.className = highlightName(blank.kind);
          el.dataset.blank = String(i);
          el.style.cssText = `position:absolute;left:${rect.left - box.left}px;top:${rect.top - box.top}px;width:${rect.width}px;height:${rect.height}px;background:${this.colours[blank.kind]};border-bottom:1px dotted rgba(180,90,0,.9);`;
          fragment.appendChild(el);
          count++;
        }
      }
    }
    this.clip.replaceChildren(fragment);
    this.boxes = count;
  }

  private measure(blank: BlankMark): DOMRect[] {
    try {
      return this.source.rectsFor(blank);
    } catch {
      return [];
    }
  }

  /** Blanks are in text order, which is top-to-bottom order: binary search for the first one not above `top`. */
  private firstBelow(top: number): number {
    let lo = 0;
    let hi = this.blanks.length;
    while (lo < hi) {
      const mid = (lo + hi) >>> 1;
      const rects = this.measure(this.blanks[mid]);
      const last = rects[rects.length - 1];
      if (last && last.bottom < top) lo = mid + 1;
      else hi = mid;
    }
    return lo;
  }

  dispose(): void {
    for (const stop of this.cleanups.splice(0)) stop();
    const view = this.source.root.ownerDocument.defaultView;
    if (this.frame !== null && view) view.cancelAnimationFrame(this.frame);
    this.host.remove();
  }
}
