// A ~1 MB report put into a fixture page before the content script starts, and a record of every
// long task the page has from then on (PerformanceObserver registered before any page script).
import type { Page } from 'playwright-core';
import type { ExtensionBrowser } from '../browser';
import { SAMPLE_LINES } from '../pages/editors/sample-report';

export const HUGE_CHARS = 1_000_000;

/** Report lines repeated (with a section number so the copies differ) until ~1 MB. */
export function hugeReportLines(chars = HUGE_CHARS): string[] {
  const lines: string[] = [];
  let size = 0;
  for (let copy = 1; size < chars; copy++) {
    for (const line of SAMPLE_LINES) {
      const numbered = line.startsWith('某某单位') ? `第${copy}部分 ${line}` : line;
      lines.push(numbered);
      size += numbered.length + 1;
    }
  }
  return lines;
}

export interface LongTask {
  start: number;
  duration: number;
}

/** Opens `path` with the huge report in its editor (textarea value or contenteditable paragraphs), in `page` if given. */
export async function openWithHugeReport(
  b: Pick<ExtensionBrowser, 'context' | 'pagesUrl'>,
  path: string,
  selector: string,
  page?: Page,
): Promise<Page> {
  page ??= await b.context.newPage();
  await page.addInitScript(
    ({ lines, selector }) => {
      const tasks: { start: number; duration: number }[] = [];
      (window as any).__longTasks = tasks;
      new PerformanceObserver((list) => {
        for (const entry of list.getEntries()) tasks.push({ start: entry.startTime, duration: entry.duration });
      }).observe({ type: 'longtask', buffered: true });
      // The longtask API does not report work of extension (isolated-world) scripts: a heartbeat
      // in the page catches every stall of its event loop, whoever caused it.
      const gaps: { start: number; duration: number }[] = [];
      (window as any).__gaps = gaps;
      let last = performance.now();
      const beat = () => {
        const now = performance.now();
        if (now - last > 50) gaps.push({ start: last, duration: now - last });
        last = now;
        setTimeout(beat, 5);
      };
      setTimeout(beat, 5);
      // After the fixture's own module script filled the editor with the sample.
      document.addEventListener('DOMContentLoaded', () => {
        const root = document.querySelector<HTMLElement>(selector)!;
        if (root instanceof HTMLTextAreaElement) root.value = lines.join('\n');
        else
          root.replaceChildren(
            ...lines.map((line) => {
              const block = document.createElement('div');
              block.textContent = line;
              return block;
            }),
          );
        (window as any).__hugeReady = performance.now();
      });
    },
    { lines: hugeReportLines(), selector },
  );
  await page.goto(`${b.pagesUrl}/${path}`);
  await page.waitForFunction(() => (window as any).__hugeReady !== undefined);
  return page;
}

/** Long tasks and event-loop stalls that began after the page had built the huge document (the page's own work is not ours). */
export function longTasksSinceReady(page: Page): Promise<{ longTasks: LongTask[]; stalls: LongTask[] }> {
  return page.evaluate(() => {
    const ready = (window as any).__hugeReady as number;
    const after = (list: LongTask[]) => list.filter((t) => t.start >= ready);
    return { longTasks: after((window as any).__longTasks), stalls: after((window as any).__gaps) };
  });
}
