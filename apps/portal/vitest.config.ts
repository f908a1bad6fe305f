import { defineConfig } from 'vitest/config';

// End-to-end tests: a real portal server (API + built app) on PGlite, started once by globalSetup on 127.0.0.1:0,
// driven by playwright-core in Debian's Chromium. Files run one after another: the machine has two shared cores.
export default defineConfig({
  test: {
    include: ['e2e/**/*.e2e.test.ts'],
    environment: 'node',
    globalSetup: ['e2e/support/globalSetup.ts'],
    fileParallelism: false,
    // Ceilings, not waits: every step waits for an element or a response, these only bound a hung run.
    testTimeout: 120_000,
    hookTimeout: 240_000,
  },
});
