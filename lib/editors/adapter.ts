// The one interface every editor family implements. Selectors and editor-specific tricks live
// in that family's adapter file and nowhere else; the content script only talks to this.
import type { EditorFeature } from '../protocol';

/** A span of the adapter's text (UTF-16 offsets into the string readText() last returned). */
export interface TextSpan {
  start: number;
  end: number;
}

export interface ChangeEvent {
  /** True while an IME composition is in progress: the content script must not re-render. */
  composing: boolean;
  /** The adapter's mode, features or notice changed (e.g. a bridge site went degraded): publish even if the text did not. */
  info?: boolean;
}

/*
 * Adapters for model-backed online editors (Google Docs canvas, 飞书 virtualised blocks, 腾讯文档)
 * will sit on a "bridge": a main-world script that talks to the content script by CustomEvent or
 * postMessage. Such an adapter keeps a text snapshot updated from bridge events so readText() stays
 * synchronous, and reports each change through observe(); rangeFor() gives null (no DOM text, or
 * only for rendered blocks), rectsFor() uses the page's own geometry (e.g. Docs' annotated SVG
 * rects), reveal() asks the bridge to set the selection (which scrolls there), and insertText() /
 * replaceAll() are already async so they can round-trip through the bridge and re-read to confirm.
 * DOM editors all share DomEditorAdapter (dom-adapter.ts) and differ only in their config.
 */
export interface EditorAdapter {
  /** Stable id, e.g. 'textarea', 'contenteditable', 'prosemirror', 'quill', 'ckeditor5', 'tinymce', 'lexical', 'slate'. */
  readonly id: string;
  /** Product name shown in the panel. */
  readonly name: string;
  /** The element holding the document (textarea, contenteditable root, iframe body, …). */
  readonly root: HTMLElement;
  /** What works in this editor; the panel shows it. */
  readonly features: EditorFeature[];

  /** Plain text as the engine sees it: '\n' between paragraphs/blocks and for <br>. */
  readText(): string;
  /**
   * Optional: reads the text ahead, a slice per task, so that the readText() right after it does
   * not block the page on a huge document (DOM editors walk the whole tree on a first read).
   */
  prepareText?(): Promise<void>;
  /** A live DOM Range for a span, or null where there is no DOM text (textarea, canvas). */
  rangeFor(span: TextSpan): Range | null;
  /** Optional: rangeFor for many spans sorted by start, in one pass (the first paint of thousands of blanks). */
  rangesFor?(spans: readonly TextSpan[]): (Range | null)[];
  /** Viewport rectangles for a span, for overlay boxes (used when rangeFor gives null); only those not scrolled out of sight. */
  rectsFor(span: TextSpan): DOMRect[];
  /** Scrolls the span into view and (unless select is false) puts the caret/selection on it. */
  reveal(span: TextSpan, select?: boolean): void;
  /** The current selection as offsets, or null when it is not inside the editor. */
  getSelection(): TextSpan | null;
  /**
   * Inserts text (may contain '\n' for several paragraphs) at `at` (replacing it) or at the caret,
   * through the editor's own input path so its model and undo stay right. Resolves to true when a
   * re-read shows the change took.
   */
  insertText(text: string, at?: TextSpan): Promise<boolean>;
  /** Replaces several spans with one value (fill all blanks that share a label); one undo step where possible. */
  replaceAll(spans: TextSpan[], text: string): Promise<number>;
  /** Calls back on every content change; returns the unsubscribe function. */
  observe(listener: (change: ChangeEvent) => void): () => void;
  /** Elements whose scrolling moves the text (for overlays to follow). */
  scrollContainers(): (Element | Window)[];
  /**
   * Optional: calls back when the same text was laid out anew without a scroll event (re-rendered
   * canvas tiles, zoom, virtualised blocks mounting), so highlights are measured again.
   */
  observeLayout?(listener: () => void): () => void;
  /**
   * Optional: the stretch of text that can be on screen now (a superset), so that only the blanks in
   * it are measured; null while it is still being worked out (observeLayout's listener is called when
   * it is ready). Without it the overlay searches for the blanks on screen.
   */
  visibleText?(): TextSpan | null;
  /** Optional: an i18n key telling the user why this editor works only in part here (named degraded mode). */
  readonly notice?: string;
  /**
   * Optional ('fullText' feature): fetches the whole document by the site's own means (Google Docs'
   * text export) when its live text is not readable; resolves true when the text was loaded.
   */
  loadFullText?(): Promise<boolean>;
  dispose(): void;
}

export interface AdapterFactory {
  id: string;
  /** The editor root of this family in the document, or null. */
  detect(doc: Document): HTMLElement | null;
  /** A site's own adapter: when it detects, it is chosen whatever else the page holds or where focus is. */
  exclusive?: boolean;
  /** True for a document that is the site's input proxy (a hidden text-event frame): no adapter runs there. */
  ignores?(doc: Document): boolean;
  create(root: HTMLElement): EditorAdapter;
}
