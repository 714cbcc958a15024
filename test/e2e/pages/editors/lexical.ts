import { createEmptyHistoryState, registerHistory } from '@lexical/history';
import { $createHeadingNode, HeadingNode, QuoteNode, registerRichText } from '@lexical/rich-text';
import { $createParagraphNode, $createTextNode, $getRoot, createEditor } from 'lexical';
import { fixtureReady } from './fixture';
import { SAMPLE_LINES } from './sample-report';

const editor = createEditor({ namespace: 'fixture', nodes: [HeadingNode, QuoteNode], onError: (e) => console.error(e) });
editor.setRootElement(document.querySelector<HTMLElement>('#editor'));
registerRichText(editor);
editor.update(
  () => {
    const root = $getRoot();
    root.clear();
    SAMPLE_LINES.forEach((line, i) =>
      root.append((i === 0 ? $createHeadingNode('h1') : $createParagraphNode()).append($createTextNode(line))),
    );
  },
  { discrete: true },
);
// After the initial content, so that undo cannot empty the document.
registerHistory(editor, createEmptyHistoryState(), 300);
fixtureReady('lexical', () => editor.getEditorState().read(() => $getRoot().getTextContent()));
