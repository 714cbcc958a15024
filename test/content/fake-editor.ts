// An in-memory stand-in for an editor behind the adapter interface: its text is a string, writes
// apply to it (or are refused, like an editor that reverts foreign input), changes notify observers.
import type { ChangeEvent, EditorAdapter, TextSpan } from '../../lib/editors/adapter';

export class FakeEditor implements EditorAdapter {
  readonly id = 'fake';
  readonly name = 'Fake';
  readonly features = ['read', 'live', 'insert', 'replace'] as EditorAdapter['features'];
  readonly root = document.createElement('div');
  caret: TextSpan | null = null;
  revealed: TextSpan[] = [];
  /** When true, the editor ignores writes (as CKEditor would revert a DOM edit). */
  refuseWrites = false;
  private listeners = new Set<(change: ChangeEvent) => void>();

  constructor(public text: string) {}

  /** What the user does: edits the text and the editor reports the change. */
  type(at: number, inserted: string, composing = false) {
    this.text = this.text.slice(0, at) + inserted + this.text.slice(at);
    this.emit(composing);
  }
  emit(composing = false) {
    for (const l of this.listeners) l({ composing });
  }

  readText() {
    return this.text;
  }
  rangeFor() {
    return null;
  }
  rectsFor() {
    return [];
  }
  reveal(span: TextSpan) {
    this.revealed.push(span);
    this.caret = span;
  }
  getSelection() {
    return this.caret;
  }
  async insertText(text: string, at?: TextSpan) {
    if (this.refuseWrites) return false;
    const span = at ?? this.caret ?? { start: this.text.length, end: this.text.length };
    this.text = this.text.slice(0, span.start) + text + this.text.slice(span.end);
    this.caret = { start: span.start + text.length, end: span.start + text.length };
    this.emit();
    return true;
  }
  async replaceAll(spans: TextSpan[], text: string) {
    let n = 0;
    for (const s of [...spans].sort((a, b) => b.start - a.start)) if (await this.insertText(text, s)) n++;
    return n;
  }
  observe(listener: (change: ChangeEvent) => void) {
    this.listeners.add(listener);
    return () => this.listeners.delete(listener);
  }
  scrollContainers() {
    return [];
  }
  dispose() {
    this.listeners.clear();
  }
}
