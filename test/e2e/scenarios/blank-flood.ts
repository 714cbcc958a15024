// A hostile page for bounded work (issue 12, item 2): a short report head followed by a flood of
// unfilled blanks (`XX，` and `某某，` repeated, 100 to a line), put into the contenteditable fixture before the
// content script starts. Written for this project; no corpus text.
import type { Page } from 'playwright-core';

export const FLOOD_BLANKS = 100_000;
const PER_LINE = 100;

export const FLOOD_HEAD = [
  '2026年度个人述职报告',
  '根据单位安排，现将本人一年来履行岗位职责的情况述职如下。',
  '一、主要工作情况',
  '（一）认真履行岗位职责',
  '本人姓名：XX，所在部门：某某科。',
];
const FLOOD_TAIL = ['二、存在的问题和不足', '（一）学习还不够深入', '以上述职，请予审议。特此报告。'];

/** The head (two blanks in its last line), `blanks` more as paragraphs, and a closing section. */
export function floodLines(blanks = FLOOD_BLANKS): string[] {
  const lines = [...FLOOD_HEAD];
  // Lines of XX and of 某某 in turn: the text stays mostly Chinese, so it still reads as a report.
  for (let left = blanks, n = 0; left > 0; left -= PER_LINE, n++) lines.push((n % 2 ? '某某，' : 'XX，').repeat(Math.min(PER_LINE, left)));
  return [...lines, ...FLOOD_TAIL];
}

/** Blanks the engine finds in floodLines(blanks): the flood and the two in the head. */
export const floodTotal = (blanks = FLOOD_BLANKS) => blanks + 2;

/**
 * Before navigating: fills #editor with the flood when the DOM is ready, and counts page-side
 * setTimeout ticks (`window.__ticks`) and stalls over 50 ms (`window.__stalls`, ms) from then on:
 * a page blocked by the extension stops ticking.
 */
export async function prepareFlood(page: Page, blanks = FLOOD_BLANKS): Promise<void> {
  await page.addInitScript(`(${FLOOD_PAGE_SCRIPT})(${JSON.stringify(floodLines(blanks))})`);
}

// Plain source text: tsx (the bench) would wrap named functions of an evaluated callback in its own helpers.
const FLOOD_PAGE_SCRIPT = `(lines) => {
  window.__ticks = 0;
  window.__stalls = [];
  document.addEventListener('DOMContentLoaded', () => {
    const root = document.querySelector('#editor');
    root.replaceChildren(...lines.map((line) => Object.assign(document.createElement('div'), { textContent: line })));
    window.__floodReady = performance.now();
    let last = performance.now();
    const beat = () => {
      const now = performance.now();
      if (now - last > 50) window.__stalls.push(Math.round(now - last));
      last = now;
      window.__ticks++;
      setTimeout(beat, 5);
    };
    setTimeout(beat, 5);
  });
}`;
