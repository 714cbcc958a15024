// Blank highlights through the CSS Custom Highlight API: Ranges registered in CSS.highlights and
// painted by ::highlight() rules: the default colours' rules come with the content script
// (default-highlights.css), other colours in an adopted stylesheet. Nothing is added to the page's DOM.
// A repaint keeps the Ranges of the blanks an edit did not touch (range-reuse.ts) and adds or
// deletes only the others in the Highlight sets, so its cost follows the change, not the document.
import type { PlaceholderKind } from '../analysis/types';
import type { TextSpan } from '../editors/adapter';
import { textChange, type TextChange } from '../text-change';
import { blanksFitText, planReuse } from './range-reuse';
import type { BlankMark, PaintSource } from './renderer';
import { DEFAULT_COLOURS, HIGHLIGHT_RULE_SCOPE, PLACEHOLDER_KINDS, highlightCss, highlightName } from './styles';

/** Blanks mapped to Ranges per task. */
const SLICE = 4000;

interface HighlightLike {
  add(range: AbstractRange): unknown;
  delete(range: AbstractRange): boolean;
}
type HighlightCtor = new () => HighlightLike;
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
  private colours: Record<PlaceholderKind, string>;
  /** A Range has been painted: from then on the colours must have rules on the page. */
  private styled = false;
  private readonly registry: HighlightRegistryLike;
  private readonly Highlight: HighlightCtor;
  /** One Highlight per kind, registered while it exists; Ranges come and go inside it. */
  private readonly byKind = new Map<string, HighlightLike>();
  /** The blanks painted last, sorted by start, their Ranges (null: drawn by the overlay) and the text they were in. */
  private marks: readonly BlankMark[] = [];
  private ranges: (Range | null)[] = [];
  private text: string | null = null;
  /** The source version `text` is, when it came with one. */
  private textVersion: number | undefined;
  private count = 0;
  private generation = 0;

  constructor(
    private readonly doc: Document,
    private readonly rangeFor: (span: TextSpan) => Range | null,
    colours: Record<PlaceholderKind, string>,
    /** The editor's current text, which the blanks to paint were found in; without it every paint starts afresh. */
    private readonly readText: () => string = () => '',
    /** Many spans sorted by start mapped in one pass, where the editor can (the same Ranges as rangeFor). */
    private readonly rangesFor?: (spans: readonly TextSpan[]) => (Range | null)[],
  ) {
    const view = doc.defaultView as Window & {
      CSS: { highlights: HighlightRegistryLike };
      Highlight: HighlightCtor;
      CSSStyleSheet: typeof CSSStyleSheet;
    };
    this.registry = view.CSS.highlights;
    this.Highlight = view.Highlight;
    this.colours = colours;
    this.setColours(colours);
  }

  /**
   * Rules for the colours, once there is a first Range to paint: adopting a sheet restyles every
   * element of the page (~75 ms on a 1 MB contenteditable, seconds on a 1 MB textarea, whose blanks
   * never have a Range), so none is adopted while the injected default rules paint these colours.
   */
  private styleHighlights(): void {
    this.styled = true;
    if (this.sheet || injectedRulesPaint(this.doc, this.colours)) return;
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
      this.colours = colours;
    } catch {
      // a rejected colour leaves the previous rules
    }
    if (this.styled) this.styleHighlights();
  }

  /**
   * Paints what has a Range and hands the blanks that have none to `unmapped` (for the overlay).
   * Blanks the edit left alone keep their live Range; the rest are mapped anew, many of them in
   * slices, one per task, and swapped in together at the end, so a huge document neither blocks
   * the page nor flickers; a newer paint cancels an unfinished one.
   */
  paint(blanks: readonly BlankMark[], unmapped: (rest: BlankMark[]) => void, source?: PaintSource): void {
    const generation = ++this.generation;
    // Read the editor's text only where Ranges exist or can be made: a textarea (no Range ever) would
    // copy and compare its whole value on every keystroke for nothing.
    const text = this.count || (source && this.rangesFor) ? this.safeText() : null;
    // Blanks found in the text the editor holds now (one string compare, the same string as a rule).
    const known = source !== undefined && text !== null && text === source.text;
    const fits = known || (this.count > 0 && text !== null && blanksFitText(blanks, text));
    const change = fits && this.text !== null ? this.changeTo(text!, known ? source : undefined) : null;
    const plan = planReuse(this.marks, blanks, change);
    const ranges: (Range | null)[] = new Array(blanks.length).fill(null);
    const stale: [string, Range][] = [];
    for (const i of plan.dropped) {
      const range = this.ranges[i];
      if (range) stale.push([this.marks[i].kind, range]);
    }
    const fresh: number[] = [];
    for (let j = 0; j < blanks.length; j++) {
      const i = plan.from[j];
      const kept = i >= 0 ? this.ranges[i] : null;
      if (kept && intact(kept, blanks[j])) ranges[j] = kept;
      else {
        if (kept) stale.push([this.marks[i].kind, kept]);
        fresh.push(j);
      }
    }
    let next = 0;
    const slice = () => {
      if (generation !== this.generation) return;
      const stop = Math.min(fresh.length, next + SLICE);
      this.mapRanges(blanks, fresh, next, stop, ranges);
      next = stop;
      if (next < fresh.length) {
        setTimeout(slice, 0);
        return;
      }
      if (!this.styled && fresh.some((j) => ranges[j])) this.styleHighlights();
      for (const [kind, range] of stale) this.byKind.get(kind)?.delete(range);
      // A new Highlight is registered once it holds its Ranges: each add to a registered one asks for a repaint.
      const created: string[] = [];
      for (const j of fresh) {
        const range = ranges[j];
        if (range) this.highlightFor(blanks[j].kind, created).add(range);
      }
      for (const kind of created) this.registry.set(highlightName(kind), this.byKind.get(kind));
      const rest: BlankMark[] = [];
      for (let j = 0; j < blanks.length; j++) if (!ranges[j]) rest.push(blanks[j]);
      this.marks = blanks;
      this.ranges = ranges;
      this.count = blanks.length - rest.length;
      // Reused next time only when the blanks were found in the text read now.
      if (known) {
        this.text = text;
        this.textVersion = source.version;
      } else {
        this.textVersion = undefined;
        this.text = fits ? text : this.count ? this.safeText() : null;
        if (this.text !== null && !blanksFitText(blanks, this.text)) this.text = null;
      }
      unmapped(rest);
    };
    slice();
  }

  /** From the text painted last to `text`: the live loop's change when it is the next version, else compared here. */
  private changeTo(text: string, source?: PaintSource): TextChange {
    if (source?.change && this.textVersion === source.version - 1) return source.change;
    return textChange(this.text!, text);
  }

  /** The Highlight of a kind; a new one is listed in `created` for the caller to register. */
  private highlightFor(kind: string, created: string[]): HighlightLike {
    let highlight = this.byKind.get(kind);
    if (!highlight) {
      highlight = new this.Highlight();
      this.byKind.set(kind, highlight);
      created.push(kind);
    }
    return highlight;
  }

  /** Ranges for blanks[fresh[from..to)] (fresh ascending, so the blanks are sorted by start): in one pass where the editor maps many at once. */
  private mapRanges(blanks: readonly BlankMark[], fresh: number[], from: number, to: number, ranges: (Range | null)[]): void {
    if (this.rangesFor && to - from > 1) {
      try {
        const spans: BlankMark[] = new Array(to - from);
        for (let k = from; k < to; k++) spans[k - from] = blanks[fresh[k]];
        const mapped = this.rangesFor(spans);
        for (let k = from; k < to; k++) ranges[fresh[k]] = mapped[k - from] ?? null;
        return;
      } catch {
        // one span the editor cannot map: each on its own below, so the others are still painted
      }
    }
    for (let k = from; k < to; k++) ranges[fresh[k]] = this.safeRange(blanks[fresh[k]]);
  }

  private safeRange(blank: BlankMark): Range | null {
    try {
      return this.rangeFor(blank);
    } catch {
      return null;
    }
  }

  private safeText(): string | null {
    try {
      return this.readText();
    } catch {
      return null;
    }
  }

  clear(): void {
    this.generation++;
    for (const kind of PLACEHOLDER_KINDS) this.registry.delete(highlightName(kind));
    this.byKind.clear();
    this.marks = [];
    this.ranges = [];
    this.text = null;
    this.textVersion = undefined;
    this.count = 0;
  }

  dispose(): void {
    this.clear();
    if (this.sheet) this.doc.adoptedStyleSheets = this.doc.adoptedStyleSheets.filter((s) => s !== this.sheet);
  }
}

/**
 * Whether the rules injected with the content script paint these colours: they are the defaults,
 * highlight styles inherit from the root (Chromium: HIGHLIGHT_RULE_SCOPE), and the root has a
 * highlight style (a page the content script was injected into later has none: it adopts).
 */
function injectedRulesPaint(doc: Document, colours: Record<PlaceholderKind, string>): boolean {
  if (HIGHLIGHT_RULE_SCOPE !== ':root') return false;
  if (PLACEHOLDER_KINDS.some((kind) => colours[kind] !== DEFAULT_COLOURS[kind])) return false;
  try {
    const view = doc.defaultView;
    if (!view) return false;
    return PLACEHOLDER_KINDS.every((kind) => {
      const colour = view.getComputedStyle(doc.documentElement, `::highlight(${highlightName(kind)})`).backgroundColor;
      return colour !== '' && colour !== 'rgba(0, 0, 0, 0)' && colour !== 'transparent';
    });
  } catch {
    return false;
  }
}

/**
 * Whether a kept Range still covers its blank. An editor that re-rendered the text node instead
 * of editing it in place leaves the Range on the parent element or collapsed; one that typed right
 * at its start has grown it.
 */
function intact(range: Range, blank: BlankMark): boolean {
  const node = range.startContainer;
  if (node === range.endContainer && node.nodeType === Node.TEXT_NODE)
    return range.endOffset - range.startOffset === blank.end - blank.start;
  return blank.text !== undefined && range.toString() === blank.text;
}
