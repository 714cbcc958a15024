// Content-script benchmarks in Chromium with the built extension:
//   keystroke → highlights and state updated on a 30k-char contenteditable report (median, p95, worst gap), and a held
//   key (a keystroke every 30 ms: the share highlighted in its own frame) (BENCH_ONLY=typing for these alone)
//   painting 2,000 highlights (the session's own `ra:paint` measure), and repainting them after one keystroke
//   keystroke → overlay boxes updated on the Google Docs mock at ~30k chars (served as docs.google.com)
//   gzipped size of the content script: all of them, the one every page loads, the engine it injects into frames with an editor
//   the first highlight since navigation start, the engine injected on demand included (BENCH_ONLY=first)
//   a page of 100k blanks: page stalls on load and while typing with the panel open, state size, 待填 render
//   opening a 1 MB contenteditable report and the 100k-blank page: worst page stall and the phases (BENCH_ONLY=huge)
//   the 待填 list with 10,000 fields: mount, caret to field 5,000, typing there (BENCH_BLANKS_BEFORE=rev for before → after)
//   a 1 MB report in a textarea: worst long task and stall while it opens and while it is scrolled far
import { execFileSync } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { gzipSync } from 'node:zlib';
import type { BrowserContext, Page } from 'playwright-core';
import { launchChromiumWithExtension } from '../../scripts/chromium';
import { serveStatic } from '../../scripts/static-server';
import { SAMPLE_LINES } from '../../test/e2e/pages/editors/sample-report';
import { loadSiteFixtures, serveSites } from '../../test/e2e/sites/server';
import { hostResolverArgs } from '../../test/e2e/sites/site-fixture';
import { DOCS_KEYSTROKE_SOURCE, HELD_KEY_SOURCE, INSTALL_GAP_MONITOR, KEYSTROKE_SOURCE, highlightCountSource } from './page-probes';
import { blankFlood } from './blank-flood';
import { hugeOpen, hugeOpenCompare } from './huge-open';
import { blanksRender } from './blanks-render';
import { hugeTextarea } from './huge-textarea';
import { firstHighlight } from './first-highlight';
import { caretAtEndOf } from '../../test/e2e/scenarios/editor-caret';

const root = resolve(import.meta.dirname, '../..');
// BENCH_OUT_DIR: another build to measure (e.g. a copy of the previous one, for before → after), made
// with WXT_RA_TIMING=1: the figures are the user-timing entries only such a build records.
const outDir = process.env.BENCH_OUT_DIR ?? '.output-bench-e2e';

function reportLines(chars: number): string[] {
  const lines: string[] = [];
  let size = 0;
  while (size < chars) {
    for (const line of SAMPLE_LINES) {
      lines.push(line);
      size += line.length + 1;
    }
  }
  return lines;
}

const percentile = (values: number[], p: number) => {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.min(sorted.length - 1, Math.floor((p / 100) * sorted.length))];
};

async function openContentEditable(page: Page, url: string, lines: string[]) {
  await page.addInitScript((lines) => {
    document.addEventListener('DOMContentLoaded', () => {
      const root = document.querySelector<HTMLElement>('#editor')!;
      root.replaceChildren(...lines.map((line) => Object.assign(document.createElement('div'), { textContent: line })));
    });
  }, lines);
  await page.goto(url);
  await page.waitForFunction(() => {
    let n = 0;
    (CSS as any).highlights.forEach((h: Set<Range>, name: string) => name.startsWith('ra-blank-') && (n += h.size));
    return n > 0;
  });
}

async function keystrokes(page: Page, count: number) {
  // Caret at the end of the second line; each round types "X" (a new blank) or deletes it again.
  await caretAtEndOf(page, 1);
  await page.evaluate(INSTALL_GAP_MONITOR);
  await page.evaluate(KEYSTROKE_SOURCE);
  const times: number[] = [];
  for (let i = 0; i < count; i++) {
    times.push(await page.evaluate(`window.__keystroke(${i % 2 === 0})`));
    await page.waitForTimeout(150); // past the coalescing interval: each keystroke is measured alone
  }
  const gaps: number[] = await page.evaluate(() => (window as any).__gaps);
  const phases: Record<string, number> = await page.evaluate(() =>
    Object.fromEntries(
      ['ra:read', 'ra:analyse', 'ra:scan', 'ra:paint', 'ra:publish'].map((n) => [
        n,
        performance.getEntriesByName(n).at(-1)?.duration ?? NaN,
      ]),
    ),
  );
  const rows: number[][] = await page.evaluate(() => (window as any).__phases);
  if (process.env.BENCH_VERBOSE)
    console.log('keystroke [seen-in-page, changed, paint-start, state-published] ms:', JSON.stringify(rows.map((r) => r.map(Math.round))));
  // Until our loop has painted and published the new state (the page's own rendering of the edit not included).
  const ours = rows.map((r) => r[3]).filter(Number.isFinite);
  return { times, ours, worstGap: Math.max(...gaps), phases };
}

async function main() {
  if (!process.argv.includes('--no-build')) {
    execFileSync('npx', ['wxt', 'build'], { cwd: root, stdio: 'ignore', env: { ...process.env, WXT_OUT_DIR: outDir, WXT_RA_TIMING: '1' } });
    execFileSync('node', ['test/e2e/pages/build.mjs'], { cwd: root, stdio: 'ignore' });
  }
  const ext = resolve(root, outDir, 'chrome-mv3');
  const manifest = JSON.parse(readFileSync(join(ext, 'manifest.json'), 'utf8'));
  const contentFiles: string[] = [...new Set<string>(manifest.content_scripts.flatMap((c: { js: string[] }) => c.js))];
  const gz = contentFiles.reduce((sum, f) => sum + gzipSync(readFileSync(join(ext, f))).length, 0);
  console.log(`KB content-script-gz ${(gz / 1024).toFixed(1)}`);
  // The split (entrypoints/content.ts + content-engine.ts): what every page parses, and what a frame with an editor adds.
  const gzOf = (file: string) => (existsSync(join(ext, file)) ? gzipSync(readFileSync(join(ext, file))).length / 1024 : 0);
  console.log(`KB content-every-page-gz ${gzOf('content-scripts/content.js').toFixed(1)}`);
  console.log(`KB content-engine-gz ${gzOf('content-engine.js').toFixed(1)}`);

  const { url, server } = await serveStatic(resolve(root, 'test/e2e/pages'));
  const sites = await serveSites(await loadSiteFixtures());
  const profile = mkdtempSync(join(tmpdir(), 'ra-bench-'));
  // The one launcher (scripts/chromium.ts), so the no-network flags cannot drift apart.
  const context = await launchChromiumWithExtension(profile, ext, { headless: true, args: hostResolverArgs(sites.hosts, sites.port) });
  try {
    context.serviceWorkers()[0] ?? (await context.waitForEvent('serviceworker'));

    // BENCH_ONLY=first runs only the first highlight since navigation start.
    if (process.env.BENCH_ONLY === 'first' || !process.env.BENCH_ONLY)
      await firstHighlight(context, url, Number(process.env.BENCH_ROUNDS ?? 7));
    if (process.env.BENCH_ONLY === 'first') return;

    // BENCH_ONLY=blanks runs only the 10,000-field 待填 list.
    if (process.env.BENCH_ONLY === 'blanks' || !process.env.BENCH_ONLY) await blanksRender(context);
    if (process.env.BENCH_ONLY === 'blanks') return;

    // BENCH_ONLY=flood runs only the 100k-blank page.
    if (process.env.BENCH_ONLY === 'flood' || !process.env.BENCH_ONLY) await blankFlood(context, url);
    if (process.env.BENCH_ONLY === 'flood') return;
    const compareDir = process.env.BENCH_COMPARE_DIR;
    if (compareDir && process.env.BENCH_ONLY === 'huge') {
      const beforeProfile = mkdtempSync(join(tmpdir(), 'ra-bench-before-'));
      const before = await launchChromiumWithExtension(beforeProfile, resolve(root, compareDir, 'chrome-mv3'), { headless: true });
      try {
        before.serviceWorkers()[0] ?? (await before.waitForEvent('serviceworker'));
        await hugeOpenCompare(before, context, url, Number(process.env.BENCH_ROUNDS ?? 3));
      } finally {
        await before.close();
        rmSync(beforeProfile, { recursive: true, force: true });
      }
      return;
    }
    if (process.env.BENCH_ONLY === 'huge' || !process.env.BENCH_ONLY) await hugeOpen(context, url);
    if (process.env.BENCH_ONLY === 'huge') return;

    // BENCH_ONLY=textarea runs only the 1 MB textarea.
    if (process.env.BENCH_ONLY === 'textarea' || !process.env.BENCH_ONLY) await hugeTextarea(context, url);
    if (process.env.BENCH_ONLY === 'textarea') return;

    // BENCH_ONLY=docs runs only the Google Docs mock part, BENCH_ONLY=paint only the painting of 2,000 highlights,
    // BENCH_ONLY=typing only the keystrokes at 30k chars.
    const only = process.env.BENCH_ONLY;
    if (only !== 'docs' && only !== 'paint') {
      const typing = await context.newPage();
      const lines30k = reportLines(30_000);
      await openContentEditable(typing, `${url}/contenteditable.html`, lines30k);
      const { times, ours, worstGap, phases } = await keystrokes(typing, 60);
      console.log(`MS keystroke-to-state-published-30k-median ${percentile(ours, 50).toFixed(1)}`);
      console.log(`MS keystroke-to-state-published-30k-p95 ${percentile(ours, 95).toFixed(1)}`);
      for (const [name, ms] of Object.entries(phases)) console.log(`MS keystroke-30k-last-${name.slice(3)} ${ms.toFixed(1)}`);
      console.log(`MS keystroke-to-highlight-seen-by-page-30k-median ${percentile(times, 50).toFixed(1)}`);
      console.log(`MS keystroke-to-highlight-seen-by-page-30k-p95 ${percentile(times, 95).toFixed(1)}`);
      console.log(`MS keystroke-30k-worst-main-thread-gap ${worstGap.toFixed(1)}`);
      // A held key (a keystroke every 30 ms): do the highlights keep up frame by frame?
      await typing.evaluate(HELD_KEY_SOURCE);
      const held: { inFrame: number; seen: number[] } = await typing.evaluate('window.__heldKey(60, 30)');
      console.log(`RATIO keystroke-held-key-30k-highlight-in-its-frame ${held.inFrame.toFixed(2)}`);
      console.log(`MS keystroke-held-key-30k-seen-by-page-p95 ${percentile(held.seen, 95).toFixed(1)}`);
      await typing.close();
    }
    if (only === 'typing') return;

    if (only !== 'paint') await docsMock(context);

    // ~2,000 blanks: the sample has 20 per copy.
    const paint = await context.newPage();
    await openContentEditable(paint, `${url}/contenteditable.html`, reportLines(SAMPLE_LINES.join('\n').length * 100));
    // The first paint of five page loads (one sample is mostly the machine's noise).
    const firstPaint = () => paint.evaluate(() => performance.getEntriesByName('ra:paint').at(-1)?.duration ?? Number.NaN);
    const paints: number[] = [await firstPaint()];
    for (let i = 0; i < 4; i++) {
      await paint.reload();
      await paint.waitForFunction(highlightCountSource());
      paints.push(await firstPaint());
    }
    const drawn: number = await paint.evaluate(highlightCountSource());
    if (process.env.BENCH_VERBOSE) console.log('first paints ms:', JSON.stringify(paints.map((ms) => +ms.toFixed(1))));
    console.log(`MS paint-${drawn}-highlights ${percentile(paints, 50).toFixed(1)}`);
    console.log(`MS paint-${drawn}-highlights-min ${Math.min(...paints).toFixed(1)}`);
    // Then one keystroke at a time (a blank typed, then taken back): the repaint of that change alone.
    const { repaints, seen } = await repaintAfterKeystrokes(paint, 30);
    if (process.env.BENCH_VERBOSE) console.log('repaints ms:', JSON.stringify(repaints.map((ms) => +ms.toFixed(1))));
    console.log(`MS repaint-after-one-keystroke-${drawn}-highlights-median ${percentile(repaints, 50).toFixed(2)}`);
    console.log(`MS repaint-after-one-keystroke-${drawn}-highlights-p95 ${percentile(repaints, 95).toFixed(2)}`);
    console.log(`MS keystroke-to-highlight-seen-by-page-${drawn}-highlights-median ${percentile(seen, 50).toFixed(1)}`);
    await paint.close();
  } finally {
    await context.close();
    server.close();
    sites.server.close();
    rmSync(profile, { recursive: true, force: true });
  }
}

async function docsMock(context: BrowserContext) {
  const docs = await context.newPage();
  await docs.goto('https://docs.google.com/document/d/long/edit');
  await docs.waitForFunction(() => (window as any).__fixture?.modelText().length > 29_000);
  await docs.waitForFunction(
    () => (document.querySelector('ra-blank-overlay')?.shadowRoot?.querySelectorAll('[data-blank]').length ?? 0) > 0,
  );
  // Caret at the end of the document's third line (on screen).
  await docs.evaluate(async () => {
    const api = await (window as any)._docs_annotate_getAnnotatedText();
    const text: string = api.getText();
    let at = 0;
    for (let i = 0; i < 3; i++) at = text.indexOf('\n', at + 1);
    api.setSelection(at, at);
  });
  await docs.evaluate(DOCS_KEYSTROKE_SOURCE);
  const docsTimes: number[] = [];
  for (let i = 0; i < 40; i++) {
    docsTimes.push(await docs.evaluate(`window.__docsKeystroke(${i % 2 === 0})`));
    await docs.waitForTimeout(150);
  }
  if (process.env.BENCH_VERBOSE)
    console.log(
      'docs keystroke [done, changed, paint, overlay] ms:',
      JSON.stringify(await docs.evaluate(() => (window as any).__docsPhases)),
    );
  const docsChars: number = await docs.evaluate(() => (window as any).__fixture.modelText().length);
  console.log(`MS docs-mock-keystroke-to-boxes-${Math.round(docsChars / 1000)}k-median ${percentile(docsTimes, 50).toFixed(1)}`);
  console.log(`MS docs-mock-keystroke-to-boxes-${Math.round(docsChars / 1000)}k-p95 ${percentile(docsTimes, 95).toFixed(1)}`);
  // The best run: what the pipeline costs when the machine is not busy with anything else.
  console.log(`MS docs-mock-keystroke-to-boxes-${Math.round(docsChars / 1000)}k-min ${Math.min(...docsTimes).toFixed(1)}`);
  await docs.close();
}

/** The session's `ra:paint` for each of `count` keystrokes (a blank typed or taken back), and when the page saw the highlights change. */
async function repaintAfterKeystrokes(page: Page, count: number): Promise<{ repaints: number[]; seen: number[] }> {
  await caretAtEndOf(page, 1);
  await page.evaluate(KEYSTROKE_SOURCE);
  const repaints: number[] = [];
  const seen: number[] = [];
  for (let i = 0; i < count; i++) {
    const t0: number = await page.evaluate(() => performance.now());
    seen.push(await page.evaluate(`window.__keystroke(${i % 2 === 0})`));
    // Only the latest entry of a name is kept: wait for the one this keystroke made.
    await page.waitForFunction((t) => (performance.getEntriesByName('ra:paint').at(-1)?.startTime ?? -1) >= t, t0);
    repaints.push(await page.evaluate(() => performance.getEntriesByName('ra:paint').at(-1)!.duration));
    await page.waitForTimeout(150); // past the coalescing interval: each keystroke is measured alone
  }
  return { repaints, seen };
}

main().catch((err) => {
  console.error(err);
  process.exit(1);
});
