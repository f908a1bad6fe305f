import type { ReactElement } from 'react';
import { GoalTree } from '../goal-tree/GoalTree.js';
import { KpiGauge } from '../kpi-gauge/KpiGauge.js';
import { KpiTable } from '../kpi-table/KpiTable.js';
import { CalibrationPanel } from '../nine-box/CalibrationPanel.js';
import { NineBoxGrid } from '../nine-box/NineBoxGrid.js';
import { SAMPLE_PEOPLE, SAMPLE_TALENT, SKEWED_TALENT } from '../nine-box/nineBoxStoryData.js';
import { NorthstarProvider } from '../provider/NorthstarProvider.js';
import { createSampleAdapter, SAMPLE_ORG, sampleKpi } from '../stories/sampleOrg.js';
import { ACME_TEAL_THEME, GLOBEX_AMBER_THEME } from '../stories/storyThemes.js';

/**
 * A fixture renders the same element on the server and in the browser; it must be a pure function of nothing
 * (no dates, no randomness), exactly as a host's page would be.
 *
 * @example
 * const fixture: SsrFixture = () => <KpiGauge value={72} />;
 */
export type SsrFixture = () => ReactElement;

const revenue = sampleKpi('k-001'); // currency, higher is better, below target
const winRate = sampleKpi('k-004'); // percent
const salesCycle = sampleKpi('k-005'); // days, lower is better
const uptime = sampleKpi('k-029'); // percent, near target
const budgetVariance = sampleKpi('k-016'); // target-range

// An adapter that never answers: connected widgets stay in their loading state, which is also all the server can
// render (it never fetches), so the first client render matches. Latency far beyond any test's lifetime.
const pendingAdapter = () => createSampleAdapter({ latencyMs: 2 ** 31 - 1 });

const thirtyKpis = SAMPLE_ORG.kpis.slice(0, 30);
const thirtyHistory = SAMPLE_ORG.kpiHistory.filter((s) => thirtyKpis.some((k) => k.id === s.kpiId));

/**
 * Every widget in several states, each inside a NorthstarProvider (plus one controlled gauge without any provider).
 * The hydration test renders each on the server and hydrates it in Chromium; every entry must hydrate cleanly.
 *
 * @example
 * const html = renderToString(SSR_FIXTURES['gauge-radial']!());
 */
export const SSR_FIXTURES: Readonly<Record<string, SsrFixture>> = {
  'gauge-radial': () => (
    <NorthstarProvider locale="en-US">
      <KpiGauge
        variant="radial"
        label="Pipeline coverage"
        value={3.4}
        min={0}
        max={6}
        target={4}
        previous={3.1}
        unit="x"
        direction="higher-is-better"
        format="number"
      />
    </NorthstarProvider>
  ),
  'gauge-radial-custom-angles-out-of-range': () => (
    <NorthstarProvider locale="en-US">
      <KpiGauge
        variant="radial"
        startAngle={-90}
        endAngle={90}
        label="Deployments per week"
        value={64}
        min={0}
        max={50}
        target={40}
        direction="higher-is-better"
      />
    </NorthstarProvider>
  ),
  'gauge-target-range': () => (
    <NorthstarProvider locale="en-US">
      <KpiGauge
        variant="linear"
        label={budgetVariance.name}
        value={budgetVariance.actual ?? null}
        direction="target-range"
        rangeMin={-0.05}
        rangeMax={0.05}
        min={-0.1}
        max={0.1}
        format="percent"
      />
    </NorthstarProvider>
  ),
  'gauge-no-data': () => (
    <NorthstarProvider locale="en-US">
      <KpiGauge label="Net Promoter Score" value={null} min={-100} max={100} target={55} />
    </NorthstarProvider>
  ),
  'gauge-linear': () => (
    <NorthstarProvider locale="en-US">
      <KpiGauge
        variant="linear"
        label={winRate.name}
        value={winRate.actual ?? null}
        min={0}
        max={0.5}
        target={winRate.target ?? undefined}
        direction="higher-is-better"
        format="percent"
      />
    </NorthstarProvider>
  ),
  'gauge-lower-is-better': () => (
    <NorthstarProvider locale="en-US">
      <KpiGauge
        variant="radial"
        label={salesCycle.name}
        value={salesCycle.actual ?? null}
        min={0}
        max={120}
        target={salesCycle.target ?? undefined}
        direction="lower-is-better"
        format="number"
      />
    </NorthstarProvider>
  ),
  'gauge-currency-de-DE': () => (
    <NorthstarProvider locale="de-DE">
      <KpiGauge
        variant="radial"
        label={revenue.name}
        value={revenue.actual ?? null}
        min={0}
        max={50_000_000}
        target={revenue.target ?? undefined}
        direction="higher-is-better"
        format="currency"
        currency="USD"
      />
    </NorthstarProvider>
  ),
  // min >= max: an accessible fallback (and one console.warn, not an error) on both sides.
  'gauge-fallback': () => (
    <NorthstarProvider locale="en-US">
      <KpiGauge label="Broken scale" value={50} min={100} max={0} target={80} direction="higher-is-better" />
    </NorthstarProvider>
  ),
  'gauge-connected-loading': () => (
    <NorthstarProvider adapter={pendingAdapter()} locale="en-US">
      <KpiGauge kpiId={uptime.id} />
    </NorthstarProvider>
  ),
  'gauge-without-provider': () => (
    <KpiGauge
      variant="linear"
      label={uptime.name}
      value={uptime.actual ?? null}
      min={0.99}
      max={1}
      target={uptime.target ?? undefined}
      direction="higher-is-better"
      format="percent"
    />
  ),
  'table-30-rows': () => (
    <NorthstarProvider locale="en-US">
      <KpiTable kpis={thirtyKpis} history={thirtyHistory} people={SAMPLE_ORG.people} />
    </NorthstarProvider>
  ),
  'table-empty': () => (
    <NorthstarProvider locale="en-US">
      <KpiTable kpis={[]} history={[]} people={[]} />
    </NorthstarProvider>
  ),
  'table-connected-loading': () => (
    <NorthstarProvider adapter={pendingAdapter()} locale="en-US">
      <KpiTable />
    </NorthstarProvider>
  ),
  'provider-dark': () => (
    <NorthstarProvider theme={ACME_TEAL_THEME} appearance="dark" locale="en-US">
      <KpiGauge
        variant="radial"
        label={winRate.name}
        value={winRate.actual ?? null}
        min={0}
        max={0.5}
        target={winRate.target ?? undefined}
        direction="higher-is-better"
        format="percent"
      />
      <KpiTable kpis={thirtyKpis.slice(0, 5)} history={thirtyHistory} people={SAMPLE_ORG.people} />
    </NorthstarProvider>
  ),
  'provider-nested-rtl': () => (
    <NorthstarProvider theme={ACME_TEAL_THEME} locale="ar-EG">
      <KpiGauge
        variant="linear"
        label={salesCycle.name}
        value={salesCycle.actual ?? null}
        min={0}
        max={120}
        target={salesCycle.target ?? undefined}
        direction="lower-is-better"
        format="number"
      />
      <NorthstarProvider theme={GLOBEX_AMBER_THEME} appearance="dark" locale="fr-FR">
        <KpiGauge
          variant="radial"
          label={revenue.name}
          value={revenue.actual ?? null}
          min={0}
          max={50_000_000}
          target={revenue.target ?? undefined}
          direction="higher-is-better"
          format="currency"
          currency="USD"
        />
      </NorthstarProvider>
    </NorthstarProvider>
  ),
  'goal-tree': () => (
    <NorthstarProvider locale="en-US">
      <GoalTree
        label="Company goals"
        goals={SAMPLE_ORG.goals}
        people={SAMPLE_ORG.people}
        defaultExpanded={['g-0001']}
      />
    </NorthstarProvider>
  ),
  'goal-tree-no-provider': () => <GoalTree label="Company goals" goals={SAMPLE_ORG.goals} />,
  // Controlled, with moves on: the dnd-kit context (ids from useId) and roving focus must render the same on both sides.
  'nine-box': () => (
    <NorthstarProvider locale="en-US">
      <NineBoxGrid records={SAMPLE_TALENT} people={SAMPLE_PEOPLE} label="Talent review" onMove={() => {}} />
    </NorthstarProvider>
  ),
  'nine-box-read-only-rtl': () => (
    <NorthstarProvider locale="ar-EG">
      <NineBoxGrid records={SAMPLE_TALENT} people={SAMPLE_PEOPLE} label="مراجعة المواهب" readOnly />
    </NorthstarProvider>
  ),
  'nine-box-calibration-panel': () => (
    <NorthstarProvider locale="en-US">
      <CalibrationPanel
        records={SKEWED_TALENT}
        people={SAMPLE_PEOPLE}
        target={{ 1: 5, 2: 10, 3: 10, 4: 10, 5: 30, 6: 10, 7: 10, 8: 10, 9: 5 }}
        groupOf={(person) => person?.location}
        groupAttribute="location"
      />
    </NorthstarProvider>
  ),
  'goal-tree-connected-loading': () => (
    <NorthstarProvider adapter={pendingAdapter()} locale="de-DE">
      <GoalTree label="Unternehmensziele" />
    </NorthstarProvider>
  ),
};

/**
 * Fixtures that render an invalid-prop fallback on purpose, so they log exactly one console warning (naming the prop);
 * every other fixture must log none.
 *
 * @example
 * SSR_FIXTURES_THAT_WARN.has('gauge-fallback'); // true
 */
export const SSR_FIXTURES_THAT_WARN: ReadonlySet<string> = new Set(['gauge-fallback']);

/**
 * Deliberately renders a different gauge value on the server than in the browser, to prove the hydration test
 * reports mismatches (it asserts that this one IS reported).
 *
 * @example
 * SSR_MISMATCH_FIXTURES['mismatch-gauge-value'];
 */
export const SSR_MISMATCH_FIXTURES: Readonly<Record<string, SsrFixture>> = {
  'mismatch-gauge-value': () => (
    <NorthstarProvider locale="en-US">
      <KpiGauge
        variant="radial"
        label="Server or browser"
        value={typeof window === 'undefined' ? 20 : 90}
        min={0}
        max={100}
        target={80}
        direction="higher-is-better"
        format="number"
      />
    </NorthstarProvider>
  ),
};
