// The fixture pages with a real editor, for scenarios shared by every editor (adapters, content
// script, highlights). Each page loads the sample report from editors/sample-report.ts and sets
// <html data-fixture-ready="<id>"> once its editor is up.

export interface EditorPage {
  /** The adapter id that must be detected on this page. */
  id: string;
  /** Path relative to test/e2e/pages. */
  path: string;
  /** The editor root (inside the frame when frameSelector is set). */
  rootSelector: string;
  /** The iframe holding the editor document, for editors that live in a frame (TinyMCE classic). */
  frameSelector?: string;
  /** Whether Ctrl+Z in the editor undoes an insert. */
  hasUndo: boolean;
  /**
   * How Ctrl+Z takes back a fill of several blanks: 'one' step for all, or one step 'per-blank'
   * (editors that keep every separate edit as its own undo step).
   */
  fillUndo: 'one' | 'per-blank';
  /** True where the text is not in DOM nodes (textarea): no Range, highlights come from a mirror. */
  mirror?: boolean;
  /**
   * A known gap: the editor sometimes ignores the synthetic deletion of a span (empty replacement).
   * The write is then reported as failed and nothing changes (never a DOM-only edit); the scenario
   * is skipped for it until the write path is fixed.
   */
  unreliableDeletion?: boolean;
}

export const EDITOR_PAGES: EditorPage[] = [
  { id: 'textarea', path: 'textarea.html', rootSelector: '#editor', hasUndo: true, fillUndo: 'one', mirror: true },
  { id: 'contenteditable', path: 'contenteditable.html', rootSelector: '#editor', hasUndo: true, fillUndo: 'per-blank' },
  { id: 'prosemirror', path: 'prosemirror.html', rootSelector: '.ProseMirror', hasUndo: true, fillUndo: 'per-blank' },
  { id: 'quill', path: 'quill.html', rootSelector: '.ql-editor', hasUndo: true, fillUndo: 'one' },
  { id: 'ckeditor5', path: 'ckeditor5.html', rootSelector: '.ck-editor__editable', hasUndo: true, fillUndo: 'per-blank' },
  {
    id: 'tinymce',
    path: 'tinymce.html',
    rootSelector: 'body#tinymce',
    frameSelector: 'iframe.tox-edit-area__iframe',
    hasUndo: true,
    fillUndo: 'per-blank',
  },
  { id: 'lexical', path: 'lexical.html', rootSelector: '[data-lexical-editor="true"]', hasUndo: true, fillUndo: 'per-blank' },
  { id: 'slate', path: 'slate.html', rootSelector: '[data-slate-editor="true"]', hasUndo: true, fillUndo: 'per-blank' },
  {
    id: 'kindeditor',
    path: 'kindeditor.html',
    rootSelector: 'body.ke-content',
    frameSelector: 'iframe.ke-edit-iframe',
    hasUndo: true,
    fillUndo: 'one',
  },
  {
    id: 'ueditor',
    path: 'ueditor.html',
    rootSelector: 'body.view',
    frameSelector: '#edui1_iframeholder iframe',
    hasUndo: true,
    fillUndo: 'per-blank',
  },
  {
    id: 'wangeditor',
    path: 'wangeditor.html',
    rootSelector: '.w-e-text-container [data-slate-editor]',
    hasUndo: true,
    fillUndo: 'one',
    // After another page wrote in the same browser, wangEditor ignores a synthetic deleteContentBackward.
    unreliableDeletion: true,
  },
];

/** Waits until the page's editor is up (selector for Playwright's waitForSelector). */
export const FIXTURE_READY = 'html[data-fixture-ready]';
