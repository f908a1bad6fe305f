import { defineConfig } from 'tsup';

export default defineConfig({
  // @northstar/core stays external (a dependency): hosts share one NorthstarError class with the widgets.
  entry: { index: 'src/index.ts' },
  format: ['esm', 'cjs'],
  dts: true,
  sourcemap: true,
  target: 'es2022',
  treeshake: true,
});
