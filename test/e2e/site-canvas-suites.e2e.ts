// The named degraded mode on suites whose text is not in the page (test/e2e/sites/canvas-suites,
// pages/onlyoffice.html): the content script names the site instead of taking the title field or an
// input proxy for the report, the panel says which site and why, analyses pasted text, fills it
// and copies the filled text back; the page and its objects stay untouched; nothing goes offsite.
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import type { Page } from 'playwright-core';
import { findFields } from '../../lib/fields';
import { launchWithExtension, type ExtensionBrowser } from './browser';
import { SAMPLE_TEXT } from './pages/editors/sample-report';
import { SitePage } from './sites/site-page';

interface Suite {
  id: string;
  name: string;
  url: () => string;
  canvas: boolean;
}

const SUITES: Suite[] = [
  { id: 'tencent-docs', name: '腾讯文档', url: () => 'https://docs.qq.com/doc/DRmFrZVJlcG9ydA', canvas: true },
  { id: 'kdocs', name: '金山文档', url: () => 'https://www.kdocs.cn/l/cReport2025', canvas: false },
  { id: 'wps', name: 'WPS 云文档', url: () => 'https://www.wps.cn/d/report', canvas: false },
  { id: 'dingtalk-docs', name: '钉钉文档', url: () => 'https://alidocs.dingtalk.com/i/nodes/report', canvas: false },
  { id: 'shimo', name: '石墨文档', url: () => 'https://shimo.im/docs/report2025', canvas: false },
  { id: 'onlyoffice', name: 'ONLYOFFICE', url: () => `${b.pagesUrl}/onlyoffice.html`, canvas: true },
];

/** Everything on the page a content script could have touched: the DOM and the page-world objects. */
const pageSnapshot = (site: SitePage) =>
  site.page.evaluate(() => {
    const w = window as unknown as Record<string, any>;
    return {
      html: document.body.innerHTML,
      globals: Object.keys(w)
        .filter((k) => ['pad', 'APP', 'DocEditor', '__canvasFixture'].includes(k))
        .sort(),
      pad: w.pad ? Object.keys(w.pad.editor) : null,
      app: w.APP ? Object.keys(w.APP) : null,
    };
  });

let chineseChosen = false;

/** The side panel in Chinese: chosen in the settings once (headless Chromium reports en-US), as a user would; kept by the profile after that. */
async function chinesePanel(site: SitePage): Promise<Page> {
  const panel = await site.openPanel();
  await panel.setViewportSize({ width: 380, height: 900 });
  if (!chineseChosen) {
    await panel.getByRole('tab', { name: 'Settings' }).click();
    await panel.getByRole('combobox', { name: 'Language' }).selectOption('zh');
    chineseChosen = true;
  }
  await panel.getByRole('tab', { name: '大纲' }).click();
  return panel;
}

describe.each(SUITES)('$name', (suite) => {
  test('the content script names the site and takes neither the title field nor an input proxy for the report', async () => {
    const site = await SitePage.open(b, suite.url());
    try {
      const state = await site.stateWhen((s) => !!s.site);
      expect(state.site).toBe(suite.id);
      expect(state.editor).toBeNull();
      expect(state.blanks).toEqual([]);
      expect(await site.highlighted()).toBe(0);
    } finally {
      await site.close();
    }
  });

  test('the panel says which site and why, analyses pasted text, fills it and copies it back', async () => {
    const site = await SitePage.open(b, suite.url());
    try {
      await site.stateWhen((s) => !!s.site);
      const before = await pageSnapshot(site);
      const panel = await chinesePanel(site);
      await expect.poll(() => panel.getByTestId('site-line').textContent()).toBe(`${suite.name}：已切换到简化模式。`);
      expect(await panel.getByTestId('site-reason').textContent()).toContain(suite.name);
      expect(await panel.locator('body').innerText()).not.toContain('此页面未发现支持的编辑器');
      expect(await panel.getByRole('button', { name: '分析页面选中文字' }).count()).toBe(suite.canvas ? 0 : 1);

      await panel.getByRole('textbox', { name: '粘贴要分析的文本' }).fill(SAMPLE_TEXT);
      await panel.getByRole('button', { name: '分析粘贴的文本' }).click();
      // The 待填 tab counts fields to fill (a date is one).
      const fields = findFields(SAMPLE_TEXT);
      await expect.poll(() => panel.getByTestId('blank-count').textContent()).toBe(String(fields.length));
      await panel.getByRole('tab', { name: /待填/ }).click();
      const input = panel.getByPlaceholder('填入内容后按回车').first();
      await input.fill('2025');
      await input.press('Enter');
      await expect.poll(() => panel.getByTestId('blank-count').textContent()).toBe(String(fields.length - 1));

      await panel.getByRole('button', { name: '复制填好的文字' }).click();
      await expect
        .poll(() => panel.getByTestId('notice').textContent())
        .toContain(`回到${suite.name}，选中你当初复制的那段原文，按 Ctrl+V 粘贴替换。`);
      // What the user would paste: Ctrl+V into an empty text box.
      const pasteBox = panel.getByRole('textbox', { name: '粘贴要分析的文本' });
      await pasteBox.fill('');
      await pasteBox.press('Control+v');
      const first = fields[0].spans[0];
      await expect.poll(() => pasteBox.inputValue()).toBe(SAMPLE_TEXT.slice(0, first.start) + '2025' + SAMPLE_TEXT.slice(first.end));
      await panel.close();

      expect(await pageSnapshot(site)).toEqual(before);
    } finally {
      await site.close();
    }
  });
});

test("ONLYOFFICE's editor frame on its own: the focused, transparent textarea#area_id is never taken for the document", async () => {
  // ?with-editor: a visible editor appears beside the proxy a moment after load, focus staying on the proxy.
  const site = await SitePage.open(b, `${b.pagesUrl}/onlyoffice-frame.html?with-editor`);
  try {
    const state = await site.stateWhen((s) => s.editor !== null);
    expect(await site.page.evaluate(() => document.activeElement?.id)).toBe('area_id');
    expect(state.editor?.id).toBe('contenteditable');
    expect(state.blanks.map((x) => x.text)).toEqual(['XX', 'X']);
  } finally {
    await site.close();
  }
});

test('no request leaves the machine', () => {
  expect(b.offsiteRequests).toEqual([]);
});

let b: ExtensionBrowser;
beforeAll(async () => {
  b = await launchWithExtension({ sites: true });
});
afterAll(async () => {
  await b?.close();
});
