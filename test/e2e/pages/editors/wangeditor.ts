// wangEditor 5 (@wangeditor/editor): a Slate model rendered by its own view layer (snabbdom), the
// editable inside .w-e-text-container. Set up as its README shows: createEditor + createToolbar.
import '@wangeditor/editor/dist/css/style.css';
import { createEditor, createToolbar, SlateNode } from '@wangeditor/editor';
import { fixtureReady, escapeHtml } from './fixture';
import { SAMPLE_LINES } from './sample-report';

const editor = createEditor({
  selector: '#editor-container',
  html: SAMPLE_LINES.map((line, i) => (i === 0 ? `<h2>${escapeHtml(line)}</h2>` : `<p>${escapeHtml(line)}</p>`)).join(''),
  config: { placeholder: '请输入内容…' },
  mode: 'simple',
});
createToolbar({ editor, selector: '#toolbar-container', mode: 'simple' });
fixtureReady('wangeditor', () => editor.children.map((n) => SlateNode.string(n)).join('\n'));
