// The Google Docs bridge's messages (entrypoints/google-docs-bridge.ts ↔ lib/editors/sites/google-docs.ts).
// Offsets here are the page's own: Docs' getText() starts with \u0003, so page offset = text offset + 1.

export const GOOGLE_DOCS_BRIDGE = 'google-docs';

/** One rendered SVG rect of the annotated canvas, mapped to the text. */
export interface DocsLayoutRun {
  /** Page offsets of the rect's text [start, end). */
  start: number;
  end: number;
  /** Position in the editor scroller's content box (scroll offsets added), px. */
  left: number;
  top: number;
  height: number;
  /** x of each character boundary from `left` (end - start + 1 values), px. */
  xs: number[];
}

/** 'waiting': Docs has not started yet; 'absent': it started without the annotated canvas (degraded mode). */
export type DocsBridgeState = 'waiting' | 'annotated' | 'absent';

/** How long Docs may take to offer the annotated canvas before the adapter goes degraded. */
export const DOCS_ANNOTATE_WAIT_MS = 15_000;
/** …and how long after its first tiles are drawn. */
export const DOCS_ANNOTATE_GRACE_MS = 2_000;

export interface DocsLayout {
  runs: DocsLayoutRun[];
}

export interface GoogleDocsBridgeSpec {
  methods: {
    /** Whether Docs gave the annotated canvas (text + rects) to this extension, or is still starting. */
    hello: { params: null; result: { state: DocsBridgeState } };
    getText: { params: null; result: string | null };
    getSelection: { params: null; result: { start: number; end: number } | null };
    setSelection: { params: { start: number; end: number }; result: boolean };
    /** Replaces [start, end) with text through the text-event iframe; the text Docs holds afterwards (re-read until it changed). */
    insert: { params: { start: number; end: number; text: string }; result: { text: string | null; via: 'insertText' | 'paste' | 'none' } };
    layout: { params: null; result: DocsLayout };
    /** The same-origin plain-text export of the whole document, \n line ends, no BOM (degraded mode, on the user's request). */
    exportText: { params: null; result: string | null };
  };
  events: {
    ready: { state: DocsBridgeState };
    /** getText() after it changed. */
    text: string;
    /** The user's selection after it moved (page offsets). */
    selection: { start: number; end: number } | null;
    /** Rendered rects after a re-render, scroll to new tiles, zoom or resize. */
    layout: DocsLayout;
  };
}
