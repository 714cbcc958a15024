// A 1 MB report in a <textarea> (the E2E_HUGE scenario): the page's worst long task and worst stall
// from the moment the report is in the field until its blanks are boxed, and again while the field
// is scrolled to the middle and to the end (new stretches of text for the mirror to lay out), and
// while typing there.
import type { BrowserContext } from 'playwright-core';
import { PAINT_LIMIT } from '../../lib/highlight/paint-window';
import { longTasksSinceReady, openWithHugeReport } from '../../test/e2e/scenarios/huge-document';

const boxes = `document.querySelector('ra-blank-overlay')?.shadowRoot?.querySelectorAll('[data-blank]').length ?? 0`;
const worst = (list: { duration: number }[]) => Math.max(0, ...list.map((t) => t.duration));

export async function hugeTextarea(context: BrowserContext, pagesUrl: string): Promise<void> {
  // tsx names the init script's inner functions through its own helper, which the page lacks.
  await context.addInitScript({ content: 'globalThis.__name ??= (f) => f;' });
  // The longest overlay draw (ra:overlay) and background measuring slice of the mirror (ra:mirror).
  await context.addInitScript({
    content: `window.__worstMeasure = {}; new PerformanceObserver((list) => { for (const e of list.getEntries()) window.__worstMeasure[e.name] = Math.max(window.__worstMeasure[e.name] || 0, e.duration); }).observe({ type: 'measure' });`,
  });
  const page = await openWithHugeReport({ context, pagesUrl }, 'textarea.html', '#editor');
  try {
    await page.waitForFunction(
      (limit) => Number(document.querySelector<HTMLElement>('ra-blank-overlay')?.dataset.marked ?? 0) === limit,
      PAINT_LIMIT,
      { timeout: 120_000 },
    );
    await page.waitForFunction(`(${boxes}) > 0`, null, { timeout: 60_000 });
    const firstBoxes: number = await page.evaluate(() => performance.now() - (window as any).__hugeReady);
    await page.waitForTimeout(1000);
    const open = await longTasksSinceReady(page);
    console.log(`MS textarea-1mb-open-worst-task ${worst(open.longTasks).toFixed(0)}`);
    console.log(`MS textarea-1mb-open-worst-stall ${worst(open.stalls).toFixed(0)}`);
    console.log(`MS textarea-1mb-open-to-first-boxes ${firstBoxes.toFixed(0)}`);
    // Scrolling far: the mirror lays out a new window (and, before, the whole value).
    const scrollWorst: number[] = [];
    for (const fraction of [0.5, 1]) {
      await page.evaluate(() => {
        (window as any).__gaps.length = 0;
        (window as any).__longTasks.length = 0;
      });
      await page.evaluate((fraction) => {
        const field = document.querySelector<HTMLTextAreaElement>('#editor')!;
        field.scrollTop = (field.scrollHeight - field.clientHeight) * fraction;
      }, fraction);
      await page.waitForTimeout(1000);
      const after = await longTasksSinceReady(page);
      scrollWorst.push(Math.max(worst(after.longTasks), worst(after.stalls)));
    }
    console.log(`MS textarea-1mb-scroll-worst-stall ${Math.max(...scrollWorst).toFixed(0)}`);
    // Typing mid-document: the mirror follows the edit (before, each edit laid the whole value out again).
    await page.evaluate(() => {
      (window as any).__gaps.length = 0;
      (window as any).__longTasks.length = 0;
      const field = document.querySelector<HTMLTextAreaElement>('#editor')!;
      field.focus({ preventScroll: true });
      const at = field.value.indexOf('\n', field.value.length >> 1);
      field.setSelectionRange(at, at);
    });
    for (let i = 0; i < 6; i++) {
      await page.evaluate((add) => (add ? document.execCommand('insertText', false, 'X') : document.execCommand('delete')), i % 2 === 0);
      await page.waitForTimeout(700);
    }
    const typing = await longTasksSinceReady(page);
    console.log(`MS textarea-1mb-typing-worst-stall ${Math.max(worst(typing.longTasks), worst(typing.stalls)).toFixed(0)}`);
    const measures: Record<string, number> = await page.evaluate(() => (window as any).__worstMeasure);
    console.log(`MS textarea-1mb-worst-overlay-draw ${(measures['ra:overlay'] ?? 0).toFixed(0)}`);
    console.log(`MS textarea-1mb-worst-mirror-slice ${(measures['ra:mirror'] ?? 0).toFixed(0)}`);
  } finally {
    await page.close();
  }
}
