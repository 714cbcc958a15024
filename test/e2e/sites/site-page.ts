// Page object for a site fixture opened under its real hostname: talks to the content script the
// way the panel does and reads what it drew, without the adapter probe of the npm-editor pages
// (site adapters are chosen by hostname, so they are only reachable through the content script).
import type { Page } from 'playwright-core';
import type { ExtensionBrowser } from '../browser';
import type { DocState, ProtocolMap, WriteOutcome } from '../../../lib/protocol';
import { stateOfReport } from '../../../lib/state/frame-document';
import { countHighlighted } from '../scenarios/live-page';
import { sendToTab, type MessageData } from '../tab-messages';

export class SitePage {
  private constructor(
    readonly b: ExtensionBrowser,
    readonly page: Page,
    readonly tabId: number,
  ) {}

  /** Opens the URL (e.g. https://docs.google.com/document/d/x/edit) and waits until the content script answers. */
  static async open(b: ExtensionBrowser, url: string): Promise<SitePage> {
    const page = await b.openUrl(url);
    const site = new SitePage(b, page, await b.tabIdOf(page));
    await site.waitForContentScript();
    return site;
  }

  send<K extends keyof ProtocolMap>(type: K, data?: MessageData<K>): Promise<ReturnType<ProtocolMap[K]>> {
    return sendToTab(this.b.context, this.tabId, type, data);
  }

  private async waitForContentScript(): Promise<void> {
    for (let i = 0; i < 100; i++) {
      if (await this.send('getState').catch(() => false)) return;
      await this.page.waitForTimeout(100);
    }
    throw new Error(`the content script never answered getState on ${this.page.url()}`);
  }

  /** The document as the panel sees it: the content script's report, analysed as the panel does; null before an editor (or a named degraded mode) is found. */
  async state(): Promise<DocState | null> {
    return stateOfReport(await this.send('getState'));
  }

  /** Polls until the state satisfies `ready` (e.g. the bridge delivered the text). */
  async stateWhen(ready: (state: DocState) => boolean, timeoutMs = 15_000): Promise<DocState> {
    const until = Date.now() + timeoutMs;
    let last: DocState | null = null;
    while (Date.now() < until) {
      last = await this.state().catch(() => null);
      if (last && ready(last)) return last;
      await this.page.waitForTimeout(100);
    }
    throw new Error(`state never became ready; last: ${JSON.stringify(last)?.slice(0, 400)}`);
  }

  write<K extends 'insertText' | 'replaceRange' | 'fillLabel'>(type: K, data: MessageData<K>): Promise<WriteOutcome> {
    return this.send(type, data) as Promise<WriteOutcome>;
  }

  /** Blanks drawn in the page's main document (highlight ranges + overlay boxes). */
  highlighted(): Promise<number> {
    return this.page.evaluate(countHighlighted);
  }

  /** The side panel page for this tab, as the user opens it. */
  openPanel(): Promise<Page> {
    return this.b.openPanel(this.page);
  }

  close(): Promise<void> {
    return this.page.close();
  }
}
