// Google Docs (canvas): everything goes through the main-world bridge (entrypoints/google-docs-bridge.ts)
// and Docs' annotated canvas. The text comes from getText() (which starts with \u0003, so page offsets
// are ours + 1), blanks are boxed from the rendered rects' geometry, jumps and writes go through
// setSelection and the text-event iframe. Without the annotated canvas: a named degraded mode with
// the whole-document export on request and clipboard inserts.
import { connectBridge } from '../../bridge/protocol';
import { BridgeSnapshot } from '../../bridge/snapshot';
import { GOOGLE_DOCS_BRIDGE, type DocsBridgeState, type DocsLayout, type GoogleDocsBridgeSpec } from '../../bridge/google-docs-spec';
import type { EditorFeature } from '../../protocol';
import type { AdapterFactory, ChangeEvent, EditorAdapter, TextSpan } from '../adapter';
import { visibleRects } from '../scrolling';

const HOSTS = ['docs.google.com'];
const EDITOR = '.kix-appview-editor';
const TEXT_EVENT_IFRAME = '.docs-texteventtarget-iframe';
const LIVE: EditorFeature[] = ['read', 'live', 'highlight', 'jump', 'insert', 'replace', 'undo'];

const onDocsPage = (doc: Document) => HOSTS.includes(doc.location.hostname) && doc.location.pathname.startsWith('/document/');

export class GoogleDocsAdapter implements EditorAdapter {
  readonly id = 'google-docs';
  readonly name = 'Google Docs';
  private readonly bridge = connectBridge<GoogleDocsBridgeSpec>(GOOGLE_DOCS_BRIDGE);
  private readonly snapshot = new BridgeSnapshot();
  private layout: DocsLayout = { runs: [] };
  private selection: TextSpan | null = null;
  private mode: DocsBridgeState = 'waiting';
  private exported = false;
  /** 1 while the text is getText()'s (leading \u0003), 0 for the export. */
  private shift = 0;

  constructor(readonly root: HTMLElement) {
    this.bridge.on('ready', ({ state }) => this.setMode(state));
    this.bridge.on('text', (text) => this.take(text));
    this.bridge.on('selection', (span) => (this.selection = span));
    this.bridge.on('layout', (layout) => {
      this.layout = layout;
      this.snapshot.layoutChanged();
    });
    this.bridge.request('hello', null).then(
      ({ state }) => this.setMode(state),
      () => this.setMode('absent'),
    );
  }

  private async setMode(state: DocsBridgeState): Promise<void> {
    if (state === this.mode || this.mode === 'annotated') return;
    this.mode = state;
    this.snapshot.infoChanged();
    if (state !== 'annotated') return;
    const [text, layout, selection] = await Promise.all([
      this.bridge.request('getText', null),
      this.bridge.request('layout', null),
      this.bridge.request('getSelection', null),
    ]).catch(() => [null, this.layout, null] as const);
    this.layout = layout;
    this.selection = selection;
    if (text !== null) this.take(text);
    this.snapshot.layoutChanged();
  }

  private take(text: string): void {
    this.shift = text.startsWith('\u0003') ? 1 : 0;
    this.snapshot.update(text.slice(this.shift));
  }

  get features(): EditorFeature[] {
    if (this.mode === 'annotated') return LIVE;
    return this.mode === 'absent' ? (this.exported ? ['read', 'fullText'] : ['fullText']) : [];
  }

  get notice(): string | undefined {
    return this.mode === 'absent' ? 'site.googleDocs.noCanvas' : undefined;
  }

  readText(): string {
    return this.snapshot.text;
  }

  rangeFor(): Range | null {
    return null;
  }

  rectsFor(span: TextSpan): DOMRect[] {
    if (this.mode !== 'annotated') return [];
    const start = span.start + this.shift;
    const end = span.end + this.shift;
    const box = this.root.getBoundingClientRect();
    const x0 = box.left - this.root.scrollLeft;
    const y0 = box.top - this.root.scrollTop;
    const out: DOMRect[] = [];
    for (const run of this.layout.runs) {
      if (run.end <= start || run.start >= end) continue;
      const a = run.xs[Math.max(start, run.start) - run.start];
      const b = run.xs[Math.min(end, run.end) - run.start];
      if (b > a) out.push(new DOMRect(x0 + run.left + a, y0 + run.top, b - a, run.height));
    }
    return visibleRects(this.root, out);
  }

  reveal(span: TextSpan, select = true): void {
    if (this.mode !== 'annotated') return;
    const start = span.start + this.shift;
    void this.bridge.request('setSelection', { start, end: select ? span.end + this.shift : start }).catch(() => false);
  }

  getSelection(): TextSpan | null {
    const s = this.selection;
    return s && this.mode === 'annotated' ? { start: s.start - this.shift, end: s.end - this.shift } : null;
  }

  async insertText(text: string, at?: TextSpan): Promise<boolean> {
    const span = at ?? this.getSelection();
    if (this.mode !== 'annotated' || !span) return false;
    const before = this.snapshot.text;
    const expected = before.slice(0, span.start) + text + before.slice(span.end);
    const result = await this.bridge.request('insert', { start: span.start + this.shift, end: span.end + this.shift, text }, 5000).catch(() => null);
    if (result?.text) this.take(result.text);
    if (this.snapshot.text === expected) return true;
    // Confirmed only by Docs' own text: re-read until the insert shows or give up.
    return this.snapshot.confirm(
      async () => {
        const now = await this.bridge.request('getText', null);
        if (now !== null) this.take(now);
        return this.snapshot.text;
      },
      (now) => now === expected,
      5,
    );
  }

  async replaceAll(spans: TextSpan[], text: string): Promise<number> {
    let count = 0;
    // From the end, so the earlier offsets stay right; Docs keeps one undo step per edit.
    for (const span of [...spans].sort((a, b) => b.start - a.start)) if (await this.insertText(text, span)) count++;
    return count;
  }

  async loadFullText(): Promise<boolean> {
    if (this.mode === 'annotated') return true;
    const text = await this.bridge.request('exportText', null, 15_000).catch(() => null);
    if (text === null) return false;
    this.exported = true;
    this.shift = 0;
    this.snapshot.update(text.replace(/^\ufeff/, '').replace(/\r\n?/g, '\n'));
    this.snapshot.infoChanged();
    return true;
  }

  observe(listener: (change: ChangeEvent) => void): () => void {
    return this.snapshot.observe(listener);
  }

  observeLayout(listener: () => void): () => void {
    return this.snapshot.observeLayout(listener);
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
  detect: (doc) => (onDocsPage(doc) && doc.defaultView === doc.defaultView?.top ? doc.querySelector<HTMLElement>(EDITOR) : null),
  // The text-event iframe is Docs' input proxy, never the document.
  ignores: (doc) => Boolean(doc.defaultView?.frameElement?.matches(TEXT_EVENT_IFRAME)),
  create: (root) => new GoogleDocsAdapter(root),
};
