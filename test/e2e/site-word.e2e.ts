// Word for the web on its fixture (test/e2e/sites/word): the OneDrive page on onedrive.live.com
// embeds the editing frame from xyz-word-edit.officeapps.live.com, whose #WACViewPanel holds the
// paragraph/run DOM and whose #WACViewPanel_EditingElement is only the input proxy. With
// ?automation=1 the frame also has Word's automation object.
import type { Frame } from 'playwright-core';
import { afterAll, beforeAll, expect, test } from 'vitest';
import { analyze } from '../../lib/analysis';
import { findFields } from '../../lib/fields';
import { launchWithExtension, type ExtensionBrowser } from './browser';
import { countHighlighted } from './scenarios/live-page';
import { SitePage } from './sites/site-page';

// A busy machine (several browsers at once) can be slow to paint: poll for longer than the 1 s default.
const poll = <T>(read: () => T | Promise<T>) => expect.poll(read, { timeout: 10_000 });

const URL = 'https://onedrive.live.com/edit.aspx?resid=REPORT2025';

async function openWord(query = '', url = URL): Promise<{ site: SitePage; frame: Frame }> {
  const site = await SitePage.open(b, `${url}${query}`);
  const handle = await site.page.waitForSelector('#WebApplicationFrame');
  const frame = (await handle.contentFrame())!;
  await frame.waitForSelector('html[data-fixture-ready]');
  return { site, frame };
}

// The fixture's test hooks (window.__fixture in word-mock.js); the extension never uses them.
const fixture = (frame: Frame, call: string, arg?: unknown): Promise<any> =>
  frame.evaluate(({ call, arg }) => (window as any).__fixture[call](arg), { call, arg });
const modelText = (frame: Frame): Promise<string> => fixture(frame, 'modelText');

test('blanks and outline equal the engine on the document text; header, footer, list markers and the input proxy are not read', async () => {
  const { site, frame } = await openWord();
  try {
    expect(new globalThis.URL(frame.url()).hostname).toBe('xyz-word-edit.officeapps.live.com');
    const text = await modelText(frame);
    const expected = analyze(text);
    const state = await site.stateWhen((s) => s.editor?.id === 'word' && s.length > 0);
    expect(state.length).toBe(text.length);
    expect(state.blanks.map((x) => [x.start, x.end])).toEqual(expected.placeholders.map((x) => [x.start, x.end]));
    expect(state.outline.map((o) => [o.marker, o.title, o.line])).toEqual(expected.outline.map((o) => [o.marker, o.title, o.line]));
    // The proxy had focus when the content script started, and the header holds a blank of its own.
    expect(await frame.evaluate(() => document.activeElement?.id)).toBe('WACViewPanel_EditingElement');
    expect(await frame.evaluate(() => document.querySelector('.Header')!.textContent)).toMatch(/XX/);
    await poll(() => frame.evaluate(countHighlighted)).toBe(expected.placeholders.length);
    // The badge counts fields to fill, as the 待填 tab does.
    await poll(() => b.badgeText(site.tabId)).toBe(String(findFields(text).length));
    expect(b.offsiteRequests).toEqual([]);
  } finally {
    await site.close();
  }
});

test('jump to a heading out of view scrolls the view panel to it and selects it', async () => {
  const { site, frame } = await openWord();
  try {
    const text = await modelText(frame);
    const heading = analyze(text).outline.at(-1)!;
    await site.stateWhen((s) => s.length === text.length);
    const line = text.split('\n')[heading.line];
    const inView = () =>
      frame.evaluate((line) => {
        const p = [...document.querySelectorAll('#WACViewPanel p.Paragraph[paraid]')].find((el) => el.textContent!.includes(line))!;
        const r = p.getBoundingClientRect();
        const box = document.getElementById('WACViewPanel')!.getBoundingClientRect();
        return r.top >= box.top && r.bottom <= box.bottom;
      }, line);
    expect(await inView()).toBe(false);
    expect(await site.send('jumpTo', { offset: heading.start, end: heading.end })).toBe(true);
    await poll(inView).toBe(true);
    // The selection is on the heading, and Word's caret (the mock follows the selection) with it.
    expect(await frame.evaluate(() => document.getSelection()!.toString())).toBe(text.slice(heading.start, heading.end));
    expect((await fixture(frame, 'caret')).para).toBe(heading.line);
  } finally {
    await site.close();
  }
});

test('without the automation object: a blank is filled by typing into the input proxy; Ctrl+Z takes it back', async () => {
  const { site, frame } = await openWord();
  try {
    const text = await modelText(frame);
    const state = await site.stateWhen((s) => s.length === text.length);
    const blank = state.blanks[2];
    const outcome = await site.write('replaceRange', {
      start: blank.start,
      end: blank.end,
      expected: text.slice(blank.start, blank.end),
      text: '12',
    });
    expect(outcome).toEqual({ ok: true, method: 'editor' });
    expect(await modelText(frame)).toBe(text.slice(0, blank.start) + '12' + text.slice(blank.end));
    await frame.focus('#WACViewPanel_EditingElement');
    await site.page.keyboard.press('Control+z');
    await poll(() => modelText(frame)).toBe(text);
  } finally {
    await site.close();
  }
});

test("with the automation object: fills go through Word's transactions, one undo step each", async () => {
  const { site, frame } = await openWord('&automation=1');
  try {
    const text = await modelText(frame);
    const state = await site.stateWhen((s) => s.length === text.length);
    const counts = new Map<string, number>();
    for (const blank of state.blanks) counts.set(blank.label ?? '', (counts.get(blank.label ?? '') ?? 0) + 1);
    const [label, count] = [...counts].filter(([l]) => l).sort((a, b) => b[1] - a[1])[0];
    expect(count).toBeGreaterThan(1);
    const outcome = await site.write('fillLabel', { label, value: '8' });
    expect(outcome).toMatchObject({ ok: true, method: 'editor', count });
    expect(await fixture(frame, 'transactions')).toBe(count);
    let expected = text;
    for (const span of state.blanks.filter((x) => (x.label ?? '') === label).sort((a, b) => b.start - a.start)) {
      expected = expected.slice(0, span.start) + '8' + expected.slice(span.end);
    }
    expect(await modelText(frame)).toBe(expected);
    await frame.focus('#WACViewPanel_EditingElement');
    await site.page.keyboard.press('Control+z');
    // One step takes back the last transaction only: one blank comes back.
    await poll(async () => analyze(await modelText(frame)).placeholders.length).toBe(state.blanks.length - count + 1);
    // Word's own objects are left as they were; nothing of ours is added to the page's window.
    expect(await fixture(frame, 'ownGlobals')).toEqual(['WordEditor']);
    expect(b.offsiteRequests).toEqual([]);
  } finally {
    await site.close();
  }
});

test('insert at the caret the user put in a paragraph', async () => {
  const { site, frame } = await openWord('&automation=1');
  try {
    const text = await modelText(frame);
    await site.stateWhen((s) => s.length === text.length);
    const line = text.split('\n')[1];
    await frame.locator('p.Paragraph[paraid] .NormalTextRun', { hasText: line.slice(-6) }).click();
    await frame.evaluate(() => {
      const runs = document.querySelectorAll('p.Paragraph[paraid]')[1].querySelectorAll('.NormalTextRun');
      const last = runs[runs.length - 1].firstChild as Text;
      document.getSelection()!.setBaseAndExtent(last, last.length, last, last.length);
    });
    const outcome = await site.write('insertText', { text: '（已审核）' });
    expect(outcome).toEqual({ ok: true, method: 'editor' });
    expect((await modelText(frame)).split('\n')[1]).toBe(line + '（已审核）');
  } finally {
    await site.close();
  }
});

test('the same editing frame inside a SharePoint page', async () => {
  const { site, frame } = await openWord('&automation=1', 'https://contoso.sharepoint.com/_layouts/15/Doc.aspx?sourcedoc=REPORT2025');
  try {
    const text = await modelText(frame);
    const state = await site.stateWhen((s) => s.editor?.id === 'word' && s.length === text.length);
    expect(state.blanks.length).toBe(analyze(text).placeholders.length);
    const blank = state.blanks[0];
    const outcome = await site.write('replaceRange', {
      start: blank.start,
      end: blank.end,
      expected: text.slice(blank.start, blank.end),
      text: '市',
    });
    expect(outcome).toEqual({ ok: true, method: 'editor' });
    expect(await fixture(frame, 'transactions')).toBe(1);
    expect(b.offsiteRequests).toEqual([]);
  } finally {
    await site.close();
  }
});

test("several lines at Word's caret: through the automation object as paragraphs; without it, to the clipboard untouched", async () => {
  const section = '\n四、其他事项\n（一）由某某牵头办理。';
  for (const [query, took] of [
    ['&automation=1', true],
    ['', false],
  ] as const) {
    const { site, frame } = await openWord(query);
    try {
      const text = await modelText(frame);
      await site.stateWhen((s) => s.length === text.length);
      // Word's caret at the end of the second paragraph; the page selection stays in the proxy.
      await fixture(frame, 'caretAtEndOf', 1);
      expect(await frame.evaluate(() => document.activeElement?.id)).toBe('WACViewPanel_EditingElement');
      const outcome = await site.write('insertText', { text: section });
      if (took) {
        expect(outcome).toEqual({ ok: true, method: 'editor' });
        const lines = text.split('\n');
        expect(await modelText(frame)).toBe([lines[0], lines[1] + section, ...lines.slice(2)].join('\n'));
      } else {
        expect(outcome).toEqual({ ok: false, method: 'clipboard', messageKey: 'write.failed' });
        expect(await modelText(frame)).toBe(text);
      }
    } finally {
      await site.close();
    }
  }
});

test('when neither the automation object nor the input proxy takes text, it goes to the clipboard', async () => {
  const { site, frame } = await openWord('&proxy=0');
  try {
    const text = await modelText(frame);
    const state = await site.stateWhen((s) => s.editor?.id === 'word' && s.length === text.length);
    const blank = state.blanks[0];
    const outcome = await site.write('replaceRange', {
      start: blank.start,
      end: blank.end,
      expected: text.slice(blank.start, blank.end),
      text: '某局',
    });
    expect(outcome).toEqual({ ok: false, method: 'clipboard', messageKey: 'write.failed' });
    expect(await modelText(frame)).toBe(text);
  } finally {
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
