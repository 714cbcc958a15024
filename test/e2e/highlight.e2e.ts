// Highlights beyond the shared editor scenarios: a 1 MB document without long tasks, colours from
// settings, the textarea overlay following scrolling.
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { launchWithExtension, type ExtensionBrowser } from './browser';
import { storeSiteSwitch } from './scenarios/site-setting';
import { PAINT_LIMIT } from '../../lib/highlight/paint-window';
import { HUGE_CHARS, longTasksSinceReady, openWithHugeReport } from './scenarios/huge-document';
import { EDITOR_PAGES } from './pages/editor-pages';
import { LivePage } from './scenarios/live-page';
import { analyze } from '../../lib/analysis';
import { DEFAULT_COLOURS } from '../../lib/highlight/styles';
import type { PlaceholderKind } from '../../lib/analysis/types';

const page = (id: string) => EDITOR_PAGES.find((p) => p.id === id)!;

test('colours sent by the panel paint the highlights, with no element added to the page', async () => {
  const live = await LivePage.open(b, page('contenteditable'));
  try {
    await expect.poll(() => live.highlighted()).toBeGreaterThan(0);
    const elements = await live.page.evaluate(() => document.querySelectorAll('*').length);
    await live.send('setHighlights', { enabled: true, colors: { x: 'rgb(0, 160, 0)', default: 'rgb(200, 0, 200)' } });
    const rules = () =>
      live.page.evaluate(() => document.adoptedStyleSheets.flatMap((sheet) => Array.from(sheet.cssRules, (r) => r.cssText)).join('\n'));
    await expect.poll(rules).toContain('::highlight(ra-blank-x) { background-color: rgb(0, 160, 0)');
    expect(await rules()).toContain('::highlight(ra-blank-mou) { background-color: rgb(200, 0, 200)');
    expect(await live.page.evaluate(() => document.querySelectorAll('*').length)).toBe(elements);
    await b.screenshot(live.page, 'highlights-custom-colours');
  } finally {
    await live.close();
  }
});

test('blanks deep in inline formatting, lists and tables are painted in the highlight colour', async () => {
  const live = await LivePage.open(b, page('contenteditable'));
  try {
    await live.send('setHighlights', { enabled: true, colors: { default: 'rgb(0, 255, 0)' } });
    await live.page.evaluate(() => {
      document.querySelector('#editor')!.innerHTML =
        '<p>全年完成投资<span style="color: rgb(200, 0, 0)"><b><i>XX</i></b></span>万元</p><ul><li>走访企业<u>某某</u>家</li></ul><table><tr><td>培训<a href="#">X</a>名干部</td></tr></table>';
    });
    await expect.poll(() => live.highlighted()).toBe(3);
    // The painted pixels of each blank: the rule must reach text three elements below the editor.
    for (const selector of ['#editor i', '#editor u', '#editor a'])
      expect(await paintedShare(live.page, selector, [0, 255, 0])).toBeGreaterThan(0.3);
    await b.screenshot(live.page, 'highlights-nested-painted');
  } finally {
    await live.close();
  }
});

test('the default colours come from the rules injected with the content script: no stylesheet is adopted', async () => {
  const live = await LivePage.open(b, page('contenteditable'));
  try {
    await live.page.evaluate(() => {
      document.querySelector('#editor')!.innerHTML = '<p>全年完成投资<b>XX</b>万元，走访企业<i>某某</i>家</p>';
    });
    await expect.poll(() => live.highlighted()).toBe(2);
    // Adopting a sheet on a styled page restyles every element of it (~75 ms on a 1 MB document).
    expect(await live.page.evaluate(() => document.adoptedStyleSheets.length)).toBe(0);
    expect(await live.page.evaluate(() => Array.from(document.styleSheets, (s) => s.ownerNode?.nodeName))).toEqual(['STYLE']);
    // Painted in the default colours over white: rgba(255, 196, 0, 0.45) and rgba(255, 140, 60, 0.40).
    expect(await paintedShare(live.page, '#editor b', [255, 228, 140])).toBeGreaterThan(0.3);
    expect(await paintedShare(live.page, '#editor i', [255, 209, 177])).toBeGreaterThan(0.3);
    await b.screenshot(live.page, 'highlights-default-colours');
  } finally {
    await live.close();
  }
});

test('a highlight colour changed in Settings repaints the page at once, and picking its first hue again paints as before', async () => {
  const live = await LivePage.open(b, page('contenteditable'));
  const panel = await b.openPanel(live.page);
  try {
    await live.page.evaluate(() => {
      document.querySelector('#editor')!.innerHTML = '<p>全年完成投资<b>XX</b>万元</p>';
    });
    await expect.poll(() => live.highlighted()).toBe(1);
    const before: [number, number, number] = [255, 228, 140];
    await expect.poll(() => paintedShare(live.page, '#editor b', before)).toBeGreaterThan(0.3);
    const input = panel.getByLabel('X blank colour');
    await panel.getByRole('tab', { name: 'Settings' }).click();
    const firstHue = await input.inputValue();
    await input.fill('#00ff00');
    await expect.poll(() => paintedShare(live.page, '#editor b', [0, 255, 0])).toBeGreaterThan(0.3);
    // The input holds no alpha: its first value is the hue of the translucent built-in colour.
    await input.fill(firstHue);
    await expect.poll(() => paintedShare(live.page, '#editor b', before)).toBeGreaterThan(0.3);
    await b.screenshot(live.page, 'highlights-colour-picked-back');
  } finally {
    await panel.close();
    await live.close();
  }
});

test('textarea overlay boxes follow the text when the textarea scrolls', async () => {
  const live = await LivePage.open(b, page('textarea'));
  try {
    const boxes = () =>
      live.page.evaluate(() =>
        Array.from(document.querySelector('ra-blank-overlay')!.shadowRoot!.querySelectorAll<HTMLElement>('[data-blank]'), (el) => ({
          blank: Number(el.dataset.blank),
          top: Math.round(el.getBoundingClientRect().top),
        })),
      );
    await expect.poll(async () => (await boxes()).length).toBeGreaterThan(0);
    const state = await live.state();
    const topOf = async (index: number) => {
      const [rect] = await live.ed.rects(state.blanks[index]);
      return rect ? Math.round(rect.top) : null;
    };
    const matches = async () => {
      const drawn = await boxes();
      if (!drawn.length) return false;
      for (const box of drawn) if (Math.abs((await topOf(box.blank))! - box.top) > 1) return false;
      return true;
    };
    expect(await matches()).toBe(true);
    const firstBefore = (await boxes())[0];
    await live.page.evaluate(() => {
      document.querySelector('#editor')!.scrollTop = 120;
    });
    await expect.poll(async () => (await boxes()).find((b) => b.blank === firstBefore.blank)?.top ?? null).not.toBe(firstBefore.top);
    await expect.poll(matches).toBe(true);
    await b.screenshot(live.page, 'highlights-textarea-scrolled');
  } finally {
    await live.close();
  }
});

test('a textarea blank painted in an opaque colour keeps its text readable: the boxes tint it, not cover it', async () => {
  const live = await LivePage.open(b, page('textarea'));
  try {
    await live.send('setHighlights', { enabled: true, colors: { default: 'rgb(0, 255, 0)' } });
    const firstBox = () =>
      live.page.evaluate(() => {
        const el = document.querySelector('ra-blank-overlay')?.shadowRoot?.querySelector<HTMLElement>('[data-blank]');
        const r = el?.getBoundingClientRect();
        return r && el?.style.background.includes('0, 255, 0') ? { x: r.x, y: r.y, width: r.width, height: r.height } : null;
      });
    await expect.poll(firstBox).not.toBeNull();
    const box = (await firstBox())!;
    // The blank's own characters (dark text) still show inside its green box.
    expect(await rectShare(live.page, box, [0, 255, 0])).toBeGreaterThan(0.3);
    expect(await rectShare(live.page, box, [0, 0, 0])).toBeGreaterThan(0.02);
    await b.screenshot(live.page, 'highlights-textarea-opaque-colour');
  } finally {
    await live.close();
  }
});

/** The first overlay box of the textarea, where it is on the page, and its blank's kind (once it is drawn). */
const firstOverlayBox = (live: LivePage) =>
  live.page.evaluate(() => {
    const el = document.querySelector('ra-blank-overlay')?.shadowRoot?.querySelector<HTMLElement>('[data-blank]');
    const r = el?.getBoundingClientRect();
    return r ? { x: r.x, y: r.y, width: r.width, height: r.height, kind: el!.className.replace('ra-blank-', '') } : null;
  });

/** Share of the first overlay box's pixels in its colour as shown over white (0 while no box is drawn). */
async function tintedShare(live: LivePage): Promise<number> {
  const found = await firstOverlayBox(live);
  if (!found) return 0;
  const { kind, ...box } = found;
  return rectShare(live.page, box, overWhite(DEFAULT_COLOURS[kind as PlaceholderKind]));
}

/** A colour `rgba(r, g, b, a)` laid over white, as the page shows it. */
function overWhite(colour: string): [number, number, number] {
  const [r, g, b, a] = colour.match(/[\d.]+/g)!.map(Number);
  return [r, g, b].map((c) => Math.round(c * a + 255 * (1 - a))) as [number, number, number];
}

test('a textarea blank in the built-in colour is tinted and its text stays dark (translucent boxes, no blending needed)', async () => {
  const live = await LivePage.open(b, page('textarea'));
  try {
    await expect.poll(() => firstOverlayBox(live)).not.toBeNull();
    const { kind, ...box } = (await firstOverlayBox(live))!;
    expect(await rectShare(live.page, box, overWhite(DEFAULT_COLOURS[kind as PlaceholderKind]))).toBeGreaterThan(0.3);
    // Dark glyph pixels: black text under the translucent box, darkened by no more than its tint.
    expect(await rectShare(live.page, box, [0, 0, 0], 140)).toBeGreaterThan(0.02);
  } finally {
    await live.close();
  }
});

test('a textarea in a modal dialog (the top layer) gets its boxes drawn over the dialog', async () => {
  const live = await LivePage.open(b, { ...page('textarea'), path: 'textarea-dialog.html' });
  try {
    await expect.poll(() => firstOverlayBox(live)).not.toBeNull();
    const { kind, ...box } = (await firstOverlayBox(live))!;
    expect(await rectShare(live.page, box, overWhite(DEFAULT_COLOURS[kind as PlaceholderKind]))).toBeGreaterThan(0.3);
    await b.screenshot(live.page, 'highlights-textarea-in-dialog');
  } finally {
    await live.close();
  }
});

test('a page modal opened before the overlay existed hides the textarea behind it: no box is drawn over the modal until it closes', async () => {
  const live = await LivePage.open(b, { ...page('textarea'), path: 'textarea-behind-modal.html' });
  try {
    const overlayDraws = () => live.page.evaluate(() => performance.getEntriesByName('ra:overlay').length);
    // The blanks are found and the overlay has drawn for them (its user-timing measure is taken).
    await expect
      .poll(() => live.page.evaluate(() => Number(document.querySelector('ra-blank-overlay')?.getAttribute('data-marked') ?? 0)))
      .toBeGreaterThan(0);
    await expect.poll(overlayDraws).toBeGreaterThan(0);
    // A redraw where nothing moved, so a draw after the blanks were laid out is the one shown.
    await live.page.evaluate(() => performance.clearMeasures('ra:overlay'));
    await live.page.evaluate(() => document.querySelector('#editor')!.dispatchEvent(new Event('scroll')));
    await expect.poll(overlayDraws).toBe(1);
    const field = await live.page.evaluate(() => {
      const r = document.querySelector('#editor')!.getBoundingClientRect();
      return { x: r.x, y: r.y, width: r.width, height: r.height };
    });
    // Over the field, the modal's own flat colour and nothing else.
    expect(await rectShare(live.page, field, [20, 60, 200], 10)).toBeGreaterThan(0.999);
    await b.screenshot(live.page, 'highlights-textarea-behind-modal');
    // The user closes the modal: the boxes come (nothing else moved on the page).
    await live.page.locator('#agree').click();
    await expect.poll(() => firstOverlayBox(live), { timeout: 10_000 }).not.toBeNull();
    const { kind, ...box } = (await firstOverlayBox(live))!;
    expect(await rectShare(live.page, box, overWhite(DEFAULT_COLOURS[kind as PlaceholderKind]))).toBeGreaterThan(0.3);
  } finally {
    await live.close();
  }
});

test('a textarea in a dialog closed and shown again gets its boxes back over the dialog', async () => {
  const live = await LivePage.open(b, { ...page('textarea'), path: 'textarea-dialog.html' });
  try {
    const tinted = () => tintedShare(live);
    await expect.poll(tinted).toBeGreaterThan(0.3);
    // Closed (the field is hidden: its boxes go), then shown again: it is put above our boxes in the top layer.
    await live.page.evaluate(() => document.querySelector('dialog')!.close());
    await expect.poll(() => firstOverlayBox(live)).toBeNull();
    await live.page.evaluate(() => document.querySelector('dialog')!.showModal());
    await expect.poll(tinted, { timeout: 10_000 }).toBeGreaterThan(0.3);
    // Closed and shown again in one task: the field never looked hidden.
    await live.page.evaluate(() => {
      const dialog = document.querySelector('dialog')!;
      dialog.close();
      dialog.showModal();
    });
    await expect.poll(tinted, { timeout: 10_000 }).toBeGreaterThan(0.3);
    await b.screenshot(live.page, 'highlights-textarea-dialog-reopened');
  } finally {
    await live.close();
  }
});

test('a textarea in a dialog the user opens after the page loaded gets its boxes drawn over the dialog', async () => {
  const page = await b.openPage('textarea-dialog-later.html');
  try {
    await page.waitForSelector('html[data-fixture-ready]', { state: 'attached' });
    // Whether or not the session found the hidden field already, opening the dialog shows the boxes over it.
    await page.locator('#open').click();
    await page.locator('#editor').click();
    const tinted = async () => {
      const found = await page.evaluate(() => {
        const el = document.querySelector('ra-blank-overlay')?.shadowRoot?.querySelector<HTMLElement>('[data-blank]');
        const r = el?.getBoundingClientRect();
        return r ? { x: r.x, y: r.y, width: r.width, height: r.height, kind: el!.className.replace('ra-blank-', '') } : null;
      });
      if (!found) return 0;
      const { kind, ...box } = found;
      return rectShare(page, box, overWhite(DEFAULT_COLOURS[kind as PlaceholderKind]));
    };
    await expect.poll(tinted, { timeout: 10_000 }).toBeGreaterThan(0.3);
  } finally {
    await page.close();
  }
});

test('a menu the page opens over a textarea in a dialog stays above its boxes', async () => {
  const live = await LivePage.open(b, { ...page('textarea'), path: 'textarea-dialog-menu.html' });
  try {
    await expect.poll(() => tintedShare(live)).toBeGreaterThan(0.3);
    await live.page.evaluate(() => performance.clearMeasures('ra:overlay'));
    await live.page.evaluate(() => document.querySelector<HTMLElement>('#menu')!.showPopover());
    // The overlay draws again for the popover shown (its user-timing measure is taken) …
    await expect.poll(() => live.page.evaluate(() => performance.getEntriesByName('ra:overlay').length)).toBeGreaterThan(0);
    const field = await live.page.evaluate(() => {
      const r = document.querySelector('#editor')!.getBoundingClientRect();
      return { x: r.x, y: r.y, width: r.width, height: r.height };
    });
    // … and over the field shows the menu's flat colour only.
    expect(await rectShare(live.page, field, [30, 140, 60], 10)).toBeGreaterThan(0.999);
    await live.page.evaluate(() => document.querySelector<HTMLElement>('#menu')!.hidePopover());
    await expect.poll(() => tintedShare(live), { timeout: 10_000 }).toBeGreaterThan(0.3);
  } finally {
    await live.close();
  }
});

test('our elements moved out of the page and back by the page script still show the boxes where the blanks are', async () => {
  const live = await LivePage.open(b, { ...page('textarea'), path: 'textarea-dialog.html' });
  try {
    const tinted = () => tintedShare(live);
    await expect.poll(tinted).toBeGreaterThan(0.3);
    // A page script re-appending what it finds under <html>/<body> (removing an element closes its popover).
    await live.page.evaluate(() => {
      for (const tag of ['report-assistant-mirror', 'ra-blank-overlay']) {
        const el = document.querySelector(tag)!;
        el.parentElement!.append(el);
      }
    });
    // Anything that makes the overlay draw again (a scroll event).
    await live.page.evaluate(() => document.querySelector('#editor')!.dispatchEvent(new Event('scroll')));
    const state = await live.state();
    const placed = async () => {
      const found = await firstOverlayBox(live);
      if (!found) return false;
      const blank = await live.page.evaluate(() =>
        Number(document.querySelector('ra-blank-overlay')!.shadowRoot!.querySelector<HTMLElement>('[data-blank]')!.dataset.blank),
      );
      const [rect] = await live.ed.rects(state.blanks[blank]);
      return !!rect && Math.abs(rect.top - found.y) <= 1 && Math.abs(rect.left - found.x) <= 1;
    };
    await expect.poll(placed, { timeout: 10_000 }).toBe(true);
    // Over the modal dialog again, not under it.
    await expect.poll(tinted, { timeout: 10_000 }).toBeGreaterThan(0.3);
  } finally {
    await live.close();
  }
});

test('a textarea overlay redrawn where nothing moved keeps its boxes (no repaint around the field)', async () => {
  const live = await LivePage.open(b, page('textarea'));
  try {
    const overlayBoxes = `Array.from(document.querySelector('ra-blank-overlay').shadowRoot.querySelectorAll('[data-blank]'))`;
    await expect.poll(() => live.page.evaluate(`${overlayBoxes}.length`)).toBeGreaterThan(0);
    await live.page.evaluate(`window.__drawn = ${overlayBoxes}; performance.clearMeasures('ra:overlay')`);
    // A scroll event that scrolled nothing: the overlay draws again (its measure is taken) …
    await live.page.evaluate(() => document.querySelector('#editor')!.dispatchEvent(new Event('scroll')));
    await expect.poll(() => live.page.evaluate(() => performance.getEntriesByName('ra:overlay').length)).toBe(1);
    // … and finds the same boxes: the elements drawn before are still the ones shown.
    const kept = await live.page.evaluate(
      `(() => { const now = ${overlayBoxes}; return now.length === window.__drawn.length && now.every((el, i) => el === window.__drawn[i]); })()`,
    );
    expect(kept).toBe(true);
    // Scrolled for real, the boxes are drawn anew.
    await live.page.evaluate(() => {
      document.querySelector('#editor')!.scrollTop = 120;
    });
    await expect.poll(() => live.page.evaluate(`${overlayBoxes}.some((el) => !window.__drawn.includes(el))`)).toBe(true);
  } finally {
    await live.close();
  }
});

// A repaint keeps the Ranges of blanks an edit did not touch: after each kind of edit the painted
// Ranges must still be exactly the engine's blanks (offsets read back through the adapter).
describe.each(['contenteditable', 'prosemirror'])('highlights stay exact through edits in %s', (id) => {
  test('typing, a blank grown, a blank typed before its twin, deleting, splitting and replacing a line', async () => {
    const live = await LivePage.open(b, page(id));
    try {
      const exact = async () => {
        const text = await live.read();
        const expected = analyze(text).placeholders.map((p) => `${p.start}-${p.end}:${p.kind}`);
        const painted = await live.frame.evaluate(paintedSpans);
        return painted.sort(byStart).join(' ') === expected.join(' ')
          ? 'exact'
          : `painted ${painted.join(' ')} / blanks ${expected.join(' ')}`;
      };
      await expect.poll(exact).toBe('exact');
      let editLine = -1;
      let previousLine = -2;
      const caretAfter = async (marker: string, select = 0) => {
        const text = await live.read();
        const at = text.indexOf(marker) + marker.length;
        expect(at).toBeGreaterThanOrEqual(marker.length);
        editLine = text.slice(0, at).split('\n').length - 1;
        await live.ed.reveal({ start: at - select, end: at });
        await live.focusEditor();
      };
      const edits: [string, () => Promise<void>][] = [
        [
          'text typed before every blank',
          async () => {
            await caretAfter('个人述职报告');
            await live.insertText('（草稿）');
          },
        ],
        [
          'a blank grown by a key typed at its end',
          async () => {
            await caretAfter('撰写心得体会XX');
            await live.insertText('X');
          },
        ],
        [
          'a blank typed just before the same blank',
          async () => {
            await caretAfter('理论测试平均成绩达到');
            await live.insertText('XX%，');
          },
        ],
        [
          'deleting back into a blank',
          async () => {
            await caretAfter('全年完成投资XX');
            await live.page.keyboard.press('Backspace');
          },
        ],
        [
          'a line split before its blanks',
          async () => {
            await caretAfter('服务群众更加有力。');
            await live.page.keyboard.press('Enter');
          },
        ],
        [
          'a selection holding a blank replaced',
          async () => {
            await caretAfter('办理群众诉求XXX件', 'XXX件'.length);
            await live.insertText('若干件');
          },
        ],
      ];
      for (const [what, edit] of edits) {
        const before = await live.read();
        await live.frame.evaluate(rememberPaintedRanges);
        await edit();
        await expect.poll(() => live.read(), { message: what }).not.toBe(before);
        await expect.poll(exact, { message: what }).toBe('exact');
        // The point of it: the blanks away from the edited line (two lines after a split) kept their Range
        // objects. The previous edit's line does not count either: its Ranges are sometimes renewed with this
        // edit (seen in both editors; cause not found, the paint stays exact, it only costs a few new Ranges).
        const { kept, total, renewed } = await live.frame.evaluate(keptPaintedRanges);
        const lines = [editLine, editLine + 1, previousLine, previousLine + 1];
        previousLine = editLine;
        const near = analyze(await live.read()).placeholders.filter((p) => lines.includes(p.line)).length;
        expect(kept, `${what}: renewed ${renewed.join(', ')}`).toBeGreaterThanOrEqual(total - near);
      }
    } finally {
      await live.close();
    }
  });
});

/** In the page: each painted Range as "start-end:kind", offsets as the adapter maps the selection set to it. */
function paintedSpans(): string[] {
  const out: string[] = [];
  const selection = getSelection()!;
  const saved = selection.rangeCount ? selection.getRangeAt(0) : null;
  (CSS as any).highlights.forEach((h: Set<Range>, name: string) => {
    if (!name.startsWith('ra-blank-')) return;
    for (const range of h) {
      selection.removeAllRanges();
      selection.addRange(range.cloneRange());
      const span = window.__probe!.selection();
      out.push(span ? `${span.start}-${span.end}:${name.slice('ra-blank-'.length)}` : `unmapped:${range.toString()}`);
    }
  });
  selection.removeAllRanges();
  if (saved) selection.addRange(saved);
  return out;
}

function rememberPaintedRanges(): void {
  const all = new Set<Range>();
  (CSS as any).highlights.forEach((h: Set<Range>, name: string) => name.startsWith('ra-blank-') && h.forEach((r) => all.add(r)));
  (window as any).__paintedBefore = all;
}

function keptPaintedRanges(): { kept: number; total: number; renewed: string[] } {
  const before: Set<Range> = (window as any).__paintedBefore;
  let kept = 0;
  let total = 0;
  const renewed: string[] = [];
  (CSS as any).highlights.forEach((h: Set<Range>, name: string) => {
    if (!name.startsWith('ra-blank-')) return;
    for (const range of h) {
      total++;
      if (before.has(range)) kept++;
      else renewed.push(`${range.toString()} in ${range.startContainer.textContent?.slice(0, 12)}`);
    }
  });
  return { kept, total, renewed };
}

const byStart = (a: string, b: string) => Number.parseInt(a, 10) - Number.parseInt(b, 10);

/** The share of an element's text box painted in `rgb` (each channel within 30), read from a screenshot. */
async function paintedShare(page: import('playwright-core').Page, selector: string, rgb: [number, number, number]): Promise<number> {
  const rect = await page.evaluate((sel) => {
    const range = document.createRange();
    range.selectNodeContents(document.querySelector(sel)!);
    const r = range.getBoundingClientRect();
    return { x: r.x, y: r.y, width: r.width, height: r.height };
  }, selector);
  return rectShare(page, rect, rgb);
}

/** The share of a box of the page painted in `rgb` (each channel within `tolerance`), read from a screenshot. */
async function rectShare(
  page: import('playwright-core').Page,
  rect: { x: number; y: number; width: number; height: number },
  rgb: [number, number, number],
  tolerance = 30,
): Promise<number> {
  const png = (await page.screenshot({ clip: rect })).toString('base64');
  return page.evaluate(
    async ({ data, rgb, tolerance }) => {
      const img = new Image();
      img.src = `data:image/png;base64,${data}`;
      await img.decode();
      const canvas = document.createElement('canvas');
      [canvas.width, canvas.height] = [img.width, img.height];
      const g = canvas.getContext('2d')!;
      g.drawImage(img, 0, 0);
      const px = g.getImageData(0, 0, img.width, img.height).data;
      let n = 0;
      for (let i = 0; i < px.length; i += 4) if ([0, 1, 2].every((c) => Math.abs(px[i + c] - rgb[c]) <= tolerance)) n++;
      return n / (px.length / 4);
    },
    { data: png, rgb, tolerance },
  );
}

let b: ExtensionBrowser;
beforeAll(async () => {
  b = await launchWithExtension();
});
afterAll(async () => {
  await b?.close();
});

async function highlightedRanges(page: import('playwright-core').Page): Promise<number> {
  return page.evaluate(() => {
    let n = 0;
    (CSS as any).highlights.forEach((h: Set<Range>, name: string) => {
      if (name.startsWith('ra-blank-')) n += h.size;
    });
    return n;
  });
}

// A 1 MB report opens, is highlighted around the caret and scrolls without freezing the page. How
// long the page is blocked is measured in the bench (`BENCH_ONLY=huge` and `BENCH_ONLY=textarea`:
// worst task and stall, target ≤ 50 ms); here a task of FROZEN_MS or more fails the test, which
// catches the freezes of before (1.5 s contenteditable, 3.7–21 s textarea) without timing a
// healthy run on a busy machine.
const FROZEN_MS = 500;
describe.each([
  { kind: 'contenteditable', path: 'contenteditable.html', selector: '#editor' },
  { kind: 'textarea', path: 'textarea.html', selector: '#editor' },
])('a 1 MB report in a $kind', ({ kind, path, selector }) => {
  test('is highlighted around the caret and scrolls without freezing the page', async () => {
    const page = await openWithHugeReport(b, path, selector);
    try {
      const length = await page.evaluate((sel) => {
        const el = document.querySelector<HTMLElement>(sel)!;
        return el instanceof HTMLTextAreaElement ? el.value.length : el.textContent!.length;
      }, selector);
      expect(length).toBeGreaterThanOrEqual(HUGE_CHARS * 0.95);
      if (kind === 'textarea') {
        // Tens of thousands of blanks: the run of PAINT_LIMIT around the caret is painted.
        await page.waitForFunction(
          (limit) => Number(document.querySelector<HTMLElement>('ra-blank-overlay')?.dataset.marked ?? 0) === limit,
          PAINT_LIMIT,
          { timeout: 30_000 },
        );
      } else {
        await expect.poll(() => highlightedRanges(page), { timeout: 30_000 }).toBe(PAINT_LIMIT);
      }
      // Scrolling through the document after the work is done.
      await page.mouse.wheel(0, 3000);
      await page.evaluate(() => new Promise((ok) => requestAnimationFrame(() => requestAnimationFrame(ok))));
      const { longTasks, stalls } = await longTasksSinceReady(page);
      const phases = await page.evaluate(() =>
        performance
          .getEntriesByType('measure')
          .filter((e) => e.name.startsWith('ra:'))
          .map((e) => `${e.name}@${Math.round(e.startTime)}=${Math.round(e.duration)}`),
      );
      console.log(
        `${kind} 1MB phases: ${phases.join(' ')}; ready at ${await page.evaluate(() => Math.round((window as any).__hugeReady))}`,
      );
      console.log(
        `${kind} 1MB: long tasks ${JSON.stringify(longTasks.map((t) => `${Math.round(t.start)}+${Math.round(t.duration)}`))}, stalls ${JSON.stringify(stalls.map((t) => `${Math.round(t.start)}+${Math.round(t.duration)}`))}`,
      );
      await b.screenshot(page, `huge-${kind}`);
      expect(longTasks.filter((t) => t.duration >= FROZEN_MS)).toEqual([]);
      expect(stalls.filter((t) => t.duration >= FROZEN_MS)).toEqual([]);
    } finally {
      await page.close();
    }
  });
});

test('on a site the user switched off, the content script reads and marks nothing (it only names the page)', async () => {
  const entry = page('contenteditable');
  // A first visit makes the background open the library (it answers the content script's getSiteSettings).
  const first = await LivePage.open(b, entry);
  const origin = new URL(first.page.url()).origin;
  await first.close();
  const setSite = (enabled: boolean) => storeSiteSwitch(b, origin, enabled);
  await setSite(false);
  try {
    const off = await b.openPage(entry.path);
    await off.waitForSelector('html[data-fixture-ready]');
    const tabId = await b.tabIdOf(off);
    // The content script had its chance: the page is idle and the background has answered it.
    await off.evaluate(() => new Promise((ok) => setTimeout(ok, 500)));
    const reply = await b.context
      .serviceWorkers()[0]
      .evaluate(
        (tabId) =>
          new Promise((ok) =>
            chrome.tabs.sendMessage(tabId, { id: 1, type: 'getState', data: undefined, timestamp: Date.now() }, (r: unknown) =>
              ok(chrome.runtime.lastError ? 'no answer' : (r ?? 'no answer')),
            ),
          ),
        tabId,
      );
    // Only the page's address, so the panel can show the site as off: no editor, no text, no blanks.
    expect(reply).toMatchObject({ res: { url: off.url(), editor: null, length: 0, text: '' } });
    expect(
      await off.evaluate(() => Array.from((CSS as any).highlights.keys()).filter((k: any) => String(k).startsWith('ra-blank-')).length),
    ).toBe(0);
    await off.close();
  } finally {
    await setSite(true);
  }
  const on = await LivePage.open(b, entry);
  await expect.poll(() => on.highlighted()).toBeGreaterThan(0);
  await on.close();
});

declare const chrome: any;
