// The page can neither learn the extension's id from its start-up nor stop it with an event
// (issue 12 item 7). guard.html records every message posted to its window from the start.
import { afterAll, beforeAll, expect, test } from 'vitest';
import type { Page } from 'playwright-core';
import { launchWithExtension, type ExtensionBrowser } from './browser';

let b: ExtensionBrowser;
let page: Page;
let panel: Page;

const pageText = () => page.evaluate(() => document.querySelector<HTMLElement>('#editor')!.innerText);
const blankCount = async () => Number((await panel.getByTestId('blank-count').textContent())?.match(/\d+/)?.[0] ?? NaN);

beforeAll(async () => {
  b = await launchWithExtension();
  page = await b.openPage('frames/guard.html');
  await page.waitForSelector('[data-fixture-ready]');
  panel = await b.openPanel(page);
  await panel.getByTestId('blank-count').waitFor();
});
afterAll(async () => {
  await b?.close();
});

test('nothing the content script posts to the page carries the extension id', async () => {
  const messages: string[] = await page.evaluate(() => (window as any).__messages);
  expect(messages.filter((m) => m.includes(b.extensionId))).toEqual([]);
  expect(await page.content()).not.toContain(b.extensionId);
});

test('the page firing the framework start-up event does not stop the content script', async () => {
  // A page may know the id from the extension's store listing: it fires both forms WXT listens to.
  await page.evaluate((id) => {
    const type = `${id}:content:wxt:content-script-started`;
    const detail = { contentScriptName: 'content', messageId: 'page' };
    document.dispatchEvent(new CustomEvent(type, { detail }));
    window.postMessage({ type, ...detail }, '*');
  }, b.extensionId);
  const before = await blankCount();
  await page.locator('#editor div').last().click();
  await page.keyboard.press('End');
  await page.keyboard.press('Enter');
  await page.keyboard.type('（二）召开座谈会XX次。');
  await expect.poll(blankCount).toBe(before + 1);

  await panel.getByRole('tab', { name: /Phrases|常用语/ }).click();
  const insert = panel.getByTestId('phrase-list').locator('li.phrase').first().locator('button.primary');
  const phrase = (await insert.getAttribute('aria-label'))!.replace(/^[^：]*：/, '');
  await insert.click();
  await expect.poll(pageText).toContain(phrase);
});
