// Runs in the main world of Word for the web's editing frame (injected by
// lib/editors/sites/word.ts): writes through Word's automation object, one undo step per write.
// Internal and undocumented; used only where present (bartekplus/FluentTyper
// review/WordReviewMainWorld.ts shows getDocument(), paragraphs, getSubrange(…).insertText(…, 4)
// inside new AutomationTransaction() … dispose()). Reads and calls only; changes no page object.
import { serveBridge } from '@/lib/bridge/protocol';
import { WORD_BRIDGE, type WordBridgeSpec } from '@/lib/bridge/word-spec';

interface WordRange {
  text: string;
  insertText(text: string, location: number): unknown;
}
interface WordParagraph {
  text: string;
  getNext(): WordParagraph;
  getSubrange(offset: number, length: number): WordRange;
}
interface WordRangeEnds {
  text: string;
  getRange(location: number): WordRangeEnds;
  expandTo(range: WordRangeEnds): WordRangeEnds;
}
interface WordExtension {
  AutomationUtility?: {
    getDocument(): {
      body: { paragraphs: { length(): number; getFirst(): WordParagraph }; getRange(location: number): WordRangeEnds };
      getSelection(): WordRangeEnds | null;
    };
  };
  AutomationTransaction?: new () => { dispose(): void };
}

/** Word's insertText location for "replace the range". */
const REPLACE = 4;
/** Word's range location for "the start". */
const START = 1;
const MAX_PARAGRAPHS = 20_000;

// No global variable: the page's own window is left as it was.
export default defineUnlistedScript({
  globalName: false,
  main() {
    const extension = () => (window as unknown as { WordEditor?: { Extension?: WordExtension } }).WordEditor?.Extension;
    const paragraphs = (): WordParagraph[] | null => {
      const body = extension()?.AutomationUtility?.getDocument()?.body;
      if (!body) return null;
      const count = body.paragraphs.length();
      if (!Number.isInteger(count) || count < 1 || count > MAX_PARAGRAPHS) return null;
      const out: WordParagraph[] = [];
      let paragraph = body.paragraphs.getFirst();
      for (let i = 0; i < count; i++) {
        out.push(paragraph);
        if (i + 1 < count) paragraph = paragraph.getNext();
      }
      return out;
    };
    serveBridge<WordBridgeSpec>(WORD_BRIDGE, {
      text() {
        const list = paragraphs();
        return list ? list.map((p) => p.text).join('\n') : null;
      },
      selection() {
        const doc = extension()?.AutomationUtility?.getDocument();
        const selected = doc?.getSelection();
        if (!doc || !selected) return null;
        // The text from the body's start to the selection's start: its length is the offset.
        const start = doc.body.getRange(START).expandTo(selected.getRange(START)).text.length;
        return { start, end: start + selected.text.length };
      },
      replace(args) {
        const list = paragraphs();
        const Transaction = extension()?.AutomationTransaction;
        if (!list || typeof Transaction !== 'function' || typeof args?.text !== 'string') return false;
        let start = 0;
        for (const paragraph of list) {
          const end = start + paragraph.text.length;
          if (args.start >= start && args.end <= end) {
            const transaction = new Transaction();
            try {
              paragraph.getSubrange(args.start - start, args.end - args.start).insertText(args.text, REPLACE);
            } finally {
              transaction.dispose();
            }
            return true;
          }
          start = end + 1;
        }
        return false;
      },
    });
  },
});
