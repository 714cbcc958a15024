// Site adapters (registered by their sites' content scripts) take their site's editor on their own
// hosts only; elsewhere the same markup goes to the generic families.
import { afterEach, describe, expect, test } from 'vitest';
import { detectEditor } from '../../lib/editors/registry';
import { degradedSiteFor } from '../../lib/editors/sites/degraded';
import { registerSiteAdapter } from '../../lib/editors/site-adapters';
import { confluenceFactory } from '../../lib/editors/sites/confluence';
import { notionFactory } from '../../lib/editors/sites/notion';
import { yuqueFactory } from '../../lib/editors/sites/yuque';
import { useLayoutShim } from './layout-shim';

useLayoutShim();
// As the sites' own content scripts do (entrypoints/<site>.content.ts).
for (const factory of [yuqueFactory, notionFactory, confluenceFactory]) registerSiteAdapter(factory);
afterEach(() => {
  document.body.innerHTML = '';
  setUrl('http://localhost:3000/');
});

function setUrl(url: string) {
  (window as any).happyDOM.setURL(url);
}

const YUQUE =
  '<div id="lark-text-editor"><div class="ne-engine" contenteditable="true"><ne-h2><ne-heading-content><ne-text>一、概况</ne-text></ne-heading-content></ne-h2><ne-p><ne-text>正文XX</ne-text></ne-p></div></div>';
const NOTION =
  '<div data-content-editable-root="true" contenteditable="true"><div class="notion-page-content"><div class="notion-text-block"><div data-content-editable-leaf="true" contenteditable="true">一、概况</div></div><div class="notion-text-block"><div data-content-editable-leaf="true" contenteditable="true">正文XX</div></div></div></div>';
const CONFLUENCE =
  '<div class="ak-editor-content-area"><div class="ProseMirror" contenteditable="true"><h2>一、概况</h2><p>正文XX</p></div></div>';

describe('site adapters', () => {
  test.each([
    ['yuque', 'https://www.yuque.com/team/book/doc/edit', YUQUE],
    ['notion', 'https://www.notion.so/Report-0123', NOTION],
    ['confluence', 'https://example.atlassian.net/wiki/spaces/S/pages/1/edit-v2', CONFLUENCE],
  ])('%s is recognised on its own host and reads one line per block', (id, url, html) => {
    setUrl(url);
    document.body.innerHTML = html;
    const adapter = detectEditor(document);
    expect(adapter?.id).toBe(id);
    expect(adapter?.readText()).toBe('一、概况\n正文XX');
  });

  test.each([
    ['contenteditable', YUQUE],
    ['contenteditable', NOTION],
    ['prosemirror', CONFLUENCE],
  ])('elsewhere the same markup is a generic %s', (id, html) => {
    setUrl('http://127.0.0.1:8080/page.html');
    document.body.innerHTML = html;
    expect(detectEditor(document)?.id).toBe(id);
  });

  test('a lookalike host is not the site', () => {
    setUrl('https://notyuque.com/doc');
    document.body.innerHTML = YUQUE;
    expect(detectEditor(document)?.id).toBe('contenteditable');
  });

  test("语雀's read view is read, without the write features", () => {
    setUrl('https://www.yuque.com/team/book/doc');
    document.body.innerHTML =
      '<div id="doc-reader-content"><div class="ne-viewer-body"><ne-h2><ne-heading-content><ne-text>一、概况</ne-text></ne-heading-content></ne-h2><ne-p><ne-text>正文XX</ne-text></ne-p></div></div>';
    const adapter = detectEditor(document)!;
    expect([adapter.id, adapter.readText(), adapter.features, adapter.notice]).toEqual([
      'yuque',
      '一、概况\n正文XX',
      ['read', 'live', 'highlight', 'jump'],
      'site.yuque.readView',
    ]);
  });

  test("语雀's list markers and heading tools are not text", () => {
    setUrl('https://www.yuque.com/doc');
    document.body.innerHTML =
      '<div id="lark-text-editor"><div class="ne-engine" contenteditable="true"><ne-h2><ne-heading-ext>#</ne-heading-ext><ne-heading-content><ne-text>一、概况</ne-text></ne-heading-content></ne-h2><ne-oli><ne-oli-i>1.</ne-oli-i><ne-oli-c><ne-text>完成XX项</ne-text></ne-oli-c></ne-oli></div></div>';
    expect(detectEditor(document)?.readText()).toBe('一、概况\n完成XX项');
  });
});

describe('suites in the named degraded mode', () => {
  test.each([
    ['https://docs.qq.com/doc/DAbc', 'tencent-docs'],
    ['https://www.kdocs.cn/l/abc', 'kdocs'],
    ['https://kdocs.cn/l/abc', 'kdocs'],
    ['https://www.wps.cn/d/abc', 'wps'],
    ['https://alidocs.dingtalk.com/i/nodes/abc', 'dingtalk-docs'],
    ['https://shimo.im/docs/abc', 'shimo'],
  ])('%s is %s', (url, id) => {
    setUrl(url);
    expect(degradedSiteFor(document)).toBe(id);
  });

  test('ONLYOFFICE is known by its editor frame on any host', () => {
    setUrl('https://office.example.org/doc');
    expect(degradedSiteFor(document)).toBeNull();
    document.body.innerHTML = '<iframe name="frameEditor"></iframe>';
    expect(degradedSiteFor(document)).toBe('onlyoffice');
  });

  test('lookalike hosts are not the suites', () => {
    for (const url of ['https://docs.qq.com.example.org/', 'https://notshimo.im/', 'https://dingtalk.com/']) {
      setUrl(url);
      expect(degradedSiteFor(document)).toBeNull();
    }
  });
});
