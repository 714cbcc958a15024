// Bundles the fixture pages that need a real editor library from npm (test-only code).
// Each entry in editors/*.ts becomes dist/<name>.js. Pages without a bundle need nothing here.
import { build } from 'esbuild';
import { readdirSync, existsSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

const here = dirname(fileURLToPath(import.meta.url));
const srcDir = join(here, 'editors');
const entries = existsSync(srcDir) ? readdirSync(srcDir).filter((f) => /\.(ts|tsx)$/.test(f) && !f.endsWith('.d.ts')) : [];
if (entries.length) {
  await build({
    entryPoints: entries.map((f) => join(srcDir, f)),
    outdir: join(here, 'dist'),
    bundle: true,
    format: 'esm',
    target: 'chrome120',
    minify: false,
    sourcemap: false,
    logLevel: 'warning',
    loader: { '.svg': 'text', '.css': 'css' },
    jsx: 'automatic',
    jsxImportSource: 'react',
  });
}
