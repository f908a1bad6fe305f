import type { Goal, NorthstarAdapter } from '@northstar/core';
import type { Meta, StoryObj } from '@storybook/react-vite';
import { QueryClient } from '@tanstack/react-query';
import { type ReactNode, useState } from 'react';
import { expect, userEvent, waitFor, within } from 'storybook/test';
import { NorthstarProvider } from '../provider/NorthstarProvider.js';
import { largeGoalTree } from '../stories/largeGoalTree.js';
import { createSampleAdapter, SAMPLE_ORG } from '../stories/sampleOrg.js';
import { GoalTree } from './GoalTree.js';
import type { GoalAlignEvent, GoalCheckInEvent, GoalCheckInRequest } from './goalTree.types.js';

const { goals, people, cycles } = SAMPLE_ORG;
const COMPANY = goals.filter((g) => g.level === 'company').map((g) => g.id);
const HUNDRED_THOUSAND = largeGoalTree(100_000);
const NEVER = new Promise<never>(() => {});

// A nested provider with its own adapter and a client without automatic retries (errors show at once); theme and
// locale still come from the toolbar's outer provider unless given.
function WithAdapter({
  adapter,
  children,
  locale,
  appearance,
}: {
  adapter: () => NorthstarAdapter;
  children: ReactNode;
  locale?: string;
  appearance?: 'light' | 'dark';
}) {
  const [own] = useState(() => ({
    adapter: adapter(),
    client: new QueryClient({ defaultOptions: { queries: { retry: false } } }),
  }));
  return (
    <NorthstarProvider adapter={own.adapter} queryClient={own.client} locale={locale} appearance={appearance}>
      {children}
    </NorthstarProvider>
  );
}

/** A host that owns the goals: check-ins and moves update its state, as a real controlled host would. */
function ControlledHost(props: { initial: readonly Goal[]; children: (host: HostProps) => ReactNode }) {
  const [list, setList] = useState(props.initial);
  const host: HostProps = {
    goals: list,
    onCheckIn: ({ goalId, input }: GoalCheckInEvent) =>
      setList((all) =>
        all.map((g) =>
          g.id === goalId && g.metric && g.metric.kind !== 'binary'
            ? { ...g, metric: { ...g.metric, current: input.current } }
            : g,
        ),
      ),
    onAlign: ({ goalId, parents }: GoalAlignEvent) =>
      setList((all) => all.map((g) => (g.id === goalId ? { ...g, parentId: undefined, parents } : g))),
  };
  return <>{props.children(host)}</>;
}
interface HostProps {
  goals: readonly Goal[];
  onCheckIn: (event: GoalCheckInEvent) => void;
  onAlign: (event: GoalAlignEvent) => void;
}

const meta = {
  title: 'Widgets/GoalTree',
  component: GoalTree,
  tags: ['autodocs'],
  args: { label: 'Company goals', goals, people, cycles, defaultExpanded: COMPANY.slice(0, 1) },
  parameters: {
    controls: { exclude: ['goals', 'people', 'cycles'] },
    docs: {
      description: {
        component:
          'Aligned goals from company objectives to key results in a WAI-ARIA treegrid. Every percentage is one ' +
          '`@northstar/core` rollup; check-ins update the path to the root through `Rollup.set`; re-aligning checks ' +
          'for cycles with core before anything is sent.',
      },
    },
  },
} satisfies Meta<typeof GoalTree>;

export default meta;
type Story = StoryObj<typeof meta>;

/** Controlled: the sample organisation's 642 goals, owners and cycle end dates, without any provider. */
export const Controlled: Story = {
  parameters: { northstar: { provider: false } },
  play: async ({ canvasElement }) => {
    const canvas = within(canvasElement);
    const grid = canvas.getByRole('treegrid', { name: 'Company goals' });
    const first = within(grid).getAllByRole('row')[1]!;
    await expect(first).toHaveAttribute('aria-expanded', 'true');
    await expect(first.textContent).toMatch(/\d+%/);
    first.focus();
    await userEvent.keyboard('{ArrowDown}');
    await expect(document.activeElement).toHaveAttribute('aria-level', '2');
  },
};

/** Connected: goals, people and check-ins through the provider's memory adapter (the sample organisation). */
export const Connected: Story = {
  args: { goals: undefined, people: undefined, cycleId: '2026-h2' },
  play: async ({ canvasElement }) => {
    const canvas = within(canvasElement);
    await canvas.findByRole('treegrid', { name: 'Company goals' });
    await expect(canvas.getAllByRole('button', { name: 'Check in' }).length).toBeGreaterThan(0);
  },
};

/** Read-only: no check-in or align controls, whatever the adapter can do. */
export const ReadOnly: Story = {
  args: { goals: undefined, people: undefined, readOnly: true },
  play: async ({ canvasElement }) => {
    const canvas = within(canvasElement);
    await canvas.findByRole('treegrid');
    await expect(canvas.queryByRole('button', { name: 'Check in' })).toBeNull();
  },
};

/** A check-in the server refuses: the path rolls back, the banner says why and Retry resends the same key. */
export const CheckInFailure: Story = {
  args: { goals: undefined, people: undefined },
  render: (args) => (
    <WithAdapter
      adapter={() =>
        createSampleAdapter({
          failWith: ({ method }) =>
            method === 'checkIn' ? new Error('The goal service is read-only today (503)') : undefined,
        })
      }
    >
      <GoalTree {...args} />
    </WithAdapter>
  ),
  play: async ({ canvasElement }) => {
    const canvas = within(canvasElement);
    await canvas.findByRole('treegrid');
    const button = canvas.getAllByRole('button', { name: 'Check in' })[0]!;
    await userEvent.click(button);
    const body = within(canvasElement.ownerDocument.body);
    // The dialog is a lazy chunk: the first open may wait for it.
    await userEvent.type(await body.findByLabelText('New current value', {}, { timeout: 45_000 }), '1');
    await userEvent.click(body.getByRole('button', { name: 'Save check-in' }));
    const banner = await canvas.findByRole('alert');
    await expect(banner.textContent).toContain('read-only today');
    await expect(within(banner).getByRole('button', { name: 'Retry' })).toBeVisible();
  },
};

/** Re-align: "Align to…" moves a goal under another objective; its descendants are refused (a cycle). */
export const Realign: Story = {
  parameters: { northstar: { provider: false } },
  render: (args) => (
    <ControlledHost initial={goals}>{(host) => <GoalTree {...args} {...host} />}</ControlledHost>
  ),
  play: async ({ canvasElement }) => {
    const canvas = within(canvasElement);
    const align = canvas.getAllByRole('button', { name: 'Align to…' })[0]!;
    await userEvent.click(align);
    // The dialog is a lazy chunk: the first open may wait for it.
    const dialog = await within(canvasElement.ownerDocument.body).findByRole(
      'dialog',
      {},
      { timeout: 45_000 },
    );
    await expect(within(dialog).getAllByRole('radio').length).toBeGreaterThan(1);
    await userEvent.keyboard('{Escape}');
  },
};

/** Filter: matches keep their ancestors (greyed) and the count is announced. */
export const Filter: Story = {
  args: { defaultFilter: { text: 'churn' } },
  parameters: { northstar: { provider: false } },
  play: async ({ canvasElement }) => {
    const canvas = within(canvasElement);
    await expect(canvas.getByText(/goals? match/)).toBeVisible();
    await expect(canvasElement.querySelector('mark')).not.toBeNull();
  },
};

/** Right-to-left: Arabic, with Arabic-Indic digits and mirrored arrow keys. */
export const RightToLeft: Story = {
  render: (args) => (
    <NorthstarProvider locale="ar-EG">
      <GoalTree {...args} label="أهداف الشركة" />
    </NorthstarProvider>
  ),
  play: async ({ canvasElement }) => {
    const canvas = within(canvasElement);
    const grid = canvas.getByRole('treegrid', { name: 'أهداف الشركة' });
    await expect(grid.closest('[dir]')).toHaveAttribute('dir', 'rtl');
    await expect(grid.textContent).toMatch(/[٠-٩]/);
  },
};

/** Dark appearance. */
export const Dark: Story = {
  render: (args) => (
    <NorthstarProvider appearance="dark">
      <GoalTree {...args} />
    </NorthstarProvider>
  ),
  play: async ({ canvasElement }) => {
    await expect(within(canvasElement).getByRole('treegrid')).toBeVisible();
  },
};

/** Narrow (360 px): title with its percentage and the actions only. */
export const Narrow: Story = {
  render: (args) => (
    <div style={{ inlineSize: 360 }}>
      <GoalTree {...args} />
    </div>
  ),
  play: async ({ canvasElement }) => {
    const body = canvasElement.querySelector('.ns-goal-tree-grid') as HTMLElement;
    await expect(body.scrollWidth).toBeLessThanOrEqual(body.clientWidth + 1);
    await expect(canvasElement.querySelector('.ns-goal-tree-narrow-progress')).toBeVisible();
  },
};

function Section({ title, children }: { title: string; children: ReactNode }) {
  return (
    <section>
      <h3 style={{ margin: '0 0 8px' }}>{title}</h3>
      {children}
    </section>
  );
}

/** Every state: data, a filter without matches, invalid data, empty, loading and a load error. */
export const AllStates: Story = {
  parameters: { northstar: { provider: false } },
  render: () => (
    <div style={{ display: 'grid', gap: 24 }}>
      <Section title="Data">
        <GoalTree label="Goals with data" goals={goals.slice(0, 12)} people={people} height={240} />
      </Section>
      <Section title="No filter matches">
        <GoalTree
          label="Goals filtered to nothing"
          goals={goals.slice(0, 12)}
          defaultFilter={{ text: 'no such goal' }}
          height={120}
        />
      </Section>
      <Section title="Invalid data">
        <GoalTree
          label="Goals with bad data"
          goals={[{ id: 'g-x', title: 'Orphan', parentId: 'g-missing' }]}
        />
      </Section>
      <Section title="Empty">
        <GoalTree label="No goals yet" goals={[]} />
      </Section>
      <Section title="Loading">
        <WithAdapter adapter={() => createSampleAdapter({ gate: () => NEVER })}>
          <GoalTree label="Goals loading" />
        </WithAdapter>
      </Section>
      <Section title="Error">
        <WithAdapter
          adapter={() =>
            createSampleAdapter({ failWith: () => new Error('The goal service did not respond (503)') })
          }
        >
          <GoalTree label="Goals that failed to load" />
        </WithAdapter>
      </Section>
    </div>
  ),
  play: async ({ canvasElement }) => {
    const canvas = within(canvasElement);
    await expect(canvas.getByRole('treegrid', { name: 'Goals with data' })).toBeVisible();
    await expect(canvas.getByText('No goals match')).toBeVisible();
    await expect(canvas.getByText(/g-x/)).toBeVisible();
    await expect(canvas.getByText('No goals to show yet.')).toBeVisible();
    await expect(await canvas.findByText(/did not respond/)).toBeVisible();
    await expect(canvas.getByText('Loading goals…')).toBeVisible();
  },
};

/** 100,000 goals, every objective open: fewer than 100 rows in the DOM; End reaches the last one. */
export const HundredThousandGoals: Story = {
  args: {
    goals: HUNDRED_THOUSAND,
    people: undefined,
    defaultExpanded: HUNDRED_THOUSAND.slice(0, 10).map((g) => g.id),
    label: '100,000 goals',
  },
  parameters: { northstar: { provider: false } },
  play: async ({ canvasElement }) => {
    const canvas = within(canvasElement);
    const grid = canvas.getByRole('treegrid', { name: '100,000 goals' });
    const first = within(grid).getAllByRole('row')[1]!;
    first.focus();
    await userEvent.keyboard('{End}');
    const last = grid.getAttribute('aria-rowcount');
    await waitFor(() => expect(document.activeElement).toHaveAttribute('aria-rowindex', last));
    await expect(within(grid).getAllByRole('row').length).toBeLessThan(100);
    // Expand all: every one of the 100,000 goals becomes a row, announced; End then reaches the very last goal.
    await userEvent.click(canvas.getByRole('button', { name: 'Expand all' }));
    await waitFor(() => expect(grid).toHaveAttribute('aria-rowcount', String(100_000 + 1)), {
      timeout: 30_000,
    });
    const live = canvasElement.querySelector('.ns-goal-tree-live')!;
    await waitFor(() => expect(live.textContent).toBe('All 100,000 goals expanded'));
    within(grid).getAllByRole('row')[1]!.focus();
    await userEvent.keyboard('{End}');
    await waitFor(() => expect(document.activeElement).toHaveAttribute('aria-rowindex', String(100_000 + 1)));
    await expect(within(grid).getAllByRole('row').length).toBeLessThan(100);
  },
};

/**
 * A host's own check-in UI: `onCheckInRequest` replaces the built-in dialog (which is then never loaded), and the
 * request's `submit` commits through the tree's optimistic path (the path to the root updates at once, rollback on
 * failure, Retry with the same idempotency key).
 */
export const CustomCheckIn: Story = {
  parameters: {
    northstar: {
      provider: false,
      hostText: ['Progress update', 'New value', 'Send update', 'Dismiss', 'Saved'],
    },
  },
  render: (args) => (
    <ControlledHost initial={goals}>
      {(host) => (
        <HostCheckIn>
          {(onCheckInRequest) => <GoalTree {...args} {...host} onCheckInRequest={onCheckInRequest} />}
        </HostCheckIn>
      )}
    </ControlledHost>
  ),
  play: async ({ canvasElement }) => {
    const canvas = within(canvasElement);
    await userEvent.click(canvas.getAllByRole('button', { name: 'Check in' })[0]!);
    await expect(within(canvasElement.ownerDocument.body).queryByRole('dialog')).toBeNull();
    const form = canvas.getByRole('form', { name: /Progress update/ });
    await userEvent.type(within(form).getByLabelText('New value'), '42');
    await userEvent.click(within(form).getByRole('button', { name: 'Send update' }));
    await expect(await canvas.findByText('Saved')).toBeVisible();
  },
};

/** The story's host UI: a plain form below the tree, fed by the tree's check-in requests. */
function HostCheckIn({
  children,
}: {
  children: (onCheckInRequest: (request: GoalCheckInRequest) => void) => ReactNode;
}) {
  const [request, setRequest] = useState<GoalCheckInRequest | null>(null);
  const [value, setValue] = useState('');
  const [outcome, setOutcome] = useState('');
  return (
    <div style={{ display: 'grid', gap: '0.75rem' }}>
      {children((next) => {
        setRequest(next);
        setValue('');
        setOutcome('');
      })}
      {request ? (
        <form
          aria-label={`Progress update: ${request.goal.title}`}
          style={{ display: 'flex', flexWrap: 'wrap', gap: '0.5rem', alignItems: 'end' }}
          onSubmit={(event) => {
            event.preventDefault();
            request.submit({ current: Number(value) }).then(
              () => setOutcome('Saved'),
              (error: Error) => setOutcome(error.message),
            );
          }}
        >
          <label style={{ display: 'grid' }}>
            New value
            <input value={value} inputMode="decimal" onChange={(event) => setValue(event.target.value)} />
          </label>
          <button type="submit">Send update</button>
          <button type="button" onClick={() => setRequest(null)}>
            Dismiss
          </button>
          <output>{outcome}</output>
        </form>
      ) : null}
    </div>
  );
}
