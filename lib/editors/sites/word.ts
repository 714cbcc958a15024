// Word for the web. The document is rendered in an iframe on *-word-edit.officeapps.live.com as
// #WACViewPanel .OutlineElement > p.Paragraph > span.TextRun > span.NormalTextRun (read with the
// DOM text map, skipping paragraph marks, list markers, headers and footers). The rendered pages
// are not where typing goes: #WACViewPanel_EditingElement is a small input proxy and is never the
// document. Writes try Word's own automation object first (main-world bridge, one undo step),
// then typing into the input proxy at the selection, and otherwise report failure so the content
// script copies the text to the clipboard.
// Sources: ken107/read-aloud js/content/onedrive-doc.js; bartekplus/FluentTyper
// review/WordReviewMainWorld.ts, WordReviewTarget.ts, WordReviewProtocol.ts.
import type { AdapterFactory, ChangeEvent, EditorAdapter, TextSpan } from '../adapter';
import { DOM_EDITOR_FEATURES, DomEditorAdapter } from '../dom-adapter';
import { settle } from '../settle';
import { clampSpan, tookEffect } from '../spans';
import { execInsertText } from '../write-methods';
import { injectBridge } from '../../bridge/inject';
import { connectBridge } from '../../bridge/protocol';
import { WORD_BRIDGE, type WordBridgeSpec } from '../../bridge/word-spec';

export const WORD_HOST = /(^|[.-])word-edit\.officeapps\.live\.com$/;
const PANEL = '#WACViewPanel';
const INPUT_PROXY = 'WACViewPanel_EditingElement';
// Rendered but not document text: paragraph marks, list numbering drawn by Word, page furniture,
// and Word's input/clipboard proxies.
const NOT_TEXT = `.EOP, .ListMarker, .ListMarkerWrappingSpan, .Header, .Footer, [aria-hidden="true"], #${INPUT_PROXY}, #WACViewPanel_ClipboardElement`;

const CHANGE_TIMEOUT_MS = 1000;

/** Writes through Word's automation object, when a bridge to the page world offers one. */
export interface WordAutomation {
  /** Replaces [start, end) of the model text ('\n' between paragraphs) in one undo step; false when refused. */
  replace(span: TextSpan, text: string): Promise<boolean>;
  /** The model text, or null when the automation object is absent. */
  text(): Promise<string | null>;
  dispose(): void;
}

export interface WordAdapterOptions {
  automation?: WordAutomation | null;
}

export class WordAdapter implements EditorAdapter {
  readonly id = 'word';
  readonly name = 'Word';
  readonly features = DOM_EDITOR_FEATURES;
  private readonly dom: DomEditorAdapter;
  private readonly automation: WordAutomation | null;

  constructor(
    readonly root: HTMLElement,
    options: WordAdapterOptions = {},
  ) {
    this.automation = options.automation ?? null;
    this.dom = new DomEditorAdapter(root, {
      id: this.id,
      name: this.name,
      features: this.features,
      text: { classify: (el) => (el.matches(NOT_TEXT) ? 'skip' : undefined) },
      writeMethods: [],
    });
  }

  private get doc(): Document {
    return this.root.ownerDocument;
  }

  readText(): string {
    return this.dom.readText();
  }
  rangeFor(span: TextSpan): Range | null {
    return this.dom.rangeFor(span);
  }
  rectsFor(span: TextSpan): DOMRect[] {
    return this.dom.rectsFor(span);
  }
  reveal(span: TextSpan, select = true): void {
    this.dom.reveal(span, select);
  }
  getSelection(): TextSpan | null {
    return this.dom.getSelection();
  }
  observe(listener: (change: ChangeEvent) => void): () => void {
    return this.dom.observe(listener);
  }
  scrollContainers(): (Element | Window)[] {
    return this.dom.scrollContainers();
  }

  async insertText(text: string, at?: TextSpan): Promise<boolean> {
    const before = this.readText();
    const span = clampSpan(at ?? this.getSelection() ?? { start: before.length, end: before.length }, before.length);
    if (this.automation && (await this.automation.text().catch(() => null)) === before) {
      const accepted = await this.automation.replace(span, text).catch(() => false);
      const after = await this.textAfterChange(before);
      if (accepted && tookEffect(before, after, span, text)) return true;
      if (after !== before) return false;
    }
    return this.typeIntoProxy(before, span, text);
  }

  /** Puts the selection on the span (Word follows it with its caret) and types into the input proxy. */
  private async typeIntoProxy(before: string, span: TextSpan, text: string): Promise<boolean> {
    const proxy = this.doc.getElementById(INPUT_PROXY);
    const range = this.rangeFor(span);
    if (!proxy || !range || !proxy.isContentEditable) return false;
    const selection = this.doc.getSelection();
    selection?.removeAllRanges();
    selection?.addRange(range);
    await settle(this.doc.defaultView);
    proxy.focus({ preventScroll: true });
    // Focus alone leaves the selection where it was when the proxy already had focus.
    const inProxy = this.doc.createRange();
    inProxy.selectNodeContents(proxy);
    inProxy.collapse(false);
    selection?.removeAllRanges();
    selection?.addRange(inProxy);
    if (!execInsertText(this.doc, text)) return false;
    const after = await this.textAfterChange(before);
    return tookEffect(before, after, span, text);
  }

  private async textAfterChange(before: string): Promise<string> {
    const view = this.doc.defaultView;
    const deadline = Date.now() + CHANGE_TIMEOUT_MS;
    await settle(view);
    while (this.readText() === before && Date.now() < deadline) await new Promise<void>((ok) => setTimeout(ok, 10));
    await settle(view);
    return this.readText();
  }

  async replaceAll(spans: TextSpan[], text: string): Promise<number> {
    let count = 0;
    for (const span of [...spans].sort((a, b) => b.start - a.start)) if (await this.insertText(text, span)) count++;
    return count;
  }

  dispose(): void {
    this.automation?.dispose();
    this.dom.dispose();
  }
}

export function isWordHost(hostname: string): boolean {
  return WORD_HOST.test(hostname);
}

/** Word's automation object through the main-world bridge (entrypoints/word-bridge.ts). */
export function wordAutomation(doc: Document): WordAutomation {
  const bridge = connectBridge<WordBridgeSpec>(WORD_BRIDGE, { target: doc });
  const ready = injectBridge('/word-bridge.js');
  return {
    async replace(span, text) {
      return (await ready) && (await bridge.request('replace', { start: span.start, end: span.end, text })) === true;
    },
    async text() {
      return (await ready) ? bridge.request('text', null) : null;
    },
    dispose: () => bridge.dispose(),
  };
}

export function createWordFactory(automation: (doc: Document) => WordAutomation | null = wordAutomation): AdapterFactory {
  return {
    id: 'word',
    site: true,
    detect(doc) {
      if (!isWordHost(doc.location.hostname)) return null;
      return doc.querySelector<HTMLElement>(PANEL);
    },
    create: (root) => new WordAdapter(root, { automation: automation(root.ownerDocument) }),
  };
}

export const wordFactory = createWordFactory();
