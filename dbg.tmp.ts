import { chromium } from 'playwright-core';
import { resolve } from 'node:path';
import { serveStatic } from './scripts/static-server';
import { prepareFlood } from './test/e2e/scenarios/blank-flood';
const { url, server } = await serveStatic(resolve('test/e2e/pages'));
const browser = await chromium.launch({ executablePath: '/usr/bin/chromium', args: ['--no-sandbox', '--disable-gpu'] });
const page = await browser.newPage();
await prepareFlood(page);
await page.goto(`${url}/contenteditable.html`);
await page.waitForTimeout(3000);
console.log('open', await page.evaluate(() => [(window as any).__ticks, (window as any).__stalls]));
await page.evaluate(() => {
  (window as any).__stalls.length = 0;
  const line = document.querySelector('#editor')!.children[2];
  const range = document.createRange();
  range.selectNodeContents(line);
  range.collapse(false);
  (document.querySelector('#editor') as HTMLElement).focus();
  getSelection()!.removeAllRanges();
  getSelection()!.addRange(range);
});
for (let i = 0; i < 6; i++) {
  await page.evaluate((add) => (add ? document.execCommand('insertText', false, '某') : document.execCommand('delete')), i % 2 === 0);
  await page.waitForTimeout(400);
}
await page.waitForTimeout(1000);
console.log('typing', await page.evaluate(() => [(window as any).__ticks, (window as any).__stalls]));
await browser.close(); server.close();
