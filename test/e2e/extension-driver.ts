// What the shared page scenarios need from a browser with the extension loaded. Chromium
// (test/e2e/browser.ts, Playwright) and Firefox (test/firefox/firefox-browser.ts, puppeteer-core over
// WebDriver BiDi) both provide it, so the same scenarios run in both. Pages are typed as Playwright's;
// the Firefox driver hands over puppeteer pages, which offer the same calls the scenarios make
// (evaluate, keyboard.type, focus, bringToFront, screenshot, close).
import type { Page } from 'playwright-core';
import type { ProtocolMap } from '../../lib/protocol';
import type { MessageData } from './tab-messages';

export interface ExtensionDriver {
  pagesUrl: string;
  /** Opens a fixture page (path relative to test/e2e/pages). */
  openPage(path: string): Promise<Page>;
  tabIdOf(page: Page): Promise<number>;
  /** One protocol message to the tab's content script, sent as the panel sends it. */
  sendToTab<K extends keyof ProtocolMap>(tabId: number, type: K, data?: MessageData<K>): Promise<ReturnType<ProtocolMap[K]>>;
  /** The toolbar badge text for the tab. */
  badgeText(tabId: number): Promise<string>;
  screenshot(page: Page, name: string): Promise<string>;
}
