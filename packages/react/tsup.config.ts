import { readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { defineConfig } from 'tsup';

// Built files of the server-safe entry, which must NOT start with 'use client'.
const SERVER_FILES = new Set(['theme.js', 'theme.cjs']);

export default defineConfig([
  {
    // One entry per widget so hosts pay only for the widgets they import.
    entry: {
      index: 'src/index.ts',
      'kpi-gauge': 'src/kpi-gauge/index.ts',
      'kpi-table': 'src/kpi-table/index.ts',
      'goal-tree': 'src/goal-tree/index.ts',
      'nine-box': 'src/nine-box/index.ts',
      'feedback-form': 'src/feedback-form/index.ts',
      'feedback-summary': 'src/feedback-summary/index.ts',
      'feedback-request': 'src/feedback-request/index.ts',
    },
    format: ['esm', 'cjs'],
    splitting: true,
    dts: true,
    sourcemap: true,
    target: 'es2022',
    external: ['react', 'react-dom', '@northstar/core', '@tanstack/react-query'],
    // d3-shape ships ESM only; bundling it keeps the CommonJS build loadable everywhere. The same for d3-scale and
    // d3-dsv (feedback summary) and the d3 modules and internmap they import.
    noExternal: ['d3-shape', /^d3-/, 'internmap'],
    // Every entry renders components or hooks, so all of it belongs on the client side of a React Server Components app.
    banner: { js: "'use client';" },
    // One flat stylesheet for hosts that load CSS with a <link>: the @import list of src/styles.css, inlined, in one layer.
    onSuccess: async () => {
      const index = 'src/styles.css';
      const parts = [...readFileSync(index, 'utf8').matchAll(/@import ["']([^"']+)["']/g)].map((m) =>
        readFileSync(join(dirname(index), m[1]!), 'utf8'),
      );
      writeFileSync('dist/styles.css', `@layer northstar {\n${parts.join('\n')}}\n`);
      // esbuild puts "use strict" and the CJS interop before the banner, where 'use client' is no longer a directive;
      // bundlers only honour it as the first statement.
      for (const file of readdirSync('dist').filter((f) => f.endsWith('.cjs') && !SERVER_FILES.has(f))) {
        const code = readFileSync(join('dist', file), 'utf8');
        if (!code.startsWith("'use client';")) writeFileSync(join('dist', file), `'use client';\n${code}`);
      }
    },
  },
  // The server-safe entry: built on its own (no shared chunks with the client entries, no 'use client' banner), so a
  // React Server Component can import and call it. scripts/checkServerEntry.mjs guards it.
  {
    entry: { theme: 'src/theme/index.ts' },
    format: ['esm', 'cjs'],
    splitting: false,
    dts: true,
    sourcemap: true,
    target: 'es2022',
    external: ['react', 'react-dom', '@northstar/core'],
  },
]);
