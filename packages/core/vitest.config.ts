import { defineConfig } from 'vitest/config';

export default defineConfig({
  test: {
    include: ['src/**/*.test.ts', 'bench/**/*.test.ts', 'scripts/**/*.test.ts'],
    pool: 'threads',
    maxWorkers: 2,
    // Million-node tests take ~5 s on an idle machine and over 30 s on the shared 2-core one under load: the
    // timeout only catches hangs.
    testTimeout: 90_000,
  },
});
