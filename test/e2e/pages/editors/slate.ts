import { createElement, useState } from 'react';
import { createRoot } from 'react-dom/client';
import { createEditor, Node, type Descendant } from 'slate';
import { withHistory } from 'slate-history';
import { Editable, Slate, withReact } from 'slate-react';
import { fixtureReady } from './fixture';
import { SAMPLE_LINES } from './sample-report';

const initialValue = SAMPLE_LINES.map((line) => ({ type: 'paragraph', children: [{ text: line }] })) as unknown as Descendant[];
const editor = withHistory(withReact(createEditor()));

function App() {
  const [value] = useState(initialValue);
  return createElement(
    Slate,
    { editor, initialValue: value },
    createElement(Editable, { spellCheck: false, style: { height: 360, overflowY: 'auto', border: '1px solid #ccc', padding: 12 } }),
  );
}

createRoot(document.querySelector('#app')!).render(createElement(App));
const waitForEditor = () => {
  if (document.querySelector('[data-slate-editor="true"]'))
    fixtureReady('slate', () => editor.children.map((n) => Node.string(n)).join('\n'));
  else requestAnimationFrame(waitForEditor);
};
waitForEditor();
