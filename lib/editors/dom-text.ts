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
  if ((el as HTMLElement).style?.display === 'none') return 'skip';
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
function isLayoutWhitespace(text: Text): boolean {
  if (!/^[ \t\r\n]*$/.test(text.data) || !text.data.includes('\n')) return false;
  const parent = text.parentElement;
  if (!parent) return true;
  const ws = parent.ownerDocument.defaultView?.getComputedStyle(parent).whiteSpace ?? 'normal';
  return !ws.startsWith('pre') && ws !== 'break-spaces';
}

export function buildTextMap(root: Element, options: DomTextOptions = {}): TextMap {
  const chunks: string[] = [];
  // Parallel arrays: start offset, node (Text, or the element holding an empty line), and for
  // empty lines the child index of the point inside that element (-1 for text nodes).
  const starts: number[] = [];
  const nodes: Node[] = [];
  const points: number[] = [];
  let length = 0;
  let lineOpen = false;
  let pendingBreak = false;

  const push = (s: string) => {
    chunks.push(s);
    length += s.length;
  };
  const flush = () => {
    if (pendingBreak) {
      push('\n');
      pendingBreak = false;
    }
  };
  const boundary = () => {
    if (lineOpen) {
      pendingBreak = true;
      lineOpen = false;
    }
  };
  const markEmptyLine = (holder: Node, index: number) => {
    flush();
    starts.push(length);
    nodes.push(holder);
    points.push(index);
    lineOpen = true;
  };

  const isBlock = (el: Element) => isBlockElement(el) || options.classify?.(el) === 'block';
  let node: Node | null = root.firstChild;
  while (node) {
    let descend = false;
    if (node.nodeType === Node.TEXT_NODE) {
      const text = node as Text;
      if (text.data.length && !isLayoutWhitespace(text)) {
        flush();
        starts.push(length);
        nodes.push(text);
        points.push(-1);
        push(text.data);
        lineOpen = !text.data.endsWith('\n');
      }
    } else if (node.nodeType === Node.ELEMENT_NODE) {
      const el = node as Element;
      const role = isSkipped(el, root, options);
      if (role === 'empty-line') {
        if (!lineOpen) markEmptyLine(el.parentNode ?? root, indexOf(el));
      } else if (role !== 'skip') {
        if (el.tagName === 'BR') {
          if (isTrailingBreak(el, root)) {
            if (!lineOpen) markEmptyLine(el.parentNode ?? root, indexOf(el));
          } else {
            flush();
            push('\n');
            lineOpen = false;
          }
        } else {
          if (isBlock(el)) boundary();
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
      if (node && node !== root && node.nodeType === Node.ELEMENT_NODE && isBlock(node as Element)) boundary();
    }
    if (!node || node === root) break;
    if (node.nodeType === Node.ELEMENT_NODE && isBlock(node as Element)) boundary();
    node = node.nextSibling;
  }

  const text = chunks.join('');
  return new OffsetTable(text, starts, nodes, points, root);
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
    private readonly root: Element,
  ) {}

  private lengthOf(i: number): number {
    return this.points[i] === -1 ? (this.nodes[i] as Text).data.length : 0;
  }

  /** Largest i with starts[i] <= p (or < p when strict), -1 if none. */
  private segmentAt(p: number, strict: boolean): number {
    const starts = this.starts;
    return lastIndexWhere(starts.length, strict ? (i) => starts[i] < p : (i) => starts[i] <= p);
  }

  private pointOf(i: number, delta: number): [Node, number] {
    return this.points[i] === -1 ? [this.nodes[i], delta] : [this.nodes[i], this.points[i]];
  }

  private startPoint(p: number): [Node, number] | null {
    const n = this.starts.length;
    if (!n) return null;
    const i = this.segmentAt(p, false);
    if (i < 0) return this.pointOf(0, 0);
    if (p < this.starts[i] + this.lengthOf(i)) return this.pointOf(i, p - this.starts[i]);
    // At the end of a node or in a line break after it: start where the next text begins.
    if (i + 1 < n) return this.pointOf(i + 1, 0);
    return this.pointOf(i, this.lengthOf(i));
  }

  /** A caret at the end of a line belongs to that line; one on an empty line, to its empty block. */
  private caretPoint(p: number): [Node, number] | null {
    const n = this.starts.length;
    if (!n) return null;
    const i = this.segmentAt(p, false);
    if (i < 0) return this.pointOf(0, 0);
    if (p <= this.starts[i] + this.lengthOf(i)) return this.pointOf(i, p - this.starts[i]);
    if (i + 1 < n) return this.pointOf(i + 1, 0);
    return this.pointOf(i, this.lengthOf(i));
  }

  private endPoint(p: number): [Node, number] | null {
    if (!this.starts.length) return null;
    const i = this.segmentAt(p, true);
    if (i < 0) return this.pointOf(0, 0);
    return this.pointOf(i, Math.min(p - this.starts[i], this.lengthOf(i)));
  }

  rangeFor(span: TextSpan): Range | null {
    const len = this.text.length;
    const start = Math.max(0, Math.min(span.start, len));
    const end = Math.max(start, Math.min(span.end, len));
    const range = this.root.ownerDocument.createRange();
    if (!this.starts.length) {
      // Nothing written yet: a caret at the start of the editor, so text can still be inserted.
      range.setStart(this.root, 0);
      return start === end ? range : null;
    }
    const a = start === end ? this.caretPoint(start) : this.startPoint(start);
    const b = start === end ? a : this.endPoint(end);
    if (!a || !b) return null;
    range.setStart(a[0], a[1]);
    range.setEnd(b[0], b[1]);
    if (range.collapsed && start !== end) return null;
    return range;
  }

  offsetAt(node: Node, offset: number): number | null {
    if (!this.root.contains(node)) return null;
    if (node.nodeType === Node.TEXT_NODE) {
      // Text nodes are in document order: binary search by position.
      const i = this.findNode(node);
      if (i >= 0) return this.starts[i] + Math.min(offset, this.lengthOf(i));
    }
    // A point between nodes: the first segment at or after it.
    const probe = this.root.ownerDocument.createRange();
    probe.setStart(node, offset);
    // The first segment whose start is at or after the point: one past the last one before it.
    const first = lastIndexWhere(this.starts.length, (i) => probe.comparePoint(...this.pointOf(i, 0)) < 0) + 1;
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

/** A text map kept for one root and rebuilt only after the DOM under it changed. */
export class DomTextIndex {
  private map: TextMap | null = null;
  private readonly observer: MutationObserver;

  constructor(
    readonly root: Element,
    private readonly options: DomTextOptions = {},
  ) {
    const View = root.ownerDocument.defaultView;
    this.observer = new (View?.MutationObserver ?? MutationObserver)(() => {
      this.map = null;
    });
    this.observer.observe(root, {
      childList: true,
      characterData: true,
      subtree: true,
      attributes: true,
      attributeFilter: ['contenteditable', 'hidden', 'style'],
    });
  }

  get(): TextMap {
    // Records not yet delivered mean the DOM changed in this same task.
    if (this.observer.takeRecords().length) this.map = null;
    return (this.map ??= buildTextMap(this.root, this.options));
  }

  dispose(): void {
    this.observer.disconnect();
    this.map = null;
  }
}
