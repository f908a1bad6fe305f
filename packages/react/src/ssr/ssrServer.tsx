// Server entry for the hydration tests: vitest's `ssrRender` browser command loads this file in Node through a
// dedicated Vite SSR server (see vitest.config.ts) and renders a fixture with the real react-dom/server.
import { version } from 'react';
import { renderToString } from 'react-dom/server';
import { SSR_FIXTURES, SSR_MISMATCH_FIXTURES } from './ssrFixtures.js';

/**
 * What the server produced for one fixture: the HTML and the React version that rendered it.
 *
 * @example
 * const { html, version } = render('gauge-radial');
 */
export interface SsrResult {
  html: string;
  version: string;
}

/**
 * Renders one named fixture to an HTML string with `renderToString`, as a host's server would.
 *
 * @example
 * render('table-30-rows').html; // '<div data-ns-root …'
 */
export function render(name: string): SsrResult {
  const fixture = SSR_FIXTURES[name] ?? SSR_MISMATCH_FIXTURES[name];
  if (!fixture) throw new Error(`Unknown SSR fixture "${name}"`);
  return { html: renderToString(fixture()), version };
}
