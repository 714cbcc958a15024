// `npm run store:screenshots`: the 1280×800 store screenshots (docs/store/*.png), taken from the demo
// report (demo/index.html) in headless Chromium with the built extension, the side panel page beside it.
// Each shot is the demo page (left) and the panel (right) composed into one 1280×800 image.
import { mkdirSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import type { BrowserContext, Page } from 'playwright-core';
import { launchChromiumWithExtension } from './chromium';
import { serveStatic } from './static-server';

const WIDTH = 1280;
const HEIGHT = 800;
const PANEL_WIDTH = 400;

const root = resolve(import.meta.dirname, '..');
const extensionPath = resolve(root, process.env.WXT_OUT_DIR ?? '.output', 'chrome-mv3');
const outDir = resolve(root, 'docs/store');
mkdirSync(outDir, { recursive: true });

const { url, server } = await serveStatic(resolve(root, 'demo'));
const profile = mkdtempSync(join(tmpdir(), 'ra-store-'));
const context = await launchChromiumWithExtension(profile, extensionPath, { headless: true, locale: 'zh-CN', viewport: null });

try {
  const worker = context.serviceWorkers()[0] ?? (await context.waitForEvent('serviceworker'));
  const extensionId = new URL(worker.url()).host;
  const demo = context.pages()[0] ?? (await context.newPage());
  await demo.setViewportSize({ width: WIDTH - PANEL_WIDTH, height: HEIGHT });
  await demo.goto(`${url}/index.html`);
  await demo.bringToFront();
  const tabId: number = await worker.evaluate(async () => {
    const [tab] = await (globalThis as any).chrome.tabs.query({ active: true, lastFocusedWindow: true });
    return tab?.id ?? -1;
  });
  const panel = await context.newPage();
  await panel.setViewportSize({ width: PANEL_WIDTH, height: HEIGHT });
  await panel.goto(`chrome-extension://${extensionId}/sidepanel.html?tab=${tabId}`);
  // The panel is in Chinese (the browser's language) and has read the page once the outline shows.
  await panel.getByRole('tab', { name: '大纲' }).waitFor();
  await panel.locator('#panel-outline li').first().waitFor();

  // 1. The outline of the report, the blanks marked on the page.
  await shoot(context, demo, panel, 'outline');

  // 2. 待填: every blank as a field to fill, grouped by what it asks for.
  await panel.getByRole('tab', { name: /待填/ }).click();
  await panel.getByTestId('field-list').waitFor();
  await shoot(context, demo, panel, 'blanks');

  // 3. The fill flow: one value for every 「XXXX年」, previewed before anything is written.
  const yearRow = panel.getByTestId('field-list').locator('li.field[data-kind=year]').first();
  await yearRow.locator('input.fill-one').fill('2026');
  await yearRow.getByRole('button', { name: /同项/ }).click();
  await panel.getByTestId('fill-preview').waitFor();
  await shoot(context, demo, panel, 'fill-preview');

  // 4. Written through the editor's own input path: the page now says 2026, one undo takes it back.
  await panel
    .getByTestId('fill-preview')
    .getByRole('button', { name: /确认填入/ })
    .click();
  await panel.getByTestId('fill-result').waitFor();
  await demo.getByText('2026年度个人述职报告').waitFor();
  await shoot(context, demo, panel, 'fill-done');
} finally {
  await context.close();
  server.close();
  rmSync(profile, { recursive: true, force: true });
}

/** Screenshots both pages and lays them side by side on one WIDTH×HEIGHT page. */
async function shoot(context: BrowserContext, demo: Page, panel: Page, name: string) {
  await demo.bringToFront();
  const left = (await demo.screenshot()).toString('base64');
  await panel.bringToFront();
  const right = (await panel.screenshot()).toString('base64');
  const canvas = await context.newPage();
  await canvas.setViewportSize({ width: WIDTH, height: HEIGHT });
  await canvas.setContent(
    `<body style="margin:0;display:flex;width:${WIDTH}px;height:${HEIGHT}px;overflow:hidden;background:#fff">` +
      `<img src="data:image/png;base64,${left}" style="width:${WIDTH - PANEL_WIDTH}px;height:${HEIGHT}px">` +
      `<img src="data:image/png;base64,${right}" style="width:${PANEL_WIDTH}px;height:${HEIGHT}px;border-left:1px solid #c9ced6;box-sizing:border-box">` +
      `</body>`,
  );
  await canvas.evaluate(() => Promise.all([...document.images].map((img) => img.decode())));
  const path = join(outDir, `${name}.png`);
  await canvas.screenshot({ path });
  await canvas.close();
  console.log(`✔ ${path}`);
}
