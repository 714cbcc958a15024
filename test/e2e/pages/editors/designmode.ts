// A home-grown OA editor of the iframe generation: an <iframe> without src whose document the page
// writes itself and then switches to designMode='on' — the pattern KindEditor 4 uses (npm
// `kindeditor` 4.1.10, KEdit's ready(): doc.open/write/close, then doc.designMode = 'on') and the
// one MDN documents for Document.designMode. No contenteditable attribute anywhere.
import { fixtureReady, escapeHtml } from './fixture';
import { SAMPLE_LINES } from './sample-report';

const frame = document.querySelector<HTMLIFrameElement>('#doc')!;
const doc = frame.contentDocument!;
doc.open();
doc.write(
  '<!doctype html><html><head><style>body{font:16px/1.7 sans-serif;margin:8px}</style></head><body>' +
    SAMPLE_LINES.map((line) => `<p>${escapeHtml(line)}</p>`).join('') +
    '</body></html>',
);
doc.close();
doc.designMode = 'on';
fixtureReady('designmode', () => doc.body.innerText);
