// The document as the engine sees it, kept current: re-read on every change the adapter reports
// (coalesced), analysed incrementally, never during an IME composition.
import { createIncrementalAnalyzer, type IncrementalAnalyzer } from '../analysis';
import type { AnalysisResult } from '../analysis/types';
import type { EditorAdapter } from '../editors/adapter';
import { createCoalescer, type Coalescer, type Timers } from './coalescer';

export interface LiveDocumentOptions {
  /** Called after every re-read that changed the text (and once at the start). */
  onChange(doc: LiveDocument): void;
  intervalMs?: number;
  timers?: Timers;
}

export class LiveDocument {
  private analyzer: IncrementalAnalyzer;
  private readonly coalescer: Coalescer;
  private readonly stopObserving: () => void;
  private composingNow = false;
  version = 1;

  constructor(
    readonly adapter: EditorAdapter,
    private readonly options: LiveDocumentOptions,
  ) {
    this.analyzer = createIncrementalAnalyzer(safeRead(adapter));
    this.coalescer = createCoalescer(() => this.refresh(), options.intervalMs ?? 80, options.timers);
    this.stopObserving = adapter.observe(({ composing }) => {
      if (composing !== this.composingNow) {
        this.composingNow = composing;
        if (composing) this.coalescer.pause();
        else this.coalescer.resume();
      }
      this.coalescer.notify();
    });
  }

  get text(): string {
    return this.analyzer.text;
  }

  get result(): AnalysisResult {
    return this.analyzer.result;
  }

  get composing(): boolean {
    return this.composingNow;
  }

  /** Re-reads the editor now; true when the text changed. */
  refresh(): boolean {
    const text = safeRead(this.adapter);
    if (text === this.analyzer.text) return false;
    this.analyzer.update(text);
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
