import { describe, expect, it } from 'vitest';
import { commands } from 'vitest/browser';

interface TreeSide {
  rowsInDom: number;
  focusedAfterKey: string;
  bundle: { gzip: number };
}

declare module 'vitest/browser' {
  interface BrowserCommands {
    /** Runs `node bench/goalTree.bench.mjs --smoke --json` in Node and returns its report (see vitest.config.ts). */
    goalTreeBenchSmoke: () => Promise<{
      count: number;
      northstar: TreeSide;
      reference: TreeSide;
      pageErrors: string[];
    }>;
  }
}

// Keeps the goal tree benchmark working: the smoke run drives both trees over 2,000 goals in its own Chromium.
// Deliberately no timing assertion (machine-dependent); only that both trees rendered, stepped and were measured.
describe('goal tree benchmark (--smoke)', () => {
  it('mounts, expands and steps through <GoalTree> and react-arborist and measures both bundles', async () => {
    const report = await commands.goalTreeBenchSmoke();
    expect(report.count).toBe(2_000);
    expect(report.pageErrors).toEqual([]);
    expect(report.northstar.rowsInDom).toBeGreaterThan(0);
    expect(report.reference.rowsInDom).toBeGreaterThan(0);
    expect(report.northstar.focusedAfterKey).not.toBe('');
    expect(report.northstar.bundle.gzip).toBeGreaterThan(0);
    expect(report.reference.bundle.gzip).toBeGreaterThan(0);
  }, 240_000);
});
