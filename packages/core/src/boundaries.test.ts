import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join, relative } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';

const SRC = fileURLToPath(new URL('.', import.meta.url));

/** Library source files: everything but tests (the Node-only CLI lives in @northstar/cli, so nothing is exempt). */
function librarySources(dir = SRC): string[] {
  const out: string[] = [];
  for (const name of readdirSync(dir)) {
    const path = join(dir, name);
    if (statSync(path).isDirectory()) {
      out.push(...librarySources(path));
    } else if (name.endsWith('.ts') && !name.endsWith('.test.ts')) out.push(path);
  }
  return out;
}

/** Strips comments and string literals so a word in a doc comment or message does not count as a use. */
function code(source: string): string {
  return source
    .replace(/\/\*[\s\S]*?\*\//g, '')
    .replace(/\/\/.*$/gm, '')
    .replace(/`(?:\\.|[^`\\])*`/g, '``')
    .replace(/'(?:\\.|[^'\\])*'/g, "''");
}

const FORBIDDEN_IMPORTS =
  /from\s+'(react|react-dom|react\/[^']*|node:[^']*|fs|path|os|util|child_process)'|require\(/;
const BROWSER_OR_NODE_GLOBALS =
  /\b(window|document|navigator|localStorage|sessionStorage|HTMLElement|Element|requestAnimationFrame|structuredClone|process|Buffer|__dirname|global)\b(?!\s*:)/;

describe('package boundaries', () => {
  const files = librarySources();

  it('finds the library sources', () => {
    expect(files.length).toBeGreaterThan(30);
  });

  it('core src imports nothing from React, the DOM or Node', () => {
    const offenders = files.filter((f) => {
      const raw = readFileSync(f, 'utf8');
      return FORBIDDEN_IMPORTS.test(raw.replace(/\/\*[\s\S]*?\*\//g, '').replace(/\/\/.*$/gm, ''));
    });
    expect(offenders.map((f) => relative(SRC, f))).toEqual([]);
  });

  it('core src uses no browser-only or Node-only global', () => {
    const offenders = files
      .map(
        (f) => [relative(SRC, f), BROWSER_OR_NODE_GLOBALS.exec(code(readFileSync(f, 'utf8')))?.[0]] as const,
      )
      .filter(([, hit]) => hit !== undefined);
    expect(offenders).toEqual([]);
  });

  it('the boundary check catches a DOM global when one is present', () => {
    expect(BROWSER_OR_NODE_GLOBALS.test(code('const w = window.innerWidth;'))).toBe(true);
    expect(BROWSER_OR_NODE_GLOBALS.test(code("const s = 'the window closes';"))).toBe(false);
  });
});
