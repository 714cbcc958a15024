// Page steps shared by the E2E tests and the benches on the #editor fixture pages.
import type { Page } from 'playwright-core';

/** Puts the caret at the end (or start) of paragraph `index` of the page's #editor, focused. */
export const caretAtEndOf = (page: Page, index: number, atStart = false) =>
  page.evaluate(
    ([index, atStart]) => {
      const line = document.querySelector('#editor')!.children[index];
      const range = document.createRange();
      range.selectNodeContents(line);
      range.collapse(atStart);
      (document.querySelector('#editor') as HTMLElement).focus();
      getSelection()!.removeAllRanges();
      getSelection()!.addRange(range);
    },
    [index, atStart] as const,
  );

/** Waits until the content script has painted at least one blank. */
export const waitForHighlights = (page: Page, timeout = 120_000) =>
  page.waitForFunction(
    () => {
      let n = 0;
      (CSS as any).highlights.forEach((h: Set<Range>, name: string) => name.startsWith('ra-blank-') && (n += h.size));
      return n > 0;
    },
    undefined,
    { timeout, polling: 100 },
  );
