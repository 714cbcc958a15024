// A real ProseMirror with history inside Confluence's content area (see editor.html).
import { baseKeymap } from 'prosemirror-commands';
import { history, redo, undo } from 'prosemirror-history';
import { keymap } from 'prosemirror-keymap';
import { schema } from 'prosemirror-schema-basic';
import { EditorState } from 'prosemirror-state';
import { EditorView } from 'prosemirror-view';
import { SAMPLE_LINES } from '../../pages/editors/sample-report';
import { addInputProxies, exposeFixture } from '../fixture-model';

const HEADING = /^[一二三四五六七八九十]+、/;
const doc = schema.node(
  'doc',
  null,
  SAMPLE_LINES.map((line, i) =>
    i === 0 || HEADING.test(line)
      ? schema.node('heading', { level: i === 0 ? 1 : 2 }, schema.text(line))
      : schema.node('paragraph', null, schema.text(line)),
  ),
);
const view = new EditorView(document.querySelector('#mount')!, {
  state: EditorState.create({
    doc,
    plugins: [history(), keymap({ 'Mod-z': undo, 'Mod-y': redo, 'Mod-Shift-z': redo }), keymap(baseKeymap)],
  }),
});
addInputProxies(document);
exposeFixture('confluence', () => view.state.doc.textBetween(0, view.state.doc.content.size, '\n'));
