// Google Docs on its real hostname (https://docs.google.com/document/d/<id>/edit), on the mock of
// the annotated canvas (test/e2e/sites/google-docs): the bridge asks for the canvas with this
// extension's id, reads the text, boxes blanks from the rendered rects, jumps and writes through
// setSelection and the text-event iframe; without the canvas, the named degraded mode.
import { afterAll, beforeAll, expect, test } from 'vitest';
import type { Page } from 'playwright-core';
import { analyze } from '../../lib/analysis';
import { findFields } from '../../lib/fields';
import type { DocState } from '../../lib/protocol';
import { launchWithExtension, type ExtensionBrowser } from './browser';
import { SitePage } from './sites/site-page';

const url = (id: string) => `https://docs.google.com/document/d/${id}/edit`;

interface Fixture {
  modelText(): string;
  selection(): { start: number; end: number };
  annotateRequestedBy: unknown;
  renderedPages(): number[];
  setZoom(z: number): void;
  focusText(): void;
  apiIntact(): boolean;
}
declare const window: Window & { __fixture: Fixture; __globalsAtStart?: string[] };

/** The document as Docs holds it, as the extension should read it (getText() without its leading \u0003). */
const docText = (page: Page) => page.evaluate(() => window.__fixture.modelText().slice(1));

async function openDocs(id = 'report'): Promise<{ site: SitePage; state: DocState }> {
  const site = await SitePage.open(b, url(id));
  await site.page.waitForSelector('html[data-fixture-ready="google-docs"]');
  const text = await docText(site.page);
  const state = await site.stateWhen((s) => s.editor?.id === 'google-docs' && s.length === text.length);
  return { site, state };
}

/** Overlay boxes drawn for blanks: their blank index and viewport box. */
function boxes(page: Page) {
  return page.evaluate(() =>
    Array.from(document.querySelector('ra-blank-overlay')?.shadowRoot?.querySelectorAll<HTMLElement>('[data-blank]') ?? [], (el) => {
      const r = el.getBoundingClientRect();
      return { blank: Number(el.dataset.blank), left: r.left, top: r.top, right: r.right, bottom: r.bottom };
    }),
  );
}

/** Where the mock drew a span of its text: the SVG rects whose label covers it (viewport boxes, line granularity). */
function drawnLines(page: Page, start: number, end: number) {
  return page.evaluate(
    ({ start, end }) => {
      const text = window.__fixture.modelText();
      const out: { left: number; top: number; right: number; bottom: number }[] = [];
      let cursor = 0;
      for (const rect of Array.from(document.querySelectorAll('.kix-canvas-tile-content rect[aria-label]'))) {
        const label = rect.getAttribute('aria-label')!;
        const at = text.indexOf(label, cursor);
        if (at < 0) continue;
        cursor = at + label.length;
        if (at < end + 1 && at + label.length > start + 1) {
          const r = rect.getBoundingClientRect();
          out.push({ left: r.left, top: r.top, right: r.right, bottom: r.bottom });
        }
      }
      return out;
    },
    { start, end },
  );
}

/** Every drawn box sits inside the rendered line of its blank (so it follows scroll, zoom and re-render). */
async function boxesOnTheirText(page: Page, state: DocState): Promise<boolean> {
  const drawn = await boxes(page);
  if (!drawn.length) return false;
  for (const box of drawn) {
    const blank = state.blanks[box.blank];
    const lines = await drawnLines(page, blank.start, blank.end);
    const inside = lines.some(
      (l) => box.left >= l.left - 1 && box.right <= l.right + 1 && box.top >= l.top - 1 && box.bottom <= l.bottom + 1,
    );
    if (!inside) return false;
  }
  return true;
}

test('the canvas is asked for with this extension id; blanks, outline and badge equal the engine on the full text', async () => {
  const { site, state } = await openDocs();
  try {
    expect(await site.page.evaluate(() => window.__fixture.annotateRequestedBy)).toBe(b.extensionId);
    const text = await docText(site.page);
    const engine = analyze(text);
    expect(engine.placeholders.length).toBeGreaterThan(20);
    expect(state.blanks.map((x) => [x.start, x.end, x.text])).toEqual(engine.placeholders.map((x) => [x.start, x.end, x.text]));
    expect(state.outline.map((o) => [o.start, o.title])).toEqual(engine.outline.map((o) => [o.start, o.title]));
    expect(state.editor?.features).toEqual(expect.arrayContaining(['highlight', 'jump', 'insert', 'undo']));
    // Only some pages are rendered, yet the text is whole.
    const rendered = await site.page.evaluate(() => window.__fixture.renderedPages());
    expect(rendered.length).toBeLessThan(await site.page.evaluate(() => document.querySelectorAll('.kix-page-paginated').length));
    // The badge and the 待填 tab both count fields to fill (a date is one).
    const badge = () => b.badgeText(site.tabId);
    await expect.poll(badge).toBe(String(findFields(text).length));
    await expect.poll(() => boxesOnTheirText(site.page, state)).toBe(true);
    await b.screenshot(site.page, 'site-google-docs');
    const panel = await site.openPanel();
    // The 待填 tab counts fields to fill (a date is one).
    await expect.poll(() => panel.locator('[data-testid="blank-count"]').innerText()).toBe(String(findFields(text).length));
    await panel.close();
  } finally {
    await site.close();
  }
});

test('boxes follow scrolling to tiles rendered later, and zoom', async () => {
  const { site, state } = await openDocs();
  try {
    await expect.poll(() => boxesOnTheirText(site.page, state)).toBe(true);
    const last = state.blanks[state.blanks.length - 3];
    await site.page.evaluate(() => {
      const editor = document.querySelector('.kix-appview-editor')!;
      editor.scrollTop = editor.scrollHeight;
    });
    // Blanks near the end are drawn once their tile exists, on their text.
    await expect.poll(async () => (await boxes(site.page)).some((x) => x.blank >= state.blanks.indexOf(last))).toBe(true);
    await expect.poll(() => boxesOnTheirText(site.page, state)).toBe(true);
    const before = await boxes(site.page);
    await site.page.evaluate(() => window.__fixture.setZoom(1.5));
    await expect.poll(async () => JSON.stringify(await boxes(site.page))).not.toBe(JSON.stringify(before));
    await expect.poll(() => boxesOnTheirText(site.page, state)).toBe(true);
    await b.screenshot(site.page, 'site-google-docs-zoomed');
  } finally {
    await site.close();
  }
});

test('outline and blank jumps set the Docs selection and bring it into view', async () => {
  const { site, state } = await openDocs();
  try {
    const heading = state.outline[state.outline.length - 1];
    expect(await site.send('jumpTo', { offset: heading.start })).toBe(true);
    await expect
      .poll(() => site.page.evaluate(() => window.__fixture.selection()))
      .toEqual({ start: heading.start + 1, end: heading.start + 1 });
    const caretInView = () =>
      site.page.evaluate(() => {
        const caret = document.querySelector('.kix-cursor-caret')!.getBoundingClientRect();
        const box = document.querySelector('.kix-appview-editor')!.getBoundingClientRect();
        return caret.top >= box.top && caret.bottom <= box.bottom;
      });
    await expect.poll(caretInView).toBe(true);
    const [, second, third] = state.blanks;
    await site.send('jumpTo', { offset: second.start, end: second.end });
    await expect
      .poll(() => site.page.evaluate(() => window.__fixture.selection()))
      .toEqual({ start: second.start + 1, end: second.end + 1 });
    await expect.poll(caretInView).toBe(true);
    // The keyboard command goes from the caret to the next blank.
    await expect
      .poll(() => site.send('jumpToBlank', { direction: 'next' }).then(() => site.page.evaluate(() => window.__fixture.selection())))
      .toEqual({
        start: third.start + 1,
        end: third.end + 1,
      });
  } finally {
    await site.close();
  }
});

test('insert, replace and fill several go into Docs through its text-event iframe; Ctrl+Z takes one back', async () => {
  const { site } = await openDocs('short');
  try {
    const text = await docText(site.page);
    // Insert at the caret.
    const at = text.indexOf('请予评议。') + '请予评议。'.length;
    await site.send('jumpTo', { offset: at });
    await expect.poll(() => site.page.evaluate(() => window.__fixture.selection().start)).toBe(at + 1);
    expect(await site.write('insertText', { text: '特此报告。' })).toMatchObject({ ok: true, method: 'editor' });
    const inserted = text.slice(0, at) + '特此报告。' + text.slice(at);
    expect(await docText(site.page)).toBe(inserted);
    await site.stateWhen((s) => s.length === inserted.length);

    // Replace one blank.
    let now = await site.stateWhen((s) => s.length === inserted.length);
    const blank = now.blanks.find((x) => x.text === '某某')!;
    expect(await site.write('replaceRange', { start: blank.start, end: blank.end, expected: '某某', text: '张三' })).toMatchObject({
      ok: true,
      method: 'editor',
    });
    const replaced = inserted.slice(0, blank.start) + '张三' + inserted.slice(blank.end);
    expect(await docText(site.page)).toBe(replaced);

    // Fill every blank with one label.
    now = await site.stateWhen((s) => s.length === replaced.length);
    const label = now.blanks.find((x) => now.blanks.filter((y) => y.label === x.label).length >= 2)!.label!;
    const spans = now.blanks.filter((x) => x.label === label);
    const outcome = await site.write('fillLabel', { label, value: '12' });
    expect(outcome).toMatchObject({ ok: true, method: 'editor', count: spans.length });
    let filled = replaced;
    for (const s of [...spans].reverse()) filled = filled.slice(0, s.start) + '12' + filled.slice(s.end);
    expect(await docText(site.page)).toBe(filled);
    const after = await site.stateWhen((s) => s.length === filled.length);
    expect(after.blanks.length).toBe(analyze(filled).placeholders.length);

    // Docs keeps one undo step per edit: Ctrl+Z in its text-event iframe takes back the last fill.
    await site.page.evaluate(() => window.__fixture.focusText());
    await site.page.keyboard.press('Control+z');
    const lastSpan = spans[0];
    const undone = filled.slice(0, lastSpan.start) + replaced.slice(lastSpan.start, lastSpan.end) + filled.slice(lastSpan.start + 2);
    await expect.poll(() => docText(site.page)).toBe(undone);
    await site.stateWhen((s) => s.length === undone.length);
    expect(b.offsiteRequests).toEqual([]);
  } finally {
    await site.close();
  }
});

test('when insertText does not reach Docs, a synthetic paste into the text-event iframe does, confirmed by getText()', async () => {
  const { site } = await openDocs('short');
  try {
    // A Docs build that ignores execCommand input (the event carries no text it accepts).
    await site.page.evaluate(() => {
      const frame = document.querySelector<HTMLIFrameElement>('.docs-texteventtarget-iframe')!;
      const target = frame.contentDocument!.querySelector('[contenteditable]')!;
      target.addEventListener(
        'input',
        (e) => {
          e.stopImmediatePropagation();
          (target as HTMLElement).textContent = '';
        },
        { capture: true },
      );
    });
    const text = await docText(site.page);
    const at = text.indexOf('请予评议。') + '请予评议。'.length;
    await site.send('jumpTo', { offset: at });
    await expect.poll(() => site.page.evaluate(() => window.__fixture.selection().start)).toBe(at + 1);
    expect(await site.write('insertText', { text: '（已粘贴）' })).toMatchObject({ ok: true, method: 'editor' });
    expect(await docText(site.page)).toBe(text.slice(0, at) + '（已粘贴）' + text.slice(at));
  } finally {
    await site.close();
  }
});

test('typing in Docs updates blanks and boxes', async () => {
  const { site, state } = await openDocs('short');
  try {
    await site.send('jumpTo', { offset: state.outline[0].end });
    await site.page.evaluate(() => window.__fixture.focusText());
    await site.page.keyboard.type('另有XX项');
    const text = await docText(site.page);
    expect(text).toContain('另有XX项');
    const now = await site.stateWhen((s) => s.length === text.length);
    expect(now.blanks.length).toBe(state.blanks.length + 1);
    await expect.poll(() => boxesOnTheirText(site.page, now)).toBe(true);
  } finally {
    await site.close();
  }
});

test('without the annotated canvas: named degraded mode, whole-document export on request, clipboard inserts', async () => {
  const site = await SitePage.open(b, url('report-noapi'));
  try {
    const state = await site.stateWhen((s) => s.editor?.id === 'google-docs' && Boolean(s.editor.notice), 20_000);
    expect(state.editor).toMatchObject({ notice: 'site.googleDocs.noCanvas', features: ['fullText'] });
    expect(state.blanks).toEqual([]);
    const panel = await site.openPanel();
    await expect.poll(() => panel.locator('[data-testid="editor-notice"]').innerText()).toMatch(/Google Docs/);
    expect(await panel.locator('body').innerText()).not.toContain('此页面未发现支持的编辑器');
    await panel.locator('[data-testid="load-full-text"]').click();
    const exported = (await site.page.evaluate(() => fetch(location.pathname.replace(/edit$/, 'export?format=txt')).then((r) => r.text())))
      .replace(/^\ufeff/, '')
      .replace(/\r\n/g, '\n');
    const loaded = await site.stateWhen((s) => s.length === exported.length);
    const engine = analyze(exported);
    expect(loaded.blanks.length).toBe(engine.placeholders.length);
    expect(loaded.outline.map((o) => o.title)).toEqual(engine.outline.map((o) => o.title));
    await expect.poll(() => panel.locator('[data-testid="blank-count"]').innerText()).toBe(String(findFields(exported).length));
    await b.screenshot(panel, 'site-google-docs-degraded-panel');
    await panel.close();
    // Inserting goes to the clipboard with the instruction to paste; the page's text is untouched.
    const model = await docText(site.page);
    expect(await site.write('insertText', { text: '特此报告。' })).toMatchObject({
      ok: false,
      method: 'clipboard',
      messageKey: 'write.copied',
    });
    expect(await docText(site.page)).toBe(model);
    expect(await site.page.evaluate(() => typeof (window as any)._docs_annotate_getAnnotatedText)).toBe('undefined');
    expect(b.offsiteRequests).toEqual([]);
  } finally {
    await site.close();
  }
});

test("the page's own objects are untouched apart from the annotate flag; the text-event iframe is never taken for the document", async () => {
  const page = await b.context.newPage();
  // Before any script of the page or the extension: the globals a bare page has.
  await page.addInitScript(() => {
    (window as any).__globalsAtStart = Object.getOwnPropertyNames(window);
  });
  await page.goto(url('short'));
  await page.waitForSelector('html[data-fixture-ready="google-docs"]');
  try {
    const tabId = await b.tabIdOf(page);
    const site = { page, tabId };
    await expect.poll(() => b.badgeText(site.tabId)).not.toBe('');
    const added = await page.evaluate(() => Object.getOwnPropertyNames(window).filter((name) => !window.__globalsAtStart!.includes(name)));
    // The mock's own globals, plus the one flag the extension sets on purpose.
    expect(added.filter((name) => !/^\d+$/.test(name)).sort()).toEqual(
      ['__fixture', '__globalsAtStart', '_docs_annotate_canvas_by_ext', '_docs_annotate_getAnnotatedText'].sort(),
    );
    expect(await page.evaluate(() => window.__fixture.apiIntact())).toBe(true);
    // Docs' input proxy gets text with blanks (as when Docs mirrors a selection for copying):
    // nothing in the extension treats it as the document.
    const frame = page.frames().find((f) => f !== page.mainFrame())!;
    await frame.evaluate(() => {
      document.querySelector('[contenteditable]')!.textContent = '二〇XX年 某某 ____';
    });
    await page.waitForTimeout(500);
    const inFrame = await frame.evaluate(() => {
      let ranges = 0;
      (CSS as any).highlights?.forEach((h: Set<Range>) => (ranges += h.size));
      return { ranges, overlay: Boolean(document.querySelector('ra-blank-overlay')) };
    });
    expect(inFrame).toEqual({ ranges: 0, overlay: false });
  } finally {
    await page.close();
  }
});

test('no request left the machine in any of these scenarios', () => {
  expect(b.offsiteRequests).toEqual([]);
});

let b: ExtensionBrowser;
beforeAll(async () => {
  b = await launchWithExtension({ sites: true });
});
afterAll(async () => {
  await b?.close();
});
