// The Word for the web bridge's messages (entrypoints/word-bridge.ts ↔ lib/editors/sites/word.ts).
// Offsets are into the model text with '\n' between paragraphs.

export const WORD_BRIDGE = 'word';

export interface WordBridgeSpec {
  methods: {
    /** The body text through Word's automation object; null when the object is absent. */
    text: { params: null; result: string | null };
    /** Word's own selection (where the user's caret is; the page selection sits in the input proxy). */
    selection: { params: null; result: { start: number; end: number } | null };
    /** Replaces [start, end) within one paragraph in one automation transaction (one undo step). */
    replace: { params: { start: number; end: number; text: string }; result: boolean };
  };
  events: Record<string, never>;
}
