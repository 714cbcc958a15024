// Shared by the DOM site fixtures: the page's own model of its blocks, kept from the page's input
// events only (as the real editors keep theirs), so a test can tell an edit the editor took from a
// DOM change it never saw. Exposed as window.__fixture (+ __siteFixture for what only site pages
// have); test hooks, the extension never reads them.
import { fixtureReady } from '../pages/editors/fixture';

declare global {
  interface Window {
    __siteFixture?: { reverts(): number };
  }
}

/** Hidden input proxies of the kind online editors keep (not taken from any one site's code): a 1×1 contenteditable, an off-screen textarea, a transparent input. */
export function addInputProxies(doc: Document): HTMLElement {
  const holder = doc.createElement('div');
  holder.className = 'fixture-input-proxies';
  holder.innerHTML =
    '<div class="proxy-dot" contenteditable="true" style="position:fixed;top:0;left:0;width:1px;height:1px;overflow:hidden"></div>' +
    '<textarea class="proxy-offscreen" style="position:absolute;left:-10000px;top:0;width:300px;height:80px"></textarea>' +
    '<textarea class="proxy-transparent" style="position:fixed;top:40px;left:40px;width:300px;height:60px;opacity:0"></textarea>';
  doc.body.append(holder);
  const focused = holder.querySelector<HTMLElement>('.proxy-dot')!;
  focused.focus();
  return focused;
}

export function exposeFixture(id: string, modelText: () => string, extra: { reverts?: () => number } = {}): void {
  window.__siteFixture = { reverts: extra.reverts ?? (() => 0) };
  fixtureReady(id, modelText);
}
