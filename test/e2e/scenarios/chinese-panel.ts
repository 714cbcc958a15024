import type { Page } from 'playwright-core';
import type { ExtensionBrowser } from '../browser';

export interface ChinesePanelOptions {
  /** The tab to end on (clicked), e.g. /待填/; without it the panel stays on 设置 once its labels are Chinese. */
  tab?: string | RegExp;
  size?: { width: number; height: number };
}

/**
 * Opens the side panel for `page` and chooses Chinese in its settings, as a user would: headless
 * Chromium reports en-US. The choice is stored in the profile, so a panel already in Chinese is
 * left as it is.
 */
export async function openPanelInChinese(b: ExtensionBrowser, page: Page, options: ChinesePanelOptions = {}): Promise<Page> {
  const panel = await b.openPanel(page);
  await panel.setViewportSize(options.size ?? { width: 360, height: 720 });
  await panel.getByRole('tab', { name: /^(Settings|设置)$/ }).click();
  await panel.getByRole('combobox', { name: /^(Language|界面语言)$/ }).selectOption('zh');
  await panel.getByRole('tab', { name: '大纲' }).waitFor();
  if (options.tab) await panel.getByRole('tab', { name: options.tab }).click();
  return panel;
}
