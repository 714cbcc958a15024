import { afterAll, beforeAll, expect, test } from 'vitest';
import { inject } from 'vitest';
import { launchFirefoxWithExtension, type FirefoxWithExtension } from './firefox-browser';

let ff: FirefoxWithExtension;
beforeAll(async () => {
  ff = await launchFirefoxWithExtension(inject('extensionPath'), inject('pagesUrl'));
});
afterAll(async () => {
  await ff?.close();
});

test('the content script answers in Firefox', async () => {
  const page = await ff.openPage('contenteditable.html');
  await page.waitForSelector('html[data-fixture-ready]');
  const tabId = await ff.tabIdOf(page);
  let state: any = null;
  for (let i = 0; i < 50 && !state; i++) {
    state = await ff.send(tabId, 'getState').catch(() => null);
    if (!state) await new Promise((ok) => setTimeout(ok, 200));
  }
  expect(state?.editor?.id).toBe('contenteditable');
  expect(state.blanks.length).toBeGreaterThan(10);
});
