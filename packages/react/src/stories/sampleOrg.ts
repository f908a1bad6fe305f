import type { Goal, Kpi, KpiSample, Person, ReviewCycle, TalentRecord } from '@northstar/core';
import {
  createMemoryAdapter,
  type MemoryAdapter,
  type MemoryAdapterOptions,
  type MemoryAdapterSeed,
} from '@northstar/core/adapters';
import type { FeedbackResponse, FeedbackTemplate } from '@northstar/core/feedback';
// The same organisation the core CLI reports on, so stories, SSR fixtures and docs show one consistent company.
import sampleOrgJson from '../../../../examples/sample-org/sample-org.json';

/**
 * The sample organisation (Acme Robotics) typed as core's domain records: 300 people, 32 KPIs with 12 months of
 * history, goals, 360 feedback and talent data.
 *
 * @example
 * const revenue = SAMPLE_ORG.kpis.find((k) => k.id === 'k-001');
 */
export interface SampleOrg {
  people: readonly Person[];
  cycles: readonly ReviewCycle[];
  goals: readonly Goal[];
  kpis: readonly Kpi[];
  kpiHistory: readonly KpiSample[];
  templates: readonly FeedbackTemplate[];
  responses: readonly FeedbackResponse[];
  talent: readonly TalentRecord[];
}

// JSON imports widen string unions (direction, format) to string, so the file is asserted to the domain types here
// once; core's own tests validate the file's shape.
const org = sampleOrgJson as unknown as SampleOrg;

/**
 * Core's sample organisation (examples/sample-org/sample-org.json) as typed records, for stories, tests and fixtures.
 *
 * @example
 * <KpiTable kpis={SAMPLE_ORG.kpis} history={SAMPLE_ORG.kpiHistory} people={SAMPLE_ORG.people} />
 */
export const SAMPLE_ORG: SampleOrg = {
  people: org.people,
  cycles: org.cycles,
  goals: org.goals,
  kpis: org.kpis,
  kpiHistory: org.kpiHistory,
  templates: org.templates,
  responses: org.responses,
  talent: org.talent,
};

/**
 * A seed for `createMemoryAdapter` holding every domain of the sample organisation.
 *
 * @example
 * const adapter = createMemoryAdapter(SAMPLE_SEED, { latencyMs: 300 });
 */
export const SAMPLE_SEED: MemoryAdapterSeed = SAMPLE_ORG;

/**
 * A fresh in-memory adapter over the sample organisation (writes stay inside it), as Storybook's decorator uses.
 *
 * @example
 * <NorthstarProvider adapter={createSampleAdapter({ latencyMs: [150, 400] })}>…</NorthstarProvider>
 */
export function createSampleAdapter(options?: MemoryAdapterOptions): MemoryAdapter {
  return createMemoryAdapter(SAMPLE_SEED, options);
}

/**
 * Looks up a sample KPI by id and fails loudly when the sample file changed, so a story never renders `undefined`.
 *
 * @example
 * const arr = sampleKpi('k-001');
 */
export function sampleKpi(id: string): Kpi {
  const kpi = SAMPLE_ORG.kpis.find((k) => k.id === id);
  if (!kpi) throw new Error(`sample-org.json has no KPI ${id}`);
  return kpi;
}
