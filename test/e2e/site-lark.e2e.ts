// 飞书 / Lark docx on its fixture (test/e2e/sites/lark): a block model with virtualised rendering,
// served as https://acme.feishu.cn/docx/… . The bridge reads the whole model, so blanks and
// outline cover blocks that are not rendered; highlights follow blocks as scrolling mounts them.
import { afterAll, beforeAll, expect, test } from 'vitest';
import { analyze } from '../../lib/analysis';
import { findFields } from '../../lib/fields';
import { launchWithExtension, type ExtensionBrowser } from './browser';
import { SitePage } from './sites/site-page';

// A busy machine (several browsers at once) can be slow to paint: poll for longer than the 1 s default.
const poll = <T>(read: () => T | Promise<T>) => expect.poll(read, { timeout: 10_000 });

const URL = 'https://acme.feishu.cn/docx/Rpt2025AnnualX';

// The fixture's test hooks (window.__fixture in lark-mock.js); the extension never uses them.
const fixture = (site: SitePage, call: string, arg?: unknown): Promise<any> =>
  site.page.evaluate(({ call, arg }) => (window as any).__fixture[call](arg), { call, arg });
const modelText = (site: SitePage): Promise<string> => fixture(site, 'modelText');
const mounted = (site: SitePage): Promise<string[]> => fixture(site, 'mountedRecords');
const recordOfLine = (site: SitePage, line: number): Promise<string> => fixture(site, 'recordOfLine', line);
const lineOf = (text: string, offset: number) => text.slice(0, offset).split('\n').length - 1;

async function openLark(url = URL): Promise<SitePage> {
  const site = await SitePage.open(b, url);
  await site.page.waitForSelector('html[data-fixture-ready]');
  return site;
}

/** Highlighted ranges: their text and the record id of the block they sit in. */
function highlightedRanges(site: SitePage) {
  return site.page.evaluate(() => {
    const out: { text: string; record: string | null }[] = [];
    (CSS as any).highlights.forEach((h: Set<Range>, name: string) => {
      if (!name.startsWith('ra-blank-')) return;
      for (const r of h)
        out.push({
          text: r.toString(),
          record: r.startContainer.parentElement?.closest<HTMLElement>('[data-record-id]')?.dataset.recordId ?? null,
        });
    });
    return out;
  });
}

test('blanks and outline cover the whole block model, rendered or not; badge counts them', async () => {
  const site = await openLark();
  try {
    const text = await modelText(site);
    const expected = analyze(text);
    const state = await site.stateWhen((s) => s.editor?.id === 'lark' && s.length === text.length);
    expect(state.editor?.notice).toBeUndefined();
    expect(state.blanks.map((x) => [x.start, x.end])).toEqual(expected.placeholders.map((x) => [x.start, x.end]));
    expect(state.outline.map((o) => [o.marker, o.title, o.line])).toEqual(expected.outline.map((o) => [o.marker, o.title, o.line]));
    // The proof it is the model: the last blanks are in blocks that are not in the DOM.
    const last = expected.placeholders.at(-1)!;
    expect(await mounted(site)).not.toContain(await recordOfLine(site, lineOf(text, last.start)));
    // The page's off-screen editable proxy (focused at load) is not the document.
    expect(text).not.toContain('代理');
    // The badge counts fields to fill, as the 待填 tab does.
    await poll(() => b.badgeText(site.tabId)).toBe(String(findFields(text).length));
    expect(b.offsiteRequests).toEqual([]);
  } finally {
    await site.close();
  }
});

test('highlights sit on rendered blocks and appear on blocks mounted by scrolling', async () => {
  const site = await openLark();
  try {
    const text = await modelText(site);
    const blanks = analyze(text).placeholders;
    await site.stateWhen((s) => s.length === text.length);
    const lastRecord = await recordOfLine(site, lineOf(text, blanks.at(-1)!.start));
    await poll(async () => (await highlightedRanges(site)).length).toBeGreaterThan(0);
    const before = await highlightedRanges(site);
    expect(before.length).toBeLessThan(blanks.length);
    expect(before.every((r) => r.record && blanks.some((x) => text.slice(x.start, x.end) === r.text))).toBe(true);
    expect(before.map((r) => r.record)).not.toContain(lastRecord);

    await site.page.evaluate(() => {
      const box = document.querySelector('.bear-web-x-container')!;
      box.scrollTop = box.scrollHeight;
    });
    await poll(() => mounted(site)).toContain(lastRecord);
    await poll(async () =>
      (await highlightedRanges(site))
        .filter((r) => r.record === lastRecord)
        .map((r) => r.text)
        .sort(),
    ).toEqual(
      blanks
        .filter((x) => lineOf(text, x.start) === lineOf(text, blanks.at(-1)!.start))
        .map((x) => text.slice(x.start, x.end))
        .sort(),
    );
  } finally {
    await site.close();
  }
});

test('jump to an outline heading and to a blank in unrendered blocks brings them into view and selects', async () => {
  const site = await openLark();
  try {
    const text = await modelText(site);
    const result = analyze(text);
    await site.stateWhen((s) => s.length === text.length);
    const heading = result.outline.at(-1)!;
    const headingRecord = await recordOfLine(site, heading.line);
    expect(await mounted(site)).not.toContain(headingRecord);
    expect(await site.send('jumpTo', { offset: heading.start })).toBe(true);
    const inView = (record: string) =>
      site.page.evaluate((id) => {
        const el = document.querySelector(`[data-record-id="${id}"]`);
        if (!el) return false;
        const r = el.getBoundingClientRect();
        const box = document.querySelector('.bear-web-x-container')!.getBoundingClientRect();
        return r.top >= box.top && r.bottom <= box.bottom;
      }, record);
    await poll(() => inView(headingRecord)).toBe(true);

    const blank = result.placeholders.at(-1)!;
    const blankRecord = await recordOfLine(site, lineOf(text, blank.start));
    await site.page.evaluate(() => (document.querySelector('.bear-web-x-container')!.scrollTop = 0));
    expect(await site.send('jumpTo', { offset: blank.start, end: blank.end })).toBe(true);
    await poll(() => inView(blankRecord)).toBe(true);
    await poll(() => site.page.evaluate(() => document.getSelection()?.toString())).toBe(text.slice(blank.start, blank.end));
  } finally {
    await site.close();
  }
});

test('fill one blank in an unrendered block through the editor, confirmed in the model; Ctrl+Z takes it back', async () => {
  const site = await openLark();
  try {
    const text = await modelText(site);
    await site.stateWhen((s) => s.length === text.length);
    const blank = analyze(text).placeholders.at(-2)!;
    const expected = text.slice(blank.start, blank.end);
    const outcome = await site.write('replaceRange', { start: blank.start, end: blank.end, expected, text: '王五' });
    expect(outcome).toEqual({ ok: true, method: 'editor' });
    const after = text.slice(0, blank.start) + '王五' + text.slice(blank.end);
    expect(await modelText(site)).toBe(after);
    await site.stateWhen((s) => s.length === after.length);
    await site.page.keyboard.press('Control+z');
    await poll(() => modelText(site)).toBe(text);
    await site.stateWhen((s) => s.length === text.length);
    expect(b.offsiteRequests).toEqual([]);
  } finally {
    await site.close();
  }
});

test('fill several blanks that share a label, across rendered and unrendered blocks', async () => {
  const site = await openLark();
  try {
    const text = await modelText(site);
    const state = await site.stateWhen((s) => s.length === text.length);
    const counts = new Map<string, number>();
    for (const blank of state.blanks) counts.set(blank.label ?? '', (counts.get(blank.label ?? '') ?? 0) + 1);
    const [label, count] = [...counts].filter(([l]) => l).sort((a, b) => b[1] - a[1])[0];
    expect(count).toBeGreaterThan(1);
    const outcome = await site.write('fillLabel', { label, value: '12' });
    expect(outcome).toMatchObject({ ok: true, method: 'editor', count });
    const spans = state.blanks.filter((x) => (x.label ?? '') === label).sort((a, b) => b.start - a.start);
    let expected = text;
    for (const span of spans) expected = expected.slice(0, span.start) + '12' + expected.slice(span.end);
    expect(await modelText(site)).toBe(expected);
  } finally {
    await site.close();
  }
});

test('insert at the caret in a block the user clicked into', async () => {
  const site = await openLark();
  try {
    const text = await modelText(site);
    await site.stateWhen((s) => s.length === text.length);
    const line = text.split('\n')[1];
    await site.page.locator('.docx-text-block [data-string="true"]', { hasText: line }).click();
    await site.page.keyboard.press('End');
    const outcome = await site.write('insertText', { text: '（补充）' });
    expect(outcome).toEqual({ ok: true, method: 'editor' });
    expect((await modelText(site)).split('\n')[1]).toBe(line + '（补充）');
  } finally {
    await site.close();
  }
});

test('a section of several lines inserted at the caret becomes blocks of the model', async () => {
  const site = await openLark();
  try {
    const text = await modelText(site);
    await site.stateWhen((s) => s.length === text.length);
    const line = text.split('\n')[1];
    await site.page.locator('.docx-text-block [data-string="true"]', { hasText: line }).click();
    await site.page.keyboard.press('End');
    const outcome = await site.write('insertText', { text: '\n四、其他事项\n（一）由某某牵头办理。' });
    expect(outcome).toEqual({ ok: true, method: 'editor' });
    const after = await modelText(site);
    expect(after.split('\n').slice(1, 4)).toEqual([line, '四、其他事项', '（一）由某某牵头办理。']);
    const state = await site.stateWhen((s) => s.length === after.length);
    expect(state.outline.map((o) => o.title)).toEqual(analyze(after).outline.map((o) => o.title));
  } finally {
    await site.close();
  }
});

test('typing in a block and a collaborator editing an unrendered block both reach the analysis', async () => {
  const site = await openLark();
  try {
    const text = await modelText(site);
    await site.stateWhen((s) => s.length === text.length);
    const line = text.split('\n')[1];
    await site.page.locator('.docx-text-block [data-string="true"]', { hasText: line }).click();
    await site.page.keyboard.press('End');
    await site.page.keyboard.type('计划X项');
    const typed = await modelText(site);
    expect(typed.split('\n')[1]).toBe(line + '计划X项');
    let state = await site.stateWhen((s) => s.length === typed.length);
    expect(state.blanks.length).toBe(analyze(typed).placeholders.length);

    // Far below, not rendered: only the model changes, and the bridge reports it.
    const lines = typed.split('\n');
    const far = lines.length - 2;
    expect(await mounted(site)).not.toContain(await recordOfLine(site, far));
    await fixture(site, 'remoteEdit', [far, '由某某负责，XX月完成。']);
    const remote = await modelText(site);
    state = await site.stateWhen((s) => s.length === remote.length);
    expect(state.blanks.map((x) => [x.start, x.end])).toEqual(analyze(remote).placeholders.map((x) => [x.start, x.end]));
  } finally {
    await site.close();
  }
});

test('when the page throws the edit away, the text goes to the clipboard and the model is unchanged', async () => {
  const site = await openLark(`${URL}?ignoreInput=1`);
  try {
    const text = await modelText(site);
    const state = await site.stateWhen((s) => s.length === text.length);
    const blank = state.blanks[1];
    const outcome = await site.write('replaceRange', {
      start: blank.start,
      end: blank.end,
      expected: text.slice(blank.start, blank.end),
      text: '30',
    });
    expect(outcome).toEqual({ ok: false, method: 'clipboard', messageKey: 'write.failed' });
    expect(await modelText(site)).toBe(text);
  } finally {
    await site.close();
  }
});

test('without the page-world model: reads the rendered blocks only, still highlights and writes', async () => {
  const site = await openLark(`${URL}?model=0`);
  try {
    const rendered = await site.page.evaluate(() =>
      [...document.querySelectorAll<HTMLElement>('.docx-page-block [data-record-id], .docx-page-block[data-record-id]')]
        .map((el) => [...el.querySelectorAll('.ace-line')].filter((l) => l.closest('[data-record-id]') === el))
        .filter((lines) => lines.length)
        .map((lines) => lines.map((l) => [...l.querySelectorAll('[data-string="true"]')].map((s) => s.textContent).join('')).join('')),
    );
    const visibleText = rendered.join('\n');
    const full = analyze(await modelText(site)).placeholders.length;
    const expected = analyze(visibleText).placeholders.length;
    expect(expected).toBeLessThan(full);
    const state = await site.stateWhen((s) => s.editor?.id === 'lark' && s.blanks.length === expected);
    expect(state.length).toBe(visibleText.length);
    // Named degraded mode: the panel says only the rendered paragraphs are checked.
    expect(state.editor?.notice).toBe('site.lark.renderedOnly');
    const panel = await site.openPanel();
    await poll(() =>
      panel
        .locator('[data-testid="editor-notice"]')
        .innerText()
        .catch(() => ''),
    ).toMatch(/飞书未开放文档模型|Lark did not expose its document model/);
    await panel.close();
    await poll(() => site.highlighted()).toBe(expected);
    const blank = state.blanks[0];
    const outcome = await site.write('replaceRange', {
      start: blank.start,
      end: blank.end,
      expected: visibleText.slice(blank.start, blank.end),
      text: '2025',
    });
    expect(outcome).toEqual({ ok: true, method: 'editor' });
  } finally {
    await site.close();
  }
});

test.each(['acme.larksuite.com', 'acme.larkoffice.com', 'acme.feishu.net', 'acme.larkenterprise.com'])('the same on %s', async (host) => {
  const site = await openLark(`https://${host}/docx/Rpt2025AnnualX`);
  try {
    const text = await modelText(site);
    const state = await site.stateWhen((s) => s.editor?.id === 'lark' && s.length === text.length);
    expect(state.blanks.length).toBe(analyze(text).placeholders.length);
  } finally {
    await site.close();
  }
});

test("the page's own objects are left as they were, and no request leaves the machine", async () => {
  const site = await openLark();
  try {
    const text = await modelText(site);
    await site.stateWhen((s) => s.length === text.length);
    await site.send('jumpTo', { offset: analyze(text).outline.at(-1)!.start });
    expect(await fixture(site, 'ownGlobals')).toEqual(['PageMain']);
    expect(await fixture(site, 'pageMainKeys')).toEqual([
      ['blockManager', 'locateBlockWithRecordIdImpl'],
      ['rootBlockModel'],
      ['id', 'type', 'record', 'snapshot', 'zoneState', 'children'],
    ]);
    expect(b.offsiteRequests).toEqual([]);
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
