// Google Docs (canvas): everything goes through the main-world bridge (entrypoints/google-docs-bridge.ts)
// and Docs' annotated canvas. The text comes from getText() (which starts with \u0003, so page offsets
// are ours + 1), blanks are boxed from the rendered rects' geometry, jumps and writes go through
// setSelection and the text-event iframe (the bridge confirms a write by re-reading getText()).
// Without the annotated canvas: a named degraded mode with the whole-document export on request
// and clipboard inserts. Kept small: it is part of the content script every site loads.
import { connectBridge } from '../../bridge/protocol';
import { BridgeSnapshot } from '../../bridge/snapshot';
import { GOOGLE_DOCS_BRIDGE, type DocsBridgeState, type DocsLayoutRun, type GoogleDocsBridgeSpec } from '../../bridge/google-docs-spec';
import type { EditorFeature } from '../../protocol';
import type { AdapterFactory, EditorAdapter, TextSpan } from '../adapter';
import { visibleRects } from '../scrolling';

const EDITOR = '.kix-appview-editor';
const TEXT_EVENT_IFRAME = '.docs-texteventtarget-iframe';

export class GoogleDocsAdapter implements EditorAdapter {
  readonly id = 'google-docs';
  readonly name = 'Google Docs';
  features: EditorFeature[] = [];
  notice?: string;
  private readonly bridge = connectBridge<GoogleDocsBridgeSpec>(GOOGLE_DOCS_BRIDGE);
  private readonly snapshot = new BridgeSnapshot();
  private runs: DocsLayoutRun[] = [];
  private selection: TextSpan | null = null;
  private live = false;
  /** 1 while the text is getText()'s (leading \u0003), 0 for the export. */
  private shift = 0;
  readonly observe = this.snapshot.observe.bind(this.snapshot);
  readonly observeLayout = this.snapshot.observeLayout.bind(this.snapshot);

  constructor(readonly root: HTMLElement) {
    const bridge = this.bridge;
    bridge.on('ready', ({ state }) => this.setMode(state));
    bridge.on('text', (text) => this.take(text));
    bridge.on('selection', (span) => (this.selection = span));
    bridge.on('layout', ({ runs }) => {
      this.runs = runs;
      this.snapshot.layoutChanged();
    });
    bridge.request('hello', null).then(
      ({ state }) => this.setMode(state),
      () => this.setMode('absent'),
    );
  }

  private async setMode(state: DocsBridgeState): Promise<void> {
    if (this.live || state === 'waiting') return;
    this.live = state === 'annotated';
    this.features = this.live ? ['read', 'live', 'highlight', 'jump', 'insert', 'replace', 'undo'] : ['fullText'];
    this.notice = this.live ? undefined : 'site.googleDocs.noCanvas';
    this.snapshot.infoChanged();
    if (!this.live) return;
    const b = this.bridge;
    const [text, layout, selection] = await Promise.all([
      b.request('getText', null),
      b.request('layout', null),
      b.request('getSelection', null),
    ]);
    this.runs = layout.runs;
    this.selection = selection;
    this.take(text);
    this.snapshot.layoutChanged();
  }

  private take(text: string | null): void {
    if (text === null) return;
    this.shift = text[0] === '\u0003' ? 1 : 0;
    this.snapshot.update(text.slice(this.shift));
  }

  readText(): string {
    return this.snapshot.text;
  }

  rangeFor(): Range | null {
    return null;
  }

  rectsFor({ start, end }: TextSpan): DOMRect[] {
    const box = this.root.getBoundingClientRect();
    const out: DOMRect[] = [];
    start += this.shift;
    end += this.shift;
    for (const run of this.live ? this.runs : []) {
      if (run.end <= start || run.start >= end) continue;
      const a = run.xs[Math.max(start, run.start) - run.start];
      const b = run.xs[Math.min(end, run.end) - run.start];
      out.push(new DOMRect(box.left - this.root.scrollLeft + run.left + a, box.top - this.root.scrollTop + run.top, b - a, run.height));
    }
    return visibleRects(this.root, out);
  }

  reveal({ start, end }: TextSpan, select = true): void {
    if (this.live)
      void this.bridge.request('setSelection', { start: start + this.shift, end: (select ? end : start) + this.shift }).catch(() => {});
  }

  getSelection(): TextSpan | null {
    const s = this.live && this.selection;
    return s ? { start: s.start - this.shift, end: s.end - this.shift } : null;
  }

  async insertText(text: string, at?: TextSpan): Promise<boolean> {
    const span = at ?? this.getSelection();
    if (!this.live || !span) return false;
    const before = this.snapshot.text;
    const result = await this.bridge
      .request('insert', { start: span.start + this.shift, end: span.end + this.shift, text }, 5000)
      .catch(() => null);
    this.take(result?.text ?? null);
    return this.snapshot.text === before.slice(0, span.start) + text + before.slice(span.end);
  }

  async replaceAll(spans: TextSpan[], text: string): Promise<number> {
    let count = 0;
    // From the end, so the earlier offsets stay right; Docs keeps one undo step per edit.
    for (const span of [...spans].sort((a, b) => b.start - a.start)) if (await this.insertText(text, span)) count++;
    return count;
  }

  async loadFullText(): Promise<boolean> {
    if (this.live) return true;
    const text = await this.bridge.request('exportText', null, 15_000).catch(() => null);
    if (text === null) return false;
    this.features = ['read', 'fullText'];
    this.shift = 0;
    this.snapshot.update(text);
    this.snapshot.infoChanged();
    return true;
  }

  scrollContainers(): (Element | Window)[] {
    return [this.root];
  }

  dispose(): void {
    this.bridge.dispose();
    this.snapshot.dispose();
  }
}

export const googleDocsFactory: AdapterFactory = {
  id: 'google-docs',
  exclusive: true,
  detect: (doc) =>
    doc.location.hostname === 'docs.google.com' &&
    doc.location.pathname.startsWith('/document/') &&
    doc.defaultView === doc.defaultView?.top
      ? doc.querySelector<HTMLElement>(EDITOR)
      : null,
  // The text-event iframe is Docs' input proxy, never the document.
  ignores: (doc) => Boolean(doc.defaultView?.frameElement?.matches(TEXT_EVENT_IFRAME)),
  create: (root) => new GoogleDocsAdapter(root),
};
