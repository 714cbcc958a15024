// Input proxies (1×1, off-screen, transparent, hidden) are never taken for the document; the
// visible editor next to them is. Boxes come from the layout shim (happy-dom has no layout);
// the same rules are exercised in Chromium on every site fixture page (test/e2e/site-*.e2e.ts).
import { afterEach, describe, expect, test } from 'vitest';
import { detectEditor } from '../../lib/editors/registry';
import { looksLikeDocument } from '../../lib/editors/visibility';
import { useLayoutShim } from './layout-shim';

useLayoutShim();
afterEach(() => {
  document.body.innerHTML = '';
});

const PROXIES: [string, string][] = [
  ['a 1×1 contenteditable', '<div id="proxy" contenteditable="true" data-box="10 10 1 1"></div>'],
  ['an off-screen textarea', '<textarea id="proxy" data-box="-10000 40 300 80"></textarea>'],
  ['a textarea above the page', '<textarea id="proxy" data-box="20 -500 300 80"></textarea>'],
  ['a transparent contenteditable', '<div id="proxy" contenteditable="true" style="opacity: 0">甲</div>'],
  ['a contenteditable inside a transparent wrapper', '<div style="opacity: 0.01"><div id="proxy" contenteditable="true">甲</div></div>'],
  ['a visibility:hidden textarea', '<textarea id="proxy" style="visibility: hidden"></textarea>'],
  ['a zero-height textarea', '<textarea id="proxy" data-box="20 20 300 0"></textarea>'],
];

describe('input proxies', () => {
  test.each(PROXIES)('%s is not a document', (_, html) => {
    document.body.innerHTML = html;
    expect(looksLikeDocument(document.querySelector('#proxy')!)).toBe(false);
  });

  test.each(PROXIES)('%s is passed over, also when focused, for the visible editor beside it', (_, html) => {
    document.body.innerHTML = `${html}<div id="doc" contenteditable="true"><p>一、概况</p></div>`;
    document.querySelector<HTMLElement>('#proxy')!.focus();
    expect(detectEditor(document)?.root.id).toBe('doc');
  });

  test.each(PROXIES)('%s alone gives no editor', (_, html) => {
    document.body.innerHTML = html;
    document.querySelector<HTMLElement>('#proxy')!.focus();
    expect(detectEditor(document)).toBeNull();
  });

  test('an ordinary visible editor is a document', () => {
    document.body.innerHTML = '<div id="doc" contenteditable="true" data-box="20 300 700 900">一、概况</div>';
    expect(looksLikeDocument(document.querySelector('#doc')!)).toBe(true);
  });
});
