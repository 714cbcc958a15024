// A frame's document as its reports describe it: the text, kept current from full texts and
// changes, analysed here (panel, background) rather than in the page. The DocState is built only
// when asked for, once per version and caret.
import { createIncrementalAnalyzer, type AnalysisResult, type IncrementalAnalyzer } from '../analysis';
import type { DocReport, DocState, FrameInfo } from '../protocol';
import { applyChange } from '../text-change';
import { buildDocState } from './doc-state';

export type ReportOutcome =
  /** The report was taken: the document is current. */
  | 'current'
  /** A change against a version this document does not have: ask the frame for the whole text. */
  | 'stale';

export class FrameDocument {
  private text: string | null = null;
  private meta: DocReport;
  private analyzer: IncrementalAnalyzer | null = null;
  private built: DocState | null = null;

  constructor(report: DocReport) {
    this.meta = report;
    this.take(report);
  }

  /** The version whose text this document holds, or null before any text arrived. */
  get version(): number | null {
    return this.text === null ? null : this.meta.version;
  }

  get editor() {
    return this.meta.editor;
  }

  get frame(): FrameInfo | undefined {
    return this.meta.frame;
  }

  setFrame(frame: FrameInfo): void {
    this.meta = { ...this.meta, frame };
    this.built = null;
  }

  /** The text of the current version (null while it is still to be asked for). */
  currentText(): string | null {
    return this.text;
  }

  take(report: DocReport): ReportOutcome {
    const { text, change, ...meta } = report;
    const had = this.text;
    const hadVersion = this.meta.version;
    // A slow answer to an earlier request: the reports since then are newer.
    if (had !== null && report.version < hadVersion) return 'current';
    if (typeof text === 'string') this.text = text;
    else if (change) {
      const next = had !== null && change.base === hadVersion ? applyChange(had, change) : null;
      this.text = next;
    } else if (had === null || report.version !== hadVersion) this.text = null;
    const next = { ...meta, frame: meta.frame ?? this.meta.frame };
    // The panel polls: the same text, caret and frame keep the state already built.
    if (this.text !== had || !sameMeta(this.meta, next)) this.built = null;
    this.meta = next;
    if (this.text === null) {
      this.analyzer = null;
      return 'stale';
    }
    return 'current';
  }

  /** The text's analysis alone (what the badge needs), or null while the text is still to be asked for. */
  analysis(): { text: string; result: AnalysisResult } | null {
    if (this.text === null) return null;
    if (!this.analyzer) this.analyzer = createIncrementalAnalyzer(this.text);
    else this.analyzer.update(this.text);
    return { text: this.text, result: this.analyzer.result };
  }

  /** The analysed state, or null while the text is still to be asked for. */
  state(): DocState | null {
    if (this.built) return this.built;
    const analysed = this.analysis();
    if (!analysed) return null;
    const { url, title, editor, caret, version, site, frame } = this.meta;
    const state = buildDocState({ url, title, editor, text: analysed.text, result: analysed.result, version, caret });
    this.built = { ...state, ...(site ? { site } : {}), ...(frame ? { frame } : {}) };
    return this.built;
  }
}

function sameMeta(a: DocReport, b: DocReport): boolean {
  return (
    a.version === b.version &&
    a.caret === b.caret &&
    a.url === b.url &&
    a.title === b.title &&
    a.site === b.site &&
    JSON.stringify(a.editor) === JSON.stringify(b.editor) &&
    JSON.stringify(a.frame) === JSON.stringify(b.frame)
  );
}

/** The state a single full report describes (a page without editor, a test's probe). */
export function stateOfReport(report: DocReport | null | undefined): DocState | null {
  return report ? new FrameDocument(report).state() : null;
}
