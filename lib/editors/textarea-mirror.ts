// Where characters of a textarea/input are drawn: a hidden copy of the field with the same metrics,
// placed over it outside the editor (in a shadow root of our own element in <body>).

// biome-ignore format: packed word list, kept in rows
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
    this.host.style.cssText =
      'position:fixed;left:0;top:0;width:0;height:0;overflow:visible;visibility:hidden;pointer-events:none;z-index:-1;';
    const shadow = this.host.attachShadow({ mode: 'closed' });
    this.box = doc.createElement('div');
    shadow.append(this.box);
    (doc.body ?? doc.documentElement).append(this.host);
    return this.box;
  }

  /** Lays the field's text out like the field does; the text is set again only when it changed. */
  private layout(): { box: HTMLElement; text: Text } {
    const box = this.ensure();
    const view = this.field.ownerDocument.defaultView!;
    const style = view.getComputedStyle(this.field);
    const rect = this.field.getBoundingClientRect();
    const wanted: Partial<
      Record<(typeof COPIED)[number] | 'position' | 'left' | 'top' | 'overflow' | 'borderColor' | 'whiteSpace', string>
    > = {};
    for (const key of COPIED) wanted[key] = style[key];
    wanted.position = 'absolute';
    wanted.left = `${rect.left}px`;
    wanted.top = `${rect.top}px`;
    wanted.overflow = 'hidden';
    wanted.borderColor = 'transparent';
    const isInput = this.field.tagName === 'INPUT';
    wanted.whiteSpace = isInput ? 'pre' : 'pre-wrap';
    if (!isInput) wanted.overflowWrap = style.overflowWrap === 'normal' ? 'break-word' : style.overflowWrap;
    // Content width must match even when the field shows a scrollbar.
    const scrollbar =
      this.field.offsetWidth - this.field.clientWidth - parseFloat(style.borderLeftWidth) - parseFloat(style.borderRightWidth);
    wanted.paddingRight = `${parseFloat(style.paddingRight) + Math.max(0, scrollbar)}px`;
    // Only real changes: restyling would lay a long text out again on every call.
    for (const [key, value] of Object.entries(wanted) as [keyof typeof wanted, string][]) {
      if (box.style[key] !== value) box.style[key] = value;
    }
    // One text node for the whole value, so a long document is laid out once, not per span.
    let text = box.firstChild as Text | null;
    if (!text) {
      text = this.field.ownerDocument.createTextNode('');
      box.append(text);
    }
    // The extra line break keeps a final empty line measurable, as in the field.
    const content = this.field.value + '\n';
    if (text.data !== content) text.data = content;
    // Line heights can round differently in the field and in a div (1/64 px per line adds up to
    // hundreds of pixels in a 1 MB text), so scroll the mirror to the same relative position.
    const fieldRange = this.field.scrollHeight - this.field.clientHeight;
    const boxRange = box.scrollHeight - box.clientHeight;
    box.scrollTop = fieldRange > 0 && boxRange > 0 ? (this.field.scrollTop * boxRange) / fieldRange : this.field.scrollTop;
    box.scrollLeft = this.field.scrollLeft;
    return { box, text };
  }

  private spanRects(start: number, end: number): { box: HTMLElement; rects: DOMRect[] } {
    const { box, text } = this.layout();
    const range = this.field.ownerDocument.createRange();
    range.setStart(text, Math.min(start, text.length));
    range.setEnd(text, Math.min(Math.max(start, end), text.length));
    let rects = Array.from(range.getClientRects());
    if (!rects.length) rects = [range.getBoundingClientRect()];
    return { box, rects };
  }

  /** Viewport rectangles of the span as the field currently shows it (only those inside the field). */
  rectsFor(start: number, end: number): DOMRect[] {
    const field = this.field.getBoundingClientRect();
    return this.spanRects(start, end).rects.filter(
      (r) => r.bottom > field.top && r.top < field.bottom && r.right >= field.left && r.left <= field.right,
    );
  }

  /** Vertical position of the span inside the field's scrolled content, in CSS pixels. */
  contentOffsetOf(start: number, end: number): { top: number; bottom: number } {
    const { box, rects } = this.spanRects(start, end);
    const boxTop = box.getBoundingClientRect().top;
    const r = rects[0];
    const scale = box.scrollHeight > 0 ? this.field.scrollHeight / box.scrollHeight : 1;
    return { top: (r.top - boxTop + box.scrollTop) * scale, bottom: (r.bottom - boxTop + box.scrollTop) * scale };
  }

  dispose(): void {
    this.host?.remove();
    this.host = null;
    this.box = null;
  }
}
