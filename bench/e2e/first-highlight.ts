// How long after navigation starts the first blank is highlighted, on a small contenteditable page
// (plain.html) and in an about:blank editor frame (UEditor): the content script starts at
// document_idle; since the engine is injected on demand (lib/content/engine-loader.ts) this includes
// one round trip to the background and the engine's parse. Median of several page loads after one
// warm-up load.
import type { BrowserContext } from 'playwright-core';

/** Page world, from the first script on: the time the first ra-blank-* highlight range appears in this document. */
const WATCH_FIRST_HIGHLIGHT = `
(() => {
  if (window.__watchingHighlights) return;
  window.__watchingHighlights = true;
  const seen = () => { let n = 0; CSS.highlights.forEach((h, name) => { if (name.startsWith('ra-blank-')) n += h.size; }); return n > 0; };
  const channel = new MessageChannel();
  channel.port1.onmessage = () => {
    if (seen()) window.__firstHighlight = performance.now();
    else channel.port2.postMessage(0);
  };
  channel.port2.postMessage(0);
})();`;

const median = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)];

async function measure(
  context: BrowserContext,
  url: string,
  frameSelector: string | null,
  rounds: number,
): Promise<{ first: number[]; inject: number[] }> {
  const out: number[] = [];
  const inject: number[] = [];
  for (let i = 0; i <= rounds; i++) {
    const page = await context.newPage();
    // Every frame's watcher (each document has its own highlight registry), from its first script on.
    await page.addInitScript(WATCH_FIRST_HIGHLIGHT);
    await page.goto(url);
    const frame = frameSelector ? await (await page.waitForSelector(frameSelector)).contentFrame() : page.mainFrame();
    if (!frame) throw new Error(`no frame ${frameSelector}`);
    if (frameSelector) await frame.evaluate(WATCH_FIRST_HIGHLIGHT);
    await frame.waitForFunction(() => (window as any).__firstHighlight !== undefined, undefined, { timeout: 20_000 });
    const ms = await frame.evaluate(() => {
      // In the top page's clock: a frame's time origin is its own creation.
      const top = window.top as Window & typeof globalThis;
      return (window as any).__firstHighlight + performance.timeOrigin - top.performance.timeOrigin;
    });
    // The engine's injection: the static script's request to the engine's start (absent in builds without the split).
    const injectMs = await frame.evaluate(() => {
      const asked = performance.getEntriesByName('ra:engine-asked').at(-1);
      const started = performance.getEntriesByName('ra:engine-started').at(-1);
      return asked && started ? started.startTime - asked.startTime : Number.NaN;
    });
    if (i > 0) {
      out.push(ms);
      inject.push(injectMs);
    }
    await page.close();
  }
  return { first: out, inject };
}

export async function firstHighlight(context: BrowserContext, pagesUrl: string, rounds = 7): Promise<void> {
  for (const [name, url, frameSelector] of [
    ['plain', `${pagesUrl}/plain.html`, null],
    ['ueditor-frame', `${pagesUrl}/ueditor.html`, '#edui1_iframeholder iframe'],
  ] as const) {
    const { first, inject } = await measure(context, url, frameSelector, rounds);
    if (process.env.BENCH_VERBOSE)
      console.log(`first highlight since navigation, ${name} ms:`, JSON.stringify(first.map((ms) => +ms.toFixed(1))));
    console.log(`MS first-highlight-since-navigation-${name}-median ${median(first).toFixed(1)}`);
    if (inject.every(Number.isFinite)) console.log(`MS engine-injection-${name}-median ${median(inject).toFixed(1)}`);
  }
}
