import { afterEach, describe, expect, test } from 'vitest';
import type { AdapterFactory } from '../../lib/editors/adapter';
import { contentEditableFactory } from '../../lib/editors/contenteditable';
import { ADAPTER_FACTORIES, detectEditor } from '../../lib/editors/registry';
import { resetDocument, useLayoutShim } from './layout-shim';

useLayoutShim();

afterEach(() => {
  resetDocument();
});

function page(html: string) {
  document.body.innerHTML = html;
}

describe('finding the editor on a page', () => {
  test.each([
    ['prosemirror', '<div class="ProseMirror" contenteditable="true"><p>一、概况</p></div>'],
    ['quill', '<div class="ql-container"><div class="ql-editor" contenteditable="true"><p>一、概况</p></div></div>'],
    ['ckeditor5', '<div class="ck-content ck-editor__editable" contenteditable="true"><p>一、概况</p></div>'],
    ['lexical', '<div data-lexical-editor="true" contenteditable="true"><p>一、概况</p></div>'],
    ['slate', '<div data-slate-editor="true" contenteditable="true"><div data-slate-node="element">一、概况</div></div>'],
    // wangEditor 5 renders Slate's attributes, but data-slate-editor is empty.
    [
      'wangeditor',
      '<div class="w-e-text-container"><div class="w-e-scroll"><div data-slate-editor="" contenteditable="true"><p data-slate-node="element">一、概况</p></div></div></div>',
    ],
    ['contenteditable', '<div contenteditable="true">一、概况</div>'],
    ['textarea', '<textarea>一、概况</textarea>'],
  ])('%s is recognised by its own markup', (id, html) => {
    page(html);
    expect(detectEditor(document)?.id).toBe(id);
  });

  test('TinyMCE is recognised from inside its frame (body#tinymce)', () => {
    document.body.id = 'tinymce';
    document.body.contentEditable = 'true';
    document.body.innerHTML = '<p>一、概况</p>';
    expect(detectEditor(document)?.id).toBe('tinymce');
  });

  test('KindEditor is recognised from inside its frame: body.ke-content in design mode, no contenteditable attribute', () => {
    document.body.className = 'ke-content';
    document.body.innerHTML = '<p>一、概况</p>';
    expect(detectEditor(document)).toBeNull();
    document.designMode = 'on';
    expect(detectEditor(document)?.id).toBe('kindeditor');
  });

  test('UEditor is recognised from inside its frame (html.view, body.view contenteditable)', () => {
    document.documentElement.className = 'view';
    document.body.className = 'view';
    document.body.innerHTML = '<p>一、概况</p>';
    document.body.contentEditable = 'true';
    expect(detectEditor(document)?.id).toBe('ueditor');
  });

  test('a document in design mode without any contenteditable attribute is an editor: its body', () => {
    document.body.innerHTML = '<p>一、概况</p><p>（一）XX情况</p>';
    expect(detectEditor(document)).toBeNull();
    document.designMode = 'on';
    const adapter = detectEditor(document);
    expect(adapter?.id).toBe('contenteditable');
    expect(adapter?.root).toBe(document.body);
    expect(adapter?.readText()).toBe('一、概况\n（一）XX情况');
  });

  test('a page with no editor gives nothing', () => {
    page('<p>只是文字</p><input type="checkbox">');
    expect(detectEditor(document)).toBeNull();
  });

  test('the editor the user is typing in wins over others on the page', () => {
    page('<div contenteditable="true">甲</div><textarea id="t">乙</textarea>');
    document.querySelector<HTMLTextAreaElement>('#t')!.focus();
    expect(detectEditor(document)?.id).toBe('textarea');
  });

  test('a nested editable belongs to its outer editor', () => {
    page('<div id="outer" contenteditable="true"><p>甲</p><div contenteditable="true">乙</div></div>');
    expect(detectEditor(document)?.root.id).toBe('outer');
  });

  test("a site adapter that found its editor wins over the site's focused input proxy", () => {
    page('<div id="doc"><p>一、概况</p></div><div id="proxy" contenteditable="true">X</div>');
    document.querySelector<HTMLElement>('#proxy')!.focus();
    const site: AdapterFactory = {
      ...contentEditableFactory,
      id: 'site',
      exclusive: true,
      detect: (doc) => doc.querySelector<HTMLElement>('#doc'),
    };
    expect(detectEditor(document, [site, contentEditableFactory])?.root.id).toBe('doc');
    expect(detectEditor(document, [{ ...site, exclusive: false }, contentEditableFactory])?.root.id).toBe('proxy');
  });

  test('every family has its own id, and the generic ones come last', () => {
    const ids = ADAPTER_FACTORIES.map((f) => f.id);
    expect(new Set(ids).size).toBe(ids.length);
    expect(ids.slice(-2)).toEqual(['contenteditable', 'textarea']);
  });
});
