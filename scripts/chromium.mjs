// Where the browser tests find Chromium: CHROMIUM_PATH, Debian's /usr/bin/chromium, or Playwright's cache.
import { existsSync, readdirSync } from 'node:fs';
import { homedir } from 'node:os';
import { join } from 'node:path';

function fromPlaywrightCache() {
  const cache = join(homedir(), '.cache', 'ms-playwright');
  if (!existsSync(cache)) return undefined;
  for (const dir of readdirSync(cache)
    .filter((d) => d.startsWith('chromium'))
    .sort()
    .reverse()) {
    const candidate = join(cache, dir, 'chrome-linux', 'chrome');
    if (existsSync(candidate)) return candidate;
  }
  return undefined;
}

/** The first Chromium binary that exists, or undefined. */
export function findChromium() {
  return [process.env.CHROMIUM_PATH, '/usr/bin/chromium', fromPlaywrightCache()].find(
    (p) => p && existsSync(p),
  );
}

/** Flags that keep headless Chromium quiet on a machine with no network but the package registries. */
export const CHROMIUM_ARGS = [
  '--no-sandbox',
  '--disable-gpu',
  '--disable-quic',
  '--no-first-run',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
];
