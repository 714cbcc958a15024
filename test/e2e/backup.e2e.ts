// Backup round trip in real Chromium: what one profile exports, a fresh profile imports.
import { mkdtempSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { tmpdir } from 'node:os';
import { afterAll, expect, test } from 'vitest';
import type { Page } from 'playwright-core';
import { launchWithExtension, type ExtensionBrowser } from './browser';
import { openPanelInChinese } from './scenarios/chinese-panel';

const OWN_PHRASE = '坚持问题导向，以XX项整改任务为抓手推动工作落实（往返测试）';
const opened: ExtensionBrowser[] = [];
afterAll(async () => {
  await Promise.all(opened.map((b) => b.close()));
});

async function panelInChinese(): Promise<{ b: ExtensionBrowser; panel: Page }> {
  const b = await launchWithExtension();
  opened.push(b);
  const page = await b.openPage('contenteditable.html');
  await page.waitForSelector('[data-fixture-ready]');
  const panel = await openPanelInChinese(b, page);
  return { b, panel };
}

const findPhrase = async (panel: Page, text: string) => {
  await panel.getByRole('tab', { name: /常用语/ }).click();
  await panel.getByRole('searchbox', { name: /搜索常用语/ }).fill(text.slice(0, 12));
  return panel.getByRole('button', { name: `插入：${text}` });
};

test('a library exported from one profile is found again after importing it into a fresh profile', async () => {
  const first = await panelInChinese();
  await first.panel.getByRole('tab', { name: /常用语/ }).click();
  await first.panel.getByRole('button', { name: /添加常用语/ }).click();
  await first.panel.locator('form.card textarea').fill(OWN_PHRASE);
  await first.panel.getByRole('button', { name: '保存' }).click();
  await expect.poll(async () => (await findPhrase(first.panel, OWN_PHRASE)).count()).toBe(1);

  await first.panel.getByRole('tab', { name: /设置/ }).click();
  const [download] = await Promise.all([
    first.panel.waitForEvent('download'),
    first.panel.getByRole('button', { name: '导出备份（JSON）' }).click(),
  ]);
  const file = join(mkdtempSync(join(tmpdir(), 'ra-backup-')), download.suggestedFilename());
  await download.saveAs(file);
  const exported = JSON.parse(readFileSync(file, 'utf8'));
  expect(exported.phrases.some((p: { text: string }) => p.text === OWN_PHRASE)).toBe(true);

  const second = await panelInChinese();
  expect(await (await findPhrase(second.panel, OWN_PHRASE)).count()).toBe(0);
  await second.panel.getByRole('tab', { name: /设置/ }).click();
  await second.panel.getByTestId('import-file').setInputFiles(file);
  await second.panel.getByTestId('import-preview').waitFor();
  // Both profiles share the shipped defaults: the only difference is the phrase added above.
  const phraseRow = second.panel.getByTestId('import-preview').locator('tr', { hasText: '常用语' });
  await expect.poll(() => phraseRow.textContent()).toMatch(/新增 1 条.*变更 0 条/);
  await second.b.screenshot(second.panel, 'panel-import-preview');
  await second.panel.getByRole('button', { name: '应用导入' }).click();
  await expect.poll(async () => (await findPhrase(second.panel, OWN_PHRASE)).count()).toBe(1);
  expect(second.b.offsiteRequests).toEqual([]);
});
