import { afterEach, expect, test } from 'vitest';
import type { AdapterFactory, EditorAdapter } from '../../lib/editors/adapter';
import { detectEditor } from '../../lib/editors/registry';
import { registerSiteAdapter, siteAdapters } from '../../lib/editors/site-adapters';
import { useLayoutShim } from './layout-shim';

// Generic detection judges elements by their box; happy-dom has none.
useLayoutShim();

afterEach(() => {
  document.body.innerHTML = '';
  siteAdapters().length = 0;
});

function fakeSite(overrides: Partial<AdapterFactory>): AdapterFactory {
  return {
    id: 'site',
    detect: (doc) => doc.querySelector<HTMLElement>('.site-editor'),
    create: (root) => ({ id: 'site', root }) as unknown as EditorAdapter,
    ...overrides,
  };
}

test('a site adapter registered by its own content script is tried before the generic ones', () => {
  document.body.innerHTML = '<div class="site-editor"></div><div contenteditable="true">一、概况</div>';
  expect(detectEditor(document)?.id).toBe('contenteditable');
  registerSiteAdapter(fakeSite({ exclusive: true }));
  expect(detectEditor(document)?.id).toBe('site');
});

test('an exclusive site adapter wins even when focus is in another editable element', () => {
  document.body.innerHTML = '<div class="site-editor"></div><div id="other" contenteditable="true">一、概况</div>';
  registerSiteAdapter(fakeSite({ exclusive: true }));
  document.getElementById('other')!.focus();
  expect(detectEditor(document)?.id).toBe('site');
});

test('a document a site marks as its input proxy gets no adapter at all', () => {
  document.body.innerHTML = '<div contenteditable="true">二〇XX年 某某</div>';
  registerSiteAdapter(fakeSite({ ignores: () => true }));
  expect(detectEditor(document)).toBeNull();
});
