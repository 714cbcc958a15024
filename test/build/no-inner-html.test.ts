// User text is rendered as text, never parsed as HTML. The one innerHTML that `web-ext lint` reports
// in the Firefox package is Preact's dangerouslySetInnerHTML branch; docs/store.md explains that
// warning by this test: none of our code takes that branch or writes HTML any other way.
import { readFileSync, readdirSync, statSync } from 'node:fs';
import { join, relative, resolve } from 'node:path';
import { expect, test } from 'vitest';

const root = resolve(import.meta.dirname, '../..');
const HTML_SINKS =
  /\b(dangerouslySetInnerHTML|innerHTML|outerHTML|insertAdjacentHTML|createContextualFragment|parseFromString)\b|document\.write\s*\(/;

function sources(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const path = join(dir, name);
    if (statSync(path).isDirectory()) return sources(path);
    return /\.(ts|tsx)$/.test(name) ? [path] : [];
  });
}

/** Source without comments, so a comment that names a sink (e.g. how a page was written) is not code. */
function code(file: string): string {
  return readFileSync(file, 'utf8')
    .replace(/\/\*[\s\S]*?\*\//g, '')
    .replace(/(^|[^:'"`])\/\/.*$/gm, '$1');
}

test('no extension code writes HTML into a page or the panel', () => {
  const writers = ['lib', 'entrypoints', 'components']
    .flatMap((dir) => sources(join(root, dir)))
    .filter((file) => HTML_SINKS.test(code(file)))
    .map((file) => relative(root, file));
  expect(writers).toEqual([]);
});

test('the check would notice one', () => {
  expect(HTML_SINKS.test('<div dangerouslySetInnerHTML={{ __html: text }} />')).toBe(true);
  expect(HTML_SINKS.test('el.innerHTML = text;')).toBe(true);
  expect(HTML_SINKS.test('el.textContent = text;')).toBe(false);
});
