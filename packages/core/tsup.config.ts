import { defineConfig } from 'tsup';

export default defineConfig([
  {
    entry: { index: 'src/index.ts' },
    format: ['esm', 'cjs'],
    dts: true,
    sourcemap: true,
    clean: true,
    target: 'es2022',
    treeshake: true,
  },
  {
    // The CLI bundles its CSV parser so the library itself keeps zero runtime dependencies.
    entry: { cli: 'src/cli/main.ts' },
    format: ['esm'],
    platform: 'node',
    target: 'node20',
    noExternal: ['d3-dsv'],
    banner: { js: '#!/usr/bin/env node' },
    sourcemap: true,
  },
]);
