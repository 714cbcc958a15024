// Issue 8, problems 6–8, in real Chromium with the built extension, on a plain contenteditable, a
// model editor (Quill) and a textarea: a section template numbered from where it lands and a
// 重新编号 fix; the site switch applied to open tabs with a re-enable button; notices that report
// an insert and follow the language; colour swatches as the page paints; the header in user words.
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import type { Page } from 'playwright-core';
import { launchWithExtension, type ExtensionBrowser } from './browser';
import { openPanelInChinese } from './scenarios/chinese-panel';
import { setSiteOn } from './scenarios/site-setting';
import { FIXTURE_READY } from './pages/editor-pages';

const EDITORS = [
  { id: 'contenteditable', path: 'contenteditable.html', root: '#editor', header: '正在编辑：网页编辑区（本页面）' },
  { id: 'quill', path: 'quill.html', root: '.ql-editor', header: '正在编辑：Quill（本页面）' },
  { id: 'textarea', path: 'textarea.html', root: '#editor', header: '正在编辑：文本框（本页面）' },
] as const;

let b: ExtensionBrowser;

beforeAll(async () => {
  b = await launchWithExtension();
});
afterAll(async () => {
  await b?.close();
});

const modelText = (page: Page) => page.evaluate(() => window.__fixture!.modelText());

/** What the page paints for blanks: CSS highlight ranges plus the textarea overlay's boxes. */
const painted = (page: Page) =>
  page.evaluate(() => {
    let n = 0;
    (CSS as any).highlights.forEach((h: Set<Range>, name: string) => {
      if (name.startsWith('ra-blank-')) n += h.size;
    });
    return n + Number(document.querySelector<HTMLElement>('ra-blank-overlay')?.dataset.marked ?? 0);
  });

async function openWithPanel(path: string): Promise<{ page: Page; panel: Page }> {
  const page = await b.openPage(path);
  await page.waitForSelector(FIXTURE_READY);
  const panel = await openPanelInChinese(b, page, { tab: '大纲' });
  return { page, panel };
}

/** Puts the caret at the start of the paragraph that reads `line`. */
async function caretAtLineStart(page: Page, root: string, line: string) {
  const isTextarea = await page.evaluate((sel) => document.querySelector(sel) instanceof HTMLTextAreaElement, root);
  if (isTextarea) {
    await page.evaluate(
      ([sel, text]) => {
        const area = document.querySelector<HTMLTextAreaElement>(sel)!;
        const at = area.value.indexOf(text);
        area.focus();
        area.setSelectionRange(at, at);
      },
      [root, line] as const,
    );
    return;
  }
  await page
    .locator(root)
    .getByText(line, { exact: true })
    .click({ position: { x: 2, y: 4 } });
  await page.keyboard.press('Home');
}

async function insertSectionTemplate(panel: Page) {
  await panel.getByRole('tab', { name: '模板' }).click();
  // The form of the previous insert may still be open.
  const back = panel.getByRole('button', { name: /返回/ });
  if (await back.count()) await back.click();
  await panel.getByRole('button', { name: '使用：存在的问题及原因' }).click();
  await panel.getByRole('button', { name: '插入模板' }).click();
}

describe.each(EDITORS)('$id', ({ id, path, root, header }) => {
  let page: Page;
  let panel: Page;

  beforeAll(async () => {
    ({ page, panel } = await openWithPanel(path));
  });
  afterAll(async () => {
    await panel?.close();
    await page?.close();
  });

  test('the header names the editor in user words', async () => {
    await expect.poll(() => panel.getByTestId('editor-line').textContent()).toBe(header);
  });

  test('a section template takes its number from where it lands; 重新编号 renumbers the level in one action', async () => {
    // After 四、's last line: the section becomes 五、, its （一） stay, no empty paragraph around it.
    await caretAtLineStart(page, root, '以上报告，请各位领导和同志们批评指正。');
    await insertSectionTemplate(panel);
    await expect.poll(() => modelText(page)).toContain('XXXX年X月底前完成年度目标任务。\n五、存在的问题及原因\n（一）存在的问题\n1.');
    expect(await modelText(page)).toContain('XX单位XX制度还不健全。\n以上报告，请各位领导和同志们批评指正。');
    expect(await modelText(page)).not.toContain('一、存在的问题及原因');
    await expect.poll(() => panel.getByTestId('notice').textContent()).toContain('已插入模板“存在的问题及原因”');

    // Before 三、: it becomes 三、 and the headings after it are offered one renumbering.
    await caretAtLineStart(page, root, '三、原因分析');
    await insertSectionTemplate(panel);
    await expect.poll(() => modelText(page)).toContain('\n三、存在的问题及原因\n（一）存在的问题');
    await panel.getByRole('tab', { name: '大纲' }).click();
    const renumber = panel.getByRole('button', { name: /^重新编号本级标题/ });
    await expect.poll(() => renumber.count()).toBe(1);
    await renumber.click();
    await expect.poll(() => modelText(page)).toContain('\n四、原因分析\n');
    const text = await modelText(page);
    expect(text).toContain('\n五、下步打算\n');
    expect(text).toContain('\n六、存在的问题及原因\n');
    expect(text).toContain('\n三、存在的问题及原因\n（一）存在的问题');
    expect(text.match(/^[一二三四五六七八九十]+、/gm)).toEqual(['一、', '二、', '三、', '四、', '五、', '六、']);
    await expect.poll(() => panel.getByRole('button', { name: /^重新编号本级标题/ }).count()).toBe(0);
    await expect.poll(() => panel.getByTestId('notice').textContent()).toContain('已重新编号 3 处标题。');
    await b.screenshot(panel, `polish-renumbered-${id}`);
  });

  test('inserting a phrase reports it, and the notice follows a language switch', async () => {
    await caretAtLineStart(page, root, '述职人：×××');
    await panel.getByRole('tab', { name: '常用语' }).click();
    await panel.getByRole('searchbox', { name: /搜索常用语/ }).fill('xjrx');
    await expect.poll(() => panel.getByTestId('phrase-list').locator('li.phrase').count()).toBeLessThan(20);
    const insert = panel.getByTestId('phrase-list').locator('li.phrase').first().locator('button.primary');
    const phrase = (await insert.getAttribute('aria-label'))!.replace(/^插入：/, '');
    await insert.click();
    await expect.poll(() => modelText(page)).toContain(phrase);
    await expect.poll(() => panel.getByTestId('notice').textContent()).toContain('已插入常用语。');
    await b.screenshot(panel, `polish-phrase-notice-${id}`);
    // The notice belongs to the phrases view: not shown in settings, shown again (in English) back there.
    await panel.getByRole('tab', { name: '设置' }).click();
    expect(await panel.getByTestId('notice').textContent()).toBe('');
    await panel.getByRole('combobox', { name: '界面语言' }).selectOption('en');
    await panel.getByRole('tab', { name: 'Phrases' }).click();
    await expect.poll(() => panel.getByTestId('notice').textContent()).toContain('Phrase inserted.');
    await b.screenshot(panel, `polish-phrase-notice-en-${id}`);
    await panel.getByRole('tab', { name: 'Settings' }).click();
    await panel.getByRole('combobox', { name: 'Language' }).selectOption('zh');
    await panel.getByRole('tab', { name: '大纲' }).waitFor();
  });

  test('the colour swatches in settings are the colours the page paints per kind', async () => {
    await panel.getByRole('tab', { name: '设置' }).click();
    // The highlight style the page's text inherits (injected default rules or an adopted sheet alike).
    const pageRule = (kind: string) =>
      page.evaluate((name) => getComputedStyle(document.body, `::highlight(${name})`).backgroundColor, `ra-blank-${kind}`);
    const swatch = (kind: string) => panel.getByTestId(`swatch-${kind}`).evaluate((el) => getComputedStyle(el).backgroundColor);
    for (const kind of ['mou', 'underline', 'x']) {
      const paint = id === 'textarea' ? await overlayColour(page, kind) : await pageRule(kind);
      expect(paint).toBeTruthy();
      expect(paint).not.toBe('rgba(0, 0, 0, 0)');
      expect(await swatch(kind)).toBe(paint);
    }
    // 某某 orange and ____ blue, not all one yellow.
    expect(await swatch('mou')).not.toBe(await swatch('x'));
    expect(await swatch('underline')).not.toBe(await swatch('x'));
    await b.screenshot(panel, `polish-settings-colours-${id}`);
  });

  test('switching the site off applies to the open page at once; a new tab shows it off and re-enables it', async () => {
    try {
      await siteOffAndBackOn();
    } finally {
      // Whatever happened, the next editor's pages (same origin) start with the site on.
      await setSiteOn(b, new URL(page.url()).origin);
    }
  });

  async function siteOffAndBackOn() {
    await expect.poll(() => painted(page)).toBeGreaterThan(0);
    await panel.getByRole('tab', { name: '设置' }).click();
    await panel.getByRole('checkbox', { name: /启用报告助手/ }).uncheck();
    await expect.poll(() => painted(page)).toBe(0);
    await panel.getByTestId('site-off').waitFor();
    await b.screenshot(panel, `polish-site-off-${id}`);

    // A new tab of the same site: the panel says the site is off (not "no supported editor") and turns it back on.
    const again = await openWithPanel(path);
    await again.panel.getByTestId('site-off').waitFor();
    expect(await again.panel.getByText(/未发现支持的编辑器/).count()).toBe(0);
    expect(await painted(again.page)).toBe(0);
    await again.panel.getByRole('button', { name: '在此网站重新启用' }).click();
    await expect.poll(() => again.panel.getByTestId('editor-line').textContent()).toBe(header);
    await expect.poll(() => painted(again.page)).toBeGreaterThan(0);
    // …and the first tab, open all along, is marked again too.
    await expect.poll(() => painted(page)).toBeGreaterThan(0);
    await again.panel.close();
    await again.page.close();
  }
});

/** The textarea's overlay paints boxes in its shadow root: the background of a box of that kind. */
async function overlayColour(page: Page, kind: string): Promise<string | null> {
  return page.evaluate((k) => {
    const host = document.querySelector('ra-blank-overlay');
    const box = host?.shadowRoot?.querySelector<HTMLElement>(`.ra-blank-${k}`);
    return box ? getComputedStyle(box).backgroundColor : null;
  }, kind);
}
