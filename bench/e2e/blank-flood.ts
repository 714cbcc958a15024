// A page of 100k blanks (test/e2e/scenarios/blank-flood.ts): the worst stall of the page's event loop
// while the extension opens it and while typing with the panel open, the size of the state message,
// and how long the panel's 待填 tab takes to show its list.
import type { BrowserContext, Page } from 'playwright-core';
import { FLOOD_BLANKS, prepareFlood } from '../../test/e2e/scenarios/blank-flood';
import { caretAtEndOf, waitForHighlights } from '../../test/e2e/scenarios/editor-caret';

declare const chrome: any;

const highlighted = (page: Page) =>
  page.evaluate(() => {
    let n = 0;
    (CSS as any).highlights.forEach((h: Set<Range>, name: string) => name.startsWith('ra-blank-') && (n += h.size));
    return n;
  });

const worstStall = (page: Page): Promise<number> => page.evaluate(() => Math.max(0, ...(window as any).__stalls));

/** Types and deletes a character three times at the end of the report's head; the page's worst stall meanwhile. */
async function typeAndWatch(page: Page): Promise<number> {
  await page.bringToFront();
  await page.evaluate(() => {
    (window as any).__stalls.length = 0;
  });
  await caretAtEndOf(page, 4);
  const cdp = process.env.BENCH_PROFILE ? await page.context().newCDPSession(page) : null;
  if (cdp) {
    await cdp.send('Profiler.enable');
    await cdp.send('Profiler.setSamplingInterval', { interval: 500 });
    await cdp.send('Profiler.start');
  }
  for (let i = 0; i < 6; i++) {
    await page.evaluate((add) => (add ? document.execCommand('insertText', false, '某') : document.execCommand('delete')), i % 2 === 0);
    await page.waitForTimeout(400);
  }
  await page.waitForTimeout(1000);
  if (cdp) printProfile((await cdp.send('Profiler.stop')).profile);
  return worstStall(page);
}

const verbose = (page: Page) =>
  page.evaluate(() => [
    (window as any).__ticks,
    (window as any).__stalls,
    Object.fromEntries(
      ['ra:first-read', 'ra:first-analysis', 'ra:read', 'ra:analyse', 'ra:scan', 'ra:paint', 'ra:state', 'ra:publish'].map((n) => [
        n,
        performance.getEntriesByName(n).map((e) => Math.round(e.duration)),
      ]),
    ),
  ]);

async function tabIdOf(context: BrowserContext, page: Page): Promise<number> {
  await page.bringToFront();
  return context
    .serviceWorkers()[0]
    .evaluate(async () => (await chrome.tabs.query({ active: true, lastFocusedWindow: true }))[0]?.id ?? -1);
}

export async function blankFlood(context: BrowserContext, pagesUrl: string): Promise<void> {
  const k = Math.round(FLOOD_BLANKS / 1000);
  const page = await context.newPage();
  await prepareFlood(page);
  await page.goto(`${pagesUrl}/contenteditable.html`);
  await page.waitForFunction(() => (window as any).__floodReady !== undefined);
  const opened = performance.now();
  await waitForHighlights(page);
  console.log(`MS flood-${k}k-first-highlight ${(performance.now() - opened).toFixed(0)}`);
  await page.waitForTimeout(2000);
  console.log(`MS flood-${k}k-worst-page-stall-on-open ${await worstStall(page)}`);
  if (process.env.BENCH_VERBOSE) console.log('flood on open: ticks, stalls, ours', await verbose(page));
  console.log(`COUNT flood-${k}k-highlights-painted ${await highlighted(page)}`);

  console.log(`MS flood-${k}k-worst-page-stall-typing-no-panel ${await typeAndWatch(page)}`);

  const tabId = await tabIdOf(context, page);
  const stateChars: number = await context
    .serviceWorkers()[0]
    .evaluate(
      (tabId) =>
        new Promise<number>((ok) =>
          chrome.tabs.sendMessage(tabId, { id: 1, type: 'getState', timestamp: Date.now() }, { frameId: 0 }, (r: any) =>
            ok(JSON.stringify(r?.res ?? null).length),
          ),
        ),
      tabId,
    );
  console.log(`KB flood-${k}k-state-message ${(stateChars / 1024).toFixed(1)}`);

  const extensionId = new URL(context.serviceWorkers()[0].url()).host;
  const panel = await context.newPage();
  await panel.goto(`chrome-extension://${extensionId}/sidepanel.html?tab=${tabId}`);
  await panel.getByRole('tab', { name: /待填|Blanks/ }).waitFor();
  const clicked = performance.now();
  await panel.getByRole('tab', { name: /待填|Blanks/ }).click();
  await panel.getByTestId('field-list').locator('li').first().waitFor({ timeout: 120_000 });
  console.log(`MS flood-${k}k-blanks-tab-render ${(performance.now() - clicked).toFixed(0)}`);

  console.log(`MS flood-${k}k-worst-page-stall-typing-panel-open ${await typeAndWatch(page)}`);
  if (process.env.BENCH_VERBOSE) console.log('flood typing: ticks, stalls, ours', await verbose(page));
  await panel.close();
  await page.close();
}

// BENCH_PROFILE=1: where the page's main thread spent its time while typing (self time per function, top 25).
function printProfile(profile: {
  nodes: { id: number; callFrame: { functionName: string; url: string; lineNumber: number } }[];
  samples?: number[];
  timeDeltas?: number[];
}) {
  const byId = new Map(profile.nodes.map((n) => [n.id, n]));
  const self = new Map<string, number>();
  (profile.samples ?? []).forEach((id, i) => {
    const f = byId.get(id)!.callFrame;
    const name = `${f.functionName || '(anon)'} ${f.url.split('/').pop()}:${f.lineNumber}`;
    self.set(name, (self.get(name) ?? 0) + (profile.timeDeltas?.[i] ?? 0) / 1000);
  });
  for (const [name, ms] of [...self].sort((a, b) => b[1] - a[1]).slice(0, 25)) console.log(`  ${ms.toFixed(0).padStart(6)} ms  ${name}`);
}
