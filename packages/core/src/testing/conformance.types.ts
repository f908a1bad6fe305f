import type { CompleteAdapter, FeedbackAdapter } from '../adapter/adapter.types.js';
import type { FeedbackAnswer, Relationship } from '../feedback/feedback.types.js';

/**
 * The ids of seeded records the conformance suite reads and writes; the suite creates its own goals.
 *
 * @example
 * const fixture: ConformanceFixture = {
 *   cycleId: 'c-1', actorId: 'p-1', kpiId: 'k-1', managerId: 'p-1',
 *   feedback: { templateId: 't-1', subjectId: 'p-2', raterId: 'p-1', relationship: 'manager', answers: { q: 4 } },
 *   request: { templateId: 't-1', subjectId: 'p-3', raterId: 'p-2', relationship: 'peer' },
 *   talent: { personId: 'p-2', cycleId: 'c-1' },
 * };
 */
export interface ConformanceFixture {
  /** A review cycle; the goals the suite creates are put in it. */
  cycleId: string;
  /** The person the adapter acts as: owner of the goals the suite creates. */
  actorId: string;
  /** A KPI the actor may record samples for. */
  kpiId: string;
  /** A person with at least one direct report. */
  managerId: string;
  /** A response the actor may submit (and draft first): complete, valid answers under the template. */
  feedback: {
    templateId: string;
    subjectId: string;
    raterId: string;
    relationship: Relationship;
    answers: Record<string, FeedbackAnswer>;
  };
  /** A feedback request the actor may create. */
  request: { templateId: string; subjectId: string; raterId: string; relationship: Relationship };
  /** A talent record the actor may move. */
  talent: { personId: string; cycleId?: string };
}

/**
 * What `create` hands the suite: the adapter under test, the seeded ids and how to tear it down.
 *
 * @example
 * const target: ConformanceTarget = { adapter: createMemoryAdapter(seed), fixture };
 */
export interface ConformanceTarget {
  /** Every domain and method the suite covers; `feedback.listResponses` may be absent (REST never offers it). */
  adapter: Omit<CompleteAdapter, 'feedback'> & {
    feedback: Required<Omit<FeedbackAdapter, 'listResponses'>> & Pick<FeedbackAdapter, 'listResponses'>;
  };
  fixture: ConformanceFixture;
  /** Stops servers, closes databases. */
  cleanup?: () => Promise<void> | void;
}

/**
 * The adapter under test: a name for the test titles and a factory run once before the suite.
 *
 * @example
 * const subject: ConformanceSubject = { name: 'memory', create: async () => ({ adapter, fixture }) };
 */
export interface ConformanceSubject {
  name: string;
  create: () => Promise<ConformanceTarget> | ConformanceTarget;
  /** Timeout for `create` and `cleanup`, in ms (a server on a real database needs a while); default 60 000. */
  setupTimeoutMs?: number;
}

/**
 * The assertions the suite uses, a subset of Vitest's and Jest's `expect`.
 *
 * @example
 * const expectation: ConformanceExpectation = expect(1);
 */
export interface ConformanceExpectation {
  toBe(expected: unknown): void;
  toEqual(expected: unknown): void;
  toContain(expected: unknown): void;
  toHaveLength(expected: number): void;
  toBeGreaterThanOrEqual(expected: number): void;
  toBeDefined(): void;
  not: { toBe(expected: unknown): void; toContain(expected: unknown): void };
}

/**
 * The test functions of the runner (pass Vitest's or Jest's), so the suite has no test-framework dependency.
 *
 * @example
 * import { afterAll, beforeAll, describe, expect, it } from 'vitest';
 * const api: ConformanceTestApi = { describe, it, expect, beforeAll, afterAll };
 */
export interface ConformanceTestApi {
  describe: (name: string, body: () => void) => void;
  it: (name: string, body: () => Promise<void>, timeout?: number) => void;
  expect: (actual: unknown) => ConformanceExpectation;
  beforeAll: (body: () => Promise<void>, timeout?: number) => void;
  afterAll: (body: () => Promise<void>, timeout?: number) => void;
}
