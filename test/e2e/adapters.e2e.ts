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

// The textarea mirror lays out only a window of a long value, placed by the summed heights of the
// chunks above it: the boxes must be exactly where the whole value laid out at once puts them.
describe('a long report in a textarea', () => {
  test('scrolled deep into it, and after an edit above the view, blanks are where a full layout puts them', () =>
    on(EDITOR_PAGES.find((p) => p.id === 'textarea')!, async (ed) => {
      const compare = () =>
        ed.frame.evaluate(() => {
          const root = document.querySelector<HTMLTextAreaElement>('#editor')!;
          const style = getComputedStyle(root);
          const box = root.getBoundingClientRect();
          // Reference: the whole value in one block as wide as the field's content, scrolled like it.
          const ref = document.createElement('div');
          const px = (v: string) => parseFloat(v) || 0;
          ref.style.cssText =
            'position:absolute;visibility:hidden;white-space:pre-wrap;overflow-wrap:break-word;margin:0;border:0;padding:0;';
          for (const key of [
            'fontFamily',
            'fontSize',
            'fontStyle',
            'fontWeight',
            'lineHeight',
            'letterSpacing',
            'wordSpacing',
            'tabSize',
          ] as const)
            ref.style[key] = style[key];
          ref.style.width = `${root.clientWidth - px(style.paddingLeft) - px(style.paddingRight)}px`;
          ref.style.left = `${box.left + window.scrollX + root.clientLeft + px(style.paddingLeft)}px`;
          ref.style.top = `${box.top + window.scrollY + root.clientTop + px(style.paddingTop) - root.scrollTop}px`;
          ref.textContent = `${root.value}\n`;
          document.body.append(ref);
          const text = ref.firstChild as Text;
          const pairs: { at: number; mirror: number[]; full: number[] }[] = [];
          for (let at = root.value.indexOf('XX'); at >= 0; at = root.value.indexOf('XX', at + 2)) {
            const range = document.createRange();
            range.setStart(text, at);
            range.setEnd(text, at + 2);
            const full = range.getBoundingClientRect();
            if (full.top < box.top + root.clientTop || full.bottom > box.top + root.clientTop + root.clientHeight) continue;
            const [mirror] = window.__probe!.rects(at, at + 2);
            pairs.push({ at, mirror: mirror ? [mirror.top, mirror.left] : [], full: [full.top, full.left] });
          }
          ref.remove();
          return { pairs, scrollTop: root.scrollTop };
        });
      const expectSame = (pairs: { at: number; mirror: number[]; full: number[] }[]) => {
        expect(pairs.length).toBeGreaterThan(3);
        for (const { at, mirror, full } of pairs) {
          expect(mirror, `blank at ${at}`).toHaveLength(2);
          expect(Math.abs(mirror[0] - full[0]), `top of the blank at ${at}`).toBeLessThan(0.5);
          expect(Math.abs(mirror[1] - full[1]), `left of the blank at ${at}`).toBeLessThan(0.5);
        }
      };
      await ed.frame.evaluate(() => {
        const root = document.querySelector<HTMLTextAreaElement>('#editor')!;
        // Paragraphs of varying length, so that they wrap onto different numbers of lines.
        const lines = Array.from({ length: 6000 }, (_, i) => `（${i}）本季度完成XX项工作${'，推进重点任务'.repeat(i % 9)}。`);
        root.value = lines.join('\n');
        window.__probe!.detect();
        root.scrollTop = Math.round(root.scrollHeight * 0.6);
      });
      const first = await compare();
      expectSame(first.pairs);
      // Two paragraphs more near the top: everything below moves down by their height.
      await ed.frame.evaluate(() => {
        const root = document.querySelector<HTMLTextAreaElement>('#editor')!;
        root.setRangeText(
          '新增一段，共计XX人。\n另起一段，很长很长很长很长很长很长很长很长很长很长很长很长很长很长很长很长很长很长很长很长。\n',
          30,
          30,
        );
      });
      const second = await compare();
      expect(second.scrollTop).toBe(first.scrollTop);
      expectSame(second.pairs);
    }));
});
