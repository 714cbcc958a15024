// Highlights beyond the shared editor scenarios: a 1 MB document without long tasks, colours from
// settings, the textarea overlay following scrolling.
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { launchWithExtension, type ExtensionBrowser } from './browser';
import { PAINT_LIMIT } from '../../lib/highlight/paint-window';
import { HUGE_CHARS, longTasksSinceReady, openWithHugeReport } from './scenarios/huge-document';
import { EDITOR_PAGES } from './pages/editor-pages';
import { DB_NAME } from '../../lib/db/schema';
import { LivePage } from './scenarios/live-page';

const page = (id: string) => EDITOR_PAGES.find((p) => p.id === id)!;

test('colours sent by the panel paint the highlights, with no element added to the page', async () => {
  const live = await LivePage.open(b, page('contenteditable'));
  try {
    await expect.poll(() => live.highlighted()).toBeGreaterThan(0);
    const elements = await live.page.evaluate(() => document.querySelectorAll('*').length);
    await live.send('setHighlights', { enabled: true, colors: { x: 'rgb(0, 160, 0)', default: 'rgb(200, 0, 200)' } });
    const rules = () =>
      live.page.evaluate(() => document.adoptedStyleSheets.flatMap((sheet) => Array.from(sheet.cssRules, (r) => r.cssText)).join('\n'));
    await expect.poll(rules).toContain('::highlight(ra-blank-x) { background-color: rgb(0, 160, 0)');
    expect(await rules()).toContain('::highlight(ra-blank-mou) { background-color: rgb(200, 0, 200)');
    expect(await live.page.evaluate(() => document.querySelectorAll('*').length)).toBe(elements);
    await b.screenshot(live.page, 'highlights-custom-colours');
  } finally {
    await live.close();
  }
});

test('textarea overlay boxes follow the text when the textarea scrolls', async () => {
  const live = await LivePage.open(b, page('textarea'));
  try {
    const boxes = () =>
      live.page.evaluate(() =>
        Array.from(document.querySelector('ra-blank-overlay')!.shadowRoot!.querySelectorAll<HTMLElement>('[data-blank]'), (el) => ({
          blank: Number(el.dataset.blank),
          top: Math.round(el.getBoundingClientRect().top),
        })),
      );
    await expect.poll(async () => (await boxes()).length).toBeGreaterThan(0);
    const state = await live.state();
    const topOf = async (index: number) => {
      const [rect] = await live.ed.rects(state.blanks[index]);
      return rect ? Math.round(rect.top) : null;
    };
    const matches = async () => {
      const drawn = await boxes();
      if (!drawn.length) return false;
      for (const box of drawn) if (Math.abs((await topOf(box.blank))! - box.top) > 1) return false;
      return true;
    };
    expect(await matches()).toBe(true);
    const firstBefore = (await boxes())[0];
    await live.page.evaluate(() => {
      document.querySelector('#editor')!.scrollTop = 120;
    });
    await expect.poll(async () => (await boxes()).find((b) => b.blank === firstBefore.blank)?.top ?? null).not.toBe(firstBefore.top);
    await expect.poll(matches).toBe(true);
    await b.screenshot(live.page, 'highlights-textarea-scrolled');
  } finally {
    await live.close();
  }
});

let b: ExtensionBrowser;
beforeAll(async () => {
  b = await launchWithExtension();
});
afterAll(async () => {
  await b?.close();
});

async function highlightedRanges(page: import('playwright-core').Page): Promise<number> {
  return page.evaluate(() => {
    let n = 0;
    (CSS as any).highlights.forEach((h: Set<Range>, name: string) => {
      if (name.startsWith('ra-blank-')) n += h.size;
    });
    return n;
  });
}

// Known not to pass yet (last run: contenteditable worst long task 156 ms = serialising a state of
// ~35k blanks for stateChanged). The textarea's mirror now lays out only a window around the view
// (its 1 MB layout was a 2.9 s task; now the paint is 3 ms and the overlay draw 4 ms): the one long
// task left there (141 ms) is the same state serialisation, starting with ra:state. Run with E2E_HUGE=1.
describe.runIf(process.env.E2E_HUGE).each([
  { kind: 'contenteditable', path: 'contenteditable.html', selector: '#editor' },
  { kind: 'textarea', path: 'textarea.html', selector: '#editor' },
])('a 1 MB report in a $kind', ({ kind, path, selector }) => {
  test('is analysed and highlighted without any long task over 100 ms', async () => {
    const page = await openWithHugeReport(b, path, selector);
    try {
      const length = await page.evaluate((sel) => {
        const el = document.querySelector<HTMLElement>(sel)!;
        return el instanceof HTMLTextAreaElement ? el.value.length : el.textContent!.length;
      }, selector);
      expect(length).toBeGreaterThanOrEqual(HUGE_CHARS * 0.95);
      if (kind === 'textarea') {
        // Tens of thousands of blanks: the run of PAINT_LIMIT around the caret is painted.
        await page.waitForFunction(
          (limit) => Number(document.querySelector<HTMLElement>('ra-blank-overlay')?.dataset.marked ?? 0) === limit,
          PAINT_LIMIT,
          { timeout: 30_000 },
        );
      } else {
        await expect.poll(() => highlightedRanges(page), { timeout: 30_000 }).toBe(PAINT_LIMIT);
      }
      // Scrolling through the document after the work is done.
      await page.mouse.wheel(0, 3000);
      await page.evaluate(() => new Promise((ok) => requestAnimationFrame(() => requestAnimationFrame(ok))));
      const { longTasks, stalls } = await longTasksSinceReady(page);
      const phases = await page.evaluate(() =>
        performance
          .getEntriesByType('measure')
          .filter((e) => e.name.startsWith('ra:'))
          .map((e) => `${e.name}@${Math.round(e.startTime)}=${Math.round(e.duration)}`),
      );
      console.log(
        `${kind} 1MB phases: ${phases.join(' ')}; ready at ${await page.evaluate(() => Math.round((window as any).__hugeReady))}`,
      );
      console.log(
        `${kind} 1MB: long tasks ${JSON.stringify(longTasks.map((t) => `${Math.round(t.start)}+${Math.round(t.duration)}`))}, stalls ${JSON.stringify(stalls.map((t) => `${Math.round(t.start)}+${Math.round(t.duration)}`))}`,
      );
      await b.screenshot(page, `huge-${kind}`);
      expect(longTasks.filter((t) => t.duration > 100)).toEqual([]);
      expect(stalls.filter((t) => t.duration > 100)).toEqual([]);
    } finally {
      await page.close();
    }
  });
});

test('on a site the user switched off, the content script reads and marks nothing (it only names the page)', async () => {
  const entry = page('contenteditable');
  // A first visit makes the background open the library (it answers the content script's getSiteSettings).
  const first = await LivePage.open(b, entry);
  const origin = new URL(first.page.url()).origin;
  await first.close();
  const setSite = (enabled: boolean) =>
    b.context.serviceWorkers()[0].evaluate(
      ({ origin, enabled, dbName }) =>
        new Promise<void>((ok, fail) => {
          const open = indexedDB.open(dbName);
          open.onerror = () => fail(open.error);
          open.onsuccess = () => {
            const tx = open.result.transaction('settings', 'readwrite');
            tx.objectStore('settings').put({ key: 'sites', value: { [origin]: enabled } });
            tx.oncomplete = () => {
              open.result.close();
              ok();
            };
            tx.onerror = () => fail(tx.error);
          };
        }),
      { origin, enabled, dbName: DB_NAME },
    );
  await setSite(false);
  try {
    const off = await b.openPage(entry.path);
    await off.waitForSelector('html[data-fixture-ready]');
    const tabId = await b.tabIdOf(off);
    // The content script had its chance: the page is idle and the background has answered it.
    await off.evaluate(() => new Promise((ok) => setTimeout(ok, 500)));
    const reply = await b.context
      .serviceWorkers()[0]
      .evaluate(
        (tabId) =>
          new Promise((ok) =>
            chrome.tabs.sendMessage(tabId, { id: 1, type: 'getState', data: undefined, timestamp: Date.now() }, (r: unknown) =>
              ok(chrome.runtime.lastError ? 'no answer' : (r ?? 'no answer')),
            ),
          ),
        tabId,
      );
    // Only the page's address, so the panel can show the site as off: no editor, no text, no blanks.
    expect(reply).toMatchObject({ res: { url: off.url(), editor: null, length: 0, blanks: [] } });
    expect(
      await off.evaluate(() => Array.from((CSS as any).highlights.keys()).filter((k: any) => String(k).startsWith('ra-blank-')).length),
    ).toBe(0);
    await off.close();
  } finally {
    await setSite(true);
  }
  const on = await LivePage.open(b, entry);
  await expect.poll(() => on.highlighted()).toBeGreaterThan(0);
  await on.close();
});

declare const chrome: any;
