import tinymce from 'tinymce';
import 'tinymce/models/dom';
import 'tinymce/themes/silver';
import 'tinymce/icons/default';
import 'tinymce/skins/ui/oxide/skin.js';
import 'tinymce/skins/ui/oxide/content.js';
import 'tinymce/skins/content/default/content.js';
import { fixtureReady, escapeHtml } from './fixture';
import { SAMPLE_LINES } from './sample-report';

// The sample goes in the textarea TinyMCE replaces, so it is the editor's first undo level.
document.querySelector<HTMLTextAreaElement>('#editor')!.value = SAMPLE_LINES.map((line, i) =>
  i === 0 ? `<h2>${escapeHtml(line)}</h2>` : `<p>${escapeHtml(line)}</p>`,
).join('');
const [editor] = await tinymce.init({
  selector: '#editor',
  license_key: 'gpl',
  height: 420,
  menubar: false,
  plugins: [],
  toolbar: 'undo redo | bold italic',
  skin_url: 'default',
  content_css: 'default',
  promotion: false,
  branding: false,
});
fixtureReady('tinymce', () => editor.getContent({ format: 'text' }));
