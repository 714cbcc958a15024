import type { DocReport } from '../protocol';

/** The report of a page with no text to read (site switched off, a canvas suite): it names the page only. */
export function pageOnlyReport(url: string, title: string, version: number, site?: string): DocReport {
  return { url, title, editor: null, ...(site ? { site } : {}), caret: null, version, length: 0, text: '' };
}
