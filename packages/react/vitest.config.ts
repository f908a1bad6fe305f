import { execFile } from 'node:child_process';
import { createHash } from 'node:crypto';
import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { promisify } from 'node:util';
import { storybookTest } from '@storybook/addon-vitest/vitest-plugin';
import { playwright } from '@vitest/browser-playwright';
import { type Alias, createServer, type ViteDevServer } from 'vite';
import { configDefaults, defineConfig, type TestProjectInlineConfiguration } from 'vitest/config';
import type { BrowserCommand } from 'vitest/node';
import { CHROMIUM_ARGS, findChromium } from '../../scripts/chromium.mjs';

// this file lives in packages/react; everything (stories glob, .storybook, tests/react18) is repo-root relative
const dirname = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../..');
const configDir = path.join(dirname, '.storybook');

// System Chromium from Debian (apt-get install chromium); Playwright's own browser download
// does not work here. Playwright adds --headless itself (headless: true).
const browser = () => ({
  enabled: true,
  headless: true,
  screenshotFailures: false,
  provider: playwright({
    launchOptions: {
      executablePath: findChromium() ?? '/usr/bin/chromium',
      args: CHROMIUM_ARGS,
    },
  }),
  // must be a fresh object per project: vitest writes the resolved name into it
  instances: [{ browser: 'chromium' as const }],
});

// React 18 lives in tests/react18 (its own pnpm importer, so react-dom@18 is linked to react@18).
const react18Dir = path.join(dirname, 'tests/react18/node_modules');
const react18Alias: Alias[] = [
  { find: /^react$/, replacement: path.join(react18Dir, 'react') },
  { find: /^react\/(.*)$/, replacement: path.join(react18Dir, 'react/$1') },
  { find: /^react-dom$/, replacement: path.join(react18Dir, 'react-dom') },
  { find: /^react-dom\/(.*)$/, replacement: path.join(react18Dir, 'react-dom/$1') },
];

// Runs in Node: real server rendering of the source through a dedicated Vite SSR server.
// (The browser project's own Vite server inlines react-dom/server.node.js -> "require is not defined".)
const ssrServers = new Map<string, ViteDevServer>();
const ssrRenderFor =
  (react: '18' | '19'): BrowserCommand<[name: string]> =>
  async (_ctx, name) => {
    let server = ssrServers.get(react);
    if (!server) {
      server = await createServer({
        // React 18: resolve react/react-dom from tests/react18 via root+dedupe, NOT resolve.alias:
        // Vite never externalizes an aliased specifier in SSR, so aliased react-dom's CJS gets
        // inlined -> "module is not defined".
        root: react === '18' ? path.join(dirname, 'tests/react18') : dirname,
        resolve: { dedupe: ['react', 'react-dom'] },
        // React 18: an externalized dependency (@tanstack/react-query, Radix, …) is loaded by Node, which resolves
        // its `react` to the workspace's React 19 -> two Reacts ("reading 'useEffect' of null"). So bundle every
        // dependency except React itself, whose resolution root+dedupe pin to tests/react18.
        ...(react === '18' ? { ssr: { noExternal: true, external: ['react', 'react-dom'] } } : {}),
        configFile: false,
        logLevel: 'error',
        appType: 'custom',
        cacheDir: `node_modules/.cache/vite-ssr-react${react}`,
        // watch: null is what lets vitest exit (otherwise "close timed out after 10000ms")
        server: { middlewareMode: true, hmr: false, ws: false, watch: null },
      });
      ssrServers.set(react, server);
    }
    const mod = await server.ssrLoadModule(path.join(dirname, 'packages/react/src/ssr/ssrServer.tsx'));
    return mod.render(name);
  };

// Vite's pre-bundle cache is keyed on the lockfile and the config, not on which packages the sources import. When a
// source starts importing an already-installed package (say @tanstack/react-table), Vite discovers it mid-run,
// re-optimizes, and the page ends up with two copies of React ("Cannot read properties of null (reading
// 'useState')"). Keying each cache dir on the set of imported packages makes that case start with a fresh full scan.
function importedPackagesKey(): string {
  const packages = new Set<string>();
  for (const dir of [path.join(dirname, 'packages/react/src'), configDir]) {
    for (const file of readdirSync(dir, { recursive: true, encoding: 'utf8' })) {
      if (!/\.(ts|tsx)$/.test(file)) continue;
      const text = readFileSync(path.join(dir, file), 'utf8');
      for (const [, spec] of text.matchAll(/(?:from|import)\s*\(?\s*['"]([^'"./][^'"]*)['"]/g)) {
        const parts = spec!.split('/');
        packages.add(spec!.startsWith('@') ? parts.slice(0, 2).join('/') : parts[0]!);
      }
    }
  }
  return createHash('sha1')
    .update([...packages].sort().join('\n'))
    .digest('hex')
    .slice(0, 8);
}
const depsKey = importedPackagesKey();

// Runs in Node: the gauge benchmark's --smoke mode (10 gauges, real Chromium, esbuild), so the bench cannot rot.
// The test only checks that both libraries drew every gauge; timings are never asserted.
const benchSmoke: BrowserCommand<[]> = async () => {
  const { stdout } = await promisify(execFile)(
    process.execPath,
    [path.join(dirname, 'packages/react/bench/gauges.bench.mjs'), '--smoke', '--json'],
    { cwd: path.join(dirname, 'packages/react'), timeout: 120_000 },
  );
  return JSON.parse(stdout.trim().split('\n').at(-1) ?? '{}');
};

// Runs in Node: the goal tree benchmark's --smoke mode (2,000 goals, real Chromium, against react-arborist), so it
// cannot rot. The test only checks that both trees rendered and both bundles were measured; timings are never asserted.
const goalTreeBenchSmoke: BrowserCommand<[]> = async () => {
  const { stdout } = await promisify(execFile)(
    process.execPath,
    [path.join(dirname, 'packages/react/bench/goalTree.bench.mjs'), '--smoke', '--json'],
    { cwd: path.join(dirname, 'packages/react'), timeout: 180_000 },
  );
  return JSON.parse(stdout.trim().split('\n').at(-1) ?? '{}');
};

// Runs in Node: switches the page's prefers-color-scheme, so appearance tests can prove what follows the OS and what
// must not. Playwright provider only (the only one configured).
const emulateColorScheme: BrowserCommand<[scheme: 'light' | 'dark']> = async (ctx, scheme) => {
  await (ctx as unknown as { page: import('playwright-core').Page }).page.emulateMedia({
    colorScheme: scheme,
  });
};

// The feedback form benchmark's --smoke mode (60 questions, once, against SurveyJS); only that both forms rendered.
const feedbackBenchSmoke: BrowserCommand<[]> = async () => {
  const { stdout } = await promisify(execFile)(
    process.execPath,
    [path.join(dirname, 'packages/react/bench/feedback.bench.mjs'), '--smoke', '--json'],
    { cwd: path.join(dirname, 'packages/react'), timeout: 180_000 },
  );
  return JSON.parse(stdout.trim().split('\n').at(-1) ?? '{}');
};

function projectsFor(react: '18' | '19'): TestProjectInlineConfiguration[] {
  const suffix = react === '19' ? '' : '-react18';
  const resolve = react === '18' ? { alias: react18Alias } : {};
  return [
    {
      extends: true,
      plugins: [
        storybookTest({ configDir }),
        // storybookTest pins cacheDir to one dir per .storybook; the React 18 project needs its
        // own pre-bundle cache or it silently reuses the React 19 optimized deps.
        {
          name: 'sb-cache-dir',
          config: () => ({ cacheDir: `node_modules/.cache/sb-vitest-react${react}-${depsKey}` }),
        },
      ],
      resolve,
      test: { name: `storybook${suffix}`, browser: browser() },
    },
    {
      extends: true,
      resolve,
      cacheDir: `node_modules/.cache/vitest-dom-react${react}-${depsKey}`,
      plugins: [{ name: 'close-ssr', closeBundle: () => ssrServers.get(react)?.close() }],
      test: {
        name: `dom${suffix}`,
        // React 18 is the smoke run: every story (project above) plus server rendering and hydration. The bench
        // bundles its own React 19 page, so its smoke check runs once, in the React 19 project.
        include: react === '19' ? ['packages/*/src/**/*.test.tsx'] : ['packages/*/src/ssr/**/*.test.tsx'],
        exclude:
          react === '18'
            ? [...configDefaults.exclude, '**/benchSmoke.test.tsx', '**/feedbackBenchSmoke.test.tsx']
            : configDefaults.exclude,
        browser: {
          ...browser(),
          commands: {
            ssrRender: ssrRenderFor(react),
            benchSmoke,
            goalTreeBenchSmoke,
            feedbackBenchSmoke,
            emulateColorScheme,
          },
        },
      },
    },
  ];
}

export default defineConfig({
  root: dirname,
  test: {
    // Upper bounds, not timing assertions: on a shared 2-core machine under heavy load (load average 20 measured),
    // Vite's first transform of a lazy chunk or of the whole source tree alone took over a minute. Every wait in the
    // tests is for a condition; these only decide when a test that cannot finish is given up.
    testTimeout: 60_000,
    hookTimeout: 300_000,
    projects: [
      // Pure resolvers, catalogues and helpers: plain *.test.ts in Node (fast, no browser).
      {
        extends: true,
        test: { name: 'node', environment: 'node', include: ['packages/react/src/**/*.test.ts'] },
      },
      ...projectsFor('19'),
      ...projectsFor('18'),
    ],
  },
});
