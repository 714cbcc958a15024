// KindEditor 4 (npm `kindeditor`): loaded by the page as classic scripts (dist/kindeditor/, copied
// by build.mjs), as OA systems load it; it replaces the textarea with an iframe in design mode.
import { fixtureReady, htmlLines, escapeHtml } from './fixture';
import { SAMPLE_LINES } from './sample-report';

interface KindEditorInstance {
  html(): string;
}
declare global {
  interface Window {
    KindEditor: { create(selector: string, options: Record<string, unknown>): KindEditorInstance };
  }
}

// The sample goes in the textarea KindEditor replaces, so it is the editor's first undo snapshot.
document.querySelector<HTMLTextAreaElement>('#editor')!.value = SAMPLE_LINES.map((line, i) =>
  i === 0 ? `<h2>${escapeHtml(line)}</h2>` : `<p>${escapeHtml(line)}</p>`,
).join('');
const editor = window.KindEditor.create('#editor', {
  basePath: 'dist/kindeditor/',
  langType: 'zh-CN',
  width: '100%',
  height: '420px',
  items: ['undo', 'redo', '|', 'bold', 'italic'],
  afterCreate() {
    fixtureReady('kindeditor', () => htmlLines(editor.html()));
  },
});
