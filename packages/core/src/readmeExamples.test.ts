// Every ```ts / ```js example in the package README that imports from '@northstar/core' must run against the source.
// A fence tagged `continues` (```ts continues) runs after the previous example of its section, sharing its names.
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { transformSync } from 'esbuild';
import { describe, expect, it } from 'vitest';
import * as adapters from './adapter/index.js';
import * as calibration from './calibration/index.js';
import * as feedback from './feedback/index.js';
import * as core from './index.js';

const ENTRIES: Record<string, object> = {
  '@northstar/core': core,
  '@northstar/core/feedback': feedback,
  '@northstar/core/calibration': calibration,
  '@northstar/core/adapters': adapters,
};

const readme = readFileSync(fileURLToPath(new URL('../README.md', import.meta.url)), 'utf8');

interface Example {
  heading: string;
  code: string;
  continues: boolean;
}

function examples(): Example[] {
  const out: Example[] = [];
  let heading = '';
  const fence = /^```(\w+)([^\n]*)\n([\s\S]*?)^```/gm;
  const headings = [...readme.matchAll(/^#{2,3} (.+)$/gm)];
  for (const match of readme.matchAll(fence)) {
    const [, lang, info, code] = match;
    heading = headings.filter((h) => h.index! < match.index!).at(-1)?.[1] ?? heading;
    if (!['ts', 'js'].includes(lang!) || !code!.includes("'@northstar/core")) continue;
    out.push({ heading, code: code!, continues: info!.includes('continues') });
  }
  return out;
}

/** Strips types, turns imports of the package into reads of the source module, and wraps the code in an async body. */
function compile(code: string): string {
  const js = transformSync(code, { loader: 'ts', format: 'esm' }).code;
  return js
    .replace(/^import\s+type\s+[^;]+;$/gm, '')
    .replace(
      /^import\s*\{([^}]*)\}\s*from\s*["'](@northstar\/core[^"']*)["'];$/gm,
      (_m, names: string, entry: string) =>
        `const {${names.replace(/\s+as\s+/g, ': ')}} = entries[${JSON.stringify(entry)}];`,
    )
    .replace(
      /^const\s*\{([^}]*)\}\s*=\s*require\(["'](@northstar\/core[^"']*)["']\);$/gm,
      (_m, names: string, entry: string) => `const {${names}} = entries[${JSON.stringify(entry)}];`,
    );
}

describe('README examples', () => {
  const all = examples();

  it('the README has a runnable example for every public function', () => {
    const text = all.map((e) => e.code).join('\n');
    const functions = Object.values(ENTRIES)
      .flatMap((module) => Object.entries(module))
      .filter(([, v]) => typeof v === 'function' && !/^[A-Z]/.test((v as { name: string }).name))
      .map(([k]) => k);
    expect(functions.filter((name) => !new RegExp(`\\b${name}\\(`).test(text))).toEqual([]);
  });

  all.forEach((example, i) => {
    it(`example ${i + 1} (${example.heading}) runs`, async () => {
      const chain: Example[] = [example];
      for (let k = i; all[k]!.continues && k > 0; k--) chain.unshift(all[k - 1]!);
      const body = chain.map((e) => `{\n${compile(e.code)}\n}`).join('\n');
      // Continued examples share names, so run them in one scope rather than nested blocks.
      const flat = chain.length > 1 ? chain.map((e) => compile(e.code)).join('\n') : body;
      const run = new Function('entries', 'console', `return (async () => {\n${flat}\n})();`);
      const quiet = { ...console, log: () => {}, table: () => {} };
      await expect(run(ENTRIES, quiet)).resolves.toBeUndefined();
    });
  });
});
