// Word for the web. The document is rendered in an iframe on *-word-edit.officeapps.live.com as
// #WACViewPanel .OutlineElement > p.Paragraph > span.TextRun > span.NormalTextRun (read with the
// DOM text map, skipping paragraph marks, list markers, headers and footers). The rendered pages
// are not where typing goes: #WACViewPanel_EditingElement is a small input proxy and is never the
// document. Writes try Word's own automation object first (main-world bridge, one undo step),
// then typing into the input proxy at the selection, and otherwise report failure so the content
// script copies the text to the clipboard.
// Sources: ken107/read-aloud js/content/onedrive-doc.js; bartekplus/FluentTyper
// review/WordReviewMainWorld.ts, WordReviewTarget.ts, WordReviewProtocol.ts.
import type { AdapterFactory, TextSpan } from '../adapter';
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

/** Writes through Word's automation object, when a bridge to the page world offers one. */
export interface WordAutomation {
  /** Replaces [start, end) of the model text ('\n' between paragraphs) in one undo step; false when refused. */
  replace(span: TextSpan, text: string): Promise<boolean>;
  /** The model text, or null when the automation object is absent. */
  text(): Promise<string | null>;
  /** Word's own selection in the model text, or null. */
  selection(): Promise<TextSpan | null>;
  dispose(): void;
}

export interface WordAdapterOptions {
  automation?: WordAutomation | null;
}

export class WordAdapter extends DomEditorAdapter {
  private readonly automation: WordAutomation | null;

  constructor(root: HTMLElement, options: WordAdapterOptions = {}) {
    super(root, {
      id: 'word',
      name: 'Word',
      features: DOM_EDITOR_FEATURES,
      text: { classify: (el) => (el.matches(NOT_TEXT) ? 'skip' : undefined) },
      writeMethods: [],
    });
    this.automation = options.automation ?? null;
  }

  /** The page selection, unless it is in the input proxy (where it sits while the user types in Word). */
  override getSelection(): TextSpan | null {
    const anchor = this.doc.getSelection()?.anchorNode;
    return anchor && this.doc.getElementById(INPUT_PROXY)?.contains(anchor) ? null : super.getSelection();
  }

  override async insertText(text: string, at?: TextSpan): Promise<boolean> {
    const before = this.readText();
    const modelReady = this.automation && (await this.automation.text().catch(() => null)) === before;
    const caret = at ?? this.getSelection() ?? (modelReady ? await this.automation!.selection().catch(() => null) : null);
    const span = clampSpan(caret ?? { start: before.length, end: before.length }, before.length);
    if (modelReady) {
      const accepted = await this.automation!.replace(span, text).catch(() => false);
      const after = await this.textAfterChange(before);
      if (accepted && tookEffect(before, after, span, text)) return true;
      if (after !== before) return false;
    }
    return this.typeIntoProxy(before, span, text);
  }

  /** Puts the selection on the span (Word follows it with its caret) and types into the input proxy. */
  private async typeIntoProxy(before: string, span: TextSpan, text: string): Promise<boolean> {
    // How Word turns a line break typed into its proxy into paragraphs is not known: several
    // lines go to the clipboard rather than into the document mangled.
    if (text.includes('\n')) return false;
    const proxy = this.doc.getElementById(INPUT_PROXY);
    const range = this.rangeFor(span);
    const selection = this.doc.getSelection();
    if (!proxy?.isContentEditable || !range || !selection) return false;
    selection.removeAllRanges();
    selection.addRange(range);
    await settle(this.doc.defaultView);
    proxy.focus({ preventScroll: true });
    // Focus alone leaves the selection where it was when the proxy already had focus.
    selection.selectAllChildren(proxy);
    selection.collapseToEnd();
    if (!execInsertText(this.doc, text)) return false;
    return tookEffect(before, await this.textAfterChange(before), span, text);
  }

  override dispose(): void {
    this.automation?.dispose();
    super.dispose();
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
    async selection() {
      return (await ready) ? bridge.request('selection', null) : null;
    },
    dispose: () => bridge.dispose(),
  };
}

export function createWordFactory(automation: (doc: Document) => WordAutomation | null = wordAutomation): AdapterFactory {
  return {
    id: 'word',
    exclusive: true,
    detect(doc) {
      if (!isWordHost(doc.location.hostname)) return null;
      return doc.querySelector<HTMLElement>(PANEL);
    },
    create: (root) => new WordAdapter(root, { automation: automation(root.ownerDocument) }),
  };
}

export const wordFactory = createWordFactory();
