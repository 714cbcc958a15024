// Bundles the fixture pages that need a real editor library from npm (test-only code).
// Each entry in editors/*.ts becomes dist/<name>.js. Pages without a bundle need nothing here.
// Editors that are loaded as classic scripts with their own lang/theme files (as OA pages load
// KindEditor and UEditor) are copied from node_modules into dist/<name>/ as shipped.
import { build } from 'esbuild';
import { cpSync, readdirSync, existsSync } from 'node:fs';
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

const modules = join(here, '../../../node_modules');
const VENDOR = [
  { name: 'kindeditor', from: 'kindeditor', files: ['kindeditor-all.js', 'lang', 'themes', 'plugins'] },
  {
    name: 'ueditor',
    from: 'ueditor/example/public/ueditor',
    files: ['ueditor.all.js', 'ueditor.config.js', 'lang', 'themes', 'dialogs', 'third-party'],
  },
];
for (const { name, from, files } of VENDOR) {
  for (const file of files) cpSync(join(modules, from, file), join(here, 'dist', name, file), { recursive: true });
}
