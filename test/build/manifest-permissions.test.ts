// Every permission the manifest asks for, with the code that needs it: a new permission fails this
// test until it is listed here with its use, and a listed use that disappears fails it too.
import { readFileSync, readdirSync, statSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { expect, test } from 'vitest';
import config from '../../wxt.config';
import { CONTENT_MATCHES } from '../../lib/background/sites';

const root = resolve(import.meta.dirname, '../..');

const JUSTIFIED: Record<string, { file: string; use: RegExp }> = {
  // The panel reads the bound tab's URL (site switch, degraded mode) after the user opened it there.
  activeTab: { file: 'lib/panel/tab-link.ts', use: /browser\.tabs\.get\(/ },
  scripting: { file: 'lib/background/site-scripts.ts', use: /browser\.scripting\.registerContentScripts/ },
  contextMenus: { file: 'lib/background/context-menu.ts', use: /browser\.contextMenus\.create/ },
  sidePanel: { file: 'entrypoints/background.ts', use: /sidePanel\?\.setPanelBehavior/ },
};

interface ManifestPart {
  permissions?: string[];
  host_permissions?: string[];
  optional_host_permissions?: string[];
}

async function manifestFor(browser: 'chrome' | 'firefox'): Promise<ManifestPart> {
  const manifest = config.manifest as (env: unknown) => ManifestPart | Promise<ManifestPart>;
  return manifest({ browser, manifestVersion: browser === 'firefox' ? 2 : 3, mode: 'production', command: 'build' });
}

async function permissionsFor(browser: 'chrome' | 'firefox'): Promise<string[]> {
  return (await manifestFor(browser)).permissions ?? [];
}

test('the Chromium manifest asks only for justified permissions', async () => {
  expect((await permissionsFor('chrome')).sort()).toEqual(Object.keys(JUSTIFIED).sort());
});

test('the Firefox manifest asks for a subset of them', async () => {
  for (const permission of await permissionsFor('firefox')) expect(Object.keys(JUSTIFIED)).toContain(permission);
});

test.each(Object.entries(JUSTIFIED))('%s is used where the justification says', (_, { file, use }) => {
  expect(readFileSync(join(root, file), 'utf8')).toMatch(use);
});

// The engine is injected with scripting.executeScript into a frame that holds an editor, so the
// content script every page loads stays small. executeScript needs a host permission: a content
// script's matches alone are refused ("Cannot access contents of the page", tried in Chromium). So
// the host permissions are the content script's own sites, nothing more: no new site, no new warning.
test('host permissions are exactly the sites the content script runs on, for injecting the engine', async () => {
  for (const browser of ['chrome', 'firefox'] as const) expect((await manifestFor(browser)).host_permissions).toEqual(CONTENT_MATCHES);
  expect(readFileSync(join(root, 'lib/background/engine-injection.ts'), 'utf8')).toMatch(/browser\.scripting\.executeScript/);
});

function sources(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const path = join(dir, name);
    if (statSync(path).isDirectory()) return sources(path);
    return /\.(ts|tsx)$/.test(name) ? [path] : [];
  });
}

test('no code uses extension storage, so the manifest does not ask for "storage"', () => {
  const users = ['lib', 'entrypoints', 'components']
    .flatMap((dir) => sources(join(root, dir)))
    .filter((file) => /\b(browser|chrome)\.storage\b|wxt\/storage|wxt\/utils\/storage/.test(readFileSync(file, 'utf8')));
  expect(users).toEqual([]);
});

// docs/store.md is what the store reviewers read: each permission has its own section there, and each
// site the content script runs on without asking is named.
const storeDoc = () => readFileSync(join(root, 'docs/store.md'), 'utf8');

test('docs/store.md justifies every permission of the Chromium manifest', async () => {
  const { permissions = [], optional_host_permissions = [] } = await manifestFor('chrome');
  const headings = [...storeDoc().matchAll(/^###\s+(.+)$/gm)].map((m) => m[1]);
  for (const permission of permissions) expect(headings).toContain(permission);
  for (const host of optional_host_permissions) expect(headings.join('\n')).toContain(`\`${host}\``);
});

test('docs/store.md names every site the content script runs on without asking', () => {
  const doc = storeDoc();
  for (const pattern of CONTENT_MATCHES) expect(doc).toContain(`\`${pattern}\``);
});
