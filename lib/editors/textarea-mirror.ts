// Where characters of a textarea/input are drawn: a hidden copy of the field with the same metrics,
// placed over it outside the editor (in a shadow root of our own element in <body>).

const COPIED = [
  'boxSizing', 'width', 'height', 'borderTopWidth', 'borderRightWidth', 'borderBottomWidth', 'borderLeftWidth',
  'borderStyle', 'paddingTop', 'paddingRight', 'paddingBottom', 'paddingLeft', 'fontFamily', 'fontSize',
  'fontStyle', 'fontVariant', 'fontWeight', 'fontStretch', 'lineHeight', 'letterSpacing', 'wordSpacing',
  'textIndent', 'textTransform', 'textAlign', 'direction', 'tabSize', 'wordBreak', 'overflowWrap',
] as const;

export class TextFieldMirror {
  private host: HTMLElement | null = null;
  private box: HTMLElement | null = null;

  constructor(private readonly field: HTMLTextAreaElement | HTMLInputElement) {}

  private ensure(): HTMLElement {
    if (this.box && this.host?.isConnected) return this.box;
    const doc = this.field.ownerDocument;
    this.host = doc.createElement('report-assistant-mirror');
    this.host.style.cssText = 'position:fixed;left:0;top:0;width:0;height:0;overflow:visible;visibility:hidden;pointer-events:none;z-index:-1;';
    const shadow = this.host.attachShadow({ mode: 'closed' });
    this.box = doc.createElement('div');
    shadow.append(this.box);
    (doc.body ?? doc.documentElement).append(this.host);
    return this.box;
  }

  /** Lays the text out like the field does, and returns the element wrapping the span. */
  private layout(text: string, start: number, end: number): HTMLElement {
    const box = this.ensure();
    const view = this.field.ownerDocument.defaultView!;
    const style = view.getComputedStyle(this.field);
    const rect = this.field.getBoundingClientRect();
    for (const key of COPIED) box.style[key] = style[key];
    box.style.position = 'absolute';
    box.style.left = `${rect.left}px`;
    box.style.top = `${rect.top}px`;
    box.style.overflow = 'hidden';
    box.style.borderColor = 'transparent';
    const isInput = this.field instanceof view.HTMLInputElement;
    box.style.whiteSpace = isInput ? 'pre' : 'pre-wrap';
    if (!isInput) box.style.overflowWrap = style.overflowWrap === 'normal' ? 'break-word' : style.overflowWrap;
    // Content width must match even when the field shows a scrollbar.
    const scrollbar = this.field.offsetWidth - this.field.clientWidth - parseFloat(style.borderLeftWidth) - parseFloat(style.borderRightWidth);
    box.style.paddingRight = `${parseFloat(style.paddingRight) + Math.max(0, scrollbar)}px`;
    const doc = this.field.ownerDocument;
    const marked = doc.createElement('span');
    // A caret at a span's end still needs a box to measure.
    marked.textContent = text.slice(start, end) || '\u200b';
    box.replaceChildren(doc.createTextNode(text.slice(0, start)), marked, doc.createTextNode(text.slice(end) + '\n'));
    box.scrollTop = this.field.scrollTop;
    box.scrollLeft = this.field.scrollLeft;
    return marked;
  }

  /** Viewport rectangles of the span as the field currently shows it (clipped to the field). */
  rectsFor(start: number, end: number): DOMRect[] {
    const marked = this.layout(this.field.value, start, end);
    const field = this.field.getBoundingClientRect();
    return Array.from(marked.getClientRects()).filter((r) => r.bottom > field.top && r.top < field.bottom);
  }

  /** Vertical position of the span inside the field's scrolled content, in CSS pixels. */
  contentOffsetOf(start: number, end: number): { top: number; bottom: number } {
    const marked = this.layout(this.field.value, start, end);
    const box = marked.parentElement!;
    const boxTop = box.getBoundingClientRect().top;
    const r = marked.getClientRects()[0] ?? marked.getBoundingClientRect();
    return { top: r.top - boxTop + box.scrollTop, bottom: r.bottom - boxTop + box.scrollTop };
  }

  dispose(): void {
    this.host?.remove();
    this.host = null;
    this.box = null;
  }
}
