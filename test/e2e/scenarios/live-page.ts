// Page object for the content script on a fixture page: talks to it the way the panel does
// (protocol messages from the extension's service worker to the tab) and reads what it drew
// from the page's own world.
import type { ExtensionDriver } from '../extension-driver';
import { EditorPageObject } from '../adapter-harness/editor-page';
import type { EditorPage } from '../pages/editor-pages';
import type { DocState, ProtocolMap, WriteOutcome } from '../../../lib/protocol';
import type { MessageData } from '../tab-messages';
import { stateOfReport } from '../../../lib/state/frame-document';

type Data<K extends keyof ProtocolMap> = MessageData<K>;

export class LivePage {
  private constructor(
    readonly ed: EditorPageObject,
    readonly b: ExtensionDriver,
    readonly tabId: number,
  ) {}

  static async open(b: ExtensionDriver, entry: EditorPage): Promise<LivePage> {
    const ed = await EditorPageObject.open(b, entry);
    const tabId = await b.tabIdOf(ed.page);
    const live = new LivePage(ed, b, tabId);
    await live.waitForContentScript();
    return live;
  }

  get page() {
    return this.ed.page;
  }
  get frame() {
    return this.ed.frame;
  }
  get entry() {
    return this.ed.entry;
  }

  /** Sends one protocol message to the tab, as the panel does. */
  send<K extends keyof ProtocolMap>(type: K, data?: Data<K>): Promise<ReturnType<ProtocolMap[K]>> {
    return this.b.sendToTab(this.tabId, type, data);
  }

  async waitForContentScript(): Promise<void> {
    for (let i = 0; i < 100; i++) {
      const state = await this.send('getState').catch(() => null);
      if (state) return;
      await new Promise((ok) => setTimeout(ok, 100));
    }
    throw new Error('the content script never answered getState');
  }

  /** The document as the panel sees it: the content script's report, analysed as the panel does. */
  async state(): Promise<DocState> {
    return stateOfReport(await this.send('getState'))!;
  }
  write<K extends 'insertText' | 'replaceRange' | 'fillLabel'>(type: K, data: Data<K>): Promise<WriteOutcome> {
    return this.send(type, data) as Promise<WriteOutcome>;
  }

  /** Text arriving as from an input method: no key events (Playwright's insertText, puppeteer's sendCharacter). */
  insertText(text: string): Promise<void> {
    const keyboard = this.page.keyboard as { insertText?: (t: string) => Promise<void>; sendCharacter?: (t: string) => Promise<void> };
    return keyboard.insertText ? keyboard.insertText(text) : keyboard.sendCharacter!(text);
  }

  /** The editor text as the adapter reads it (probe in the page). */
  read(): Promise<string> {
    return this.ed.read();
  }

  /** Blanks drawn: ranges in CSS.highlights (ra-blank-*), or distinct blanks boxed by the overlay. */
  highlighted(): Promise<number> {
    return this.frame.evaluate(countHighlighted);
  }

  /** Blanks the overlay holds, drawn or waiting off screen (textarea). */
  overlayMarked(): Promise<number> {
    return this.frame.evaluate(() => Number(document.querySelector<HTMLElement>('ra-blank-overlay')?.dataset.marked ?? 0));
  }

  /** Keyboard focus into the editor's frame (TinyMCE), keeping the caret where the content script put it. */
  async focusEditor(): Promise<void> {
    await this.page.bringToFront();
    if (this.entry.frameSelector) await this.page.focus(this.entry.frameSelector);
  }

  rootHtml(): Promise<string> {
    return this.frame.evaluate((sel) => document.querySelector(sel)!.innerHTML, this.entry.rootSelector);
  }

  /** Whether a span is on screen inside the editor's visible box. */
  async onScreen(span: { start: number; end: number }): Promise<boolean> {
    const [rect] = await this.ed.rects(span);
    if (!rect) return false;
    return this.frame.evaluate(
      ({ rect, sel }) => {
        const root = document.querySelector(sel)!;
        // A frame's body may be shorter than its text (UEditor's is 90% high): the frame is the box then.
        const box = root === document.body ? { top: 0, bottom: innerHeight } : root.getBoundingClientRect();
        const middle = (rect.top + rect.bottom) / 2;
        return middle >= Math.max(0, box.top) && middle <= Math.min(innerHeight, box.bottom);
      },
      { rect, sel: this.entry.rootSelector },
    );
  }

  async close(): Promise<void> {
    await this.page.close();
  }
}

/** In the page: blanks drawn as ranges in CSS.highlights (ra-blank-*) plus distinct blanks boxed by the overlay. */
export function countHighlighted(): number {
  let ranges = 0;
  const registry = (CSS as any).highlights as Map<string, Set<Range>> | undefined;
  registry?.forEach((h, name) => {
    if (name.startsWith('ra-blank-')) ranges += h.size;
  });
  const host = document.querySelector('ra-blank-overlay');
  const boxes = new Set(Array.from(host?.shadowRoot?.querySelectorAll<HTMLElement>('[data-blank]') ?? []).map((el) => el.dataset.blank));
  return ranges + boxes.size;
}
