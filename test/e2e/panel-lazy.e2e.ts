// The side panel fetches every tab but the outline, and the library code, on first use or when idle
// (issue #10: a small first load). In real Chromium with the built extension: each tab still shows
// its own view, the tab panel is never empty while a view's code arrives, and settings stored through
// the lazily loaded library reach a newly opened panel.
import { afterAll, beforeAll, expect, test } from 'vitest';
import type { Page } from 'playwright-core';
import { launchWithExtension, type ExtensionBrowser } from './browser';

let b: ExtensionBrowser;
let page: Page;

beforeAll(async () => {
  b = await launchWithExtension();
  page = await b.openPage('contenteditable.html');
  await page.waitForSelector('[data-fixture-ready]');
});
afterAll(async () => {
  await b?.close();
});

/** Records, from now on, every moment the tab panel has no element to show. */
function watchForEmptyPanel(panel: Page) {
  return panel.evaluate(() => {
    const w = window as unknown as { emptyPanels: string[] };
    w.emptyPanels = [];
    const check = () => {
      const tabpanel = document.querySelector('[role=tabpanel]');
      if (!tabpanel || tabpanel.childElementCount === 0) w.emptyPanels.push(tabpanel?.id ?? '(no tabpanel)');
    };
    new MutationObserver(check).observe(document.body, { childList: true, subtree: true });
  });
}

test('each tab shows its own view, and the tab panel is never empty on the way', async () => {
  const panel = await b.openPanel(page);
  await panel.getByTestId('outline').waitFor();
  await watchForEmptyPanel(panel);
  const views: [RegExp, string][] = [
    [/^Blanks/, '[data-testid=field-list]'],
    [/^Phrases/, '[data-testid=phrase-list]'],
    [/^Templates/, '[data-testid=template-list]'],
    [/^Clean/, '#panel-clean textarea'],
    [/^Settings/, '#panel-settings select'],
    [/^Outline/, '[data-testid=outline]'],
  ];
  for (const [name, view] of views) {
    await panel.getByRole('tab', { name }).click();
    await panel.locator(view).first().waitFor();
    expect(await panel.getByTestId('view-loading').count()).toBe(0);
  }
  expect(await panel.evaluate(() => (window as unknown as { emptyPanels: string[] }).emptyPanels)).toEqual([]);
  await panel.close();
});

test('a language chosen in Settings applies to the next panel from its first view', async () => {
  const first = await b.openPanel(page);
  await first.getByRole('tab', { name: 'Settings' }).click();
  await first.getByRole('combobox', { name: 'Language' }).selectOption('zh');
  await first.getByRole('tab', { name: '大纲' }).waitFor();
  await first.close();
  const tabId = await b.tabIdOf(page);
  const next = await b.context.newPage();
  // Every tab label the panel renders, recorded from before its own scripts run: none in English
  // while the stored settings are still on their way (the browser's language here is English).
  await next.addInitScript(() => {
    const seen: string[] = [];
    (window as unknown as { tabLabels: string[] }).tabLabels = seen;
    new MutationObserver(() => {
      for (const el of document.querySelectorAll('[role="tab"]')) seen.push(el.textContent ?? '');
    }).observe(document, { subtree: true, childList: true, characterData: true });
  });
  await next.goto(`chrome-extension://${b.extensionId}/sidepanel.html?tab=${tabId}`);
  await next.getByRole('tab', { name: '大纲' }).waitFor();
  const seen = await next.evaluate(() => (window as unknown as { tabLabels: string[] }).tabLabels);
  expect(seen.length).toBeGreaterThan(0);
  expect(seen.filter((label) => /[A-Za-z]{3}/.test(label))).toEqual([]);
  await next.getByRole('tab', { name: /^待填/ }).click();
  await next.getByTestId('field-list').waitFor();
  await next.close();
});

test('no request leaves the machine', () => {
  expect(b.offsiteRequests).toEqual([]);
});
