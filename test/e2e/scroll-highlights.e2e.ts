// Issue 12: a page with more blanks than are painted (PAINT_LIMIT) paints the run around where the
// user is, and that follows scrolling, not only the caret (lib/content/viewport-watch.ts).
import { afterAll, beforeAll, expect, test } from 'vitest';
import type { Page } from 'playwright-core';
import { PAINT_LIMIT } from '../../lib/highlight/paint-window';
import { launchWithExtension, type ExtensionBrowser } from './browser';
import { floodLines, prepareFlood } from './scenarios/blank-flood';

let b: ExtensionBrowser;

beforeAll(async () => {
  b = await launchWithExtension();
});
afterAll(async () => {
  await b?.close();
});

/** In the page: painted ranges in all, and those with a box inside the viewport. */
const paintedInView = (page: Page) =>
  page.evaluate(() => {
    let total = 0;
    let inView = 0;
    (CSS as any).highlights.forEach((h: Set<Range>, name: string) => {
      if (!name.startsWith('ra-blank-')) return;
      for (const range of h) {
        total++;
        const rect = range.getBoundingClientRect();
        if (rect.width > 0 && rect.bottom > 0 && rect.top < innerHeight) inView++;
      }
    });
    return { total, inView };
  });

// EditorSession follows watchViewport (lib/content/viewport-watch.ts) and paints the run around the offset it reports.
test('a page of 5,000 blanks scrolled to its end highlights the blanks in view, and again when scrolled back', {
  timeout: 120_000,
}, async () => {
  const page = await b.context.newPage();
  try {
    await prepareFlood(page, 5_000);
    await page.goto(`${b.pagesUrl}/contenteditable.html`);
    await page.waitForFunction(() => (window as any).__floodReady !== undefined);
    await expect.poll(async () => (await paintedInView(page)).inView, { timeout: 60_000 }).toBeGreaterThan(0);
    expect((await paintedInView(page)).total).toBe(PAINT_LIMIT);

    // Far past the run painted around the caret (at the start): without following the scroll, nothing in view is painted.
    await page.evaluate(() => scrollTo(0, document.documentElement.scrollHeight));
    await expect.poll(async () => (await paintedInView(page)).inView, { timeout: 10_000 }).toBeGreaterThan(20);
    expect((await paintedInView(page)).total).toBeLessThanOrEqual(PAINT_LIMIT);
    // The last blank of the flood is on screen at the end, and painted.
    const lastPainted = await page.evaluate(() => {
      const lines = document.querySelector('#editor')!.children;
      const flood = lines[lines.length - 4];
      const end = flood.getBoundingClientRect().bottom;
      let found = false;
      (CSS as any).highlights.forEach((h: Set<Range>, name: string) => {
        if (!name.startsWith('ra-blank-')) return;
        for (const range of h)
          if (flood.contains(range.startContainer) && Math.abs(range.getBoundingClientRect().bottom - end) < 40) found = true;
      });
      return found;
    });
    expect(lastPainted).toBe(true);

    await page.evaluate(() => scrollTo(0, 0));
    await expect.poll(async () => (await paintedInView(page)).inView, { timeout: 10_000 }).toBeGreaterThan(20);
    await b.screenshot(page, 'highlights-follow-scrolling');
  } finally {
    await page.close();
  }
});

/** In the page: the overlay's boxes (textarea) on screen. */
const boxesDrawn = (page: Page) =>
  page.evaluate(() => document.querySelector('ra-blank-overlay')?.shadowRoot?.querySelectorAll('[data-blank]').length ?? 0);

test('a textarea of 5,000 blanks scrolled to its end boxes the blanks in view', { timeout: 120_000 }, async () => {
  const page = await b.context.newPage();
  try {
    await page.addInitScript((text) => {
      document.addEventListener('DOMContentLoaded', () => {
        (document.querySelector('#editor') as HTMLTextAreaElement).value = text;
      });
    }, floodLines(5_000).join('\n'));
    await page.goto(`${b.pagesUrl}/textarea.html`);
    await page.waitForFunction(
      (limit) => Number(document.querySelector<HTMLElement>('ra-blank-overlay')?.dataset.marked ?? 0) === limit,
      PAINT_LIMIT,
      { timeout: 60_000 },
    );
    await expect.poll(() => boxesDrawn(page)).toBeGreaterThan(0);
    await page.evaluate(() => {
      const field = document.querySelector<HTMLTextAreaElement>('#editor')!;
      field.scrollTop = field.scrollHeight;
    });
    await expect.poll(() => boxesDrawn(page), { timeout: 10_000 }).toBeGreaterThan(20);
    await b.screenshot(page, 'textarea-boxes-follow-scrolling');
  } finally {
    await page.close();
  }
});
