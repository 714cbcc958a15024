// <textarea> and single-line text inputs: the text is the value; there is no DOM text to make a
// Range of, so highlights come from a mirror and writes go through execCommand for native undo.
import type { EditorFeature } from '../protocol';
import type { AdapterFactory, ChangeEvent, EditorAdapter, TextSpan } from './adapter';
import { watchComposition } from './composition';
import { settle } from './settle';
import { clampSpan } from './spans';
import { scrollableAncestors, centreRect } from './scrolling';
import { TextFieldMirror } from './textarea-mirror';
import { isTextField, type TextField } from './text-field';
import { looksLikeDocument } from './visibility';
import { execInsertText } from './write-methods';

function isUsable(el: TextField): boolean {
  return !el.disabled && !el.readOnly && looksLikeDocument(el);
}

export class TextareaAdapter implements EditorAdapter {
  readonly id = 'textarea';
  readonly name = 'textarea';
  readonly features: EditorFeature[] = ['read', 'live', 'highlight', 'jump', 'insert', 'replace', 'undo'];
  private readonly mirror: TextFieldMirror;
  private readonly cleanups: (() => void)[] = [];

  constructor(readonly root: TextField) {
    this.mirror = new TextFieldMirror(root);
  }

  readText(): string {
    return this.root.value;
  }

  rangeFor(_span?: TextSpan): Range | null {
    return null;
  }

  rectsFor(span: TextSpan): DOMRect[] {
    const { start, end } = clampSpan(span, this.root.value.length);
    return this.mirror.rectsFor(start, end);
  }

  visibleText(): TextSpan | null {
    return this.mirror.windowSpan();
  }

  observeLayout(listener: () => void): () => void {
    return this.mirror.onLayout(listener);
  }

  reveal(span: TextSpan, select = true): void {
    const { start, end } = clampSpan(span, this.root.value.length);
    if (select) {
      this.root.focus({ preventScroll: true });
      this.root.setSelectionRange(start, end);
    }
    const { top, bottom } = this.mirror.contentOffsetOf(start, end);
    this.root.scrollTop = Math.max(0, (top + bottom) / 2 - this.root.clientHeight / 2);
    const [rect] = this.mirror.rectsFor(start, end);
    if (rect) centreRect(this.root.parentElement ?? this.root, rect);
  }

  getSelection(): TextSpan | null {
    if (this.root.ownerDocument.activeElement !== this.root) return null;
    const start = this.root.selectionStart;
    const end = this.root.selectionEnd;
    return start === null || end === null ? null : { start, end };
  }

  async insertText(text: string, at?: TextSpan): Promise<boolean> {
    const field = this.root;
    if (field.tagName === 'INPUT') text = text.replace(/\n+/g, ' ');
    const before = field.value;
    const span = clampSpan(at ?? this.getSelection() ?? { start: before.length, end: before.length }, before.length);
    const expected = before.slice(0, span.start) + text + before.slice(span.end);
    field.focus({ preventScroll: true });
    field.setSelectionRange(span.start, span.end);
    execInsertText(field.ownerDocument, text);
    if (field.value === expected) return true;
    if (field.value !== before) return false;
    // No native editing (e.g. execCommand disabled): same change without the browser's undo.
    field.setRangeText(text, span.start, span.end, 'end');
    const View = field.ownerDocument.defaultView;
    field.dispatchEvent(new (View?.InputEvent ?? InputEvent)('input', { bubbles: true, inputType: 'insertText', data: text }));
    await settle(View);
    return field.value === expected;
  }

  async replaceAll(spans: TextSpan[], text: string): Promise<number> {
    if (!spans.length) return 0;
    // One insert over the stretch from the first to the last span: a single undo step.
    const value = this.root.value;
    const ordered = spans.map((s) => clampSpan(s, value.length)).sort((a, b) => a.start - b.start);
    const from = ordered[0].start;
    const to = Math.max(...ordered.map((s) => s.end));
    let out = '';
    let cursor = from;
    let count = 0;
    for (const span of ordered) {
      if (span.start < cursor) continue; // overlapping spans: keep the first
      out += value.slice(cursor, span.start) + text;
      cursor = span.end;
      count++;
    }
    out += value.slice(cursor, to);
    return (await this.insertText(out, { start: from, end: to })) ? count : 0;
  }

  observe(listener: (change: ChangeEvent) => void): () => void {
    const composition = watchComposition(this.root, listener);
    this.root.addEventListener('input', composition.changed);
    const stop = () => {
      this.root.removeEventListener('input', composition.changed);
      composition.stop();
    };
    this.cleanups.push(stop);
    return stop;
  }

  scrollContainers(): (Element | Window)[] {
    return [this.root, ...scrollableAncestors(this.root)];
  }

  dispose(): void {
    for (const stop of this.cleanups.splice(0)) stop();
    this.mirror.dispose();
  }
}

export const textareaFactory: AdapterFactory = {
  id: 'textarea',
  detect(doc) {
    if (isTextField(doc.activeElement) && isUsable(doc.activeElement)) return doc.activeElement;
    // Otherwise the textarea holding the most text (a report, not a search box).
    let best: TextField | null = null;
    for (const el of doc.querySelectorAll('textarea')) {
      if (isUsable(el) && (!best || el.value.length > best.value.length)) best = el;
    }
    return best;
  },
  create(root) {
    return new TextareaAdapter(root as TextField);
  },
};
