// Types for chromium.mjs beside it, so the TypeScript configs (vitest.config.ts files, e2e helpers) import it as is.

/** The first Chromium binary that exists (CHROMIUM_PATH, /usr/bin/chromium, Playwright's cache), or undefined. */
export declare function findChromium(): string | undefined;
/** Flags that keep headless Chromium quiet on a machine without general network access. */
export declare const CHROMIUM_ARGS: string[];
