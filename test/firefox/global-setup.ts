import { execFileSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { resolve } from 'node:path';
import type { TestProject } from 'vitest/node';
import { serveStatic } from '../../scripts/static-server';

const OUT_DIR = process.env.FIREFOX_OUT_DIR ?? '.output-firefox-e2e';

export default async function setup(project: TestProject) {
  const root = resolve(import.meta.dirname, '../..');
  if (!process.env.E2E_SKIP_BUILD) {
    execFileSync('npx', ['wxt', 'build', '-b', 'firefox'], { cwd: root, stdio: 'inherit', env: { ...process.env, WXT_OUT_DIR: OUT_DIR } });
  }
  if (!existsSync(resolve(root, 'test/e2e/pages/dist/adapter-probe.js')) || !process.env.E2E_SKIP_BUILD) {
    execFileSync('node', ['test/e2e/pages/build.mjs'], { cwd: root, stdio: 'inherit' });
  }
  const { url, server } = await serveStatic(resolve(root, 'test/e2e/pages'));
  project.provide('pagesUrl', url);
  project.provide('extensionPath', resolve(root, OUT_DIR, 'firefox-mv2'));
  return () => new Promise<void>((ok) => server.close(() => ok()));
}
