import { baseKeymap } from 'prosemirror-commands';
import { history, redo, undo } from 'prosemirror-history';
import { keymap } from 'prosemirror-keymap';
import { schema } from 'prosemirror-schema-basic';
import { EditorState } from 'prosemirror-state';
import { EditorView } from 'prosemirror-view';
import 'prosemirror-view/style/prosemirror.css';
import { fixtureReady } from './fixture';
import { SAMPLE_LINES } from './sample-report';

const doc = schema.node(
  'doc',
  null,
  SAMPLE_LINES.map((line, i) =>
    i === 0 ? schema.node('heading', { level: 1 }, schema.text(line)) : schema.node('paragraph', null, schema.text(line)),
  ),
);
const view = new EditorView(document.querySelector('#editor')!, {
  state: EditorState.create({
    doc,
    plugins: [history(), keymap({ 'Mod-z': undo, 'Mod-y': redo, 'Mod-Shift-z': redo }), keymap(baseKeymap)],
  }),
});
fixtureReady('prosemirror', () => view.state.doc.textBetween(0, view.state.doc.content.size, '\n'));
