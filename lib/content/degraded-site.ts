// On a known suite whose text is not in the page (lib/editors/sites/degraded.ts) the top frame
// answers the panel with a state that names the site, so the panel can say which site this is and
// why it works from copied text; the page's selection is offered where there is one.
import { onMessage, type DocReport } from '../protocol';
import { pageOnlyReport } from './page-report';

export function serveDegradedSite(doc: Document, site: string, publish: (report: DocReport) => void): () => void {
  const state = pageOnlyReport(doc.location.href, doc.title, 1, site);
  const stops = [onMessage('getState', () => state), onMessage('getSelectionText', () => doc.getSelection()?.toString() ?? '')];
  publish(state);
  return () => {
    for (const stop of stops) stop();
  };
}
