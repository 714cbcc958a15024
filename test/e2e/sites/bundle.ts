// A site fixture's script bundled on first request (esbuild, already a dev dependency), so site
// pages can share the sample report and use npm editor libraries without a build step of their own.
import { buildSync } from 'esbuild';
import type { SiteResponse } from './site-fixture';

const cache = new Map<string, string>();

/** The bundled script of `entry` (an absolute path) as a response. */
export function bundled(entry: string): SiteResponse {
  let code = cache.get(entry);
  if (code === undefined) {
    code = buildSync({ entryPoints: [entry], bundle: true, format: 'esm', target: 'chrome120', write: false, logLevel: 'warning' })
      .outputFiles[0].text;
    cache.set(entry, code);
  }
  return { body: code, type: 'text/javascript; charset=utf-8' };
}
