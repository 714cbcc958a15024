// `npm start`: installs what is missing, builds the extension, serves the demo report page on
// 127.0.0.1 and opens Chromium with the extension loaded on it, the side panel page beside it.
// Without a display it says so, runs headless and saves screenshots of both.
import { existsSync } from 'node:fs';
import { spawnSync } from 'node:child_process';

const run = (cmd, args, opts = {}) => {
  const r = spawnSync(cmd, args, { stdio: 'inherit', ...opts });
  if (r.status !== 0) {
    console.error(`✖ ${cmd} ${args.join(' ')} failed (exit ${r.status}).`);
    process.exit(r.status ?? 1);
  }
};

if (!existsSync('node_modules/.package-lock.json')) {
  console.log('→ 安装依赖 Installing dependencies (npm ci)…');
  run('npm', ['ci']);
}
const chromium = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';
if (!existsSync(chromium)) {
  if (process.getuid?.() === 0) {
    console.log('→ 安装 Chromium Installing Debian chromium and CJK fonts…');
    run('apt-get', ['update', '-qq']);
    run('apt-get', ['install', '-y', '-qq', 'chromium', 'fonts-noto-cjk'], { env: { ...process.env, DEBIAN_FRONTEND: 'noninteractive' } });
  } else {
    console.error(
      `✖ 找不到 Chromium (${chromium})。请安装：sudo apt-get install chromium fonts-noto-cjk\n  Chromium not found; install it as above or set CHROMIUM_PATH.`,
    );
    process.exit(1);
  }
}
console.log('→ 构建扩展 Building the extension…');
run('npx', ['wxt', 'build']);
run('npx', ['tsx', 'scripts/demo.ts']);
