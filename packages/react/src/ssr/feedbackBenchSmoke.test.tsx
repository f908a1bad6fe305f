import { describe, expect, it } from 'vitest';
import { commands } from 'vitest/browser';

interface FeedbackBenchSide {
  fields: number;
  bundle: { js: { min: number; gzip: number } };
}

declare module 'vitest/browser' {
  interface BrowserCommands {
    /** Runs `node bench/feedback.bench.mjs --smoke --json` in Node and returns its report (see vitest.config.ts). */
    feedbackBenchSmoke: () => Promise<{
      questions: number;
      northstar: FeedbackBenchSide;
      surveyjs: FeedbackBenchSide;
      pageErrors: string[];
    }>;
  }
}

// Keeps `node bench/feedback.bench.mjs` working. Deliberately no timing assertion (machine-dependent): only that
// both forms rendered their fields and both bundles were measured.
describe('feedback form benchmark (--smoke)', () => {
  it('renders the 60-question template as <FeedbackForm> and as SurveyJS and measures both bundles', async () => {
    const report = await commands.feedbackBenchSmoke();
    expect(report.questions).toBe(60);
    expect(report.pageErrors).toEqual([]);
    expect(report.northstar.fields).toBe(60);
    expect(report.surveyjs.fields).toBeGreaterThan(0);
    expect(report.northstar.bundle.js.gzip).toBeGreaterThan(0);
    expect(report.surveyjs.bundle.js.gzip).toBeGreaterThan(0);
  }, 200_000);
});
