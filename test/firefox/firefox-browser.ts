// Debian's Firefox ESR with the Firefox build installed as a temporary add-on, driven by
// puppeteer-core over WebDriver BiDi. The add-on's internal UUID is fixed through a pref, so its
// pages (the sidebar as a tab) have a known moz-extension:// address.
import { mkdirSync } from 'node:fs';
import { join } from 'node:path';
import puppeteer, { type Browser, type Page } from 'puppeteer-core';
import { ARTIFACTS } from '../e2e/browser';

export const FIREFOX = process.env.FIREFOX_PATH ?? '/usr/bin/firefox-esr';
export const ADDON_ID = 'report-assistant@report-assistant.app';
const ADDON_UUID = '6f1c2a53-9f0e-4b7e-9a57-2c1d0e5b7a10';

export interface FirefoxWithExtension {
  browser: Browser;
  extensionOrigin: string;
  pagesUrl: string;
  /** Opens a fixture page (path relative to test/e2e/pages) in a new tab. */
  openPage(path: string): Promise<Page>;
  /** The browser's tab id for a page (asked from an extension page: no tabs permission needed). */
  tabIdOf(page: Page): Promise<number>;
  /** Sends one protocol message to a tab as the panel does, in @webext-core/messaging's wire format. */
  send(tabId: number, type: string, data?: unknown): Promise<any>;
  /** The side panel (Firefox sidebar) page opened as a tab, bound to a tab id. */
  openPanel(tabId: number): Promise<Page>;
  screenshot(page: Page, name: string): Promise<string>;
  close(): Promise<void>;
}

export async function launchFirefoxWithExtension(extensionPath: string, pagesUrl: string): Promise<FirefoxWithExtension> {
  const browser = await puppeteer.launch({
    browser: 'firefox',
    executablePath: FIREFOX,
    headless: true,
    protocol: 'webDriverBiDi',
    // Lets the test open the extension's own pages (moz-extension://) in a tab, as Chromium allows.
    args: ['--remote-allow-system-access'],
    defaultViewport: { width: 1100, height: 800 },
    extraPrefsFirefox: {
      'xpinstall.signatures.required': false,
      'extensions.webextensions.uuids': JSON.stringify({ [ADDON_ID]: ADDON_UUID }),
      'intl.accept_languages': 'zh-CN, zh, en',
      'intl.locale.requested': 'zh-CN',
      // No network here: nothing may call home.
      'network.connectivity-service.enabled': false,
      'browser.safebrowsing.malware.enabled': false,
      'browser.safebrowsing.phishing.enabled': false,
      'app.update.enabled': false,
    },
  });
  await browser.installExtension(extensionPath);
  const extensionOrigin = `moz-extension://${ADDON_UUID}`;
  // A page of the extension to talk to tabs from, as the panel would.
  const messenger = await openExtensionPage(browser, `${extensionOrigin}/sidepanel.html?tab=0`);
  return {
    browser,
    extensionOrigin,
    pagesUrl,
    async openPage(path) {
      const page = await browser.newPage();
      await page.goto(`${pagesUrl}/${path.replace(/^\//, '')}`);
      return page;
    },
    async tabIdOf(page) {
      // Without the tabs permission no URL is visible: the page is the active tab once in front.
      await page.bringToFront();
      return messenger.evaluate(async () => {
        const [tab] = await (globalThis as any).browser.tabs.query({ active: true, currentWindow: true });
        return (tab?.id ?? -1) as number;
      });
    },
    async send(tabId, type, data) {
      const reply = await messenger.evaluate(
        (tabId, message) => (globalThis as any).browser.tabs.sendMessage(tabId, message).catch((e: Error) => ({ err: e.message })),
        tabId,
        { id: Math.floor(Math.random() * 1e6), type, data, timestamp: Date.now() },
      );
      if (!reply || reply.err) throw new Error(`${type}: ${JSON.stringify(reply?.err ?? 'no answer')}`);
      return reply.res;
    },
    openPanel: (tabId) => openExtensionPage(browser, `${extensionOrigin}/sidepanel.html?tab=${tabId}`),
    async screenshot(page, name) {
      mkdirSync(ARTIFACTS, { recursive: true });
      const file = join(ARTIFACTS, `${name}.png`);
      await page.screenshot({ path: file as `${string}.png` });
      return file;
    },
    close: () => browser.close(),
  };
}

/** BiDi reports no load for moz-extension:// documents: navigate and wait for the page itself. */
async function openExtensionPage(browser: Browser, url: string): Promise<Page> {
  const page = await browser.newPage();
  void page.goto(url, { timeout: 0 }).catch(() => {});
  await page.waitForFunction(() => location.protocol === 'moz-extension:' && document.readyState === 'complete', { timeout: 30_000 });
  return page;
}
