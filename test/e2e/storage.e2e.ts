// The library under storage faults and concurrent panels, in real Chromium with the built
// extension: an emptied database is reported and restored from the automatic backup, settings in
// an imported backup are shown and follow the chosen strategy, a save from a stale form in a
// second panel is refused with a message.
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { tmpdir } from 'node:os';
import { afterAll, expect, test } from 'vitest';
import type { Page } from 'playwright-core';
import { launchWithExtension, type ExtensionBrowser } from './browser';
import { openPanelInChinese } from './scenarios/chinese-panel';

const opened: ExtensionBrowser[] = [];
afterAll(async () => {
  await Promise.all(opened.map((b) => b.close()));
});

async function panelInChinese() {
  const b = await launchWithExtension();
  opened.push(b);
  const page = await b.openPage('contenteditable.html');
  await page.waitForSelector('[data-fixture-ready]');
  const panel = await openPanelInChinese(b, page);
  return { b, page, panel };
}

async function addOwnPhrase(panel: Page, text: string) {
  await panel.getByRole('tab', { name: /常用语/ }).click();
  await panel.getByRole('button', { name: /添加常用语/ }).click();
  await panel.locator('form.card textarea').fill(text);
  await panel.getByRole('button', { name: '保存' }).click();
  await expect.poll(async () => (await findPhrase(panel, text)).count()).toBe(1);
}

async function findPhrase(panel: Page, text: string) {
  await panel.getByRole('tab', { name: /常用语|Phrases/ }).click();
  await panel.getByRole('searchbox').fill(text.slice(0, 12));
  return panel.getByRole('button', { name: new RegExp(`(插入|Insert)：${text.replace(/[()（）]/g, '.')}`) });
}

/** The phrase texts in the automatic backup, read straight from IndexedDB in an extension page. */
const backedUpTexts = (panel: Page) =>
  panel.evaluate(
    () =>
      new Promise<string[]>((resolve) => {
        const request = indexedDB.open('report-assistant-autobackup');
        request.onsuccess = () => {
          const db = request.result;
          if (!db.objectStoreNames.contains('snapshots')) {
            db.close();
            resolve([]);
            return;
          }
          const get = db.transaction('snapshots').objectStore('snapshots').get('last');
          get.onsuccess = () => {
            db.close();
            resolve((get.result?.file.phrases ?? []).map((p: { text: string }) => p.text));
          };
        };
        request.onerror = () => resolve([]);
      }),
  );

test('a library the browser emptied is reported, not re-seeded, and comes back from the automatic backup', async () => {
  const OWN = '全年组织XX场专题培训（存储故障测试）';
  const { panel } = await panelInChinese();
  await addOwnPhrase(panel, OWN);
  await expect.poll(async () => (await backedUpTexts(panel)).includes(OWN), { timeout: 10_000 }).toBe(true);

  // The browser clears the library database (as it does to recover from a full disk).
  await panel.evaluate(
    () => new Promise((resolve) => Object.assign(indexedDB.deleteDatabase('report-assistant'), { onsuccess: resolve, onerror: resolve })),
  );
  await expect.poll(() => panel.getByTestId('notice').textContent()).toContain('已被删除');
  expect(await panel.getByTestId('notice').textContent()).not.toContain('升级');

  // After a restart the panel says what happened; the defaults were not written over the loss.
  await panel.reload();
  const lost = panel.getByTestId('library-lost');
  await lost.waitFor();
  expect(await lost.textContent()).toMatch(/资料库已被清空|library was emptied/);
  expect(await (await findPhrase(panel, OWN)).count()).toBe(0);
  expect(await panel.locator('li.phrase').count()).toBe(0);
  await opened[0].screenshot(panel, 'panel-library-lost');

  // A save while the library is lost is refused, not reported as saved.
  await panel.getByRole('button', { name: /添加常用语|Add phrase/ }).click();
  await panel.locator('form.card textarea').fill('丢失期间写入的常用语');
  await panel.locator('form.card button[type=submit]').click();
  await expect.poll(() => panel.getByTestId('notice').textContent()).toMatch(/资料库已被清空|library was emptied/);

  await lost.getByRole('button', { name: /恢复自动备份|Restore automatic backup/ }).click();
  await expect.poll(() => lost.count()).toBe(0);
  // The backup held the language setting too: the panel is Chinese again.
  await panel.getByRole('tab', { name: '大纲' }).waitFor();
  await expect.poll(async () => (await findPhrase(panel, OWN)).count()).toBe(1);

  // Healthy again after a restart.
  await panel.reload();
  await panel.getByRole('tab', { name: '大纲' }).waitFor();
  await expect.poll(async () => (await findPhrase(panel, OWN)).count()).toBe(1);
  expect(await panel.getByTestId('library-lost').count()).toBe(0);
});

test('settings in an imported backup are listed in the preview, kept under "skip", applied under "overwrite"', async () => {
  const { b, panel, page } = await panelInChinese();
  const origin = new URL(page.url()).origin;
  await panel.getByRole('tab', { name: /设置/ }).click();
  const [download] = await Promise.all([panel.waitForEvent('download'), panel.getByRole('button', { name: '导出备份（JSON）' }).click()]);
  const dir = mkdtempSync(join(tmpdir(), 'ra-settings-'));
  const original = join(dir, download.suggestedFilename());
  await download.saveAs(original);
  const file = JSON.parse(readFileSync(original, 'utf8'));
  // A backup from a profile where this site is switched off, highlights are off and the panel is English.
  file.settings = { ...file.settings, language: 'en', highlightsEnabled: false, sites: { [origin]: false } };
  const changed = join(dir, 'report-assistant-backup-changed.json');
  writeFileSync(changed, JSON.stringify(file));

  const importFile = async () => {
    await panel.getByTestId('import-file').setInputFiles(changed);
    await panel.getByTestId('import-preview').waitFor();
  };
  await importFile();
  const listed = panel.getByTestId('import-settings').locator('li');
  await expect.poll(() => listed.count()).toBe(3);
  const lines = await listed.allTextContents();
  expect(lines.some((l) => l.includes('界面语言') && l.includes('English'))).toBe(true);
  expect(lines.some((l) => l.includes('页面高亮') && l.includes('开启 → 关闭'))).toBe(true);
  expect(lines.some((l) => l.includes(origin) && l.includes('开启 → 关闭'))).toBe(true);
  expect(lines.every((l) => l.includes('保留现有'))).toBe(true);
  await panel.getByTestId('import-settings').scrollIntoViewIfNeeded();
  await b.screenshot(panel, 'panel-import-settings');

  // "Keep mine" (the default): nothing of the three changes.
  await panel.getByRole('button', { name: '应用导入' }).click();
  await expect.poll(() => panel.getByTestId('import-preview').count()).toBe(0);
  await panel.getByRole('tab', { name: '大纲' }).click();
  expect(await panel.getByTestId('site-off').count()).toBe(0);
  await panel.getByRole('tab', { name: /待填/ }).click();
  expect(await panel.getByRole('checkbox', { name: '在页面上高亮待填处' }).isChecked()).toBe(true);

  // "Overwrite": all three are applied.
  await panel.getByRole('tab', { name: /设置/ }).click();
  await importFile();
  await panel.getByRole('radio', { name: '覆盖现有' }).check();
  expect((await listed.allTextContents()).every((l) => l.includes('将应用'))).toBe(true);
  await panel.getByRole('button', { name: '应用导入' }).click();
  await panel.getByRole('tab', { name: 'Outline' }).waitFor();
  await panel.getByTestId('site-off').waitFor();
});

test("a save from a stale form in a second panel is refused with a message, keeping the first panel's edit", async () => {
  const OWN = '扎实推进XX项民生实事（并发测试）';
  const { b, page, panel: first } = await panelInChinese();
  await addOwnPhrase(first, OWN);
  const second = await b.openPanel(page);
  await second.setViewportSize({ width: 360, height: 720 });
  await second.getByRole('tab', { name: '大纲' }).waitFor();

  const openEdit = async (panel: Page) => {
    await (await findPhrase(panel, OWN)).waitFor();
    await panel.locator('li.phrase', { hasText: OWN }).getByRole('button', { name: '编辑' }).click();
    return panel.locator('form.card textarea');
  };
  const staleForm = await openEdit(second);
  const freshForm = await openEdit(first);
  await freshForm.fill(OWN + '（第一个面板）');
  await first.getByRole('button', { name: '保存' }).click();
  await expect.poll(async () => (await findPhrase(first, OWN + '（第一个面板）')).count()).toBe(1);

  await staleForm.fill(OWN + '（第二个面板）');
  await second.getByRole('button', { name: '保存' }).click();
  await expect.poll(() => second.getByTestId('notice').textContent()).toContain('已在其他窗口中被修改');
  await b.screenshot(second, 'panel-stale-save');
  expect(await (await findPhrase(first, OWN + '（第二个面板）')).count()).toBe(0);
  expect(await (await findPhrase(first, OWN + '（第一个面板）')).count()).toBe(1);
});
