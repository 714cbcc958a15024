// The blank renderer for an editor: Custom Highlight API wherever the adapter gives Ranges,
// overlay boxes for the rest (textarea, or a browser without the API).
import type { PlaceholderKind } from '../analysis/types';
import type { EditorAdapter } from '../editors/adapter';
import { CustomHighlightPainter, supportsCustomHighlights } from './custom-highlights';
import { OverlayPainter } from './overlay';
import type { BlankMark, BlankRenderer, PaintSource } from './renderer';

export type { BlankMark, BlankRenderer, PaintSource } from './renderer';
export { resolveColours, highlightName, DEFAULT_COLOURS } from './styles';

export function createBlankRenderer(adapter: EditorAdapter, colours: Record<PlaceholderKind, string>): BlankRenderer {
  const doc = adapter.root.ownerDocument;
  let current = colours;
  const highlights = supportsCustomHighlights(doc.defaultView)
    ? new CustomHighlightPainter(
        doc,
        (span) => adapter.rangeFor(span),
        colours,
        () => adapter.readText(),
        adapter.rangesFor ? (spans) => adapter.rangesFor!(spans) : undefined,
      )
    : null;
  let overlay: OverlayPainter | null = null;
  let last: readonly BlankMark[] = [];
  let lastSource: PaintSource | undefined;
  // Bridge editors re-render the same text (tiles, mounted blocks): measure the same blanks again.
  const stopLayout = adapter.observeLayout?.(() => renderer.render(last, lastSource)) ?? (() => {});

  const renderer: BlankRenderer = {
    render(blanks: readonly BlankMark[], source?: PaintSource) {
      last = blanks;
      lastSource = source;
      const toOverlay = (rest: BlankMark[]) => {
        if (rest.length && !overlay) overlay = new OverlayPainter(adapter, current);
        overlay?.paint(rest);
      };
      if (highlights) highlights.paint(blanks, toOverlay, source);
      else toOverlay([...blanks]);
    },
    setColours(next) {
      current = next;
      highlights?.setColours(next);
      overlay?.setColours(next);
    },
    get drawn() {
      return (highlights?.drawn ?? 0) + (overlay?.marked ?? 0);
    },
    clear() {
      last = [];
      lastSource = undefined;
      highlights?.clear();
      overlay?.clear();
    },
    dispose() {
      stopLayout();
      highlights?.dispose();
      overlay?.dispose();
      overlay = null;
    },
  };
  return renderer;
}
