import { afterAll, beforeAll, expect, test } from 'vitest';
import { launchWithExtension, type ExtensionBrowser } from './browser';

let b: ExtensionBrowser;
beforeAll(async () => {
  b = await launchWithExtension();
});
afterAll(async () => {
  await b?.close();
});

test('the side panel shows the outline and blank count of the page it is bound to', async () => {
  const page = await b.openPage('plain.html');
  await page.waitForTimeout(300);
  const panel = await b.openPanel(page);
  await expect.poll(() => panel.getByTestId('blank-count').textContent()).toContain('2');
  expect(b.offsiteRequests).toEqual([]);
});
