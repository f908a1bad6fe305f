import { playwright } from '@vitest/browser-playwright';
import { defineConfig } from 'vitest/config';
import { CHROMIUM_ARGS, findChromium } from '../../scripts/chromium.mjs';

// The unit tests run twice: in Node 20 and in headless Chromium (Debian's), so the adapter's fetch streaming, SSE
// parsing and cookie reading are checked where hosts run them. The integration tests start servers: Node only.
const unit = ['src/*.test.ts'];

export default defineConfig({
  test: {
    testTimeout: 30_000,
    maxWorkers: 2,
    projects: [
      {
        extends: true,
        test: { name: 'node', include: ['src/**/*.test.ts'], pool: 'threads' },
      },
      {
        extends: true,
        test: {
          name: 'chromium',
          include: unit,
          browser: {
            enabled: true,
            headless: true,
            screenshotFailures: false,
            provider: playwright({
              launchOptions: { executablePath: findChromium() ?? '/usr/bin/chromium', args: CHROMIUM_ARGS },
            }),
            instances: [{ browser: 'chromium' }],
          },
        },
      },
    ],
  },
});
