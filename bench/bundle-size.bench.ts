// Builds the extension and prints the gzipped size of what loads up front: the content script(s), the
// engine injected into frames with an editor, and
// what sidepanel.html pulls in before any lazy import (its script/link tags plus their static imports).
import { spawnSync } from 'node:child_process';
import { existsSync, readFileSync } from 'node:fs';
import { dirname, join, posix, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { gzipSync } from 'node:zlib';

const ROOT = resolve(dirname(fileURLToPath(import.meta.url)), '..');
const OUT_DIR = '.output-bench';

const gzKb = (files: string[], dir: string) => files.reduce((sum, f) => sum + gzipSync(readFileSync(join(dir, f))).length, 0) / 1024;

/** Files referenced by <script src> and <link rel=stylesheet|modulepreload href> in an HTML page. */
export function htmlAssets(html: string): string[] {
  const out: string[] = [];
  for (const m of html.matchAll(/<script\b[^>]*\bsrc=["']([^"']+)["'][^>]*>/g)) out.push(m[1]);
  for (const m of html.matchAll(/<link\b[^>]*>/g)) {
    const rel = /\brel=["']([^"']+)["']/.exec(m[0])?.[1] ?? '';
    const href = /\bhref=["']([^"']+)["']/.exec(m[0])?.[1];
    if (href && /stylesheet|modulepreload/.test(rel)) out.push(href);
  }
  return out;
}

/** Specifiers of static `import … from "x"`, `import "x"` and `export … from "x"` (not `import("x")`). */
export function staticImports(js: string): string[] {
  const out: string[] = [];
  for (const m of js.matchAll(/(?:^|[;}\s])(?:import|export)\s*(?:[\w$*{}\s,]+?\s*from\s*)?["']([^"']+)["']/g)) out.push(m[1]);
  return out;
}

const toPath = (ref: string, from: string) => (ref.startsWith('/') ? ref.slice(1) : posix.join(posix.dirname(from), ref));

/** The page's initial files: HTML assets and, transitively, the JS they import statically. */
export function initialFiles(outDir: string, page: string): string[] {
  return withStaticImports(
    outDir,
    htmlAssets(readFileSync(join(outDir, page), 'utf8')).map((ref) => toPath(ref, page)),
  );
}

/** The files and, transitively, the JS they import statically (paths relative to outDir). */
export function withStaticImports(outDir: string, files: string[]): string[] {
  const seen = new Set<string>();
  const queue = [...files];
  while (queue.length) {
    const file = queue.shift()!;
    if (seen.has(file) || !existsSync(join(outDir, file))) continue;
    seen.add(file);
    if (file.endsWith('.js')) {
      for (const ref of staticImports(readFileSync(join(outDir, file), 'utf8'))) {
        if (ref.startsWith('.') || ref.startsWith('/')) queue.push(toPath(ref, file));
      }
    }
  }
  return [...seen];
}

export default async function bundleSizeBench(): Promise<void> {
  const build = spawnSync('npx', ['wxt', 'build'], {
    cwd: ROOT,
    env: { ...process.env, WXT_OUT_DIR: OUT_DIR },
    encoding: 'utf8',
  });
  if (build.status !== 0) throw new Error(`wxt build failed:\n${build.stdout}\n${build.stderr}`);
  const dir = join(ROOT, OUT_DIR, 'chrome-mv3');
  const manifest = JSON.parse(readFileSync(join(dir, 'manifest.json'), 'utf8')) as {
    content_scripts?: { js?: string[]; css?: string[] }[];
  };
  // What every page loads (the generic content script), and the most a known site adds to it.
  const scripts = manifest.content_scripts ?? [];
  const everyPage = scripts.find((c) => c.js?.some((f) => f.endsWith('/content.js')));
  console.log(`KB content-gz ${gzKb([...(everyPage?.js ?? []), ...(everyPage?.css ?? [])], dir).toFixed(1)}`);
  // The engine the background injects into a frame that holds an editor (not listed in the manifest).
  if (existsSync(join(dir, 'content-engine.js'))) console.log(`KB content-engine-gz ${gzKb(['content-engine.js'], dir).toFixed(1)}`);
  const siteKb = scripts.filter((c) => c !== everyPage).map((c) => gzKb([...(c.js ?? []), ...(c.css ?? [])], dir));
  console.log(`KB content-site-max-gz ${Math.max(0, ...siteKb).toFixed(1)}`);
  console.log(`KB sidepanel-gz ${gzKb(initialFiles(dir, 'sidepanel.html'), dir).toFixed(1)}`);
}
