// 飞书 / Lark docx. Only blocks near the viewport are in the DOM, so the text comes from the page's
// block model through a main-world bridge (entrypoints/lark-bridge.ts) and is kept here as a
// snapshot, so readText() stays synchronous. Highlights, selection and writes work on the rendered
// blocks: `[data-record-id]` elements whose `.ace-line` (`[data-string="true"]` spans) holds the text.
// A block out of view is first brought in by the page's own locate call. Without the model (the
// page changed, or the bridge is refused) the adapter reads the rendered blocks only.
// Sources: whale4113/cloud-document-converter packages/lark/src/env.ts, docx.ts.
import type { EditorFeature } from '../../protocol';
import type { AdapterFactory, ChangeEvent, EditorAdapter, TextSpan } from '../adapter';
import { watchComposition } from '../composition';
import { buildTextMap, type TextMap } from '../dom-text';
import { centreRect, scrollableAncestors, visibleRects } from '../scrolling';
import { settle } from '../settle';
import { clampSpan, tookEffect } from '../spans';
import { execInsertText } from '../write-methods';
import { injectBridge } from '../../bridge/inject';
import { LARK_BRIDGE, type LarkBridgeSpec } from '../../bridge/lark-spec';
import { connectBridge, type BridgeClient } from '../../bridge/protocol';
import { joinBlocks, lineAt, type LarkBlockText, type LarkText } from './lark-model';

type LarkBridge = BridgeClient<LarkBridgeSpec>;

export const LARK_HOST = /(^|\.)(feishu\.cn|larksuite\.com|larkoffice\.com|feishu\.net|larkenterprise\.com)$/;
const PAGE = '.docx-page-block';
const SCROLLER = '.bear-web-x-container';
const BLOCK = '[data-record-id]';

const CHANGE_TIMEOUT_MS = 1500;
const MOUNT_TIMEOUT_MS = 1500;

const FEATURES: EditorFeature[] = ['read', 'live', 'highlight', 'jump', 'insert', 'replace', 'undo'];

export class LarkAdapter implements EditorAdapter {
  readonly id = 'lark';
  readonly name = '飞书 / Lark';
  readonly features = FEATURES;
  private model: LarkText | null = null;
  /** The bridge answered without a model (or never answered): the named degraded mode. */
  private modelAbsent: boolean;
  private readonly listeners = new Set<(change: ChangeEvent) => void>();
  private readonly layoutListeners = new Set<() => void>();
  private readonly cleanups: (() => void)[] = [];
  private composing = false;

  constructor(
    readonly root: HTMLElement,
    private readonly bridge: LarkBridge | null,
  ) {
    this.modelAbsent = !bridge;
    if (bridge) {
      this.cleanups.push(bridge.on('snapshot', (blocks) => this.take(blocks)));
      void this.fetch();
    }
  }

  private get doc(): Document {
    return this.root.ownerDocument;
  }

  /** Named degraded mode: without the block model only the rendered blocks are read. */
  get notice(): string | undefined {
    return this.model || !this.modelAbsent ? undefined : 'site.lark.renderedOnly';
  }

  private take(blocks: unknown): boolean {
    if (!Array.isArray(blocks)) return false;
    const next = joinBlocks(blocks as LarkBlockText[]);
    if (next.text === this.model?.text) return false;
    const first = this.model === null;
    this.model = next;
    this.emit(first);
    return true;
  }

  /** Asks the bridge for the model now; false when it has none. */
  private async fetch(): Promise<boolean> {
    if (!this.bridge) return false;
    let blocks: LarkBlockText[] | null = null;
    try {
      blocks = await this.bridge.request('snapshot', null);
    } catch {
      // refused or timed out: as without a model
    }
    if (blocks) return this.take(blocks) || true;
    if (!this.model && !this.modelAbsent) {
      this.modelAbsent = true;
      this.emit(true);
    }
    return false;
  }

  private emit(info = false): void {
    for (const listener of this.listeners) listener({ composing: this.composing, info });
  }

  private current(): LarkText {
    return this.model ?? this.renderedText();
  }

  /** Degraded reading: the blocks that are in the DOM now. */
  private renderedText(): LarkText {
    const blocks: LarkBlockText[] = [];
    for (const el of this.root.querySelectorAll<HTMLElement>(BLOCK)) {
      const shown = this.lineOf(el);
      if (shown) blocks.push({ id: el.dataset.recordId!, type: el.dataset.blockType ?? '', text: shown.text });
    }
    return joinBlocks(blocks);
  }

  readText(): string {
    return this.current().text;
  }

  private elementOf(recordId: string): HTMLElement | null {
    const selector = `[data-record-id="${CSS.escape(recordId)}"]`;
    return this.root.matches(selector) ? this.root : this.root.querySelector<HTMLElement>(selector);
  }

  /** The text of one block's own line (not of the blocks nested in it), or null when it shows none. */
  private lineOf(el: HTMLElement): TextMap | null {
    const line = Array.from(el.querySelectorAll('.ace-line')).find((l) => l.closest(BLOCK) === el);
    // The zero-width [data-enter] end of a line is not text.
    return line ? buildTextMap(line, { classify: (child) => (child.matches('[data-enter]') ? 'skip' : undefined) }) : null;
  }

  rangeFor(span: TextSpan): Range | null {
    const { lines } = this.current();
    const line = lines[lineAt(lines, span.start)];
    if (!line || span.end > line.start + line.text.length) return null;
    const el = this.elementOf(line.id);
    const shown = el && this.lineOf(el);
    // Not mounted, or the render is behind the model: no range rather than a wrong one.
    if (!shown || shown.text !== line.text) return null;
    return shown.rangeFor({ start: span.start - line.start, end: span.end - line.start });
  }

  rectsFor(span: TextSpan): DOMRect[] {
    const range = this.rangeFor(span);
    return range ? visibleRects(this.root, Array.from(range.getClientRects())) : [];
  }

  private select(range: Range): void {
    const start = range.startContainer;
    const holder = (start.nodeType === Node.ELEMENT_NODE ? (start as Element) : start.parentElement)?.closest<HTMLElement>(
      '[contenteditable="true"]',
    );
    if (holder && this.doc.activeElement !== holder) holder.focus({ preventScroll: true });
    const selection = this.doc.getSelection();
    selection?.removeAllRanges();
    selection?.addRange(range);
  }

  /** Brings the block holding `span` into the DOM (the page's own locate call) and returns its range. */
  private async mount(span: TextSpan): Promise<Range | null> {
    const existing = this.rangeFor(span);
    if (existing || !this.bridge || !this.model) return existing;
    const line = this.model.lines[lineAt(this.model.lines, span.start)];
    if (!line) return null;
    await this.bridge.request('locate', { id: line.id }).catch(() => false);
    const deadline = Date.now() + MOUNT_TIMEOUT_MS;
    let range = this.rangeFor(span);
    while (!range && Date.now() < deadline) {
      await new Promise<void>((ok) => setTimeout(ok, 20));
      range = this.rangeFor(span);
    }
    return range;
  }

  reveal(span: TextSpan, select = true): void {
    const show = (range: Range | null) => {
      if (!range) return;
      if (select) this.select(range);
      let rect = range.getBoundingClientRect();
      if (!rect.width && !rect.height) rect = (range.startContainer.parentElement ?? this.root).getBoundingClientRect();
      centreRect(this.root, rect);
    };
    const now = this.rangeFor(span);
    if (now) show(now);
    else void this.mount(span).then(show);
  }

  getSelection(): TextSpan | null {
    const selection = this.doc.getSelection();
    if (!selection?.rangeCount) return null;
    const range = selection.getRangeAt(0);
    const a = this.offsetOf(range.startContainer, range.startOffset);
    const b = this.offsetOf(range.endContainer, range.endOffset);
    return a === null || b === null ? null : { start: Math.min(a, b), end: Math.max(a, b) };
  }

  private offsetOf(node: Node, offset: number): number | null {
    const el = (node.nodeType === Node.ELEMENT_NODE ? (node as Element) : node.parentElement)?.closest<HTMLElement>(BLOCK);
    const line = el && this.root.contains(el) ? this.current().lines.find((l) => l.id === el.dataset.recordId) : null;
    const at = line && this.lineOf(el!)?.offsetAt(node, offset);
    return line && typeof at === 'number' ? line.start + Math.min(at, line.text.length) : null;
  }

  async insertText(text: string, at?: TextSpan): Promise<boolean> {
    if (this.bridge) await this.fetch();
    const before = this.readText();
    const span = clampSpan(at ?? this.getSelection() ?? { start: before.length, end: before.length }, before.length);
    const range = await this.mount(span);
    if (!range) return false;
    this.select(range);
    // Focus may re-render the block: select again on what is there now.
    await settle(this.doc.defaultView);
    this.select(this.rangeFor(span) ?? range);
    if (!execInsertText(this.doc, text) && this.readText() === before && !(await this.fetch())) return false;
    const after = await this.textAfterChange(before);
    return tookEffect(before, after, span, text);
  }

  /** Confirms through the model (or the rendered blocks without it) that the edit arrived. */
  private async textAfterChange(before: string): Promise<string> {
    const deadline = Date.now() + CHANGE_TIMEOUT_MS;
    await settle(this.doc.defaultView);
    await this.fetch();
    while (this.readText() === before && Date.now() < deadline) {
      await new Promise<void>((ok) => setTimeout(ok, 30));
      await this.fetch();
    }
    return this.readText();
  }

  async replaceAll(spans: TextSpan[], text: string): Promise<number> {
    let count = 0;
    for (const span of [...spans].sort((a, b) => b.start - a.start)) if (await this.insertText(text, span)) count++;
    return count;
  }

  observe(listener: (change: ChangeEvent) => void): () => void {
    this.listeners.add(listener);
    const composition = watchComposition(this.root, (change) => {
      this.composing = change.composing;
      listener(change);
    });
    let pending: ReturnType<typeof setTimeout> | null = null;
    let mounted = false;
    const View = this.doc.defaultView;
    const observer = new (View?.MutationObserver ?? MutationObserver)((records) => {
      for (const record of records) {
        for (const node of record.addedNodes)
          if (node.nodeType === Node.ELEMENT_NODE && ((node as Element).matches(BLOCK) || (node as Element).querySelector(BLOCK)))
            mounted = true;
      }
      if (pending !== null) return;
      // One model read per task's worth of mutations; a longer wait showed in every keystroke
      // (bench/e2e/lark-keystroke.ts: median 69 → 14 ms at 31k chars).
      pending = setTimeout(() => {
        pending = null;
        const layout = mounted;
        mounted = false;
        // Typing shows in the DOM first: ask the model; blocks mounted by scrolling need painting.
        void (this.bridge && this.model ? this.fetch() : Promise.resolve(false)).then(() => {
          if (!this.model) this.emit();
          if (layout) for (const notify of this.layoutListeners) notify();
        });
      }, 0);
    });
    observer.observe(this.root, { childList: true, characterData: true, subtree: true });
    const stop = () => {
      this.listeners.delete(listener);
      observer.disconnect();
      composition.stop();
      if (pending !== null) clearTimeout(pending);
    };
    this.cleanups.push(stop);
    return stop;
  }

  observeLayout(listener: () => void): () => void {
    this.layoutListeners.add(listener);
    return () => this.layoutListeners.delete(listener);
  }

  scrollContainers(): (Element | Window)[] {
    return scrollableAncestors(this.root);
  }

  dispose(): void {
    for (const stop of this.cleanups.splice(0)) stop();
    this.layoutListeners.clear();
    this.bridge?.dispose();
  }
}

export function isLarkHost(hostname: string): boolean {
  return LARK_HOST.test(hostname);
}

export function createLarkFactory(bridge: (doc: Document) => LarkBridge | null = larkBridge): AdapterFactory {
  return {
    id: 'lark',
    exclusive: true,
    detect(doc) {
      if (!isLarkHost(doc.location.hostname)) return null;
      const page = doc.querySelector<HTMLElement>(PAGE);
      return page?.closest<HTMLElement>(SCROLLER) ?? page;
    },
    create: (root) => new LarkAdapter(root, bridge(root.ownerDocument)),
  };
}

function larkBridge(doc: Document): LarkBridge {
  const client = connectBridge<LarkBridgeSpec>(LARK_BRIDGE, { target: doc });
  const ready = injectBridge('/lark-bridge.js');
  // Requests wait for the bridge script to run; without it they fail and the adapter stays degraded.
  return {
    request: async (method, params, timeoutMs) => {
      if (!(await ready)) throw new Error('bridge refused');
      return client.request(method, params, timeoutMs);
    },
    on: (event, listener) => client.on(event, listener),
    dispose: () => client.dispose(),
  };
}

export const larkFactory = createLarkFactory();
