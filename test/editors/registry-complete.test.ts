// The contributor guard for editor adapters (CONTRIBUTING.md): an adapter file nobody registers
// would silently never run. Every AdapterFactory exported from lib/editors/*.ts must be in
// ADAPTER_FACTORIES and have a fixture page the shared E2E scenarios run on (EDITOR_PAGES); every
// one exported from lib/editors/sites/*.ts must be registered by a site content script
// (entrypoints/<site>.content.ts → registerSiteAdapter), since site adapters never go in the registry.
import { readFileSync, readdirSync } from 'node:fs';
import { basename, join, resolve } from 'node:path';
import { expect, test } from 'vitest';
import type { AdapterFactory } from '@/lib/editors/adapter';
import { ADAPTER_FACTORIES } from '@/lib/editors/registry';
import { EDITOR_PAGES } from '../e2e/pages/editor-pages';

const root = resolve(import.meta.dirname, '../..');

function isFactory(value: unknown): value is AdapterFactory {
  const v = value as Partial<AdapterFactory> | null;
  return !!v && typeof v === 'object' && typeof v.id === 'string' && typeof v.detect === 'function' && typeof v.create === 'function';
}

/** [file, export name, factory] for every factory object a folder's modules export. */
async function exportedFactories(dir: string): Promise<[string, string, AdapterFactory][]> {
  const files = readdirSync(join(root, dir)).filter((name) => name.endsWith('.ts') && !name.endsWith('.d.ts'));
  const found: [string, string, AdapterFactory][] = [];
  for (const file of files) {
    const module: Record<string, unknown> = await import(/* @vite-ignore */ join(root, dir, file));
    for (const [name, value] of Object.entries(module)) if (isFactory(value)) found.push([`${dir}/${file}`, name, value]);
  }
  return found;
}

test('every adapter factory in lib/editors is listed in the registry', async () => {
  const factories = await exportedFactories('lib/editors');
  expect(factories.length).toBeGreaterThanOrEqual(ADAPTER_FACTORIES.length);
  const unlisted = factories.filter(([, , factory]) => !ADAPTER_FACTORIES.includes(factory)).map(([file, name]) => `${file}: ${name}`);
  expect(unlisted).toEqual([]);
});

test('every registered adapter has a fixture page for the shared editor scenarios', () => {
  const pages = EDITOR_PAGES.map((page) => page.id);
  for (const factory of ADAPTER_FACTORIES) expect(pages).toContain(factory.id);
});

test('every site adapter in lib/editors/sites is registered by a site content script', async () => {
  const factories = await exportedFactories('lib/editors/sites');
  expect(factories.length).toBeGreaterThan(0);
  const entrypoints = readdirSync(join(root, 'entrypoints'))
    .filter((name) => name.endsWith('.content.ts'))
    .map((name) => readFileSync(join(root, 'entrypoints', name), 'utf8'));
  const unregistered = factories
    .filter(
      ([file, name]) =>
        !entrypoints.some(
          (source) =>
            source.includes(`@/lib/editors/sites/${basename(file, '.ts')}'`) &&
            new RegExp(`registerSiteAdapter\\(\\s*${name}\\s*\\)`).test(source),
        ),
    )
    .map(([file, name]) => `${file}: ${name}`);
  expect(unregistered).toEqual([]);
});
