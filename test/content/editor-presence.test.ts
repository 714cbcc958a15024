// The static content script loads the engine only where mayHoldEditor says yes, so it must say yes
// on every page where the engine would find an editor (detectEditor) or a known suite: checked on
// markup of every editor family, iframe-body editors, site adapters on their hosts and the degraded
// suites. A page with nothing editable must stay without the engine.
import { afterEach, describe, expect, test } from 'vitest';
import type { AdapterFactory } from '../../lib/editors/adapter';
import { ADAPTER_FACTORIES, detectEditor } from '../../lib/editors/registry';
import { degradedSiteFor } from '../../lib/editors/sites/degraded';
import { registerSiteAdapter } from '../../lib/editors/site-adapters';
import { confluenceFactory } from '../../lib/editors/sites/confluence';
import { notionFactory } from '../../lib/editors/sites/notion';
import { yuqueFactory } from '../../lib/editors/sites/yuque';
import { mayHoldEditor } from '../../lib/content/editor-presence';
import { resetDocument, useLayoutShim } from '../editors/layout-shim';

useLayoutShim();
for (const factory of [yuqueFactory, notionFactory, confluenceFactory]) registerSiteAdapter(factory);

const setUrl = (url: string) => (window as any).happyDOM.setURL(url);

afterEach(() => {
  resetDocument();
  setUrl('http://localhost:3000/');
});

interface Case {
  name: string;
  url?: string;
  html: string;
  setup?: () => void;
}

const CASES: Case[] = [
  { name: 'prosemirror', html: '<div class="ProseMirror" contenteditable="true"><p>一、基本情况</p></div>' },
  { name: 'quill', html: '<div class="ql-container"><div class="ql-editor" contenteditable="true"><p>一、基本情况</p></div></div>' },
  { name: 'ckeditor5', html: '<div class="ck-content ck-editor__editable" contenteditable="true"><p>二、主要工作</p></div>' },
  { name: 'lexical', html: '<div data-lexical-editor="true" contenteditable="true"><p>三、存在问题</p></div>' },
  { name: 'slate', html: '<div data-slate-editor="true" contenteditable="true"><div data-slate-node="element">四、下步打算</div></div>' },
  {
    name: 'wangeditor',
    html: '<div class="w-e-text-container"><div data-slate-editor="" contenteditable="true"><p data-slate-node="element">本人XX</p></div></div>',
  },
  { name: 'contenteditable', html: '<div contenteditable="true">某某同志</div>' },
  { name: 'plaintext-only', html: '<div contenteditable="plaintext-only">某某同志</div>' },
  { name: 'textarea', html: '<textarea>____年工作总结</textarea>' },
  {
    name: 'focused input',
    html: '<input id="i" type="text" value="标题">',
    setup: () => document.querySelector<HTMLInputElement>('#i')!.focus(),
  },
  {
    name: 'tinymce frame body',
    html: '<p>一、基本情况</p>',
    setup: () => {
      document.body.id = 'tinymce';
      document.body.contentEditable = 'true';
    },
  },
  {
    name: 'kindeditor frame body (design mode)',
    html: '<p>一、基本情况</p>',
    setup: () => {
      document.body.className = 'ke-content';
      document.designMode = 'on';
    },
  },
  {
    name: 'ueditor frame body',
    html: '<p>一、基本情况</p>',
    setup: () => {
      document.documentElement.className = 'view';
      document.body.className = 'view';
      document.body.contentEditable = 'true';
    },
  },
  { name: 'design-mode document', html: '<p>（一）XX情况</p>', setup: () => void (document.designMode = 'on') },
  {
    name: 'yuque',
    url: 'https://www.yuque.com/team/book/doc/edit',
    html: '<div id="lark-text-editor"><div class="ne-engine" contenteditable="true"><ne-p><ne-text>正文XX</ne-text></ne-p></div></div>',
  },
  {
    name: 'notion',
    url: 'https://www.notion.so/Report-0123',
    html: '<div data-content-editable-root="true" contenteditable="true"><div class="notion-page-content"><div data-content-editable-leaf="true" contenteditable="true">正文XX</div></div></div>',
  },
  {
    name: 'confluence',
    url: 'https://example.atlassian.net/wiki/spaces/S/pages/1/edit-v2',
    html: '<div class="ak-editor-content-area"><div class="ProseMirror" contenteditable="true"><p>正文XX</p></div></div>',
  },
  { name: 'tencent docs (canvas)', url: 'https://docs.qq.com/doc/DAbc', html: '<canvas></canvas>' },
  { name: 'onlyoffice (canvas frame)', html: '<iframe name="frameEditor"></iframe>' },
];

function open(c: Case): void {
  if (c.url) setUrl(c.url);
  document.body.innerHTML = c.html;
  c.setup?.();
}

describe('the static script asks for the engine wherever the engine would find something', () => {
  test.each(CASES.map((c) => [c.name, c] as const))('%s', (_, c) => {
    open(c);
    const engineFinds = detectEditor(document) !== null || degradedSiteFor(document) !== null;
    expect(engineFinds).toBe(true);
    expect(mayHoldEditor(document)).toBe(true);
  });

  test('the cases cover every editor family in the registry', () => {
    const found = new Set<string>();
    for (const c of CASES) {
      open(c);
      const id = detectEditor(document)?.id;
      if (id) found.add(id);
      document.body.innerHTML = '';
      document.designMode = 'off';
      document.body.removeAttribute('contenteditable');
      setUrl('http://localhost:3000/');
    }
    for (const factory of ADAPTER_FACTORIES) expect(found).toContain(factory.id);
  });

  test('a site adapter that finds something not editable at all (a canvas editor) still gets the engine', () => {
    const canvasSite: AdapterFactory = {
      id: 'canvas-site',
      detect: (doc) => doc.querySelector<HTMLElement>('#page-canvas'),
      create: () => null as never,
    };
    registerSiteAdapter(canvasSite);
    document.body.innerHTML = '<div id="page-canvas"></div>';
    expect(mayHoldEditor(document)).toBe(true);
  });
});

describe('pages with nothing editable do not load the engine', () => {
  test.each([
    ['text only', '<h1>通知</h1><p>关于XX的通知</p>'],
    ['links, buttons and a checkbox', '<a href="#">更多</a><button>提交</button><input type="checkbox">'],
    ['a read-only region', '<div contenteditable="false">某某</div>'],
  ])('%s', (_, html) => {
    document.body.innerHTML = html;
    expect(detectEditor(document)).toBeNull();
    expect(mayHoldEditor(document)).toBe(false);
  });

  test.each([
    ['a password box', '<input type="password">'],
    ['a checkbox', '<input type="checkbox">'],
  ])('%s with the focus (signing in on a matched site)', (_, html) => {
    document.body.innerHTML = html;
    document.querySelector<HTMLInputElement>('input')!.focus();
    expect(document.activeElement?.tagName).toBe('INPUT');
    expect(mayHoldEditor(document)).toBe(false);
  });
});
