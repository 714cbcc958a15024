// Real-browser benchmarks of the content script (bench/e2e/run.ts): builds the extension into its
// own dir, serves the fixture pages on 127.0.0.1 and prints `MS <name> <value>` / `KB <name> <n>`.
import { spawnSync } from 'node:child_process';

const r = spawnSync('npx', ['tsx', 'bench/e2e/run.ts', ...process.argv.slice(2)], { stdio: 'inherit' });
process.exit(r.status ?? 1);
