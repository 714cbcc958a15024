// Blank highlights through the CSS Custom Highlight API: Ranges registered in CSS.highlights and
// painted by ::highlight() rules in an adopted stylesheet. Nothing is added to the page's DOM.
import type { PlaceholderKind } from '../analysis/types';
import type { TextSpan } from '../editors/adapter';
import type { BlankMark } from './renderer';
import { PLACEHOLDER_KINDS, highlightCss, highlightName } from './styles';

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
  private readonly sheet: CSSStyleSheet | null = null;
  private readonly registry: HighlightRegistryLike;
  private readonly Highlight: HighlightCtor;
  private count = 0;

  constructor(
    private readonly doc: Document,
    private readonly rangeFor: (span: TextSpan) => Range | null,
    colours: Record<PlaceholderKind, string>,
  ) {
    const view = doc.defaultView as Window & { CSS: { highlights: HighlightRegistryLike }; Highlight: HighlightCtor; CSSStyleSheet: typeof CSSStyleSheet };
    this.registry = view.CSS.highlights;
    this.Highlight = view.Highlight;
    try {
      const sheet = new view.CSSStyleSheet();
      doc.adoptedStyleSheets = [...doc.adoptedStyleSheets, sheet];
      this.sheet = sheet;
    } catch {
      this.sheet = null;
    }
    this.setColours(colours);
  }

  get drawn(): number {
    return this.count;
  }

  setColours(colours: Record<PlaceholderKind, string>): void {
    try {
      this.sheet?.replaceSync(highlightCss(colours));
    } catch {
      // a rejected colour leaves the previous rules
    }
  }

  /** Paints what has a Range; returns the blanks that have none (for the overlay). */
  paint(blanks: readonly BlankMark[]): BlankMark[] {
    const byKind = new Map<string, Range[]>();
    const unmapped: BlankMark[] = [];
    for (const blank of blanks) {
      let range: Range | null = null;
      try {
        range = this.rangeFor(blank);
      } catch {
        range = null;
      }
      if (!range) {
        unmapped.push(blank);
        continue;
      }
      let list = byKind.get(blank.kind);
      if (!list) byKind.set(blank.kind, (list = []));
      list.push(range);
    }
    this.count = 0;
    for (const kind of PLACEHOLDER_KINDS) {
      const ranges = byKind.get(kind);
      if (ranges?.length) {
        // add() one by one: a spread of tens of thousands of ranges would overflow the stack.
        const highlight = new this.Highlight();
        for (const range of ranges) highlight.add(range);
        this.registry.set(highlightName(kind), highlight);
        this.count += ranges.length;
      } else {
        this.registry.delete(highlightName(kind));
      }
    }
    return unmapped;
  }

  clear(): void {
    for (const kind of PLACEHOLDER_KINDS) this.registry.delete(highlightName(kind));
    this.count = 0;
  }

  dispose(): void {
    this.clear();
    if (this.sheet) this.doc.adoptedStyleSheets = this.doc.adoptedStyleSheets.filter((s) => s !== this.sheet);
  }
}
