// Typed re-export of the repo's Chromium finder (scripts/chromium.mjs) for vitest.config.ts and the bench:
// chromium.d.mts beside this file gives TypeScript its types without touching the shared script.
export { CHROMIUM_ARGS, findChromium } from '../../../scripts/chromium.mjs';
