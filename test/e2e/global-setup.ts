import { execFileSync } from 'node:child_process';
import { resolve } from 'node:path';
import type { TestProject } from 'vitest/node';
import { serveStatic } from '../../scripts/static-server';
import { loadSiteFixtures, serveSites } from './sites/server';

// Helpers running E2E in parallel give each run its own build dir.
export const E2E_OUT_DIR = process.env.E2E_OUT_DIR ?? '.output-e2e';

export default async function setup(project: TestProject) {
  const root = resolve(import.meta.dirname, '../..');
  if (!process.env.E2E_SKIP_BUILD) {
    execFileSync('npx', ['wxt', 'build'], {
      cwd: root,
      stdio: 'inherit',
      // WXT_RA_TIMING: the build records the user-timing entries some tests read (lib/content/timing.ts).
      env: { ...process.env, WXT_OUT_DIR: E2E_OUT_DIR, WXT_RA_TIMING: '1' },
    });
  }
  // Fixture pages that bundle real editor libraries are built by this script, if present.
  execFileSync('node', ['test/e2e/pages/build.mjs'], { cwd: root, stdio: 'inherit' });
  const { url, server } = await serveStatic(resolve(root, 'test/e2e/pages'));
  project.provide('pagesUrl', url);
  project.provide('extensionPath', resolve(root, E2E_OUT_DIR, 'chrome-mv3'));
  // Site fixtures under their real hostnames over HTTPS (test/e2e/sites/README.md).
  const sites = await serveSites(await loadSiteFixtures());
  project.provide('sitesPort', sites.port);
  project.provide('siteHosts', sites.hosts);
  const closing = (s: { close(cb: () => void): unknown }) => new Promise<void>((ok) => s.close(() => ok()));
  return async () => {
    await Promise.all([closing(server), closing(sites.server)]);
  };
}

declare module 'vitest' {
  export interface ProvidedContext {
    pagesUrl: string;
    extensionPath: string;
    sitesPort: number;
    siteHosts: string[];
  }
}
