// Runs the real-browser tests in Firefox: checks Firefox ESR is there, then vitest with the Firefox config.
import { existsSync } from 'node:fs';
import { spawnSync } from 'node:child_process';

const firefox = process.env.FIREFOX_PATH ?? '/usr/bin/firefox-esr';
if (!existsSync(firefox)) {
  console.error(`Firefox tests need Firefox ESR at ${firefox}. Install it with: apt-get install -y firefox-esr (or set FIREFOX_PATH).`);
  process.exit(2);
}
const r = spawnSync('npx', ['vitest', 'run', '--config', 'vitest.firefox.config.ts', ...process.argv.slice(2)], { stdio: 'inherit' });
process.exit(r.status ?? 1);
