// Issue 12: the 待填 list windowed in real Chromium. A report of 800 blanks (written for this
// project: `第N项工作完成XX件。` lines in the contenteditable fixture) is more than the list renders at
// once: only rows near the view are in the DOM, yet wherever the panel is scrolled a row is where the
// eye is; the row being typed in keeps the focus through a short scroll; the current field follows the
// caret to a row far down; Alt+↓ and Enter carry on from there.
import { afterAll, beforeAll, expect, test } from 'vitest';
import type { Page } from 'playwright-core';
import { MAX_ROWS } from '../../lib/panel/row-window';
import { launchWithExtension, type ExtensionBrowser } from './browser';
import { openPanelInChinese } from './scenarios/chinese-panel';
import { caretAtEndOf } from './scenarios/editor-caret';

let b: ExtensionBrowser;

beforeAll(async () => {
  b = await launchWithExtension();
});
afterAll(async () => {
  await b?.close();
});

const LINES = 800;
const REPORT = ['本单位年度工作总结', ...Array.from({ length: LINES }, (_, i) => `第${i + 1}项工作完成XX件。`)];

/** Position (1-based) of the row under the middle of the panel's window, or null when none is there. */
const rowAtMiddle = (panel: Page) =>
  panel.evaluate(() => {
    const el = document.elementFromPoint(innerWidth / 2, innerHeight / 2);
    const row = el?.closest<HTMLElement>('li.field');
    return row ? Number(row.getAttribute('aria-posinset')) : null;
  });

/** Whether the row at `position` is in the DOM and wholly inside the panel's window. */
const inView = (panel: Page, selector: string) =>
  panel.evaluate((selector) => {
    const row = document.querySelector(selector);
    if (!row) return false;
    const r = row.getBoundingClientRect();
    return r.top >= 0 && r.bottom <= innerHeight && r.height > 0;
  }, selector);

test('800 fields: a bounded window of rows follows scrolling, the caret and the keyboard', { timeout: 120_000 }, async () => {
  const page = await b.context.newPage();
  await page.addInitScript((lines) => {
    document.addEventListener('DOMContentLoaded', () => {
      const root = document.querySelector<HTMLElement>('#editor')!;
      root.replaceChildren(...lines.map((line) => Object.assign(document.createElement('div'), { textContent: line })));
    });
  }, REPORT);
  await page.goto(`${b.pagesUrl}/contenteditable.html`);
  const panel = await openPanelInChinese(b, page, { tab: /待填/, size: { width: 380, height: 760 } });
  const list = panel.getByTestId('field-list');
  const rows = list.locator('li.field');
  await expect.poll(() => rows.first().getAttribute('aria-setsize'), { timeout: 30_000 }).toBe(String(LINES));
  expect(await panel.getByTestId('blanks-capped').count()).toBe(0);

  const bounded = async () => {
    const n = await rows.count();
    expect(n).toBeGreaterThan(0);
    expect(n).toBeLessThanOrEqual(MAX_ROWS);
    expect(n).toBeLessThan(LINES / 4);
  };
  await bounded();
  expect(await rowAtMiddle(panel)).not.toBeNull();

  // The end of the list: the last row is rendered, in view; the first is not in the DOM any more.
  await panel.evaluate(() => window.scrollTo(0, document.documentElement.scrollHeight));
  await expect.poll(() => inView(panel, `li.field[aria-posinset="${LINES}"]`)).toBe(true);
  expect(await list.locator('li.field[aria-posinset="1"]').count()).toBe(0);
  await bounded();

  // Halfway down: the row in the middle of the view is one from the middle of the list.
  await panel.evaluate(() => window.scrollTo(0, (document.documentElement.scrollHeight - innerHeight) / 2));
  await expect.poll(() => rowAtMiddle(panel)).not.toBeNull();
  const middle = (await rowAtMiddle(panel))!;
  expect(middle).toBeGreaterThan(LINES * 0.4);
  expect(middle).toBeLessThan(LINES * 0.6);
  await b.screenshot(panel, 'blanks-virtual-middle');

  // Back to the top: the first row is there again.
  await panel.evaluate(() => window.scrollTo(0, 0));
  await expect.poll(() => inView(panel, 'li.field[aria-posinset="1"]')).toBe(true);

  // The row being typed in keeps the focus (and its value) through a short scroll away from it.
  const third = list.locator('li.field[aria-posinset="3"] input.fill-one');
  await third.fill('5');
  await panel.evaluate(() => window.scrollBy(0, innerHeight * 3));
  await expect.poll(() => rowAtMiddle(panel)).toBeGreaterThan(30);
  expect(await inView(panel, 'li.field[aria-posinset="3"]')).toBe(false);
  expect(await panel.evaluate(() => document.activeElement?.closest('li.field')?.getAttribute('aria-posinset'))).toBe('3');
  expect(await third.inputValue()).toBe('5');
  await bounded();
  await panel.evaluate(() => window.scrollTo(0, 0));

  // The caret at the start of line 601 of the page: its blank's row becomes the current one, rendered and scrolled into view.
  await page.bringToFront();
  await caretAtEndOf(page, 601, true);
  await expect.poll(() => list.locator('li.field[aria-current=true]').getAttribute('aria-posinset'), { timeout: 15_000 }).toBe('601');
  await panel.bringToFront();
  await expect.poll(() => inView(panel, 'li.field[aria-current=true]')).toBe(true);
  await bounded();

  // Alt+↓: the next field, focused; a value and Enter fill it in the page, and the focus moves on.
  await panel.locator('body').focus();
  await panel.keyboard.press('Alt+ArrowDown');
  const focusedRow = () => panel.evaluate(() => document.activeElement?.closest('li.field')?.textContent ?? '');
  await expect.poll(focusedRow).toContain('第602项');
  await panel.keyboard.type('8');
  await panel.keyboard.press('Enter');
  await expect.poll(() => page.evaluate(() => document.querySelector('#editor')!.children[602].textContent)).toBe('第602项工作完成8件。');
  await expect.poll(focusedRow).toContain('第603项');
  await expect.poll(() => inView(panel, 'li.field:has(input:focus)')).toBe(true);
  await bounded();

  await panel.close();
  await page.close();
});
