// Debian's Firefox ESR with the Firefox build installed as a temporary add-on, driven by
// puppeteer-core over WebDriver BiDi. The add-on's internal UUID is fixed through a pref, so its
// pages (the sidebar page, opened as a tab) have a known moz-extension:// address; an extension page
// kept open sends protocol messages to tabs, as the panel does.
import { mkdirSync } from 'node:fs';
import { join } from 'node:path';
import type { Page as PlaywrightPage } from 'playwright-core';
import puppeteer, { type Browser, type Page } from 'puppeteer-core';
import { ARTIFACTS } from '../e2e/browser';
import type { ExtensionDriver } from '../e2e/extension-driver';

export const FIREFOX = process.env.FIREFOX_PATH ?? '/usr/bin/firefox-esr';
export const ADDON_ID = 'report-assistant@report-assistant.app';
const ADDON_UUID = '6f1c2a53-9f0e-4b7e-9a57-2c1d0e5b7a10';

export interface FirefoxWithExtension extends ExtensionDriver {
  browser: Browser;
  extensionOrigin: string;
  /** The side panel (Firefox sidebar) page opened as a tab, bound to a tab id. */
  openPanel(tabId: number): Promise<Page>;
  /** Every request that did not go to 127.0.0.1 or to the extension itself. */
  offsiteRequests: string[];
  close(): Promise<void>;
}

// The shared scenarios are typed with Playwright's Page; puppeteer's offers the calls they make.
const asShared = (page: Page) => page as unknown as PlaywrightPage;
const asPuppeteer = (page: PlaywrightPage) => page as unknown as Page;

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
      // No network here: nothing may call home.
      'network.connectivity-service.enabled': false,
      'browser.safebrowsing.malware.enabled': false,
      'browser.safebrowsing.phishing.enabled': false,
      'app.update.enabled': false,
    },
  });
  await browser.installExtension(extensionPath);
  const extensionOrigin = `moz-extension://${ADDON_UUID}`;
  const offsiteRequests: string[] = [];
  const watch = (page: Page) =>
    page.on('request', (req) => {
      const url = req.url();
      if (/^(moz-extension|data|blob|about):/.test(url) || /^https?:\/\/127\.0\.0\.1[:/]/.test(url)) return;
      offsiteRequests.push(url);
    });
  const messenger = await openExtensionPage(browser, `${extensionOrigin}/sidepanel.html?tab=0`);
  const inExtension = <T, A extends unknown[]>(fn: (...args: A) => T | Promise<T>, ...args: A) =>
    (messenger.evaluate as (f: unknown, ...a: unknown[]) => Promise<T>)(fn, ...args);
  return {
    browser,
    extensionOrigin,
    pagesUrl,
    offsiteRequests,
    async openPage(path) {
      const page = await browser.newPage();
      watch(page);
      await page.goto(`${pagesUrl}/${path.replace(/^\//, '')}`);
      return asShared(page);
    },
    async tabIdOf(page) {
      // Without the tabs permission no URL is visible: the page is the active tab once in front.
      await asPuppeteer(page).bringToFront();
      return inExtension(async () => {
        const [tab] = await (globalThis as any).browser.tabs.query({ active: true, currentWindow: true });
        return (tab?.id ?? -1) as number;
      });
    },
    async sendToTab(tabId, type, data) {
      const message = { id: Math.floor(Math.random() * 1e6), type, data, timestamp: Date.now() };
      const reply = await inExtension(
        (id: number, m: unknown) => (globalThis as any).browser.tabs.sendMessage(id, m).catch((e: Error) => ({ err: e.message })),
        tabId,
        message,
      );
      if (!reply || reply.err) throw new Error(`${type}: ${JSON.stringify(reply?.err ?? 'no answer')}`);
      return reply.res;
    },
    badgeText: (tabId) =>
      inExtension((id: number) => (globalThis as any).browser.browserAction.getBadgeText({ tabId: id }) as Promise<string>, tabId),
    openPanel: (tabId) => openExtensionPage(browser, `${extensionOrigin}/sidepanel.html?tab=${tabId}`),
    async screenshot(page, name) {
      mkdirSync(ARTIFACTS, { recursive: true });
      const file = join(ARTIFACTS, `${name}.png`);
      await asPuppeteer(page).screenshot({ path: file as `${string}.png` });
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
