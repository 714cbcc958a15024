// Text ↔ DOM mapping for editors whose text lives in DOM nodes. One pass over the tree builds the
// plain text ('\n' for <br> and between blocks) plus an offset table (one entry per text node or
// empty line, never per character), so a span maps back to a Range by binary search.
import type { TextSpan } from './adapter';
import { lastIndexWhere } from '../sorted-search';

// biome-ignore format: packed word list, kept in rows
const BLOCK_TAGS = new Set([
  'ADDRESS', 'ARTICLE', 'ASIDE', 'BLOCKQUOTE', 'DD', 'DETAILS', 'DIV', 'DL', 'DT', 'FIELDSET',
  'FIGCAPTION', 'FIGURE', 'FOOTER', 'FORM', 'H1', 'H2', 'H3', 'H4', 'H5', 'H6', 'HEADER', 'HR',
  'LI', 'MAIN', 'NAV', 'OL', 'P', 'PRE', 'SECTION', 'SUMMARY', 'TABLE', 'TBODY', 'THEAD', 'TFOOT',
  'TR', 'TD', 'TH', 'UL', 'CAPTION',
]);
const NON_CONTENT_TAGS = new Set(['SCRIPT', 'STYLE', 'NOSCRIPT', 'TEMPLATE', 'IFRAME', 'OBJECT', 'SVG', 'svg', 'CANVAS']);

/**
 * How an editor-specific element counts: 'skip' drops it (UI widgets, zero-width fillers),
 * 'empty-line' drops its content but keeps the line it stands for (e.g. Slate's empty-leaf filler),
 * 'block' makes it a paragraph of its own (custom elements such as 语雀's ne-p, ne-h1).
 */
export type ElementRole = 'skip' | 'empty-line' | 'block' | undefined;

export interface DomTextOptions {
  classify?: (el: Element) => ElementRole;
}

export interface TextMap {
  readonly text: string;
  rangeFor(span: TextSpan): Range | null;
  /**
   * rangeFor for many spans at once, the same Ranges: spans sorted by start are mapped in one
   * forward walk over the segments instead of two binary searches each (any order still works).
   */
  rangesFor(spans: readonly TextSpan[]): (Range | null)[];
  /** Text offset of a DOM boundary point, or null when it is outside the mapped content. */
  offsetAt(node: Node, offset: number): number | null;
}

export function isBlockElement(el: Element): boolean {
  return BLOCK_TAGS.has(el.tagName);
}

function isSkipped(el: Element, root: Element, options: DomTextOptions): ElementRole {
  if (NON_CONTENT_TAGS.has(el.tagName)) return 'skip';
  if (el !== root && el.getAttribute('contenteditable') === 'false') return 'skip';
  if (el.hasAttribute('hidden')) return 'skip';
  const role = options.classify?.(el);
  if (role) return role;
  // Reading .style makes a declaration object per element: only elements with inline style can be display:none here.
  if (el.hasAttribute('style') && (el as HTMLElement).style?.display === 'none') return 'skip';
  return undefined;
}

/** A <br> that only holds its block open (Chromium draws no extra line for it). */
function isTrailingBreak(br: Element, root: Element): boolean {
  let node: Node = br;
  while (node !== root) {
    for (let next = node.nextSibling; next; next = next.nextSibling) {
      if (next.nodeType === Node.TEXT_NODE ? (next as Text).data.length > 0 : next.nodeType === Node.ELEMENT_NODE) return false;
    }
    const parent = node.parentNode;
    if (!parent || (parent.nodeType === Node.ELEMENT_NODE && isBlockElement(parent as Element))) return true;
    node = parent;
  }
  return true;
}

/** Formatting whitespace between blocks in markup (not in pre-like text) is not content. */
function isLayoutWhitespace(text: Text, preLike: (parent: Element) => boolean): boolean {
  if (!/^[ \t\r\n]*$/.test(text.data) || !text.data.includes('\n')) return false;
  const parent = text.parentElement;
  return !parent || !preLike(parent);
}

/** Whether an element keeps its line breaks, asked of the browser once per element and build (markup indents every block). */
function preLikeCache(): (parent: Element) => boolean {
  const known = new Map<Element, boolean>();
  return (parent) => {
    let pre = known.get(parent);
    if (pre === undefined) {
      const ws = parent.ownerDocument.defaultView?.getComputedStyle(parent).whiteSpace ?? 'normal';
      pre = ws.startsWith('pre') || ws === 'break-spaces';
      known.set(parent, pre);
    }
    return pre;
  };
}

export function buildTextMap(root: Element, options: DomTextOptions = {}): TextMap {
  return buildOffsetTable(root, options);
}

function buildOffsetTable(root: Element, options: DomTextOptions): OffsetTable {
  const builder = new TextMapBuilder(root, options);
  builder.run(Number.POSITIVE_INFINITY);
  return builder.result();
}

/** Segments rangesFor steps over one by one before it bisects (a span far from the one before). */
const WALK_STEPS = 8;

/** Nodes visited between two looks at the clock. */
const NODES_PER_CHECK = 256;

/**
 * One walk over the tree that can stop at a deadline and go on later from where it was, so a huge
 * document is read in slices. The caller must start over when the DOM changed in between.
 */
class TextMapBuilder {
  private readonly chunks: string[] = [];
  // Parallel arrays: start offset, node (Text, or the element holding an empty line), and for
  // empty lines the child index of the point inside that element (-1 for text nodes).
  private readonly starts: number[] = [];
  private readonly nodes: Node[] = [];
  private readonly points: number[] = [];
  /** Characters of each entry (0 for an empty line). */
  private readonly lengths: number[] = [];
  private length = 0;
  private lineOpen = false;
  private pendingBreak = false;
  private node: Node | null;
  private done = false;
  private readonly preLike = preLikeCache();

  constructor(
    private readonly root: Element,
    private readonly options: DomTextOptions,
  ) {
    this.node = root.firstChild;
  }

  private push(s: string): void {
    this.chunks.push(s);
    this.length += s.length;
  }

  private flush(): void {
    if (this.pendingBreak) {
      this.push('\n');
      this.pendingBreak = false;
    }
  }

  private boundary(): void {
    if (this.lineOpen) {
      this.pendingBreak = true;
      this.lineOpen = false;
    }
  }

  private markEmptyLine(holder: Node, index: number): void {
    this.flush();
    this.starts.push(this.length);
    this.nodes.push(holder);
    this.points.push(index);
    this.lengths.push(0);
    this.lineOpen = true;
  }

  private isBlock(el: Element): boolean {
    return isBlockElement(el) || this.options.classify?.(el) === 'block';
  }

  /** Walks on until the tree is done (true) or `deadline` (performance.now()) has passed (false). */
  run(deadline: number): boolean {
    const { root, options } = this;
    let node = this.node;
    let visited = 0;
    while (node) {
      if (++visited % NODES_PER_CHECK === 0 && performance.now() > deadline) {
        this.node = node;
        return false;
      }
      let descend = false;
      if (node.nodeType === Node.TEXT_NODE) {
        const text = node as Text;
        if (text.data.length && !isLayoutWhitespace(text, this.preLike)) {
          this.flush();
          this.starts.push(this.length);
          this.nodes.push(text);
          this.points.push(-1);
          this.lengths.push(text.data.length);
          this.push(text.data);
          this.lineOpen = !text.data.endsWith('\n');
        }
      } else if (node.nodeType === Node.ELEMENT_NODE) {
        const el = node as Element;
        const role = isSkipped(el, root, options);
        if (role === 'empty-line') {
          if (!this.lineOpen) this.markEmptyLine(el.parentNode ?? root, indexOf(el));
        } else if (role !== 'skip') {
          if (el.tagName === 'BR') {
            if (isTrailingBreak(el, root)) {
              if (!this.lineOpen) this.markEmptyLine(el.parentNode ?? root, indexOf(el));
            } else {
              this.flush();
              this.push('\n');
              this.lineOpen = false;
            }
          } else {
            if (this.isBlock(el)) this.boundary();
            descend = el.firstChild !== null;
          }
        }
      }
      if (descend) {
        node = node.firstChild;
        continue;
      }
      // Climb out of finished elements, closing blocks on the way.
      while (node && node !== root && !node.nextSibling) {
        node = node.parentNode;
        if (node && node !== root && node.nodeType === Node.ELEMENT_NODE && this.isBlock(node as Element)) this.boundary();
      }
      if (!node || node === root) break;
      if (node.nodeType === Node.ELEMENT_NODE && this.isBlock(node as Element)) this.boundary();
      node = node.nextSibling;
    }
    this.node = null;
    this.done = true;
    return true;
  }

  result(): OffsetTable {
    if (!this.done) throw new Error('text map not finished');
    return new OffsetTable(this.chunks.join(''), this.starts, this.nodes, this.points, this.lengths, this.root);
  }
}

function indexOf(node: Node): number {
  let i = 0;
  for (let n = node.previousSibling; n; n = n.previousSibling) i++;
  return i;
}

class OffsetTable implements TextMap {
  constructor(
    readonly text: string,
    private readonly starts: number[],
    private readonly nodes: Node[],
    private readonly points: number[],
    private readonly lengths: number[],
    private readonly root: Element,
  ) {}

  /**
   * The map after these text nodes changed their characters and nothing else did (typing into a
   * line), without walking the tree again; null when a change may move line breaks or other nodes.
   */
  withTextChanged(changed: Iterable<Node>): OffsetTable | null {
    const edits: { i: number; data: string }[] = [];
    for (const node of changed) {
      if (node.nodeType !== Node.TEXT_NODE || !this.root.contains(node)) return null;
      const i = this.findNode(node);
      if (i < 0 || this.points[i] !== -1) return null;
      const data = (node as Text).data;
      const old = this.text.slice(this.starts[i], this.starts[i] + this.lengths[i]);
      // An emptied node, or one that now ends a line or is only markup whitespace, changes the lines.
      if (!data.length || data.endsWith('\n') !== old.endsWith('\n') || /^[ \t\r\n]*$/.test(data)) return null;
      edits.push({ i, data });
    }
    edits.sort((a, b) => a.i - b.i);
    const pieces: string[] = [];
    const starts = this.starts.slice();
    const lengths = this.lengths.slice();
    let from = 0;
    let shift = 0;
    for (let k = 0; k < edits.length; k++) {
      const { i, data } = edits[k];
      pieces.push(this.text.slice(from, this.starts[i]), data);
      from = this.starts[i] + this.lengths[i];
      lengths[i] = data.length;
      shift += data.length - this.lengths[i];
      // Up to and including the next edited node: its start moves by every edit before it.
      const next = k + 1 < edits.length ? edits[k + 1].i : starts.length - 1;
      for (let j = i + 1; j <= next; j++) starts[j] += shift;
    }
    pieces.push(this.text.slice(from));
    return new OffsetTable(pieces.join(''), starts, this.nodes, this.points, lengths, this.root);
  }

  /** Largest i with starts[i] <= p (or < p when strict), -1 if none. */
  private segmentAt(p: number, strict: boolean): number {
    const starts = this.starts;
    return lastIndexWhere(starts.length, strict ? (i) => starts[i] < p : (i) => starts[i] <= p);
  }

  rangeFor(span: TextSpan): Range | null {
    return this.rangesFor([span])[0];
  }

  /**
   * Spans to Ranges in one loop that calls nothing but the DOM: on a page's first paint it runs for
   * thousands of spans before the JIT has warmed up, where each call per span costs. Sorted spans
   * walk forward over the segments; a span before the last one, or far after it, bisects.
   */
  rangesFor(spans: readonly TextSpan[]): (Range | null)[] {
    const { starts, lengths, nodes, points } = this;
    const n = starts.length;
    const size = this.text.length;
    const doc = this.root.ownerDocument;
    const out: (Range | null)[] = new Array(spans.length);
    // i: the last segment starting at or before the span's start; it only moves forward while the spans are sorted.
    let i = -1;
    for (let k = 0; k < spans.length; k++) {
      const start = Math.max(0, Math.min(spans[k].start, size));
      const end = Math.max(start, Math.min(spans[k].end, size));
      if (!n) {
        out[k] = this.emptyRange(start, end);
        continue;
      }
      if (i >= 0 && starts[i] > start) i = this.segmentAt(start, false);
      for (let steps = 0; i + 1 < n && starts[i + 1] <= start; i++) {
        if (++steps > WALK_STEPS) {
          i = this.segmentAt(start, false);
          break;
        }
      }
      // a, b: the segments of the two points. A start at the end of a node or in the line break after
      // it starts where the next text begins; a caret at the end of a line stays on that line, one on
      // an empty line goes in its empty block.
      let a: number;
      let b: number;
      if (start === end) {
        a = i < 0 ? 0 : start <= starts[i] + lengths[i] ? i : i + 1 < n ? i + 1 : i;
        b = a;
      } else {
        a = i < 0 ? 0 : start < starts[i] + lengths[i] ? i : i + 1 < n ? i + 1 : i;
        // starts[i] <= start < end: the end's segment is i or after it.
        let j = i;
        for (let steps = 0; j + 1 < n && starts[j + 1] < end; j++) {
          if (++steps > WALK_STEPS) {
            j = this.segmentAt(end, true);
            break;
          }
        }
        b = Math.max(j, 0);
      }
      const atA = start - starts[a];
      const atB = (start === end ? start : end) - starts[b];
      const range = doc.createRange();
      range.setStart(nodes[a], points[a] !== -1 ? points[a] : Math.max(0, Math.min(atA, lengths[a])));
      range.setEnd(nodes[b], points[b] !== -1 ? points[b] : Math.max(0, Math.min(atB, lengths[b])));
      out[k] = start !== end && range.collapsed ? null : range;
    }
    return out;
  }

  /** Nothing written yet: a caret at the start of the editor, so text can still be inserted. */
  private emptyRange(start: number, end: number): Range | null {
    if (start !== end) return null;
    const range = this.root.ownerDocument.createRange();
    range.setStart(this.root, 0);
    return range;
  }

  offsetAt(node: Node, offset: number): number | null {
    if (!this.root.contains(node)) return null;
    if (node.nodeType === Node.TEXT_NODE) {
      // Text nodes are in document order: binary search by position.
      const i = this.findNode(node);
      if (i >= 0) return this.starts[i] + Math.min(offset, this.lengths[i]);
    }
    // A point between nodes: the first segment at or after it.
    const probe = this.root.ownerDocument.createRange();
    probe.setStart(node, offset);
    // The first segment whose start is at or after the point: one past the last one before it.
    const first = lastIndexWhere(this.starts.length, (i) => probe.comparePoint(this.nodes[i], Math.max(this.points[i], 0)) < 0) + 1;
    return first < this.starts.length ? this.starts[first] : this.text.length;
  }

  private findNode(target: Node): number {
    let lo = 0;
    let hi = this.nodes.length - 1;
    while (lo <= hi) {
      const mid = (lo + hi) >> 1;
      const n = this.nodes[mid];
      if (n === target) return mid;
      const pos = n.compareDocumentPosition(target);
      if (pos & Node.DOCUMENT_POSITION_FOLLOWING) lo = mid + 1;
      else hi = mid - 1;
    }
    return -1;
  }
}

/** Work per slice when reading ahead in slices: well inside a frame, so the page stays responsive. */
const SLICE_MS = 8;
/** A document changing under every slice is read in one go after this many fresh starts. */
const MAX_RESTARTS = 3;

// Our own timers, not the editor's window: a frame removed mid-read would never call back.
const nextTask = () => new Promise<void>((ok) => setTimeout(ok, 0));

/** A text map kept for one root and rebuilt only after the DOM under it changed. */
export class DomTextIndex {
  private map: OffsetTable | null = null;
  private readonly observer: MutationObserver;
  /** Counts changes seen under the root: a slice-by-slice read started before a change is stale. */
  private changes = 0;
  private preparing: Promise<void> | null = null;
  private disposed = false;

  constructor(
    readonly root: Element,
    private readonly options: DomTextOptions = {},
  ) {
    const View = root.ownerDocument.defaultView;
    this.observer = new (View?.MutationObserver ?? MutationObserver)((records) => this.absorb(records));
    this.observer.observe(root, {
      childList: true,
      characterData: true,
      subtree: true,
      attributes: true,
      attributeFilter: ['contenteditable', 'hidden', 'style'],
    });
  }

  /** Changes under the root: typing inside lines patches the map, anything else means a new walk. */
  private absorb(records: MutationRecord[]): void {
    if (!records.length) return;
    this.changes++;
    if (!this.map) return;
    const changed = new Set<Node>();
    for (const record of records) {
      if (record.type !== 'characterData') {
        this.map = null;
        return;
      }
      changed.add(record.target);
    }
    this.map = this.map.withTextChanged(changed);
  }

  get(): TextMap {
    // Records not yet delivered mean the DOM changed in this same task.
    this.absorb(this.observer.takeRecords());
    return (this.map ??= buildOffsetTable(this.root, this.options));
  }

  /**
   * Reads the text ahead of get(), a slice per task, so the first read of a huge document does not
   * block the page; get() right after it is then free. A read finished by get() in between, or
   * disposal, ends it early.
   */
  prepare(sliceMs = SLICE_MS): Promise<void> {
    this.preparing ??= this.readInSlices(sliceMs).finally(() => {
      this.preparing = null;
    });
    return this.preparing;
  }

  private async readInSlices(sliceMs: number): Promise<void> {
    for (let restarts = 0; restarts <= MAX_RESTARTS; restarts++) {
      this.absorb(this.observer.takeRecords());
      if (this.map || this.disposed) return;
      const changes = this.changes;
      const builder = new TextMapBuilder(this.root, this.options);
      let done = builder.run(performance.now() + sliceMs);
      while (!done) {
        await nextTask();
        this.absorb(this.observer.takeRecords());
        if (this.map || this.disposed || this.changes !== changes) break;
        done = builder.run(performance.now() + sliceMs);
      }
      if (done) {
        this.map = builder.result();
        return;
      }
    }
  }

  dispose(): void {
    this.disposed = true;
    this.observer.disconnect();
    this.map = null;
  }
}
