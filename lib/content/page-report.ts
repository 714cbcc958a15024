import { onMessage, type DocReport } from '../protocol';

/** The report of a page with no text to read (site switched off, a canvas suite): it names the page only. */
export function pageOnlyReport(url: string, title: string, version: number, site?: string): DocReport {
  return { url, title, editor: null, ...(site ? { site } : {}), caret: null, version, length: 0, text: '' };
}

/**
 * While the site is off the top frame still tells the panel which page this is (an editorless
 * state): the browser hides tab URLs from an extension without the "tabs" permission, and the
 * panel needs the origin to show the site as off and offer to switch it back on. Null in frames.
 */
export function answerWhileOff(doc: Document): (() => void) | null {
  if (doc.defaultView !== doc.defaultView?.top) return null;
  return onMessage('getState', () => pageOnlyReport(doc.location.href, doc.title, 0));
}
