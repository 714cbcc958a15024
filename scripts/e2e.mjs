// Runs the real-browser tests: checks Chromium is there, then vitest with the E2E config.
import { existsSync } from 'node:fs';
import { spawnSync } from 'node:child_process';

const chromium = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';
if (!existsSync(chromium)) {
  console.error(
    `E2E tests need Chromium at ${chromium}. Install it with: apt-get install -y chromium fonts-noto-cjk (or set CHROMIUM_PATH).`,
  );
  process.exit(2);
}
const r = spawnSync('npx', ['vitest', 'run', '--config', 'vitest.e2e.config.ts', ...process.argv.slice(2)], { stdio: 'inherit' });
process.exit(r.status ?? 1);
