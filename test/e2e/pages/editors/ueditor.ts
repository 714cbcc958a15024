// UEditor 1.4.3 (Baidu; no maintained npm package: the npm `ueditor` package, a Node upload
// backend, ships the official 1.4.3 build in example/public/ueditor, which build.mjs copies to
// dist/ueditor/). Loaded as classic scripts, as OA systems do; the editor is an iframe in
// #edui1_iframeholder whose body (class "view") is contenteditable.
import { fixtureReady, htmlLines, escapeHtml } from './fixture';
import { SAMPLE_LINES } from './sample-report';

interface UEditorInstance {
  ready(fn: () => void): void;
  getContent(): string;
}
declare global {
  interface Window {
    UE: { getEditor(id: string, options: Record<string, unknown>): UEditorInstance };
  }
}

const editor = window.UE.getEditor('editor', {
  initialContent: SAMPLE_LINES.map((line, i) => (i === 0 ? `<h2>${escapeHtml(line)}</h2>` : `<p>${escapeHtml(line)}</p>`)).join(''),
  // No backend here: an empty serverUrl keeps UEditor from asking for its upload config.
  serverUrl: '',
  toolbars: [['undo', 'redo', '|', 'bold', 'italic']],
  autoHeightEnabled: false,
  initialFrameHeight: 380,
  initialFrameWidth: '100%',
  elementPathEnabled: false,
  wordCount: false,
  autoFloatEnabled: false,
});
editor.ready(() => fixtureReady('ueditor', () => htmlLines(editor.getContent())));
