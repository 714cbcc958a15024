// Every editor adapter against its real editor library in Chromium: the same scenarios on each page.
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { launchWithExtension, type ExtensionBrowser } from './browser';
import { EditorPageObject } from './adapter-harness/editor-page';
import * as scenario from './adapter-harness/scenarios';
import { EDITOR_PAGES } from './pages/editor-pages';
import { locateBlanks } from './pages/editors/sample-report';

let b: ExtensionBrowser;
beforeAll(async () => {
  b = await launchWithExtension();
});
afterAll(async () => {
  await b?.close();
});

async function on(entry: (typeof EDITOR_PAGES)[number], run: (ed: EditorPageObject) => Promise<void>) {
  const ed = await EditorPageObject.open(b, entry);
  try {
    await run(ed);
  } finally {
    await ed.page.close();
  }
}

describe.each(EDITOR_PAGES)('$id editor', (entry) => {
  test('shows the sample report, blanks boxed where rectsFor puts them (screenshot in test-artifacts)', () =>
    on(entry, async (ed) => {
      await ed.page.evaluate(() => window.scrollTo(0, 180));
      await ed.markSpans(locateBlanks(await ed.read()));
      await b.screenshot(ed.page, `editor-${entry.id}`);
      expect(await ed.isVisible({ start: 0, end: 2 })).toBe(true);
    }));
  test('is recognised as its own editor family', () => on(entry, scenario.detectsItsOwnAdapter));
  test('reads the report line by line, in order', () => on(entry, scenario.readsTheReportLineByLine));
  test('maps every blank back to its text on the page', () => on(entry, scenario.mapsEveryBlankToItsText));
  test('inserts at the caret into the editor itself', () => on(entry, scenario.insertsAtTheCaretIntoTheEditorsModel));
  test.runIf(entry.hasUndo)('Ctrl+Z undoes an insert', () => on(entry, scenario.undoRestoresTheText));
  test.skipIf(Boolean(entry.unreliableDeletion))('removes a span when the replacement is empty', () =>
    on(entry, scenario.removesASpanWhenTheReplacementIsEmpty),
  );
  test('inserts several paragraphs at once', () => on(entry, scenario.insertsSeveralParagraphs));
  test('fills several blanks at once', () => on(entry, scenario.fillsSeveralBlanksAtOnce));
  test.runIf(entry.hasUndo)(
    `Ctrl+Z takes back a fill of several blanks (${entry.fillUndo === 'one' ? 'one step' : 'one step per blank'})`,
    () => on(entry, scenario.undoTakesBackAFill),
  );
  test('jumps to a heading near the end', () => on(entry, scenario.revealsAHeadingNearTheEnd));
  test.runIf(Boolean(entry.frameSelector))('jumps into its frame when the frame starts below the fold', () =>
    on(entry, scenario.revealsIntoAFrameBelowTheFold),
  );
  test('selecting a blank already on screen does not scroll anything', () =>
    on(entry, scenario.revealLeavesTheViewAloneWhenTheSpanIsOnScreen));
});

// Figures are printed, not asserted (no timed assertions): see the report lines "1 MB …".
describe('a 1 MB report', () => {
  const LINE = '（一）全年组织学习XX次，培训X名干部，完成投资XX万元。';
  const PARAGRAPHS = Math.ceil(1_000_000 / LINE.length);

  for (const id of ['contenteditable', 'textarea']) {
    test(`${id}: reads in full and finds its last blank on the page`, () =>
      on(EDITOR_PAGES.find((p) => p.id === id)!, async (ed) => {
        const figures = await ed.frame.evaluate(
          ({ line, paragraphs, id }) => {
            const root = document.querySelector<HTMLElement>('#editor')!;
            if (id === 'textarea') (root as HTMLTextAreaElement).value = Array(paragraphs).fill(line).join('\n');
            else
              root.replaceChildren(
                ...Array.from({ length: paragraphs }, () => Object.assign(document.createElement('p'), { textContent: line })),
              );
            const probe = window.__probe!;
            probe.detect();
            let t = performance.now();
            const text = probe.read();
            const readMs = performance.now() - t;
            const last = text.lastIndexOf('XX万元');
            t = performance.now();
            const mapped = id === 'textarea' ? null : probe.rangeText(last, last + 4);
            const rangeMs = performance.now() - t;
            t = performance.now();
            probe.reveal(last, last + 4);
            const revealMs = performance.now() - t;
            t = performance.now();
            const rects = probe.rects(last, last + 4);
            const rectsMs = performance.now() - t;
            return { length: text.length, mapped, rects: rects.length, readMs, rangeMs, revealMs, rectsMs };
          },
          { line: LINE, paragraphs: PARAGRAPHS, id },
        );
        console.log(
          `1 MB ${id}: first read ${figures.readMs.toFixed(1)} ms, rangeFor ${figures.rangeMs.toFixed(2)} ms, reveal ${figures.revealMs.toFixed(1)} ms, rectsFor ${figures.rectsMs.toFixed(2)} ms`,
        );
        expect(figures.length).toBe(PARAGRAPHS * LINE.length + PARAGRAPHS - 1);
        if (id !== 'textarea') expect(figures.mapped).toBe('XX万元');
        expect(figures.rects).toBeGreaterThan(0);
      }));
  }
});
