import type { Kpi, NorthstarAdapter } from '@northstar/core';
import type { Meta, StoryObj } from '@storybook/react-vite';
import { QueryClient } from '@tanstack/react-query';
import { type ReactNode, useState } from 'react';
import { expect, screen, userEvent, waitFor, within } from 'storybook/test';
import { NorthstarProvider } from '../provider/NorthstarProvider.js';
import { createSampleAdapter, SAMPLE_ORG } from '../stories/sampleOrg.js';
import { KpiTable } from './KpiTable.js';

const { kpis, kpiHistory, people } = SAMPLE_ORG;

// 10,000 KPIs: the sample organisation's 32 repeated with unique ids and names (history stays with the originals).
const TEN_THOUSAND: readonly Kpi[] = Array.from({ length: 10_000 }, (_, i) => {
  const base = kpis[i % kpis.length]!;
  return {
    ...base,
    id: `${base.id}-${i + 1}`,
    name: `${base.name} · unit ${Math.floor(i / kpis.length) + 1}`,
  };
});

// Adapters whose calls fail or never settle, for the connected error and loading states.
const failingAdapter = (): NorthstarAdapter =>
  createSampleAdapter({
    latencyMs: 150,
    failWith: ({ domain, method }) =>
      domain === 'kpis' && method === 'list' ? new Error('The KPI service did not respond (503)') : undefined,
  });
const pendingAdapter = (): NorthstarAdapter => createSampleAdapter({ latencyMs: 2 ** 31 - 1 });
// Reads work; every `kpis.record` is rejected, so an optimistic write always rolls back.
const rejectingWritesAdapter = (): NorthstarAdapter =>
  createSampleAdapter({
    latencyMs: 300,
    failWith: ({ domain, method }) =>
      domain === 'kpis' && method === 'record'
        ? new Error('The KPI service is read-only today (503)')
        : undefined,
  });

// A nested provider with its own adapter (theme and locale still come from the toolbar's outer provider) and a
// client without automatic retries, so the error state shows at once.
function WithAdapter({ adapter, children }: { adapter: () => NorthstarAdapter; children: ReactNode }) {
  const [own] = useState(() => ({
    adapter: adapter(),
    client: new QueryClient({ defaultOptions: { queries: { retry: false } } }),
  }));
  return (
    <NorthstarProvider adapter={own.adapter} queryClient={own.client}>
      {children}
    </NorthstarProvider>
  );
}

const CONNECTED = { kpis: undefined, history: undefined, people: undefined } as const;

const meta = {
  title: 'Widgets/KpiTable',
  component: KpiTable,
  tags: ['autodocs'],
  args: { kpis, history: kpiHistory, people },
  parameters: {
    // The data props are large arrays; editing them as JSON in the controls panel helps nobody.
    controls: { exclude: ['kpis', 'history', 'people'] },
    docs: {
      description: {
        component:
          'Sortable, filterable, virtualised KPI grid (WAI-ARIA data grid). Attainment and status come from ' +
          '`@northstar/core`; one tab stop, arrow keys between cells, Home/End, Ctrl+Home/End, Page Up/Down; ' +
          'Enter or Space opens a dialog with the KPI history.',
      },
    },
  },
} satisfies Meta<typeof KpiTable>;

export default meta;
type Story = StoryObj<typeof meta>;

/** The sample organisation's 32 KPIs with 12 months of history and owner names. */
export const Default: Story = {
  play: async ({ canvasElement }) => {
    const canvas = within(canvasElement);
    const table = await canvas.findByRole('grid', { name: 'KPIs' });
    await expect(table).toHaveAttribute('aria-rowcount', '33');
    await expect(canvas.getByRole('row', { name: /^Annual recurring revenue\b/ })).toBeVisible();
  },
};

/** 10,000 rows: only the visible window (plus a little overscan) is in the DOM. */
export const TenThousandRows: Story = {
  args: { kpis: TEN_THOUSAND },
  play: async ({ canvasElement, userEvent }) => {
    const canvas = within(canvasElement);
    const grid = await canvas.findByRole('grid');
    await expect(grid).toHaveAttribute('aria-rowcount', '10001');
    await expect(canvasElement.querySelectorAll('tr').length).toBeLessThan(60);
    const firstRow = canvas.getAllByRole('row')[1]!;
    within(firstRow).getByRole('rowheader').focus();
    await userEvent.keyboard('{Control>}{End}{/Control}');
    await waitFor(() =>
      expect(canvasElement.ownerDocument.activeElement?.closest('tr')).toHaveAttribute(
        'aria-rowindex',
        '10001',
      ),
    );
  },
};

/** Filters and sorting set up front: at-risk Customer Success KPIs, worst attainment first. */
export const Filtered: Story = {
  args: {
    defaultFilters: { status: 'at-risk', department: 'Customer Success' },
    defaultSorting: [{ id: 'attainment', desc: false }],
  },
  play: async ({ canvasElement }) => {
    const canvas = within(canvasElement);
    await expect(await canvas.findByText('Showing 4 of 32 KPIs')).toBeVisible();
    await expect(canvas.getByRole('columnheader', { name: 'Attainment' })).toHaveAttribute(
      'aria-sort',
      'ascending',
    );
  },
};

/** No KPIs at all. */
export const Empty: Story = {
  args: { kpis: [] },
  play: async ({ canvasElement }) => {
    await expect(await within(canvasElement).findByText('No KPIs')).toBeVisible();
  },
};

/** Connected to the sample adapter from the provider: no `kpis` prop. */
export const Connected: Story = {
  args: CONNECTED,
  play: async ({ canvasElement }) => {
    const canvas = within(canvasElement);
    await expect(await canvas.findByRole('row', { name: /^Annual recurring revenue\b/ })).toBeVisible();
  },
};

/** Connected, while the adapter has not answered yet: skeleton rows in a busy table. */
export const Loading: Story = {
  args: CONNECTED,
  render: (args) => (
    <WithAdapter adapter={pendingAdapter}>
      <KpiTable {...args} />
    </WithAdapter>
  ),
  play: async ({ canvasElement }) => {
    const canvas = within(canvasElement);
    await expect(await canvas.findByRole('grid', { busy: true })).toBeVisible();
    await expect(canvas.getByRole('status')).toHaveTextContent('Loading KPIs…');
  },
};

/** Connected, when the adapter fails: the message and a Retry button. */
// Not exported as `Error`, which would shadow the global Error constructor in this module.
export const ErrorState: Story = {
  name: 'Error',
  args: CONNECTED,
  // the adapter's own error message is shown verbatim, as the host's service wrote it
  parameters: { northstar: { hostText: ['The KPI service did not respond (503)'] } },
  render: (args) => (
    <WithAdapter adapter={failingAdapter}>
      <KpiTable {...args} />
    </WithAdapter>
  ),
  play: async ({ canvasElement }) => {
    const alert = await within(canvasElement).findByRole('alert');
    await expect(alert).toHaveTextContent('The KPI service did not respond (503)');
    await expect(within(alert).getByRole('button', { name: 'Retry' })).toBeVisible();
  },
};

const INVALID: Kpi = {
  id: 'k-bad',
  name: 'Imported KPI without a target',
  actual: 12,
  direction: 'higher-is-better',
};

function Section({ title, children }: { title: string; children: ReactNode }) {
  return (
    <section style={{ display: 'grid', gap: 8 }}>
      <h2 style={{ margin: 0, fontSize: 16 }}>{title}</h2>
      {children}
    </section>
  );
}

/** Every state side by side: data, no filter matches, a KPI core rejects, empty, loading and error. */
export const AllStates: Story = {
  // the table labels below are the host's own words (the locale story test does not expect them translated)
  parameters: {
    northstar: {
      hostText: [
        'KPIs with data',
        'KPIs filtered to nothing',
        'no such KPI',
        'KPIs with bad data',
        'No KPIs yet',
        'Imported KPI without a target',
        'The KPI service did not respond (503)',
        'KPIs loading',
        'KPIs that failed to load',
      ],
    },
  },
  render: () => (
    <div style={{ display: 'grid', gap: 24 }}>
      <Section title="Data">
        <KpiTable label="KPIs with data" kpis={kpis.slice(0, 5)} history={kpiHistory} people={people} />
      </Section>
      <Section title="No filter matches">
        <KpiTable
          label="KPIs filtered to nothing"
          kpis={kpis.slice(0, 5)}
          defaultGlobalFilter="no such KPI"
        />
      </Section>
      <Section title="Invalid and missing data">
        <KpiTable
          label="KPIs with bad data"
          kpis={[INVALID, { ...kpis[1]!, actual: null, previous: null }, kpis[2]!]}
          people={people}
        />
      </Section>
      <Section title="Empty">
        <KpiTable label="No KPIs yet" kpis={[]} />
      </Section>
      <Section title="Loading">
        <WithAdapter adapter={pendingAdapter}>
          <KpiTable label="KPIs loading" />
        </WithAdapter>
      </Section>
      <Section title="Error">
        <WithAdapter adapter={failingAdapter}>
          <KpiTable label="KPIs that failed to load" />
        </WithAdapter>
      </Section>
    </div>
  ),
  play: async ({ canvasElement }) => {
    const canvas = within(canvasElement);
    await expect(await canvas.findByRole('alert')).toBeVisible();
    await expect(canvas.getByRole('grid', { name: 'KPIs loading' })).toHaveAttribute('aria-busy', 'true');
    await expect(canvas.getByText('No KPIs')).toBeVisible();
    await expect(canvas.getByText('No KPIs match the filters')).toBeVisible();
    const invalid = canvas.getByRole('row', { name: /^Imported KPI without a target\b/ });
    await expect(within(invalid).getByText('Invalid data')).toBeVisible();
  },
};

/**
 * In a 360 px sidebar: the container query's narrow layout (name, actual of target, status), still one grid with one
 * tab stop; the arrow keys skip the columns it hides.
 */
export const Narrow: Story = {
  render: (args) => (
    <div style={{ inlineSize: 360, maxInlineSize: '100%' }}>
      <KpiTable {...args} />
    </div>
  ),
  play: async ({ canvasElement, userEvent }) => {
    const canvas = within(canvasElement);
    const row = await canvas.findByRole('row', { name: /^Annual recurring revenue\b/ });
    await waitFor(() =>
      expect(canvasElement.querySelector('.ns-kpi-table')).toHaveAttribute('data-layout', 'narrow'),
    );
    within(row).getByRole('rowheader').focus();
    await userEvent.keyboard('{ArrowRight}{ArrowRight}');
    const active = canvasElement.ownerDocument.activeElement as HTMLElement;
    await expect(active).toHaveAttribute('data-column', 'status');
    await expect(active).toBeVisible();
  },
};

/** A row opened from the keyboard: the dialog with a large gauge, the sparkline and the history table. */
export const OpenDialog: Story = {
  play: async ({ canvasElement, userEvent }) => {
    const row = await within(canvasElement).findByRole('row', { name: /^Win rate\b/ });
    within(row).getByRole('rowheader').focus();
    await userEvent.keyboard('{Enter}');
    const dialog = await screen.findByRole('dialog', { name: 'Win rate' });
    // it fades in over the theme's motion duration
    await waitFor(() => expect(dialog).toBeVisible());
    await expect(within(dialog).getByRole('table', { name: 'History' })).toBeVisible();
    await expect(canvasElement.querySelector('[data-ns-root]')?.contains(dialog)).toBe(true);
  },
};

/**
 * Connected, recording an actual from the dialog while the adapter rejects every write: the value shows at once,
 * then rolls back with an alert (and a Retry that resends the same idempotency key); what was typed stays.
 */
export const RecordActualRollback: Story = {
  args: CONNECTED,
  render: (args) => (
    <WithAdapter adapter={rejectingWritesAdapter}>
      <KpiTable {...args} />
    </WithAdapter>
  ),
  play: async ({ canvasElement }) => {
    const row = await within(canvasElement).findByRole('row', { name: /^Win rate\b/ });
    await userEvent.click(row);
    const dialog = await screen.findByRole('dialog', { name: 'Win rate' });
    await waitFor(() => expect(dialog).toBeVisible());
    await expect(canvasElement.querySelector('[data-ns-root]')?.contains(dialog)).toBe(true);
    const body = within(dialog);
    const period = await body.findByRole('textbox', { name: 'Period' });
    await waitFor(() => expect(period).toHaveValue('2026-12'));
    await userEvent.type(body.getByRole('textbox', { name: 'Actual' }), '26.5');
    await userEvent.click(body.getByRole('button', { name: 'Save actual' }));
    await expect(body.getByRole('button', { name: 'Saving…' })).toHaveAttribute('aria-busy', 'true');

    const alert = await body.findByRole('alert', {}, { timeout: 3000 });
    await expect(alert).toHaveTextContent('26.5% for Dec 2026 was not saved and has been rolled back');
    await expect(within(alert).getByRole('button', { name: 'Retry' })).toBeVisible();
    await expect(body.getByRole('textbox', { name: 'Actual' })).toHaveValue('26.5');
    await expect(period).toHaveValue('2026-12');
    await expect(body.queryByRole('row', { name: /^Dec 2026\b/ })).toBeNull();
  },
};
