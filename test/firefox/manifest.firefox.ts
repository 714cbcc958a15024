// The Firefox build as Firefox reads it: WXT turns the Chromium manifest into MV2, and a key it drops
// goes unnoticed in Chromium's tests. The panel's site switch asks Firefox for the site's origin
// (lib/panel/site-access.ts), which Firefox refuses unless the manifest lists it as optional.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { expect, inject, test } from 'vitest';

const manifest = () => JSON.parse(readFileSync(join(inject('extensionPath'), 'manifest.json'), 'utf8'));

test('a site the user switches on can be asked for: every http(s) origin is an optional permission', () => {
  expect(manifest().optional_permissions).toContain('*://*/*');
});

test('no stylesheet is put into pages: Firefox styles highlights per element, the :root rules would only show the extension', () => {
  for (const script of manifest().content_scripts) expect(script.css ?? []).toEqual([]);
});
