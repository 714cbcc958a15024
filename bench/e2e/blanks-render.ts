// The 待填 list with 10,000 fields in Chromium (bench/e2e/blanks-page.tsx bundled with esbuild into a
// page of its own, panel.css and the panel's width): mounting the view, the current field following
// the caret to field 5,000, one character typed there, and how many rows the DOM then holds.
// BENCH_BLANKS_BEFORE=<git revision>: the same page built from that revision's components/ and lib/
// too, measured in the same run, rounds alternating (before → after ratios).
import { execSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { build, type Plugin } from 'esbuild';
import type { BrowserContext } from 'playwright-core';

const ROOT = resolve(import.meta.dirname, '../..');
const FIELDS = 10_000;
const TARGET = 5_000;
const ROUNDS = 5;

/** `@/…` from the tree at `root` (the project's path alias), whoever imports it. */
const aliasTo = (root: string): Plugin => ({
  name: 'alias-root',
  setup(b) {
    b.onResolve({ filter: /^@\// }, (args) => b.resolve(`./${args.path.slice(2)}`, { resolveDir: root, kind: args.kind }));
  },
});

async function bundle(root: string): Promise<string> {
  const out = await build({
    entryPoints: [join(ROOT, 'bench/e2e/blanks-page.tsx')],
    bundle: true,
    write: false,
    minify: true,
    format: 'iife',
    jsx: 'automatic',
    jsxImportSource: 'preact',
    nodePaths: [join(ROOT, 'node_modules')],
    plugins: [aliasTo(root)],
    logLevel: 'error',
  });
  return out.outputFiles[0].text;
}

interface Build {
  name: string;
  js: string;
  css: string;
}

interface Round {
  mount: number;
  follow: number;
  type: number;
  rows: number;
}

async function measure(context: BrowserContext, b: Build): Promise<Round> {
  const page = await context.newPage();
  try {
    await page.setViewportSize({ width: 380, height: 760 });
    await page.setContent(
      `<!doctype html><html lang="zh-CN"><head><meta charset="utf-8"><style>${b.css}</style></head><body><div id="app"></div></body></html>`,
    );
    await page.addScriptTag({ content: b.js });
    const count: number = await page.evaluate((n) => (window as any).__blanks.prepare(n), FIELDS);
    if (count !== FIELDS) throw new Error(`${count} fields, expected ${FIELDS}`);
    const mount: number = await page.evaluate(() => (window as any).__blanks.mount());
    const follow: number = await page.evaluate((i) => (window as any).__blanks.follow(i), TARGET - 1);
    const type: number = await page.evaluate(() => (window as any).__blanks.type());
    const rows: number = await page.evaluate(() => (window as any).__blanks.rows());
    return { mount, follow, type, rows };
  } finally {
    await page.close();
  }
}

const median = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)];

export async function blanksRender(context: BrowserContext): Promise<void> {
  const builds: Build[] = [{ name: 'after', js: await bundle(ROOT), css: readFileSync(join(ROOT, 'components/panel.css'), 'utf8') }];
  const revision = process.env.BENCH_BLANKS_BEFORE;
  let tree: string | null = null;
  if (revision) {
    tree = mkdtempSync(join(tmpdir(), 'ra-blanks-before-'));
    execSync(`git archive ${revision} components lib | tar -x -C ${tree}`, { cwd: ROOT });
    builds.unshift({ name: 'before', js: await bundle(tree), css: readFileSync(join(tree, 'components/panel.css'), 'utf8') });
  }
  try {
    const rounds = new Map<string, Round[]>(builds.map((b) => [b.name, []]));
    for (let r = 0; r < ROUNDS; r++) for (const b of builds) rounds.get(b.name)!.push(await measure(context, b));
    const k = `${FIELDS / 1000}k`;
    const med = new Map<string, Round>();
    for (const [name, rs] of rounds) {
      const m: Round = {
        mount: median(rs.map((x) => x.mount)),
        follow: median(rs.map((x) => x.follow)),
        type: median(rs.map((x) => x.type)),
        rows: median(rs.map((x) => x.rows)),
      };
      med.set(name, m);
      const tag = builds.length > 1 ? `-${name}` : '';
      console.log(`MS blanks-${k}-mount${tag} ${m.mount.toFixed(1)}`);
      console.log(`MS blanks-${k}-caret-to-field-${TARGET}${tag} ${m.follow.toFixed(1)}`);
      console.log(`MS blanks-${k}-type-at-field-${TARGET}${tag} ${m.type.toFixed(1)}`);
      console.log(`COUNT blanks-${k}-rows-in-dom${tag} ${m.rows}`);
    }
    const before = med.get('before');
    const after = med.get('after')!;
    if (before) {
      for (const part of ['mount', 'follow', 'type'] as const)
        console.log(`RATIO blanks-${k}-${part}-before/after ${(before[part] / after[part]).toFixed(1)}`);
    }
  } finally {
    if (tree) rmSync(tree, { recursive: true, force: true });
  }
}
