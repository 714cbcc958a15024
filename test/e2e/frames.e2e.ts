// Panel requests reach one frame only: the visible editor the user works in (issue 12 item 1).
// Pages on 127.0.0.1 embed editors from localhost (another origin on the same local server).
import { afterAll, beforeAll, expect, test } from 'vitest';
import type { Frame, Page } from 'playwright-core';
import { launchWithExtension, type ExtensionBrowser } from './browser';
import { openPanelInChinese } from './scenarios/chinese-panel';

let b: ExtensionBrowser;

beforeAll(async () => {
  b = await launchWithExtension();
});
afterAll(async () => {
  await b?.close();
});

async function openReady(path: string): Promise<Page> {
  const page = await b.openPage(path);
  await page.waitForSelector('[data-fixture-ready]');
  return page;
}

async function openChinesePanel(page: Page): Promise<Page> {
  return openPanelInChinese(b, page);
}

async function frameOf(page: Page, id: string): Promise<Frame> {
  const frame = await (await page.$(`#${id}`))!.contentFrame();
  await frame!.waitForSelector('[data-fixture-ready]', { state: 'attached' });
  return frame!;
}

const text = (where: Page | Frame) =>
  where.evaluate(() => document.querySelector<HTMLElement>('#editor')?.innerText ?? document.body.innerText);
const followed = (panel: Page) => panel.getByTestId('editor-followed').textContent();

const paintedBlanks = (where: Page | Frame) =>
  where.evaluate(() => [...(CSS as any).highlights.keys()].filter((k: string) => k.startsWith('ra-blank-')).length);

/** The content script runs in that document: its blanks are painted. */
async function contentScriptRunsIn(where: Page | Frame) {
  await expect.poll(() => paintedBlanks(where), { timeout: 15_000 }).toBeGreaterThan(0);
}

/** A 1x1 frame's editor is never taken for a document: nothing is painted there (checked once the page's own editor is). */
async function contentScriptLeavesAlone(where: Frame, page: Page) {
  await contentScriptRunsIn(page);
  expect(await paintedBlanks(where)).toBe(0);
}

async function insertFirstPhrase(panel: Page): Promise<string> {
  await panel.getByRole('tab', { name: /常用语/ }).click();
  const insert = panel.getByTestId('phrase-list').locator('li.phrase').first().locator('button.primary');
  const phrase = (await insert.getAttribute('aria-label'))!.replace(/^插入：/, '');
  await insert.click();
  return phrase;
}

test('insert and fill from the panel reach the visible editor only; hidden cross-origin frames are unchanged', async () => {
  const page = await openReady('frames/host.html?no-visible-frame');
  const hidden = await frameOf(page, 'hidden-frame');
  const transparent = await frameOf(page, 'transparent-frame');
  await contentScriptLeavesAlone(hidden, page);
  const hiddenBefore = await text(hidden);
  const transparentBefore = await text(transparent);
  const panel = await openChinesePanel(page);
  await panel.getByTestId('blank-count').waitFor();

  await page.locator('#editor div').nth(3).click();
  const phrase = await insertFirstPhrase(panel);
  await expect.poll(() => text(page)).toContain(phrase);

  await panel.getByRole('tab', { name: /待填/ }).click();
  const percent = panel.getByTestId('field-list').locator('li.field[data-kind=percent]').first();
  await percent.locator('input.fill-one').fill('95');
  await percent.locator('input.fill-one').press('Enter');
  await expect.poll(() => text(page)).toContain('达到95%');

  expect(await text(hidden)).toBe(hiddenBefore);
  expect(await text(transparent)).toBe(transparentBefore);
  expect(hiddenBefore).toContain('XX%');
  // Even focused last, the transparent frames do not become the target.
  await page.locator('#editor div').nth(5).click();
  await hidden.focus('#editor');
  await transparent.focus('#editor');
  // Let the frames report their focus before writing.
  await expect.poll(() => transparent.evaluate(() => document.activeElement?.id)).toBe('editor');
  await page.waitForTimeout(300);
  const second = await insertFirstPhrase(panel);
  await expect.poll(() => text(page)).toContain(second);
  expect(await text(hidden)).toBe(hiddenBefore);
  expect(await text(transparent)).toBe(transparentBefore);
  await expect.poll(() => followed(panel)).toBe('正在编辑：网页编辑区（本页面）');
  await panel.close();
  await page.close();
});

test('focusing an editor in a visible frame makes the panel follow it, and the user can switch back', async () => {
  const page = await openReady('frames/host.html');
  const visible = await frameOf(page, 'visible-frame');
  const hidden = await frameOf(page, 'hidden-frame');
  await contentScriptRunsIn(visible);
  await contentScriptLeavesAlone(hidden, page);
  const [mainBefore, hiddenBefore] = [await text(page), await text(hidden)];
  const panel = await openChinesePanel(page);
  await expect.poll(() => followed(panel)).toBe('正在编辑：网页编辑区（本页面）');

  await visible.locator('#editor div').nth(2).click();
  const host = new URL(visible.url()).host;
  expect(host).toMatch(/^localhost:\d+$/);
  await expect.poll(() => followed(panel)).toBe(`正在编辑：网页编辑区（页面内嵌框架 ${host}）`);
  // The outline is the framed draft's.
  await panel.getByRole('tab', { name: /大纲/ }).click();
  await expect.poll(() => panel.getByTestId('outline').textContent()).toContain('基本情况');
  await b.screenshot(panel, 'panel-follows-frame');

  const phrase = await insertFirstPhrase(panel);
  await expect.poll(() => text(visible)).toContain(phrase);
  expect(await text(page)).toBe(mainBefore);
  expect(await text(hidden)).toBe(hiddenBefore);

  // The 1x1 frame is not offered; the transparent one the browser does not confirm comes last, with a warning.
  const picker = panel.getByRole('combobox', { name: '切换编辑器' });
  expect(await picker.locator('option').allTextContents()).toEqual([
    `网页编辑区（页面内嵌框架 ${host}）`,
    '网页编辑区（本页面）',
    `网页编辑区（页面内嵌框架 ${host}，可能被隐藏或遮挡）`,
  ]);
  await picker.selectOption({ label: '网页编辑区（本页面）' });
  await expect.poll(() => followed(panel)).toBe('正在编辑：网页编辑区（本页面）');
  const visibleAfter = await text(visible);
  const back = await insertFirstPhrase(panel);
  await expect.poll(() => text(page)).toContain(back);
  expect(await text(visible)).toBe(visibleAfter);
  expect(await text(hidden)).toBe(hiddenBefore);
  await panel.close();
  await page.close();
});

test('with many srcdoc frames holding editors, one insert lands once, in the page', async () => {
  const page = await openReady('frames/srcdoc.html?frames=30');
  const frames = page.frames().filter((f) => f !== page.mainFrame());
  expect(frames).toHaveLength(30);
  for (const frame of frames) await contentScriptRunsIn(frame);
  const panel = await openChinesePanel(page);
  await panel.getByTestId('blank-count').waitFor();
  await page.locator('#editor div').nth(2).click();
  const phrase = await insertFirstPhrase(panel);
  await expect.poll(() => text(page)).toContain(phrase);
  expect((await text(page)).split(phrase).length - 1).toBe(1);
  for (const frame of frames) expect(await text(frame)).not.toContain(phrase);
  await expect.poll(() => followed(panel)).toBe('正在编辑：网页编辑区（本页面）');
  expect(b.offsiteRequests).toEqual([]);
  await panel.close();
  await page.close();
});

test('an editor that lives in its own frame (TinyMCE) is followed and written to', async () => {
  const page = await openReady('tinymce.html');
  const model = () => page.evaluate(() => window.__fixture!.modelText());
  const panel = await openChinesePanel(page);
  const host = new URL(page.url()).host;
  await expect.poll(() => followed(panel)).toBe(`正在编辑：TinyMCE（页面内嵌框架 ${host}）`);
  await page.frameLocator('iframe').first().locator('body p').nth(2).click();
  const phrase = await insertFirstPhrase(panel);
  await expect.poll(model).toContain(phrase);
  await panel.close();
  await page.close();
});
