// What putting the blanks' ::highlight rules on a page costs Chromium, per way of doing it, on the 1 MB
// report of the huge-open bench (test/e2e/scenarios/huge-document.ts; ~38k elements), without the
// extension: the CPU time of style recalculation after the change (from a trace, so a busy machine
// does not inflate it), and of the page's own styling before its first frame. It is why the default
// rules are injected with the content script (lib/highlight/default-highlights.css) rather than
// adopted at the first paint.
//   npx tsx bench/e2e/highlight-rules-cost.ts [name,name…]   (BENCH_ROUNDS, default 3)
import { resolve } from 'node:path';
import { chromium } from 'playwright-core';
import { DEFAULT_COLOURS, highlightCss } from '../../lib/highlight/styles';
import { serveStatic } from '../../scripts/static-server';
import { hugeReportLines } from '../../test/e2e/scenarios/huge-document';
import { startTrace, type TraceEvent } from './huge-open';

const rules = (scope: string) => JSON.stringify(highlightCss(DEFAULT_COLOURS, scope));
const adopt = (css: string) => `{ const s = new CSSStyleSheet(); s.replaceSync(${css}); document.adoptedStyleSheets = [s]; }`;
const EARLY_EMPTY = 'window.__sheet = new CSSStyleSheet(); document.adoptedStyleSheets = [window.__sheet];';

/** `before`: run when the page builds its document (before it is first styled); `change`: timed, once the page is styled. */
interface Variant {
  name: string;
  before?: string;
  change: string;
}

const VARIANTS: Variant[] = [
  { name: 'nothing', change: '' },
  { name: 'adopt an empty sheet', change: adopt("''") },
  { name: 'adopt :root rules (the content script before)', change: adopt(rules(':root')) },
  { name: 'adopt universal rules', change: adopt(rules('')) },
  { name: 'adopt one :root rule', change: adopt(JSON.stringify(highlightCss(DEFAULT_COLOURS, ':root').split('\n')[0])) },
  {
    name: '<style> with :root rules',
    change: `{ const s = document.createElement('style'); s.textContent = ${rules(':root')}; document.head.append(s); }`,
  },
  { name: 'adopt rules matching no element', change: adopt(rules('.ra-none')) },
  { name: 'adopt rules on #editor', change: adopt(rules('#editor')) },
  { name: 'adopt rules on #editor > :nth-child(-n+200)', change: adopt(rules('#editor > :nth-child(-n+200)')) },
  {
    name: 'insertRule :root rules into a sheet adopted early',
    before: EARLY_EMPTY,
    change: `for (const r of ${rules(':root')}.split('\\n')) window.__sheet.insertRule(r, window.__sheet.cssRules.length);`,
  },
  {
    name: 'colour change of rules adopted early',
    before: `${EARLY_EMPTY} window.__sheet.replaceSync(${rules(':root')});`,
    change: `window.__sheet.cssRules[0].style.backgroundColor = 'rgb(0, 160, 0)';`,
  },
  { name: ':root rules there before the first style', before: adopt(rules(':root')), change: '' },
];

const PAGE = (variant: Variant, lines: string[]) => `(() => {
  const lines = ${JSON.stringify(lines)};
  document.addEventListener('DOMContentLoaded', () => {
    ${variant.before ?? ''}
    document.querySelector('#editor').replaceChildren(...lines.map((line) => Object.assign(document.createElement('div'), { textContent: line })));
    requestAnimationFrame(() => setTimeout(() => { window.__styled = true; }, 0));
  });
})()`;

async function main() {
  const only = process.argv[2]?.split(',');
  const rounds = Number(process.env.BENCH_ROUNDS ?? 3);
  const lines = hugeReportLines();
  const { url, server } = await serveStatic(resolve(import.meta.dirname, '../../test/e2e/pages'));
  const browser = await chromium.launch({
    executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium',
    args: ['--no-sandbox', '--disable-gpu'],
  });
  const results = new Map<string, { change: number[]; first: number[] }>();
  try {
    for (let round = 0; round < rounds; round++)
      for (const variant of VARIANTS) {
        if (only && !only.some((o) => variant.name.includes(o))) continue;
        const page = await browser.newPage();
        await page.addInitScript(PAGE(variant, lines));
        const cdp = await page.context().newCDPSession(page);
        const stopTrace = await startTrace(cdp);
        await page.goto(`${url}/contenteditable.html`);
        await page.waitForFunction(() => (window as any).__styled === true);
        await page.waitForTimeout(300);
        await page.evaluate(`(async () => {
          performance.mark('bench:change');
          ${variant.change}
          document.documentElement.getBoundingClientRect();
          await new Promise((ok) => requestAnimationFrame(() => setTimeout(ok, 0)));
        })()`);
        const events = await stopTrace();
        await page.close();
        const mark = events.find((e) => e.name === 'bench:change')!;
        const styles = events.filter((e) => e.pid === mark.pid && e.ph === 'X' && e.name === 'UpdateLayoutTree');
        const cpu = (list: TraceEvent[]) => Math.round(list.reduce((sum, e) => sum + (e.tdur ?? e.dur ?? 0), 0) / 1000);
        const entry = results.get(variant.name) ?? { change: [], first: [] };
        entry.change.push(cpu(styles.filter((e) => e.ts >= mark.ts)));
        entry.first.push(cpu(styles.filter((e) => e.ts < mark.ts)));
        results.set(variant.name, entry);
      }
  } finally {
    await browser.close();
    server.close();
  }
  const median = (values: number[]) => [...values].sort((a, b) => a - b)[values.length >> 1];
  for (const [name, { change, first }] of results) {
    console.log(`MS highlight-rules ${name}: style after the change ${median(change)} (runs ${change.join('/')})`);
    console.log(`MS highlight-rules ${name}: page's own style until then ${median(first)} (runs ${first.join('/')})`);
  }
}

void main();
