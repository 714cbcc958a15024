// Google Docs under https://docs.google.com: the editor page /document/d/<id>/edit (a mock of
// the annotated canvas, see editor.html), the document's text for the mock, and Docs' plain-text
// export /document/d/<id>/export?format=txt (as a browser downloads it: BOM and CRLF).
import { defineSite } from '../site-fixture';
import { documentText } from './documents';

export default defineSite({
  id: 'google-docs',
  hosts: ['docs.google.com'],
  route(url) {
    const edit = /^\/document\/d\/([\w-]+)\/edit$/.exec(url.pathname);
    if (edit) return { file: 'editor.html' };
    const exported = /^\/document\/d\/([\w-]+)\/export$/.exec(url.pathname);
    if (exported && url.searchParams.get('format') === 'txt') {
      const text = documentText(exported[1]);
      if (text === null) return { body: 'not found', type: 'text/plain', status: 404 };
      return { body: `\ufeff${text.replace(/\n/g, '\r\n')}`, type: 'text/plain; charset=utf-8' };
    }
    const model = /^\/__mock\/document\/([\w-]+)$/.exec(url.pathname);
    if (model) {
      const text = documentText(model[1]);
      return text === null ? { body: 'not found', type: 'text/plain', status: 404 } : { body: text, type: 'text/plain; charset=utf-8' };
    }
    return null;
  },
});
