// The adapter for every editor whose text is in DOM nodes under one editable root. Families
// (ProseMirror, Quill, CKEditor 5, …) differ only in their DomAdapterConfig: how to find them,
// which elements are not text, and which input path their model accepts.
import { watchComposition } from './composition';
import type { EditorFeature } from '../protocol';
import type { ChangeEvent, EditorAdapter, TextSpan } from './adapter';
import { DomTextIndex, type DomTextOptions } from './dom-text';
import { centreRect, scrollableAncestors, visibleRects } from './scrolling';
import { settle } from './settle';
import { clampSpan, tookEffect } from './spans';
import { dispatchBeforeInput, dispatchPaste, execInsertText, type WriteMethod } from './write-methods';

export interface DomAdapterConfig {
  id: string;
  name: string;
  features: EditorFeature[];
  text?: DomTextOptions;
  /** Input paths tried in order until a re-read shows the change; stops at the first that changed anything. */
  writeMethods: WriteMethod[];
  /** Input paths for text with line breaks, when they differ (default: writeMethods). */
  multilineWriteMethods?: WriteMethod[];
  /**
   * For editors that keep their own undo stack and only add to it on user events (KindEditor,
   * UEditor): called with the span selected just before a write, and again after it took, to make
   * the editor record the states on either side so its Ctrl+Z takes the write back.
   */
  undoCheckpoint?: { before(root: HTMLElement): void; after(root: HTMLElement): void | Promise<void> };
  /**
   * Editors that may undo a write shortly after it showed (Notion reverts a write made right after
   * the selection moved into a block): a write counts only if it is still there after this long,
   * and a reverted write is made once more, now that the selection has settled.
   */
  revertWindowMs?: number;
  /** i18n key of what the panel should say about this editor (e.g. a read-only view). */
  notice?: string;
}

/** How one write went: kept, nothing changed, put back by the editor (revertWindowMs), or something else changed. */
type Attempt = 'took' | 'refused' | 'reverted' | 'other';

const ALL_FEATURES: EditorFeature[] = ['read', 'live', 'highlight', 'jump', 'insert', 'replace', 'undo'];
export const DOM_EDITOR_FEATURES = ALL_FEATURES;

// Only the failure path waits this long; a change ends the wait at once.
const CHANGE_TIMEOUT_MS = 1000;

export class DomEditorAdapter implements EditorAdapter {
  readonly id: string;
  readonly name: string;
  readonly features: EditorFeature[];
  readonly notice?: string;
  private readonly index: DomTextIndex;
  private readonly cleanups: (() => void)[] = [];

  constructor(
    readonly root: HTMLElement,
    private readonly config: DomAdapterConfig,
  ) {
    this.id = config.id;
    this.name = config.name;
    this.features = config.features;
    this.notice = config.notice;
    this.index = new DomTextIndex(root, config.text);
  }

  protected get doc(): Document {
    return this.root.ownerDocument;
  }

  readText(): string {
    return this.index.get().text;
  }

  prepareText(): Promise<void> {
    return this.index.prepare();
  }

  rangeFor(span: TextSpan): Range | null {
    return this.index.get().rangeFor(span);
  }

  rangesFor(spans: readonly TextSpan[]): (Range | null)[] {
    return this.index.get().rangesFor(spans);
  }

  rectsFor(span: TextSpan): DOMRect[] {
    const range = this.rangeFor(span);
    return range ? visibleRects(this.root, Array.from(range.getClientRects())) : [];
  }

  /** What takes focus: the editing host around the root (Notion's root holds one editable leaf per block). */
  private get focusTarget(): HTMLElement {
    let host = this.root;
    for (let node = this.root.parentElement; node?.isContentEditable; node = node.parentElement) host = node;
    return host;
  }

  private select(range: Range): void {
    const target = this.focusTarget;
    const active = this.doc.activeElement;
    // In a frame document the body is the activeElement even while the frame has no focus (UEditor, KindEditor).
    if (!this.doc.hasFocus() || (active !== target && !target.contains(active))) target.focus({ preventScroll: true });
    const selection = this.doc.getSelection();
    if (!selection) return;
    selection.removeAllRanges();
    selection.addRange(range);
  }

  reveal(span: TextSpan, select = true): void {
    const range = this.rangeFor(span);
    if (!range) return;
    if (select) this.select(range);
    let rect = range.getBoundingClientRect();
    if (!rect.width && !rect.height) {
      const holder =
        range.startContainer.nodeType === Node.ELEMENT_NODE ? (range.startContainer as Element) : range.startContainer.parentElement;
      if (holder) rect = holder.getBoundingClientRect();
    }
    centreRect(this.root, rect);
  }

  getSelection(): TextSpan | null {
    const selection = this.doc.getSelection();
    if (!selection?.rangeCount) return null;
    const range = selection.getRangeAt(0);
    if (!this.root.contains(range.startContainer) || !this.root.contains(range.endContainer)) return null;
    const map = this.index.get();
    const start = map.offsetAt(range.startContainer, range.startOffset);
    const end = map.offsetAt(range.endContainer, range.endOffset);
    if (start === null || end === null) return null;
    return { start: Math.min(start, end), end: Math.max(start, end) };
  }

  async insertText(text: string, at?: TextSpan): Promise<boolean> {
    const before = this.readText();
    const span = clampSpan(at ?? this.getSelection() ?? { start: before.length, end: before.length }, before.length);
    const methods = text.includes('\n') ? (this.config.multilineWriteMethods ?? this.config.writeMethods) : this.config.writeMethods;
    const tries = this.config.revertWindowMs ? 2 : 1;
    for (const method of methods) {
      for (let i = 0; i < tries; i++) {
        const outcome = await this.attempt(method, span, text, before);
        if (outcome === 'took') return true;
        // Something else changed: trying again now could insert the text twice.
        if (outcome === 'other') return false;
        if (outcome === 'refused') break;
      }
    }
    return false;
  }

  /** One write through one input path, selecting the span first. */
  private async attempt(method: WriteMethod, span: TextSpan, text: string, before: string): Promise<Attempt> {
    const view = this.doc.defaultView;
    const range = this.rangeFor(span);
    if (!range) return 'other';
    this.select(range);
    const checkpoint = this.config.undoCheckpoint;
    checkpoint?.before(this.root);
    await settle(view);
    const target = this.rangeFor(span) ?? range;
    // Recording a checkpoint may split the text nodes the selection was in.
    if (checkpoint) this.select(target);
    if (method === 'execCommand') {
      // Refused outright (no editing host, or disabled): nothing can arrive later.
      if (!execInsertText(this.doc, text) && this.readText() === before) return 'refused';
    } else if (method === 'beforeinput') dispatchBeforeInput(this.root, target, text);
    else dispatchPaste(this.root, target, text);
    const after = await this.textAfterChange(before);
    if (!tookEffect(before, after, span, text)) return after === before ? 'refused' : 'other';
    await checkpoint?.after(this.root);
    const revertMs = this.config.revertWindowMs;
    if (!revertMs) return 'took';
    await new Promise<void>((ok) => setTimeout(ok, revertMs));
    const kept = this.readText();
    if (kept === after) return 'took';
    return kept === before ? 'reverted' : 'other';
  }

  /** Some editors apply input a little later (CKEditor 5 waits for its focus handling): wait for the text to move. */
  protected async textAfterChange(before: string, timeoutMs = CHANGE_TIMEOUT_MS): Promise<string> {
    const view = this.doc.defaultView;
    const deadline = Date.now() + timeoutMs;
    await settle(view);
    let after = this.readText();
    while (after === before && Date.now() < deadline) {
      await new Promise<void>((ok) => setTimeout(ok, 10));
      after = this.readText();
    }
    // One more frame, for editors that re-render once more after their model changed.
    await settle(view);
    return this.readText();
  }

  async replaceAll(spans: TextSpan[], text: string): Promise<number> {
    // Last to first, so the earlier offsets stay valid. Each is its own edit in the editor; editors
    // that group edits by time (ProseMirror, Quill) undo them together.
    const ordered = [...spans].sort((a, b) => b.start - a.start);
    let count = 0;
    for (const span of ordered) if (await this.insertText(text, span)) count++;
    return count;
  }

  observe(listener: (change: ChangeEvent) => void): () => void {
    const composition = watchComposition(this.root, listener);
    const View = this.doc.defaultView;
    const observer = new (View?.MutationObserver ?? MutationObserver)(composition.changed);
    observer.observe(this.root, { childList: true, characterData: true, subtree: true });
    const stop = () => {
      observer.disconnect();
      composition.stop();
    };
    this.cleanups.push(stop);
    return stop;
  }

  scrollContainers(): (Element | Window)[] {
    return scrollableAncestors(this.root);
  }

  dispose(): void {
    for (const stop of this.cleanups.splice(0)) stop();
    this.index.dispose();
  }
}
