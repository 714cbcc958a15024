// The side panel in real Chromium with the built extension, bound to a contenteditable report page.
import { afterAll, beforeAll, expect, test } from 'vitest';
import type { Page } from 'playwright-core';
import { launchWithExtension, type ExtensionBrowser } from './browser';
import { openPanelInChinese } from './scenarios/chinese-panel';
import { LAST_HEADING } from './pages/editors/sample-report';

let b: ExtensionBrowser;
let page: Page;
let panel: Page;

const pageText = () => page.evaluate(() => window.__fixture?.modelText() ?? document.querySelector<HTMLElement>('#editor')!.innerText);

beforeAll(async () => {
  b = await launchWithExtension();
  page = await b.openPage('contenteditable.html');
  await page.waitForSelector('[data-fixture-ready]');
  panel = await openPanelInChinese(b, page);
});
afterAll(async () => {
  await b?.close();
});

async function openTab(name: RegExp) {
  await panel.getByRole('tab', { name }).click();
}

test('clicking a heading in the outline brings it into view on the page', async () => {
  await openTab(/大纲/);
  const inView = () =>
    page.evaluate((heading) => {
      const el = [...document.querySelectorAll('#editor > *')].find((n) => n.textContent === heading)!;
      const r = el.getBoundingClientRect();
      return r.top >= 0 && r.bottom <= window.innerHeight;
    }, LAST_HEADING);
  expect(await inView()).toBe(false);
  await panel.getByRole('button', { name: `跳转到“${LAST_HEADING.slice(2)}”` }).click();
  await expect.poll(inView).toBe(true);
  await b.screenshot(panel, 'panel-outline');
});

test('filling one field in 待填 changes the page text and counts as filled', async () => {
  await openTab(/待填/);
  const row = panel.getByTestId('field-list').locator('li.field', { hasText: '平均成绩达到' }).first();
  const before = await pageText();
  expect(before).toContain('XX%');
  await row.locator('input.fill-one').fill('95');
  await row.locator('input.fill-one').press('Enter');
  await expect.poll(pageText).toContain('达到95');
  await expect.poll(() => panel.getByTestId('blank-progress').textContent()).toMatch(/^已填 [1-9]\d* \/ \d+$/);
  await expect.poll(() => panel.getByTestId('fill-result').textContent()).toContain('已填写 1 处');
  await b.screenshot(panel, 'panel-blanks');
});

test('every tab renders in Chinese (screenshots)', async () => {
  for (const [name, file] of [
    [/常用语/, 'panel-phrases'],
    [/模板/, 'panel-templates'],
    [/清理/, 'panel-clean'],
    [/设置/, 'panel-settings'],
  ] as const) {
    await openTab(name);
    await b.screenshot(panel, file);
  }
});

test('no request leaves the machine', () => {
  expect(b.offsiteRequests).toEqual([]);
});

test('a phrase found by its pinyin initials is inserted into the page', async () => {
  await openTab(/常用语/);
  await panel.getByRole('searchbox', { name: /搜索常用语/ }).fill('xjrx');
  // The search applies after the pinyin index loads: wait for the list to narrow down first.
  await expect.poll(() => panel.getByTestId('phrase-list').locator('li.phrase').count()).toBeLessThan(20);
  const insert = panel.getByTestId('phrase-list').locator('li.phrase').first().locator('button.primary');
  const phrase = (await insert.getAttribute('aria-label'))!.replace(/^插入：/, '');
  expect(phrase.length).toBeGreaterThan(1);
  expect(await pageText()).not.toContain(phrase);
  await insert.click();
  await expect.poll(pageText).toContain(phrase);
  await b.screenshot(panel, 'panel-phrase-inserted');
});

test('the outline fix button corrects a heading marker on the page', async () => {
  await page.locator('#editor').click();
  await page.keyboard.press('Control+End');
  await page.keyboard.press('Enter');
  await page.keyboard.type('（九）、补充事项');
  await expect.poll(pageText).toContain('（九）、补充事项');
  await openTab(/大纲/);
  const fix = panel
    .locator('li.finding', { hasText: '“（九）”' })
    .getByRole('button', { name: /^修正为/ })
    .first();
  await fix.click();
  await expect.poll(pageText).toContain('（九）补充事项');
  expect(await pageText()).not.toContain('（九）、');
  await b.screenshot(panel, 'panel-outline-fixed');
});

test('a section template is inserted after filling its form, and its blanks join the list', async () => {
  const blankCount = async () => Number((await panel.getByTestId('blank-count').textContent())?.match(/\d+/)?.[0] ?? NaN);
  const headingCount = () => panel.getByTestId('outline').locator('li').count();
  await openTab(/大纲/);
  const headingsBefore = await headingCount();
  const blanksBefore = await blankCount();
  await openTab(/模板/);
  await panel.getByRole('button', { name: '使用：存在的问题及原因' }).click();
  await panel.getByRole('textbox', { name: '单位' }).fill('市教育局');
  await expect.poll(() => panel.getByTestId('template-preview').textContent()).toContain('市教育局XX制度还不健全');
  await b.screenshot(panel, 'panel-template-form');
  await panel.getByRole('button', { name: '插入模板' }).click();
  await expect.poll(pageText).toContain('市教育局XX制度还不健全');
  expect(await pageText()).toContain('（二）原因分析');
  // The inserted skeleton brings its headings into the outline and its XX blanks into the list.
  await expect.poll(blankCount).toBeGreaterThan(blanksBefore);
  await openTab(/大纲/);
  await expect.poll(headingCount).toBeGreaterThan(headingsBefore);
});
