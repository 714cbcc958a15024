import { chromium, type BrowserContext } from 'playwright-core';

/**
 * Debian's Chromium with one unpacked extension loaded, as every demo, test and benchmark uses it.
 * The background-networking flags keep Chromium from calling home: this machine has no network.
 */
export function launchChromiumWithExtension(
  profileDir: string,
  extensionPath: string,
  options: { headless: boolean; viewport?: { width: number; height: number } | null; locale?: string; args?: string[] },
): Promise<BrowserContext> {
  const { args = [], ...launchOptions } = options;
  return chromium.launchPersistentContext(profileDir, {
    executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium',
    ...launchOptions,
    args: [
      `--disable-extensions-except=${extensionPath}`,
      `--load-extension=${extensionPath}`,
      '--no-sandbox',
      '--disable-gpu',
      '--disable-quic',
      '--disable-background-networking',
      '--disable-component-update',
      '--disable-sync',
      '--no-first-run',
      '--lang=zh-CN',
      ...args,
    ],
  });
}
