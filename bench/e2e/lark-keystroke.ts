// Keystroke → highlight on the 飞书 / Lark mock at ~30k characters (most blocks unrendered), served
// as https://acme.feishu.cn: the browser's edit goes into the page's model, our bridge reads the
// model, the content script re-analyses and paints. Prints `MS lark-mock-keystroke-to-highlight-…`.
// Run: npx tsx bench/e2e/lark-keystroke.ts [--no-build]
import { execFileSync } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { launchChromiumWithExtension } from '../../scripts/chromium';
import { loadSiteFixtures, serveSites } from '../../test/e2e/sites/server';
import { hostResolverArgs } from '../../test/e2e/sites/site-fixture';

const root = resolve(import.meta.dirname, '../..');
const outDir = '.output-bench-lark';

// Types " X" (a new blank) at the end of the block's line, or deletes it, then waits until the
// highlights changed; resolves to the ms taken.
const KEYSTROKE = `
window.__total = () => { let n = 0; CSS.highlights.forEach((h, name) => { if (name.startsWith('ra-blank-')) n += h.size; }); return n; };
window.__larkKeystroke = async (add) => {
  const before = window.__total();
  const channel = new MessageChannel();
  const tick = () => new Promise((ok) => { channel.port1.onmessage = () => ok(); channel.port2.postMessage(0); });
  const span = document.querySelectorAll('.docx-text-block [data-string="true"]')[0];
  const text = span.firstChild;
  span.closest('[contenteditable]').focus();
  const range = document.createRange();
  if (add) range.setStart(text, text.length);
  else range.setStart(text, text.length - 2);
  range.setEnd(text, text.length);
  getSelection().removeAllRanges();
  getSelection().addRange(range);
  const t0 = performance.now();
  if (add) document.execCommand('insertText', false, ' X');
  else document.execCommand('delete');
  while (window.__total() === before && performance.now() - t0 < 3000) await tick();
  return performance.now() - t0;
};`;

const percentile = (values: number[], p: number) =>
  [...values].sort((a, b) => a - b)[Math.min(values.length - 1, Math.floor((p / 100) * values.length))];

async function main() {
  if (!process.argv.includes('--no-build')) {
    execFileSync('npx', ['wxt', 'build'], { cwd: root, stdio: 'ignore', env: { ...process.env, WXT_OUT_DIR: outDir } });
  }
  const ext = resolve(root, outDir, 'chrome-mv3');
  const sites = await serveSites(await loadSiteFixtures());
  const profile = mkdtempSync(join(tmpdir(), 'ra-bench-lark-'));
  // The one launcher (scripts/chromium.ts), so the no-network flags cannot drift apart.
  const context = await launchChromiumWithExtension(profile, ext, { headless: true, args: hostResolverArgs(sites.hosts, sites.port) });
  try {
    context.serviceWorkers()[0] ?? (await context.waitForEvent('serviceworker'));
    const page = await context.newPage();
    await page.goto('https://acme.feishu.cn/docx/Long30k?long=1');
    await page.waitForFunction(() => (window as any).__fixture?.modelText().length > 29_000);
    await page.evaluate(KEYSTROKE);
    await page.waitForFunction(() => (window as any).__total() > 0);
    const chars: number = await page.evaluate(() => (window as any).__fixture.modelText().length);
    const times: number[] = [];
    for (let i = 0; i < 40; i++) {
      times.push(await page.evaluate(`window.__larkKeystroke(${i % 2 === 0})`));
      await page.waitForTimeout(200);
    }
    const k = Math.round(chars / 1000);
    console.log(`MS lark-mock-keystroke-to-highlight-${k}k-median ${percentile(times, 50).toFixed(1)}`);
    console.log(`MS lark-mock-keystroke-to-highlight-${k}k-p95 ${percentile(times, 95).toFixed(1)}`);
    console.log(`MS lark-mock-keystroke-to-highlight-${k}k-min ${Math.min(...times).toFixed(1)}`);
  } finally {
    await context.close();
    sites.server.close();
    rmSync(profile, { recursive: true, force: true });
  }
}

await main();
