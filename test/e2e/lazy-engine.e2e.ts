// The content script every page loads is small; the engine (reading, highlighting, answering the
// panel) is injected by the background into a frame only when something editable is there. Proven
// here in Chromium: the injections the background makes are recorded in its service worker.
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, expect, test } from 'vitest';
import { launchWithExtension, type ExtensionBrowser } from './browser';
import { EDITOR_PAGES, FIXTURE_READY } from './pages/editor-pages';
import { setSiteOn } from './scenarios/site-setting';
import { countHighlighted, LivePage } from './scenarios/live-page';
import * as scenario from './scenarios/content-scenarios';

let b: ExtensionBrowser;
beforeAll(async () => {
  b = await launchWithExtension();
  // Every engine injection the background makes, by tab and frame.
  await b.context.serviceWorkers()[0].evaluate(() => {
    const scripting = (globalThis as any).chrome.scripting;
    const original = scripting.executeScript.bind(scripting);
    (globalThis as any).__engineInjections = [] as { tabId: number; frameId: number; files: string[] }[];
    // The background names the document that asked (documentIds): the frame is read from the result.
    scripting.executeScript = async (options: any) => {
      const results = await original(options);
      for (const { frameId } of results ?? []) {
        (globalThis as any).__engineInjections.push({ tabId: options.target.tabId, frameId, files: options.files ?? [] });
      }
      return results;
    };
  });
});
afterAll(async () => {
  await b?.close();
});

const injections = (tabId: number): Promise<{ frameId: number; files: string[] }[]> =>
  b.context
    .serviceWorkers()[0]
    .evaluate(
      (tabId) =>
        (globalThis as any).__engineInjections
          .filter((i: { tabId: number }) => i.tabId === tabId)
          .map(({ frameId, files }: { frameId: number; files: string[] }) => ({ frameId, files })),
      tabId,
    );

/** Opens a fixture page while recording the extension scripts the browser parses in it (any frame, any world). */
async function openRecorded(path: string): Promise<{ page: Page; parsed: string[] }> {
  const page = await b.context.newPage();
  const cdp = await b.context.newCDPSession(page);
  const parsed: string[] = [];
  cdp.on('Debugger.scriptParsed', ({ url }) => {
    if (url.startsWith('chrome-extension://')) parsed.push(new URL(url).pathname);
  });
  await cdp.send('Debugger.enable');
  await page.goto(`${b.pagesUrl}/${path}`);
  return { page, parsed };
}

/** The page had its chance: the content script ran at document_idle and the page is idle again. */
const idle = (page: Page, ms: number) => page.evaluate((ms) => new Promise((ok) => setTimeout(ok, ms)), ms);

test('a page without an editor never gets the engine', async () => {
  const { page, parsed } = await openRecorded('late-editor.html?none');
  await page.waitForSelector('html[data-page-script="ran"]');
  const tabId = await b.tabIdOf(page);
  await idle(page, 1500);
  await page.click('button');
  await idle(page, 500);
  expect(await injections(tabId)).toEqual([]);
  expect(parsed).toEqual(['/content-scripts/content.js']);
  // Nobody answers the panel, and nothing is painted.
  await expect(b.sendToTab(tabId, 'getState')).rejects.toThrow();
  expect(await page.evaluate(countHighlighted)).toBe(0);
  await page.close();
});

test('an editor the page builds a second later gets the engine, once, and its blanks are highlighted', async () => {
  const { page, parsed } = await openRecorded('late-editor.html');
  const tabId = await b.tabIdOf(page);
  await page.waitForSelector('#editor');
  // XX, X, 某某: three blanks.
  await expect.poll(() => page.evaluate(countHighlighted), { timeout: 10_000 }).toBe(3);
  const state = await b.sendToTab(tabId, 'getState');
  expect(state?.editor?.id).toBe('contenteditable');
  // More changes to the page do not bring a second engine.
  await page.click('#editor');
  await page.keyboard.type('补充XX');
  await expect.poll(() => page.evaluate(countHighlighted)).toBe(4);
  expect(await injections(tabId)).toEqual([{ frameId: 0, files: ['/content-engine.js'] }]);
  expect(parsed.sort()).toEqual(['/content-engine.js', '/content-scripts/content.js']);
  await page.close();
});

test.each(['ueditor', 'kindeditor', 'tinymce'])('the %s editor in its about:blank frame gets the engine in that frame only', async (id) => {
  const live = await LivePage.open(b, EDITOR_PAGES.find((p) => p.id === id)!);
  try {
    await scenario.highlightsEveryBlankTheEngineFinds(live);
    const injected = await injections(live.tabId);
    // The engine went into the editor's frame, and no frame got it twice.
    expect(injected.some((i) => i.frameId !== 0)).toBe(true);
    const frames = injected.map((i) => i.frameId);
    expect(new Set(frames).size).toBe(frames.length);
  } finally {
    await live.close();
  }
});

test('injecting the engine into a frame again (a repeated request, a restarted worker) starts no second engine', async () => {
  const page = await b.openPage('plain.html');
  const tabId = await b.tabIdOf(page);
  await expect.poll(() => page.evaluate(countHighlighted)).toBe(2);
  // Every change an engine notices leaves a ra:changed mark (lib/content/live-document.ts): count them for the same typing.
  await page.evaluate(() => {
    (window as any).__changes = 0;
    new PerformanceObserver((list) => {
      (window as any).__changes += list.getEntriesByName('ra:changed').length;
    }).observe({ type: 'mark' });
  });
  const changesOfTyping = async (expectedBlanks: number) => {
    await page.evaluate(() => void ((window as any).__changes = 0));
    await page.keyboard.type('。补充XX');
    await expect.poll(() => page.evaluate(countHighlighted)).toBe(expectedBlanks);
    await idle(page, 300);
    return page.evaluate(() => (window as any).__changes as number);
  };
  await page.click('#editor');
  await page.keyboard.press('End');
  const once = await changesOfTyping(3);
  expect(once).toBeGreaterThan(0);
  await b.context
    .serviceWorkers()[0]
    .evaluate(
      (tabId) => (globalThis as any).chrome.scripting.executeScript({ target: { tabId, frameIds: [0] }, files: ['/content-engine.js'] }),
      tabId,
    );
  expect(await changesOfTyping(4)).toBe(once);
  await page.close();
});

test('a site switched off gets no engine in any frame; its panel still offers to switch it on, and then the engine comes', async () => {
  // Switched off as a user does: in the panel's settings, on a page of the site.
  const first = await b.openPage('plain.html');
  await expect.poll(() => first.evaluate(countHighlighted)).toBe(2);
  const firstPanel = await b.openPanel(first);
  await firstPanel.getByRole('tab', { name: 'Settings' }).click();
  await firstPanel.getByRole('checkbox', { name: /Enable Report Assistant/ }).uncheck();
  await firstPanel.getByTestId('site-off').waitFor();
  await firstPanel.close();
  await first.close();
  try {
    // TinyMCE: an editor in the top document's about:blank frame, which inherits the site.
    const { page, parsed } = await openRecorded('tinymce.html');
    const tabId = await b.tabIdOf(page);
    await page.waitForSelector(FIXTURE_READY);
    await idle(page, 1500);
    expect(await injections(tabId)).toEqual([]);
    expect([...new Set(parsed)]).toEqual(['/content-scripts/content.js']);
    expect(await page.evaluate(countHighlighted)).toBe(0);
    const panel = await b.openPanel(page);
    await panel.getByTestId('site-off').waitFor();
    await panel.getByRole('button', { name: 'Turn back on for this site' }).click();
    // The editor's frame among them (the page's hidden source textarea brings the top frame its own).
    await expect.poll(async () => (await injections(tabId)).some((i) => i.frameId !== 0)).toBe(true);
    await expect.poll(() => panel.getByTestId('site-off').count()).toBe(0);
    await panel.close();
    await page.close();
  } finally {
    await setSiteOn(b, new URL(b.pagesUrl).origin);
  }
});

// Last: it stops the service worker, and with it the injection record above.
test('with the service worker stopped, the request wakes it and the engine is injected', async () => {
  const page = await b.context.newPage();
  const cdp = await b.context.newCDPSession(page);
  const worker = async () =>
    (await cdp.send('Target.getTargets')).targetInfos.find((t) => t.type === 'service_worker' && t.url.includes(b.extensionId));
  await cdp.send('Target.closeTarget', { targetId: (await worker())!.targetId });
  await expect.poll(worker).toBeUndefined();
  await page.goto(`${b.pagesUrl}/plain.html`);
  // XX, X: two blanks.
  await expect.poll(() => page.evaluate(countHighlighted), { timeout: 10_000 }).toBe(2);
  await page.close();
});
