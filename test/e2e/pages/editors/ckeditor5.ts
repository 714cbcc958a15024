import { Bold, ClassicEditor, Essentials, Heading, Paragraph } from 'ckeditor5';
import 'ckeditor5/ckeditor5.css';
import { fixtureReady, escapeHtml } from './fixture';
import { SAMPLE_LINES } from './sample-report';

const initialData = SAMPLE_LINES.map((line, i) => (i === 0 ? `<h2>${escapeHtml(line)}</h2>` : `<p>${escapeHtml(line)}</p>`)).join('');

const editor = await ClassicEditor.create(document.querySelector<HTMLElement>('#editor')!, {
  licenseKey: 'GPL',
  plugins: [Essentials, Paragraph, Heading, Bold],
  toolbar: ['heading', '|', 'bold', 'undo', 'redo'],
  initialData,
});
// Paragraphs of the model, one a line (getData() is HTML).
fixtureReady('ckeditor5', () =>
  Array.from(editor.model.document.getRoot()!.getChildren())
    .map((block) => (block.is('element') ? Array.from(block.getChildren(), (node) => (node.is('$text') ? node.data : '')).join('') : ''))
    .join('\n'),
);
