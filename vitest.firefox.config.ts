import { defineConfig } from 'vitest/config';

// Real-browser tests in Debian's Firefox ESR: the Firefox build installed as a temporary add-on,
// driven over WebDriver BiDi (puppeteer-core). One file at a time, like the Chromium suite.
export default defineConfig({
  test: {
    environment: 'node',
    include: ['test/firefox/**/*.firefox.ts'],
    globalSetup: ['test/firefox/global-setup.ts'],
    fileParallelism: false,
    testTimeout: 60_000,
    hookTimeout: 120_000,
  },
});
