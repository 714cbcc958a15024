// The site harness itself: a page served as https://docs.google.com/… (local HTTPS server,
// host-resolver-rules, self-signed certificate) gets the manifest's content script, the panel
// binds to it, and the offsite-request check still catches a host that is not mapped.
import { afterAll, beforeAll, expect, test } from 'vitest';
import { analyze } from '../../lib/analysis';
import { launchWithExtension, type ExtensionBrowser } from './browser';
import { SitePage } from './sites/site-page';

const SMOKE_URL = 'https://docs.google.com/__harness/plain.html';

test('a page served under a real hostname over HTTPS gets the content script', async () => {
  const site = await SitePage.open(b, SMOKE_URL);
  try {
    const where = await site.page.evaluate(() => ({ protocol: location.protocol, host: location.host, secure: isSecureContext }));
    expect(where).toEqual({ protocol: 'https:', host: 'docs.google.com', secure: true });
    const text = await site.page.evaluate(() => document.querySelector<HTMLElement>('#editor')!.innerText);
    const expected = analyze(text).placeholders.length;
    expect(expected).toBeGreaterThan(3);
    const state = await site.stateWhen((s) => s.blanks.length > 0);
    expect(state.url).toBe(SMOKE_URL);
    expect(state.editor?.id).toBe('contenteditable');
    expect(state.blanks.length).toBe(expected);
    await expect.poll(() => site.highlighted()).toBe(expected);

    const panel = await site.openPanel();
    // The header names the generic editor in the user's words.
    await expect.poll(() => panel.getByTestId('editor-followed').textContent()).toMatch(/Web page editor|网页编辑区/);
    await panel.close();
    expect(b.offsiteRequests).toEqual([]);
  } finally {
    await site.close();
  }
});

test('a request to a host the harness does not map is counted as offsite', async () => {
  const site = await SitePage.open(b, SMOKE_URL);
  try {
    await site.page.evaluate(() => fetch('https://unmapped.example.org/ping').catch(() => null));
    await expect.poll(() => b.offsiteRequests).toContain('https://unmapped.example.org/ping');
  } finally {
    b.offsiteRequests.length = 0;
    await site.close();
  }
});

let b: ExtensionBrowser;
beforeAll(async () => {
  b = await launchWithExtension({ sites: true });
});
afterAll(async () => {
  await b?.close();
});
