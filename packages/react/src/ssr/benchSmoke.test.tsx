import { describe, expect, it } from 'vitest';
import { commands } from 'vitest/browser';

interface BenchSide {
  drawn: number;
  bundle: { js: { min: number; gzip: number } };
}

declare module 'vitest/browser' {
  interface BrowserCommands {
    /** Runs `node bench/gauges.bench.mjs --smoke --json` in Node and returns its report (see vitest.config.ts). */
    benchSmoke: () => Promise<{
      count: number;
      northstar: BenchSide;
      reference: BenchSide;
      pageErrors: string[];
    }>;
  }
}

// Keeps `pnpm bench` working: the smoke run mounts 10 gauges of each library in its own Chromium. Deliberately no
// timing assertion (machine-dependent); only that both libraries drew every gauge and both bundles were measured.
describe('gauge benchmark (--smoke)', () => {
  it('mounts and draws 10 <KpiGauge> and 10 react-gauge-component gauges and measures both bundles', async () => {
    const report = await commands.benchSmoke();

    expect(report.count).toBe(10);
    expect(report.pageErrors).toEqual([]);
    expect(report.northstar.drawn).toBe(10);
    expect(report.reference.drawn).toBe(10);
    expect(report.northstar.bundle.js.gzip).toBeGreaterThan(0);
    expect(report.reference.bundle.js.gzip).toBeGreaterThan(0);
  }, 120_000);
});
