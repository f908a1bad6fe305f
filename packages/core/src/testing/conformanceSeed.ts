import type { MemoryAdapterSeed } from '../adapter/memoryAdapter.types.js';
import type { ConformanceFixture } from './conformance.types.js';

/**
 * A small organisation for the conformance suite — a manager (`p-1`) with two reports, one cycle, one KPI with
 * history, one feedback template, one talent record — to load into the backend under test; matches
 * {@link CONFORMANCE_FIXTURE}. The actor `p-1` needs to be allowed everything (make them an HR admin).
 *
 * @example
 * const adapter = createMemoryAdapter(CONFORMANCE_SEED);
 */
export const CONFORMANCE_SEED: MemoryAdapterSeed = {
  people: [
    { id: 'p-1', name: 'Ada Lovelace', department: 'Engineering', managerId: null },
    { id: 'p-2', name: 'Grace Hopper', department: 'Engineering', managerId: 'p-1' },
    { id: 'p-3', name: 'Alan Turing', department: 'Engineering', managerId: 'p-1' },
  ],
  cycles: [{ id: 'c-1', name: '2026 H2', startsOn: '2026-07-01', endsOn: '2026-12-31', status: 'active' }],
  kpis: [
    {
      id: 'k-1',
      name: 'Uptime',
      department: 'Engineering',
      ownerId: 'p-1',
      direction: 'higher-is-better',
      actual: 99.2,
      target: 99.9,
      period: '2026-09',
    },
  ],
  kpiHistory: [
    { kpiId: 'k-1', period: '2026-08', actual: 99.0 },
    { kpiId: 'k-1', period: '2026-07', actual: 98.1 },
    { kpiId: 'k-1', period: '2026-09', actual: 99.2 },
  ],
  templates: [
    {
      id: 't-1',
      questions: [
        { id: 'impact', kind: 'rating', required: true },
        { id: 'comments', kind: 'text' },
      ],
    },
  ],
  talent: [{ personId: 'p-2', cycleId: 'c-1', performance: 0.6, potential: 0.4 }],
};

/**
 * The ids of {@link CONFORMANCE_SEED} the suite uses, acting as `p-1`.
 *
 * @example
 * defineAdapterConformance({ name: 'mine', create: () => ({ adapter, fixture: CONFORMANCE_FIXTURE }) }, api);
 */
export const CONFORMANCE_FIXTURE: ConformanceFixture = {
  cycleId: 'c-1',
  actorId: 'p-1',
  kpiId: 'k-1',
  managerId: 'p-1',
  feedback: {
    templateId: 't-1',
    subjectId: 'p-2',
    raterId: 'p-1',
    relationship: 'manager',
    answers: { impact: 4, comments: 'Ships carefully' },
  },
  request: { templateId: 't-1', subjectId: 'p-2', raterId: 'p-3', relationship: 'peer' },
  talent: { personId: 'p-2', cycleId: 'c-1' },
};
