// Blank highlights through the CSS Custom Highlight API: Ranges registered in CSS.highlights and
// painted by ::highlight() rules in an adopted stylesheet. Nothing is added to the page's DOM.
import type { PlaceholderKind } from '../analysis/types';
import type { TextSpan } from '../editors/adapter';
import type { BlankMark } from './renderer';
import { PLACEHOLDER_KINDS, highlightCss, highlightName } from './styles';

/** Blanks mapped to Ranges per task. */
const SLICE = 4000;

type HighlightCtor = new () => { add(range: AbstractRange): void };
interface HighlightRegistryLike {
  set(name: string, highlight: unknown): void;
  delete(name: string): boolean;
}

export function supportsCustomHighlights(view: Window | null): boolean {
  const v = view as (Window & { CSS?: { highlights?: unknown }; Highlight?: unknown }) | null;
  return Boolean(v?.CSS?.highlights && typeof v.Highlight === 'function');
}

export class CustomHighlightPainter {
  private sheet: CSSStyleSheet | null = null;
  private css = '';
  private readonly registry: HighlightRegistryLike;
  private readonly Highlight: HighlightCtor;
  private count = 0;
  private generation = 0;

  constructor(
    private readonly doc: Document,
    private readonly rangeFor: (span: TextSpan) => Range | null,
    colours: Record<PlaceholderKind, string>,
  ) {
    const view = doc.defaultView as Window & {
      CSS: { highlights: HighlightRegistryLike };
      Highlight: HighlightCtor;
      CSSStyleSheet: typeof CSSStyleSheet;
    };
    this.registry = view.CSS.highlights;
    this.Highlight = view.Highlight;
    this.setColours(colours);
  }

  /**
   * The ::highlight rules go in when there is a first range to paint: adopting a sheet restyles the
   * whole page, seconds on a 1 MB textarea (whose blanks never have a range).
   */
  private adoptSheet(): void {
    if (this.sheet) return;
    try {
      const view = this.doc.defaultView as Window & { CSSStyleSheet: typeof CSSStyleSheet };
      const sheet = new view.CSSStyleSheet();
      sheet.replaceSync(this.css);
      this.doc.adoptedStyleSheets = [...this.doc.adoptedStyleSheets, sheet];
      this.sheet = sheet;
    } catch {
      // no constructable stylesheets: highlights stay unstyled
    }
  }

  get drawn(): number {
    return this.count;
  }

  setColours(colours: Record<PlaceholderKind, string>): void {
    try {
      const css = highlightCss(colours);
      this.sheet?.replaceSync(css);
      this.css = css;
    } catch {
      // a rejected colour leaves the previous rules
    }
  }

  /**
   * Paints what has a Range and hands the blanks that have none to `unmapped` (for the overlay).
   * Many blanks are mapped in slices, one per task, and swapped in together at the end, so a huge
   * document neither blocks the page nor flickers; a newer paint cancels an unfinished one.
   */
  paint(blanks: readonly BlankMark[], unmapped: (rest: BlankMark[]) => void): void {
    const generation = ++this.generation;
    const byKind = new Map<string, { add(range: AbstractRange): void }>();
    const counts = new Map<string, number>();
    const rest: BlankMark[] = [];
    let next = 0;
    const slice = () => {
      if (generation !== this.generation) return;
      const stop = Math.min(blanks.length, next + SLICE);
      for (; next < stop; next++) {
        const blank = blanks[next];
        const range = this.safeRange(blank);
        if (!range) {
          rest.push(blank);
          continue;
        }
        let highlight = byKind.get(blank.kind);
        if (!highlight) byKind.set(blank.kind, (highlight = new this.Highlight()));
        highlight.add(range);
        counts.set(blank.kind, (counts.get(blank.kind) ?? 0) + 1);
      }
      if (next < blanks.length) {
        setTimeout(slice, 0);
        return;
      }
      this.count = 0;
      if (byKind.size) this.adoptSheet();
      for (const kind of PLACEHOLDER_KINDS) {
        const highlight = byKind.get(kind);
        if (highlight) {
          this.registry.set(highlightName(kind), highlight);
          this.count += counts.get(kind)!;
        } else {
          this.registry.delete(highlightName(kind));
        }
      }
      unmapped(rest);
    };
    slice();
  }

  private safeRange(blank: BlankMark): Range | null {
    try {
      return this.rangeFor(blank);
    } catch {
      return null;
    }
  }

  clear(): void {
    this.generation++;
    for (const kind of PLACEHOLDER_KINDS) this.registry.delete(highlightName(kind));
    this.count = 0;
  }

  dispose(): void {
    this.clear();
    if (this.sheet) this.doc.adoptedStyleSheets = this.doc.adoptedStyleSheets.filter((s) => s !== this.sheet);
  }
}
