import type { FeedbackRequest, FeedbackResponse, FeedbackTemplate } from '../domain/feedback.types.js';
import type { Goal } from '../domain/goal.types.js';
import type { Kpi, KpiSample } from '../domain/kpi.types.js';
import type { Person } from '../domain/person.types.js';
import type { ReviewCycle } from '../domain/reviewCycle.types.js';
import type { TalentMoveRecord, TalentRecord } from '../domain/talent.types.js';
import type { AdapterDomain, CompleteAdapter } from './adapter.types.js';

/**
 * Initial data for `createMemoryAdapter`; copied in, so later changes to these arrays do not leak into the store.
 *
 * @example
 * const seed: MemoryAdapterSeed = { people: [{ id: 'p-1', name: 'Ada' }], goals: [{ id: 'o-1', title: 'Grow' }] };
 */
export interface MemoryAdapterSeed {
  people?: readonly Person[];
  cycles?: readonly ReviewCycle[];
  goals?: readonly Goal[];
  kpis?: readonly Kpi[];
  /** Samples for `kpis.history`; each names a KPI in `kpis`. */
  kpiHistory?: readonly KpiSample[];
  templates?: readonly FeedbackTemplate[];
  responses?: readonly FeedbackResponse[];
  talent?: readonly TalentRecord[];
  /** Earlier 9-box moves, for `talent.listMoves`. */
  talentMoves?: readonly TalentMoveRecord[];
  /** Feedback requests, for `feedback.listRequests`. */
  requests?: readonly FeedbackRequest[];
}

/**
 * One adapter call as seen by `failWith`: `args` are the positional arguments before the options.
 *
 * @example
 * const call: MemoryCall = { domain: 'goals', method: 'checkIn', args: ['kr-1', { current: 4 }], options: { idempotencyKey: 'k' } };
 */
export interface MemoryCall {
  domain: AdapterDomain;
  method: string;
  args: readonly unknown[];
  options: { signal?: AbortSignal; idempotencyKey?: string } | undefined;
}

/**
 * The kinds of record the memory adapter creates ids for.
 *
 * @example
 * const kind: MemoryRecordKind = 'check-in';
 */
export type MemoryRecordKind = 'goal' | 'check-in' | 'response' | 'draft' | 'request' | 'move';

/**
 * Knobs for `createMemoryAdapter`, mainly to make Storybook and tests slow or failing on purpose, deterministically.
 *
 * @example
 * const options: MemoryAdapterOptions = {
 *   latencyMs: [200, 800],
 *   failWith: ({ method }) => (method === 'checkIn' ? new Error('Network down') : undefined),
 * };
 */
export interface MemoryAdapterOptions {
  /** Delay before each call settles: a fixed number of ms, or `[min, max]` drawn with `random`. Default 0. */
  latencyMs?: number | readonly [number, number];
  /** Return an error to make that call reject with it (after the latency); nothing is written. */
  failWith?: (call: MemoryCall) => Error | undefined;
  /** Clock for `updatedAt`, check-in `at`, `submittedAt`. Default `() => new Date()`. */
  now?: () => Date;
  /** New record ids; default `${kind}-${n}`, skipping ids already taken. */
  idGenerator?: (kind: MemoryRecordKind) => string;
  /** Source of randomness in [0, 1) for latency ranges; a fixed-seed generator by default, so runs repeat. */
  random?: () => number;
  /**
   * Holds a call until the returned promise settles (after the latency, before the call applies), so a test decides
   * when a request answers instead of waiting on the clock; return undefined to let the call through.
   */
  gate?: (call: MemoryCall) => Promise<unknown> | undefined;
}

/**
 * What `createMemoryAdapter` returns: a complete adapter (every domain, every method, `subscribe`).
 *
 * @example
 * const adapter: MemoryAdapter = createMemoryAdapter({});
 */
export type MemoryAdapter = CompleteAdapter;
