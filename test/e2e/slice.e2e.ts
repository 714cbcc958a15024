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
  const panel = await b.openPanel(page);
  // Exactly 2 (XX次, X名): the panel polls until the content script has read the page.
  await expect.poll(() => panel.getByTestId('blank-count').textContent()).toBe('2');
  expect(b.offsiteRequests).toEqual([]);
});
