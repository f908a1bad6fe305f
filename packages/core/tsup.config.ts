import { defineConfig } from 'tsup';

export default defineConfig([
  {
    // One entry per subpath so hosts pay only for what they import; shared code (errors, scales) lands in chunks
    // that every entry reuses, also in CommonJS, so `instanceof NorthstarError` holds across subpaths.
    entry: {
      index: 'src/index.ts',
      feedback: 'src/feedback/index.ts',
      calibration: 'src/calibration/index.ts',
      adapters: 'src/adapter/index.ts',
      testing: 'src/testing/index.ts',
    },
    format: ['esm', 'cjs'],
    splitting: true,
    dts: true,
    sourcemap: true,
    target: 'es2022',
    treeshake: true,
  },
]);
