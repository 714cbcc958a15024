// The document as the page needs it, kept current: re-read on every change the adapter reports
// (coalesced), its blanks re-scanned line by line, never during an IME composition. The rest of
// the analysis happens where the text is sent (the panel, the background).
import { BlankScanner } from '../analysis/blank-scan';
import type { EditorAdapter } from '../editors/adapter';
import { spanChange, textChange, type TextChange } from '../text-change';
import { createCoalescer, type Coalescer, type Timers } from './coalescer';
import { markNow, measureSince } from './timing';

export interface LiveDocumentOptions {
  /** Called after every re-read that changed the text (and once at the start). */
  onChange(doc: LiveDocument): void;
  intervalMs?: number;
  timers?: Timers;
}

export class LiveDocument {
  private readonly coalescer: Coalescer;
  private readonly stopObserving: () => void;
  private composingNow = false;
  /** The adapter's mode or features changed: the next refresh publishes even without a text change. */
  private infoChanged = false;
  version = 1;
  /** How the text changed from version - 1 to version, found once for the scanner, the report and the painter. */
  change: TextChange | null = null;

  /** Reads the editor's text and starts following it (blanks are scanned where they are painted). */
  static async open(adapter: EditorAdapter, options: LiveDocumentOptions): Promise<LiveDocument> {
    // A huge editor's text map is built a slice per task first, so the read below does not block the page.
    await adapter.prepareText?.().catch(() => {});
    let started = performance.now();
    const text = safeRead(adapter);
    measureSince('ra:first-read', started);
    started = performance.now();
    const scanner = new BlankScanner(text);
    measureSince('ra:first-analysis', started);
    const live = new LiveDocument(adapter, options, scanner);
    // Whatever changed while the segments were being built.
    live.refresh();
    return live;
  }

  constructor(
    readonly adapter: EditorAdapter,
    private readonly options: LiveDocumentOptions,
    readonly scanner: BlankScanner = new BlankScanner(safeRead(adapter)),
  ) {
    this.coalescer = createCoalescer(() => this.refresh(), options.intervalMs ?? 80, options.timers);
    this.stopObserving = adapter.observe(({ composing, info }) => {
      if (info) this.infoChanged = true;
      if (composing !== this.composingNow) {
        this.composingNow = composing;
        if (composing) this.coalescer.pause();
        else this.coalescer.resume();
      }
      markNow('ra:changed');
      this.coalescer.notify();
    });
  }

  get text(): string {
    return this.scanner.text;
  }

  /** Re-reads the editor now; true when the text changed. */
  refresh(): boolean {
    const started = performance.now();
    const text = safeRead(this.adapter);
    measureSince('ra:read', started);
    if (text === this.scanner.text && !this.infoChanged) return false;
    this.infoChanged = false;
    const analysing = performance.now();
    const change = textChange(this.scanner.text, text);
    this.scanner.update(text, spanChange(change, text));
    measureSince('ra:analyse', analysing);
    this.change = change;
    this.version++;
    this.options.onChange(this);
    return true;
  }

  dispose(): void {
    this.coalescer.dispose();
    this.stopObserving();
  }
}

// An editor torn down under us reads as empty rather than breaking the loop.
function safeRead(adapter: EditorAdapter): string {
  try {
    return adapter.readText();
  } catch {
    return '';
  }
}
