import { defineConfig } from 'tsup';

export default defineConfig({
  // A Node-only bin: @northstar/core and the CSV/encoding libraries stay dependencies (not bundled), so the CLI
  // computes with exactly the core a project has installed.
  entry: { main: 'src/main.ts' },
  format: ['esm'],
  platform: 'node',
  target: 'node20',
  banner: { js: '#!/usr/bin/env node' },
  sourcemap: true,
});
