// Every built client entry and chunk must start with the 'use client' directive, or React Server Components hosts would
// try to run the widgets on the server (in CJS, esbuild's "use strict" prologue used to push it out of directive
// position). The server-safe theme entry is the one exception and must NOT carry it (checkServerEntry.mjs).
import { readdirSync, readFileSync } from 'node:fs';

const SERVER_FILES = new Set(['theme.js', 'theme.cjs']);
const files = readdirSync('dist').filter(
  (f) => (f.endsWith('.js') || f.endsWith('.cjs')) && !SERVER_FILES.has(f),
);
const missing = files.filter((f) => !readFileSync(`dist/${f}`, 'utf8').startsWith("'use client';"));
if (files.length === 0 || missing.length > 0) {
  console.error(`'use client' is not the first statement of: ${missing.join(', ') || '(no built files)'}`);
  process.exit(1);
}
console.log(`ok   'use client' leads all ${files.length} built client files`);
