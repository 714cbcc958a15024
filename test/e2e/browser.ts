import { mkdtempSync, mkdirSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import type { BrowserContext, Page, Request } from 'playwright-core';
import { launchChromiumWithExtension } from '../../scripts/chromium';
import { inject } from 'vitest';
import { hostMatches, hostResolverArgs } from './sites/site-fixture';
import type { ExtensionDriver } from './extension-driver';
import { sendToTab } from './tab-messages';

export const ARTIFACTS = resolve(import.meta.dirname, '../../test-artifacts');

export interface ExtensionBrowser extends ExtensionDriver {
  context: BrowserContext;
  extensionId: string;
  pagesUrl: string;
  /** Every request the browser made that did not go to 127.0.0.1, localhost (the second origin of the same local server), a mapped site host (with `sites`) or the extension itself. */
  offsiteRequests: string[];
  /** Opens a fixture page (path relative to test/e2e/pages). */
  openPage(path: string): Promise<Page>;
  /** Opens any URL, e.g. a site fixture under its real hostname (launch with `sites: true`). */
  openUrl(url: string): Promise<Page>;
  /** Opens the side panel page as a tab, bound to the given page's tab. */
  openPanel(page: Page): Promise<Page>;
  tabIdOf(page: Page): Promise<number>;
  screenshot(page: Page, name: string): Promise<string>;
  close(): Promise<void>;
}

export interface LaunchOptions {
  /**
   * Serve the site fixtures under their real hostnames (test/e2e/sites/README.md): Chromium
   * resolves those hosts to the local HTTPS fixture server and accepts its self-signed certificate.
   */
  sites?: boolean;
}

export async function launchWithExtension(options: LaunchOptions = {}): Promise<ExtensionBrowser> {
  const extensionPath = inject('extensionPath');
  const pagesUrl = inject('pagesUrl');
  const profile = mkdtempSync(join(tmpdir(), 'ra-e2e-'));
  const context = await launchChromiumWithExtension(profile, extensionPath, {
    headless: true,
    viewport: { width: 1100, height: 800 },
    args: options.sites ? hostResolverArgs(inject('siteHosts'), inject('sitesPort')) : [],
  });
  const siteHosts = options.sites ? inject('siteHosts') : [];
  const offsiteRequests: string[] = [];
  const watch = (req: Request) => {
    const url = req.url();
    if (/^(chrome-extension|data|blob|about|chrome):/.test(url)) return;
    if (/^https?:\/\/(127\.0\.0\.1|localhost)[:/]/.test(url)) return;
    if (siteHosts.length && /^https:/.test(url) && siteHosts.some((host) => hostMatches(host, new URL(url).hostname))) return;
    offsiteRequests.push(url);
  };
  context.on('request', watch);
  const sw = context.serviceWorkers()[0] ?? (await context.waitForEvent('serviceworker'));
  const extensionId = new URL(sw.url()).host;

  // Without the "tabs" permission the worker sees no URLs, so the page is identified as the
  // active tab after bringing it to the front.
  const tabIdOf = async (page: Page): Promise<number> => {
    await page.bringToFront();
    const worker = context.serviceWorkers()[0];
    return worker.evaluate(async () => {
      const [tab] = await chrome.tabs.query({ active: true, lastFocusedWindow: true });
      return tab?.id ?? -1;
    });
  };

  return {
    context,
    extensionId,
    pagesUrl,
    offsiteRequests,
    async openPage(path) {
      const page = await context.newPage();
      await page.goto(`${pagesUrl}/${path.replace(/^\//, '')}`);
      return page;
    },
    async openUrl(url) {
      const page = await context.newPage();
      await page.goto(url);
      return page;
    },
    async openPanel(page) {
      const tabId = await tabIdOf(page);
      const panel = await context.newPage();
      await panel.goto(`chrome-extension://${extensionId}/sidepanel.html?tab=${tabId}`);
      return panel;
    },
    tabIdOf,
    sendToTab: (tabId, type, data) => sendToTab(context, tabId, type, data),
    badgeText: (tabId) => context.serviceWorkers()[0].evaluate((id) => chrome.action.getBadgeText({ tabId: id }), tabId),
    async screenshot(page, name) {
      mkdirSync(ARTIFACTS, { recursive: true });
      const file = join(ARTIFACTS, `${name}.png`);
      await page.screenshot({ path: file });
      return file;
    },
    async close() {
      await context.close();
      rmSync(profile, { recursive: true, force: true });
    },
  };
}

declare const chrome: any;
