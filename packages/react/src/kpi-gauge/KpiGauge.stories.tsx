import type { Kpi, NorthstarAdapter } from '@northstar/core';
import { createMemoryAdapter, type MemoryAdapterOptions } from '@northstar/core/adapters';
import type { Meta, StoryObj } from '@storybook/react-vite';
import { QueryClient } from '@tanstack/react-query';
import { type ReactNode, useState } from 'react';
import { expect, waitFor, within } from 'storybook/test';
import { NorthstarProvider } from '../provider/NorthstarProvider.js';
import { SAMPLE_ORG, sampleKpi } from '../stories/sampleOrg.js';
import { KpiGauge } from './KpiGauge.js';
import type { KpiGaugeProps } from './kpiGauge.types.js';

// Acme Robotics' KPIs from examples/sample-org/sample-org.json (the same file core's CLI reports on).
const pipeline = sampleKpi('k-003'); // 3.4x of 4x, higher is better
const salesCycle = sampleKpi('k-005'); // 68 days of 60, lower is better, 120 days scores 0
const budget = sampleKpi('k-016'); // 3.2 % inside −5 %…5 %, target range
const csat = sampleKpi('k-009'); // 91 % of 95 %, floor 50 %
const revenue = sampleKpi('k-001'); // $41.2M of $44.5M
const mttr = sampleKpi('k-028'); // 2.1 h of 1 h, lower is better

/** The gauge props of a sample KPI, as a host would pass them in controlled mode. */
function controlled(kpi: Kpi): KpiGaugeProps {
  const range = kpi.direction === 'target-range';
  return {
    label: kpi.name,
    value: kpi.actual ?? null,
    target: kpi.target ?? undefined,
    previous: kpi.previous ?? undefined,
    direction: kpi.direction,
    format: kpi.format ?? 'number',
    ...(range ? { rangeMin: kpi.min ?? undefined, rangeMax: kpi.max ?? undefined } : {}),
    ...(!range && kpi.min !== undefined && kpi.min !== null ? { min: kpi.min } : {}),
    ...(!range && kpi.max !== undefined && kpi.max !== null ? { max: kpi.max } : {}),
    ...(kpi.format === 'currency' ? { currency: kpi.currency ?? kpi.unit } : {}),
    ...(kpi.format === 'number' && kpi.unit !== 'count' ? { unit: kpi.unit } : {}),
  };
}

// A nested provider with its own memory adapter over the sample KPIs (theme and locale still come from the toolbar's
// outer provider), and a client without automatic retries so the error state shows at once.
function WithAdapter({
  options,
  children,
}: {
  options?: MemoryAdapterOptions;
  children: ReactNode;
}): ReactNode {
  const [own] = useState(() => ({
    adapter: createMemoryAdapter({ kpis: SAMPLE_ORG.kpis }, options) as NorthstarAdapter,
    client: new QueryClient({ defaultOptions: { queries: { retry: false } } }),
  }));
  return (
    <NorthstarProvider adapter={own.adapter} queryClient={own.client}>
      {children}
    </NorthstarProvider>
  );
}

const meter = async (canvasElement: HTMLElement, name: string) =>
  within(canvasElement).findByRole('meter', { name });

const meta = {
  title: 'Widgets/KpiGauge',
  component: KpiGauge,
  tags: ['autodocs'],
  argTypes: {
    variant: { control: 'inline-radio', options: ['radial', 'linear'] },
    size: { control: 'inline-radio', options: ['sm', 'md', 'lg'] },
    direction: { control: 'select', options: ['higher-is-better', 'lower-is-better', 'target-range'] },
    format: { control: 'select', options: ['number', 'percent', 'currency'] },
    startAngle: { control: { type: 'range', min: -180, max: 0, step: 5 } },
    endAngle: { control: { type: 'range', min: 0, max: 180, step: 5 } },
    bands: { control: false },
    renderLabel: { control: false },
    renderNeedle: { control: false },
  },
  parameters: {
    docs: {
      description: {
        component:
          'A KPI gauge, radial or linear (bullet), with status bands, a target marker and a trend against the ' +
          'previous period. Status, attainment and the band ring all come from `@northstar/core` (`kpiStatus`); the ' +
          'value arc is coloured by the current band. It is a `role="meter"` whose `aria-valuetext` names the band ' +
          '("72%, at risk"). Controlled with `value`/`target`/…, or connected with `kpiId` inside a `NorthstarProvider`.',
      },
    },
  },
} satisfies Meta<typeof KpiGauge>;

export default meta;
type Story = StoryObj<typeof meta>;

/** Pipeline coverage: 3.4× against a 4× target is at risk (attainment 0.85). */
export const Default: Story = {
  args: controlled(pipeline),
  play: async ({ canvasElement }) => {
    const gauge = await meter(canvasElement, pipeline.name);
    await expect(gauge).toHaveAttribute('aria-valuetext', '3.4x, at risk');
    await expect(gauge).toHaveAccessibleDescription('-0.2x vs. previous period, worse');
  },
};

/** Average sales cycle: fewer days is better; 120 days scores 0, so 68 days of a 60-day target is at risk. */
export const LowerIsBetter: Story = {
  args: controlled(salesCycle),
  play: async ({ canvasElement }) => {
    const gauge = await meter(canvasElement, salesCycle.name);
    await expect(gauge).toHaveAttribute('aria-valuetext', '68 days, at risk');
    await expect(gauge).toHaveAccessibleDescription('+2 days vs. previous period, worse');
  },
};

/** Budget variance: anything from −5 % to +5 % is on track; the scale runs one range width beyond each end. */
export const TargetRange: Story = {
  args: controlled(budget),
  play: async ({ canvasElement }) => {
    const gauge = await meter(canvasElement, budget.name);
    await expect(gauge).toHaveAttribute('aria-valuetext', '3.2%, on track');
    await expect(gauge).toHaveAttribute('aria-valuemin', '-0.15');
  },
};

/** The linear (bullet) variant: band strip, value bar, target tick. */
export const Linear: Story = {
  args: { ...controlled(csat), variant: 'linear', max: 1 },
  play: async ({ canvasElement }) => {
    const gauge = await meter(canvasElement, csat.name);
    await expect(gauge).toHaveAttribute('data-variant', 'linear');
    await expect(gauge).toHaveAttribute('aria-valuetext', '91%, on track');
  },
};

/** Annual recurring revenue in USD; millions switch to compact notation in the provider's locale. */
export const Currency: Story = {
  args: { ...controlled(revenue), max: 50_000_000, size: 'lg' },
  play: async ({ canvasElement }) => {
    const gauge = await meter(canvasElement, revenue.name);
    await expect(gauge.getAttribute('aria-valuetext')).toMatch(/41[.,]2.*, on track$/);
  },
};

/** 130 bookings on a 0–120 scale: clamped on the drawing and in aria-valuenow, said in words ("above scale"). */
export const OverRange: Story = {
  args: { label: 'Demo bookings this week', value: 130, target: 100, max: 120, previous: 112 },
  play: async ({ canvasElement }) => {
    const gauge = await meter(canvasElement, 'Demo bookings this week');
    await expect(gauge).toHaveAttribute('aria-valuenow', '120');
    await expect(gauge).toHaveAttribute('aria-valuetext', '130, on track, above scale');
    await expect(gauge).toHaveTextContent('Above scale');
  },
};

/** min ≥ max: the gauge renders an accessible placeholder and logs one console warning (prop, value, rule, fallback). */
export const InvalidProps: Story = {
  args: { label: 'Misconfigured KPI', value: 50, min: 100, max: 0, target: 80 },
  play: async ({ canvasElement }) => {
    const fallback = await within(canvasElement).findByRole('img', {
      name: 'Misconfigured KPI: cannot be shown, its data is invalid',
    });
    await expect(fallback).toHaveAttribute('data-state', 'invalid');
  },
};

/** `renderLabel` replaces the readout; `renderNeedle` draws a pointer in the needle's frame (the gauge rotates it). */
export const RenderProps: Story = {
  args: {
    ...controlled(mttr),
    max: 8,
    renderLabel: (m) => (
      <>
        <span className="ns-kpi-gauge-number">{m.valueLabel}</span>
        <span>{`${Math.round(m.attainment * 100)} % of target`}</span>
      </>
    ),
    renderNeedle: () => (
      <path
        d="M-4 0L0 -70L4 0Z"
        style={{ fill: 'var(--ns-color-text)', stroke: 'var(--ns-color-surface)' }}
      />
    ),
  },
  play: async ({ canvasElement }) => {
    const gauge = await meter(canvasElement, mttr.name);
    await expect(gauge).toHaveTextContent(/2\.1\sh/);
    // (8 − 2.1) / (8 − 1) = 0.84 of target, as core computes it
    await expect(gauge).toHaveTextContent('84 % of target');
  },
};

// Bands out of order: core rejects them, so that gauge shows the invalid-data placeholder.
const UNSORTED = [
  { id: 'high', label: 'High', from: 0.8, tone: 'success' as const },
  { id: 'low', label: 'Low', from: 0.2, tone: 'danger' as const },
];

const cell = (title: string, gauge: ReactNode) => (
  <figure key={title} style={{ margin: 0, display: 'grid', gap: 6, alignContent: 'start' }}>
    <figcaption style={{ fontSize: 12, fontWeight: 600 }}>{title}</figcaption>
    {gauge}
  </figure>
);

/**
 * Every state side by side: controlled gauges of both variants and sizes, out of scale, no data and invalid props, and
 * connected gauges (memory adapter over the sample KPIs) that load, fail with Retry, find nothing, or show the KPI.
 */
export const AllStates: Story = {
  // the cell captions and labels below are the story's own words, as a host's would be (not catalogue text)
  parameters: {
    controls: { disable: true },
    northstar: {
      hostText: [
        'Above scale',
        'Badly banded KPI',
        'Below scale',
        'Connected',
        'Connected: error',
        'Connected: loading',
        'Connected: not found',
        'Currency, large',
        'Demo bookings',
        'Half circle, small',
        'Higher is better',
        'Invalid (unsorted bands)',
        'Linear',
        'Linear, lower is better',
        'Lower is better',
        'Net Promoter Score',
        'New KPI',
        'No data (value null)',
        'Retired KPI',
        'Support first response time',
        'Target range',
        'The KPI service did not respond (503)',
      ],
    },
  },
  render: () => (
    <div style={{ display: 'grid', gridTemplateColumns: 'repeat(auto-fill, minmax(200px, 1fr))', gap: 24 }}>
      {cell('Higher is better', <KpiGauge {...controlled(pipeline)} />)}
      {cell('Lower is better', <KpiGauge {...controlled(salesCycle)} />)}
      {cell('Target range', <KpiGauge {...controlled(budget)} />)}
      {cell(
        'Half circle, small',
        <KpiGauge {...controlled(csat)} max={1} startAngle={-90} endAngle={90} size="sm" />,
      )}
      {cell('Currency, large', <KpiGauge {...controlled(revenue)} max={50_000_000} size="lg" />)}
      {cell('Linear', <KpiGauge {...controlled(csat)} max={1} variant="linear" />)}
      {cell('Linear, lower is better', <KpiGauge {...controlled(mttr)} max={8} variant="linear" size="sm" />)}
      {cell('Above scale', <KpiGauge label="Demo bookings" value={130} target={100} max={120} />)}
      {cell(
        'Below scale',
        <KpiGauge label="Net Promoter Score" value={-120} target={55} min={-100} max={100} />,
      )}
      {cell('No data (value null)', <KpiGauge label="New KPI" value={null} target={10} />)}
      {cell(
        'Invalid (unsorted bands)',
        <KpiGauge label="Badly banded KPI" value={5} target={10} bands={UNSORTED} />,
      )}
      {cell(
        'Connected',
        <WithAdapter>
          <KpiGauge kpiId="k-010" />
        </WithAdapter>,
      )}
      {cell(
        'Connected: loading',
        <WithAdapter options={{ latencyMs: 2 ** 31 - 1 }}>
          <KpiGauge kpiId="k-010" />
        </WithAdapter>,
      )}
      {cell(
        'Connected: error',
        <WithAdapter
          options={{ latencyMs: 50, failWith: () => new Error('The KPI service did not respond (503)') }}
        >
          <KpiGauge kpiId="k-010" label="Support first response time" />
        </WithAdapter>,
      )}
      {cell(
        'Connected: not found',
        <WithAdapter>
          <KpiGauge kpiId="k-999" label="Retired KPI" />
        </WithAdapter>,
      )}
    </div>
  ),
  play: async ({ canvasElement }) => {
    const canvas = within(canvasElement);
    await expect(canvas.getAllByRole('meter').length).toBeGreaterThanOrEqual(9);
    await expect(
      await canvas.findByRole('meter', { name: 'Support first response time (median)' }),
    ).toHaveAttribute('aria-valuetext', '8.5\u00a0h, at risk');
    await expect(await canvas.findByRole('alert')).toHaveTextContent('The KPI could not be loaded.');
    await expect(canvas.getByRole('button', { name: 'Retry' })).toBeVisible();
    await waitFor(() => expect(canvas.getByText('KPI not found')).toBeVisible());
    // by now only the never-answering adapter is still loading
    await expect(canvas.getByRole('status')).toHaveTextContent('Loading KPI…');
    await expect(
      canvas.getByRole('img', { name: 'Badly banded KPI: cannot be shown, its data is invalid' }),
    ).toBeVisible();
  },
};
