import type { Meta, StoryObj } from '@storybook/react-vite';
import { expect, within } from 'storybook/test';
import { KpiGauge } from '../kpi-gauge/KpiGauge.js';
import { KpiTable } from '../kpi-table/KpiTable.js';
import { createSampleAdapter } from './sampleOrg.js';

// Connected widgets only: no data props, everything is read through the adapter that Storybook's global decorator
// puts in the NorthstarProvider (core's sample organisation), so the toolbar's theme, appearance and locale apply.
function Dashboard() {
  return (
    <div style={{ display: 'grid', gap: 16 }}>
      <div style={{ display: 'grid', gridTemplateColumns: 'repeat(auto-fit, minmax(180px, 1fr))', gap: 16 }}>
        <KpiGauge kpiId="k-001" />
        <KpiGauge kpiId="k-007" />
        <KpiGauge kpiId="k-010" />
        <KpiGauge kpiId="k-029" variant="linear" />
      </div>
      <KpiTable query={{ department: 'Sales' }} />
    </div>
  );
}

const meta = {
  title: 'Foundations/Connected dashboard',
  component: Dashboard,
  tags: ['autodocs'],
  parameters: {
    docs: {
      description: {
        component:
          'Gauges and a table in connected mode (`kpiId`, `query`), fed by `createMemoryAdapter` over the sample organisation. Stories swap the adapter with `parameters.northstar.adapter`.',
      },
    },
  },
} satisfies Meta<typeof Dashboard>;

export default meta;
type Story = StoryObj<typeof meta>;

/** Sample-organisation data through the decorator's memory adapter. */
export const Loaded: Story = {
  play: async ({ canvasElement }) => {
    const canvas = within(canvasElement);
    await expect(await canvas.findByRole('meter', { name: /Annual recurring revenue/ })).toBeVisible();
    await expect(await canvas.findByRole('row', { name: /Win rate/ })).toBeVisible();
  },
};

/** An adapter that answers after 10 minutes: every widget shows its loading state. */
export const Loading: Story = {
  parameters: { northstar: { adapter: createSampleAdapter({ latencyMs: 600_000 }) } },
};

/** An adapter whose reads fail: every widget shows its error state with a retry button. */
export const AdapterError: Story = {
  parameters: {
    northstar: { adapter: createSampleAdapter({ failWith: () => new Error('Network down') }) },
  },
  play: async ({ canvasElement }) => {
    const canvas = within(canvasElement);
    const retries = await canvas.findAllByRole('button', { name: /retry/i }, { timeout: 10_000 });
    await expect(retries.length).toBeGreaterThan(0);
  },
};
