// Page object for a fixture page with an editor: waits for the editor, finds the frame it lives
// in, injects the adapter probe there and calls it.
import type { Frame, Page } from 'playwright-core';
import type { ExtensionDriver } from '../extension-driver';
import { FIXTURE_READY, type EditorPage } from '../pages/editor-pages';

export interface SpanText {
  start: number;
  end: number;
}

export class EditorPageObject {
  private constructor(
    readonly page: Page,
    readonly frame: Frame,
    readonly entry: EditorPage,
  ) {}

  static async open(b: Pick<ExtensionDriver, 'openPage' | 'pagesUrl'>, entry: EditorPage): Promise<EditorPageObject> {
    const page = await b.openPage(entry.path);
    await page.waitForSelector(FIXTURE_READY, { timeout: 30_000 });
    let frame = page.mainFrame();
    if (entry.frameSelector) {
      const handle = await page.waitForSelector(entry.frameSelector);
      frame = (await handle.contentFrame())!;
    }
    await frame.waitForSelector(entry.rootSelector);
    const object = new EditorPageObject(page, frame, entry);
    await frame.addScriptTag({ url: `${b.pagesUrl}/dist/adapter-probe.js`, type: 'module' });
    await frame.waitForFunction(() => Boolean(window.__probe));
    return object;
  }

  detect() {
    return this.frame.evaluate(() => window.__probe!.detect());
  }
  read() {
    return this.frame.evaluate(() => window.__probe!.read());
  }
  rangeText(span: SpanText) {
    return this.frame.evaluate(({ start, end }) => window.__probe!.rangeText(start, end), span);
  }
  rects(span: SpanText) {
    return this.frame.evaluate(({ start, end }) => window.__probe!.rects(start, end), span);
  }
  insert(text: string, span?: SpanText) {
    return this.frame.evaluate(({ text, span }) => window.__probe!.insert(text, span?.start, span?.end), { text, span });
  }
  replaceAll(spans: SpanText[], text: string) {
    return this.frame.evaluate(({ spans, text }) => window.__probe!.replaceAll(spans, text), { spans, text });
  }
  reveal(span: SpanText) {
    return this.frame.evaluate(({ start, end }) => window.__probe!.reveal(start, end), span);
  }
  selection() {
    return this.frame.evaluate(() => window.__probe!.selection());
  }
  /** The editor's own idea of its content (model), from the fixture's test hook. */
  modelText() {
    return this.page.evaluate(() => window.__fixture!.modelText());
  }
  /** Whether the span is on screen and not hidden behind a scroll box: the element at its centre belongs to the editor. */
  async isVisible(span: SpanText): Promise<boolean> {
    const offset = await this.frameOffset();
    const [rect] = await this.rects(span);
    if (!rect) return false;
    const innerHeight = await this.page.evaluate(() => window.innerHeight);
    const middle = (rect.top + rect.bottom) / 2;
    if (middle + offset.top < 0 || middle + offset.top > innerHeight) return false;
    return this.frame.evaluate(
      ({ x, y, sel }) => {
        const hit = document.elementFromPoint(x, y);
        const root = document.querySelector(sel);
        return Boolean(hit && root && (root === hit || root.contains(hit)));
      },
      { x: rect.left + 2, y: middle, sel: this.entry.rootSelector },
    );
  }
  /** Draws boxes where rectsFor says the spans are (top page, above everything), to check highlights by eye. */
  async markSpans(spans: SpanText[]): Promise<void> {
    const offset = await this.frameOffset();
    const rects = [];
    for (const span of spans) rects.push(...(await this.rects(span)));
    await this.page.evaluate(
      ({ rects, offset }) => {
        for (const r of rects) {
          const box = document.createElement('div');
          box.className = 'test-span-mark';
          box.style.cssText = `position:fixed;z-index:99999;pointer-events:none;background:rgba(255,0,0,.3);left:${r.left + offset.left}px;top:${r.top + offset.top}px;width:${r.right - r.left}px;height:${r.bottom - r.top}px`;
          document.body.append(box);
        }
      },
      { rects, offset },
    );
  }
  private async frameOffset(): Promise<{ top: number; left: number }> {
    if (!this.entry.frameSelector) return { top: 0, left: 0 };
    return this.page.evaluate((sel) => {
      const r = document.querySelector(sel)!.getBoundingClientRect();
      return {
        top: r.top + (document.querySelector(sel) as HTMLElement).clientTop,
        left: r.left + (document.querySelector(sel) as HTMLElement).clientLeft,
      };
    }, this.entry.frameSelector);
  }
  /** Scroll offsets of the page and of every scrolled box (in the editor's frame and the top page). */
  async scrollPositions(): Promise<number[]> {
    const read = () => [window.scrollY, ...Array.from(document.querySelectorAll('*'), (el) => el.scrollTop).filter((top) => top !== 0)];
    const inFrame = await this.frame.evaluate(read);
    return this.entry.frameSelector ? [...(await this.page.evaluate(read)), ...inFrame] : inFrame;
  }
  /** Scrolls the page and every scroll box back to the top. */
  scrollToTop() {
    return this.frame.evaluate(() => {
      for (const el of document.querySelectorAll('*')) if (el.scrollTop) el.scrollTop = 0;
      window.scrollTo(0, 0);
    });
  }
  async undo(): Promise<void> {
    // down/press/up rather than 'Control+z': the chord syntax is Playwright's only.
    await this.page.keyboard.down('Control');
    await this.page.keyboard.press('z');
    await this.page.keyboard.up('Control');
  }
}
