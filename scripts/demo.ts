import { mkdirSync, mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { launchChromiumWithExtension } from './chromium';
import { serveStatic } from './static-server';

const root = resolve(import.meta.dirname, '..');
const extensionPath = resolve(root, '.output/chrome-mv3');
const headless = !process.env.DISPLAY && !process.env.WAYLAND_DISPLAY;

const { url, server } = await serveStatic(resolve(root, 'demo'));
if (headless) console.log('ℹ 没有图形显示，改为无头模式运行并保存截图。 No display found: running headless and saving screenshots.');

const context = await launchChromiumWithExtension(mkdtempSync(join(tmpdir(), 'ra-demo-')), extensionPath, {
  headless,
  // The panel follows the browser's language; the demo shows the product as its users meet it.
  locale: 'zh-CN',
  viewport: headless ? { width: 1280, height: 900 } : null,
});
const worker = context.serviceWorkers()[0] ?? (await context.waitForEvent('serviceworker'));
const extensionId = new URL(worker.url()).host;

const demo = context.pages()[0] ?? (await context.newPage());
await demo.goto(`${url}/index.html`);
await demo.bringToFront();
const tabId: number = await worker.evaluate(async () => {
  const [tab] = await (globalThis as any).chrome.tabs.query({ active: true, lastFocusedWindow: true });
  return tab?.id ?? -1;
});
// A side panel can only be opened by a user gesture; the same panel page opens beside the demo as a tab.
const panel = await context.newPage();
if (headless) await panel.setViewportSize({ width: 380, height: 900 });
await panel.goto(`chrome-extension://${extensionId}/sidepanel.html?tab=${tabId}`);

if (headless) {
  await panel.waitForTimeout(1500);
  const out = resolve(root, 'test-artifacts');
  mkdirSync(out, { recursive: true });
  await demo.bringToFront();
  await demo.screenshot({ path: join(out, 'start-demo.png') });
  await panel.screenshot({ path: join(out, 'start-panel.png') });
  console.log(`✔ 截图已保存 Screenshots saved: ${join(out, 'start-demo.png')}, ${join(out, 'start-panel.png')}`);
  await context.close();
  server.close();
} else {
  await demo.bringToFront();
  console.log(`✔ 演示已打开 Demo open at ${url}/index.html — 关闭浏览器即退出 close the browser to quit.`);
  context.on('close', () => {
    server.close();
    process.exit(0);
  });
}
