// When the painter adopts a stylesheet of its own: only when the rules injected with the content
// script (default-highlights.css) do not already paint the colours asked for. The page here is
// happy-dom with the browser's highlight registry and the computed ::highlight style stood in for;
// the real injection and the rules' colours are checked in Chromium (test/e2e/highlight.e2e.ts).
import { afterEach, expect, test } from 'vitest';
import { CustomHighlightPainter } from '../../lib/highlight/custom-highlights';
import { DEFAULT_COLOURS, resolveColours } from '../../lib/highlight/styles';

type View = Window & { CSS: unknown; Highlight: unknown };

/** The page's view as Chromium gives it: a highlight registry, and the root's highlight style from injected rules or none. */
function pageWith(injected: boolean): void {
  const view = window as unknown as View;
  view.CSS = { highlights: new Map() };
  view.Highlight = class extends Set<AbstractRange> {};
  const real = window.getComputedStyle.bind(window);
  window.getComputedStyle = ((el: Element, pseudo?: string | null) => {
    if (!pseudo?.startsWith('::highlight(')) return real(el, pseudo);
    const kind = pseudo.slice('::highlight(ra-blank-'.length, -1) as keyof typeof DEFAULT_COLOURS;
    return { backgroundColor: injected ? DEFAULT_COLOURS[kind] : 'rgba(0, 0, 0, 0)' } as CSSStyleDeclaration;
  }) as typeof window.getComputedStyle;
  document.body.innerHTML = '<p id="p">完成XX项</p>';
  document.adoptedStyleSheets = [];
}

const realComputed = window.getComputedStyle;
afterEach(() => {
  window.getComputedStyle = realComputed;
});

function paintOneBlank(colours = DEFAULT_COLOURS): CustomHighlightPainter {
  const text = document.getElementById('p')!.firstChild!;
  const painter = new CustomHighlightPainter(
    document,
    () => {
      const range = document.createRange();
      range.setStart(text, 2);
      range.setEnd(text, 4);
      return range;
    },
    colours,
  );
  painter.paint([{ start: 2, end: 4, kind: 'x', text: 'XX' }], () => {});
  return painter;
}

test('with the injected default rules on the page, the default colours adopt no sheet', () => {
  pageWith(true);
  const painter = paintOneBlank();
  expect(painter.drawn).toBe(1);
  expect(document.adoptedStyleSheets).toHaveLength(0);
});

test('a page without the injected rules (script injected later) gets the rules in an adopted sheet', () => {
  pageWith(false);
  paintOneBlank();
  expect(document.adoptedStyleSheets).toHaveLength(1);
});

test('custom colours are adopted at the first paint, or when they are set after it', () => {
  pageWith(true);
  paintOneBlank(resolveColours({ x: 'rgb(0, 160, 0)' }));
  expect(document.adoptedStyleSheets).toHaveLength(1);

  pageWith(true);
  const painter = paintOneBlank();
  expect(document.adoptedStyleSheets).toHaveLength(0);
  painter.setColours(resolveColours({ default: 'rgb(200, 0, 200)' }));
  expect(document.adoptedStyleSheets).toHaveLength(1);
});

test('nothing is adopted before there is a Range to paint', () => {
  pageWith(false);
  const painter = new CustomHighlightPainter(document, () => null, resolveColours({ x: 'rgb(0, 160, 0)' }));
  painter.paint([{ start: 0, end: 2, kind: 'x' }], () => {});
  expect(document.adoptedStyleSheets).toHaveLength(0);
});
