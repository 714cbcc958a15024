import { defineConfig } from 'vitest/config';

// Real-browser tests: Debian's Chromium with the built extension loaded. One file at a time
// (this machine has two cores); the global setup builds the extension and serves the fixture pages.
export default defineConfig({
  test: {
    environment: 'node',
    include: ['test/e2e/**/*.e2e.ts'],
    globalSetup: ['test/e2e/global-setup.ts'],
    fileParallelism: false,
    testTimeout: 60_000,
    hookTimeout: 120_000,
  },
});
