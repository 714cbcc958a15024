// The stylesheet injected with the content script carries the same rules the content script would
// adopt for the default colours: if the two drifted, pages would paint other colours than the
// settings show (and the content script, trusting the injected rules, would not adopt its own).
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { expect, test } from 'vitest';
import { DEFAULT_COLOURS, PLACEHOLDER_KINDS, highlightCss, highlightName } from '../../lib/highlight/styles';

const root = resolve(import.meta.dirname, '../..');
const rules = (css: string) =>
  css
    .replace(/\/\*[\s\S]*?\*\//g, '')
    .split('\n')
    .map((line) => line.trim())
    .filter(Boolean);

test('the injected default rules are the default colours, one :root rule per kind', () => {
  const injected = rules(readFileSync(resolve(root, 'lib/highlight/default-highlights.css'), 'utf8'));
  expect(injected).toEqual(rules(highlightCss(DEFAULT_COLOURS, ':root')));
  for (const kind of PLACEHOLDER_KINDS)
    expect(injected.filter((r) => r.startsWith(`:root::highlight(${highlightName(kind)})`))).toHaveLength(1);
});
