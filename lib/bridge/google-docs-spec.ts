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

export interface DocsLayout {
  runs: DocsLayoutRun[];
}

export interface GoogleDocsBridgeSpec {
  methods: {
    /** Whether Docs gave the annotated canvas (text + rects) to this extension. */
    hello: { params: null; result: { annotated: boolean } };
    getText: { params: null; result: string | null };
    getSelection: { params: null; result: { start: number; end: number } | null };
    setSelection: { params: { start: number; end: number }; result: boolean };
    /** Replaces [start, end) with text through the text-event iframe; the text Docs then reports. */
    insert: { params: { start: number; end: number; text: string }; result: { text: string | null; via: 'insertText' | 'paste' | 'none' } };
    layout: { params: null; result: DocsLayout };
    /** The same-origin plain-text export of the whole document (degraded mode, on the user's request). */
    exportText: { params: null; result: string | null };
  };
  events: {
    ready: { annotated: boolean };
    text: string;
    layout: DocsLayout;
  };
}
