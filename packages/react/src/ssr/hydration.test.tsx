import { act, version } from 'react';
import { hydrateRoot, type Root } from 'react-dom/client';
import { afterEach, beforeAll, beforeEach, describe, expect, it, type MockInstance, vi } from 'vitest';
import { commands } from 'vitest/browser';
import '../styles.css';
import {
  SSR_FIXTURES,
  SSR_FIXTURES_THAT_WARN,
  SSR_MISMATCH_FIXTURES,
  type SsrFixture,
} from './ssrFixtures.js';

declare module 'vitest/browser' {
  interface BrowserCommands {
    /** Renders a fixture of ssrFixtures.tsx in Node with react-dom/server (see vitest.config.ts). */
    ssrRender: (name: string) => Promise<{ html: string; version: string }>;
  }
}

// Tells React this is a test environment, so state updates outside act are reported instead of ignored.
(globalThis as { IS_REACT_ACT_ENVIRONMENT?: boolean }).IS_REACT_ACT_ENVIRONMENT = true;

interface Hydrated {
  serverHtml: string;
  serverVersion: string;
  recoverable: unknown[];
  container: HTMLElement;
  /** Server-rendered elements React threw away and rendered anew on the client (0 when hydration adopted them). */
  replaced: number;
}

const roots: Root[] = [];

// Server HTML in a container, then hydrateRoot with the same element: exactly a host's SSR page.
async function serverRenderThenHydrate(name: string, fixture: SsrFixture): Promise<Hydrated> {
  const { html, version: serverVersion } = await commands.ssrRender(name);
  const container = document.createElement('div');
  container.innerHTML = html;
  document.body.append(container);
  // Every server element, to tell afterwards whether hydration adopted it or a client render replaced it.
  const serverElements = [...container.querySelectorAll('*')];
  const recoverable: unknown[] = [];
  await act(async () => {
    roots.push(hydrateRoot(container, fixture(), { onRecoverableError: (error) => recoverable.push(error) }));
    // Let effects and any first data request settle inside act, so late updates are part of the check too.
    await new Promise((resolve) => setTimeout(resolve, 30));
  });
  // An element the client render created instead of adopting is detached from the document. (Elements a widget
  // removes on purpose after mount, e.g. skeleton rows once data arrives, would count too: fixtures are static.)
  const replaced = serverElements.filter((el) => !container.contains(el)).length;
  return { serverHtml: html, serverVersion, recoverable, container, replaced };
}

describe(`server render then hydrateRoot (React ${version})`, () => {
  // The first render starts a Vite SSR server and bundles the sources (seconds on a loaded machine); do it once here,
  // with room to spare, so no fixture's own timeout includes that cold start.
  beforeAll(async () => {
    await commands.ssrRender(Object.keys(SSR_FIXTURES)[0]!);
  }, 300_000);

  let consoleError: MockInstance<typeof console.error>;
  let consoleWarn: MockInstance<typeof console.warn>;

  beforeEach(() => {
    consoleError = vi.spyOn(console, 'error');
    consoleWarn = vi.spyOn(console, 'warn');
  });

  afterEach(async () => {
    consoleError.mockRestore();
    consoleWarn.mockRestore();
    await act(async () => {
      for (const root of roots.splice(0)) root.unmount();
    });
    document.body.innerHTML = '';
  });

  it.each(Object.keys(SSR_FIXTURES))(
    'fixture "%s" hydrates with no recoverable error and no console.error',
    async (name) => {
      const result = await serverRenderThenHydrate(name, SSR_FIXTURES[name]!);

      // Same React on both sides, so the React 18 projects really test 18 on the server too.
      expect(result.serverVersion).toBe(version);
      expect(result.serverHtml.length).toBeGreaterThan(0);
      expect(result.recoverable.map(String)).toEqual([]);
      expect(consoleError.mock.calls.map((call) => call.map(String).join(' '))).toEqual([]);
      // Invalid-prop fallbacks warn once, on purpose; anywhere else a warning means a fixture (or widget) is wrong.
      const warnings = consoleWarn.mock.calls.map((call) => call.map(String).join(' '));
      if (SSR_FIXTURES_THAT_WARN.has(name)) expect(warnings.length).toBeLessThanOrEqual(1);
      else expect(warnings).toEqual([]);
      // Hydration kept the server's DOM: no element was replaced by a client re-render.
      expect(result.replaced).toBe(0);
    },
  );

  it.each(Object.keys(SSR_MISMATCH_FIXTURES))('deliberate mismatch "%s" IS reported', async (name) => {
    const result = await serverRenderThenHydrate(name, SSR_MISMATCH_FIXTURES[name]!);

    // React 19 reports through onRecoverableError; React 18 through recoverable errors and console.error.
    const reports = result.recoverable.length + consoleError.mock.calls.length;
    expect(reports).toBeGreaterThan(0);
    // and the check used for the real fixtures sees the client re-render
    expect(result.replaced).toBeGreaterThan(0);
  });
});
