import type { NorthstarAdapter, TalentRecord } from '@northstar/core';
import type { Meta, StoryObj } from '@storybook/react-vite';
import { QueryClient } from '@tanstack/react-query';
import { type ReactNode, useState } from 'react';
import { expect, fn, screen, userEvent, waitFor, within } from 'storybook/test';
import { NorthstarProvider } from '../provider/NorthstarProvider.js';
import { createSampleAdapter } from '../stories/sampleOrg.js';
import { CalibrationPanel } from './CalibrationPanel.js';
import { NineBoxGrid } from './NineBoxGrid.js';
import type { NineBoxMove } from './nineBox.types.js';
import {
  AUSTIN_TALENT,
  manyPeople,
  SAMPLE_PEOPLE,
  SAMPLE_TALENT,
  SKEWED_TALENT,
} from './nineBoxStoryData.js';

const TEN_THOUSAND = manyPeople(10_000);
const TARGET = { 1: 5, 2: 10, 3: 10, 4: 10, 5: 30, 6: 15, 7: 5, 8: 10, 9: 5 };
const nameOnly = { selector: '.ns-nine-box-card-name' };

// A nested provider with its own adapter and a client without automatic retries.
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

/** A host that applies each move to its own records, as a controlled grid's host does. */
function Controlled(props: { onMove?: (move: NineBoxMove) => void; records?: readonly TalentRecord[] }) {
  const [records, setRecords] = useState(props.records ?? SAMPLE_TALENT);
  return (
    <NineBoxGrid
      records={records}
      people={SAMPLE_PEOPLE}
      label="Talent review"
      onMove={(move) => {
        props.onMove?.(move);
        setRecords((rs) =>
          rs.map((r) =>
            r.personId === move.personId
              ? { ...r, performance: move.performance, potential: move.potential }
              : r,
          ),
        );
      }}
    />
  );
}

const meta = {
  title: 'Widgets/NineBoxGrid',
  component: NineBoxGrid,
  tags: ['autodocs'],
  args: { records: SAMPLE_TALENT, people: SAMPLE_PEOPLE, label: 'Talent review' },
  parameters: {
    controls: { exclude: ['records', 'people', 'moves'] },
    docs: {
      description: {
        component:
          'Performance × potential grid. Placement, counts and shares come from `@northstar/core` (a score on a cut ' +
          'goes to the higher box). Arrow keys move between boxes, Tab enters a box; on a card, Enter (or "Move to…") ' +
          'starts a move, arrows choose the box, Enter drops, and a reason is required before `onMove` is called.',
      },
    },
  },
} satisfies Meta<typeof NineBoxGrid>;

export default meta;
type Story = StoryObj<typeof meta>;

/** The sample organisation's 120 talent records on the default 3×3 grid. */
export const Default: Story = {
  play: async ({ canvasElement }) => {
    const grid = within(canvasElement).getByRole('grid', { name: 'Talent review' });
    await expect(within(grid).getAllByRole('gridcell')).toHaveLength(9);
    await expect(
      within(grid).getByRole('gridcell', { name: /High potential, high performance: \d+ people/ }),
    ).toBeVisible();
  },
};

/** Three cuts per axis: a 4×4 grid with generic box names. */
export const FourByFour: Story = {
  args: { performanceCuts: [0.25, 0.5, 0.75], potentialCuts: [0.25, 0.5, 0.75] },
  play: async ({ canvasElement }) => {
    const grid = within(canvasElement).getByRole('grid');
    await expect(within(grid).getAllByRole('row')).toHaveLength(4);
    await expect(within(grid).getAllByRole('gridcell')).toHaveLength(16);
  },
};

/** The host's own box names and accent colours. */
export const CustomLabels: Story = {
  args: {
    labels: {
      9: { title: 'Future leader', color: 'var(--ns-color-success)' },
      5: 'Solid contributor',
      1: { title: 'Needs a plan', color: 'var(--ns-color-danger)' },
    },
    levelNames: { potential: ['Limited', 'Growing', 'Broad'] },
  },
  play: async ({ canvasElement }) => {
    const canvas = within(canvasElement);
    await expect(canvas.getByText('Future leader')).toBeVisible();
    await expect(canvas.getByRole('gridcell', { name: /Broad potential, high performance/ })).toBeVisible();
  },
};

/** Cuts at 0.4 and 0.7: Pedro (performance 0.7, potential 0.7, exactly on both cuts) is in the top box, as core places him. */
export const OnTheCutOff: Story = {
  args: {
    performanceCuts: [0.4, 0.7],
    potentialCuts: [0.4, 0.7],
    records: SAMPLE_TALENT.filter((r) => ['p-045', 'p-006', 'p-014'].includes(r.personId)),
  },
  play: async ({ canvasElement }) => {
    const canvas = within(canvasElement);
    const name = SAMPLE_PEOPLE.find((p) => p.id === 'p-045')!.name;
    const star = canvas.getByRole('gridcell', { name: /High potential, high performance: 1 person/ });
    await expect(within(star).getByText(name, nameOnly)).toBeVisible();
  },
};

/** A move by keyboard only: Enter on a card, an arrow, Enter, a reason, submit; announced in the live region. */
export const KeyboardMove: Story = {
  args: { onMove: fn() },
  render: (args) => <Controlled onMove={args.onMove} />,
  play: async ({ canvasElement, args }) => {
    const canvas = within(canvasElement);
    const core = canvas.getByRole('gridcell', { name: /Medium potential, medium performance/ });
    const card = within(core).getAllByRole('listitem')[0]!;
    const name = card.querySelector('.ns-nine-box-card-name')!.textContent!;
    card.focus();
    await userEvent.keyboard('{Enter}{ArrowRight}{Enter}');
    const dialog = await screen.findByRole('dialog');
    await userEvent.type(within(dialog).getByRole('textbox'), 'Led the platform rewrite');
    await userEvent.click(within(dialog).getByRole('button', { name: 'Move' }));
    await expect(args.onMove).toHaveBeenCalledTimes(1);
    await expect(canvas.getByRole('status')).toHaveTextContent(
      `${name} moved from Core player to High performer.`,
    );
  },
};

/** Connected to an adapter that rejects every move: the card goes back and the grid says so. */
export const FailedMoveRolledBack: Story = {
  args: { records: undefined, people: undefined, cycleId: '2026-h2' },
  render: (args) => (
    <WithAdapter
      adapter={() =>
        createSampleAdapter({
          failWith: ({ method }) =>
            method === 'move' ? new Error('The talent service is read-only today (503)') : undefined,
        })
      }
    >
      <NineBoxGrid {...args} />
    </WithAdapter>
  ),
  play: async ({ canvasElement }) => {
    const canvas = within(canvasElement);
    const core = await canvas.findByRole('gridcell', { name: /Medium potential, medium performance/ });
    const card = within(core).getAllByRole('listitem')[0]!;
    const name = card.querySelector('.ns-nine-box-card-name')!.textContent!;
    card.focus();
    await userEvent.keyboard('{Enter}{ArrowUp}{Enter}');
    await userEvent.type(await screen.findByRole('textbox'), 'Ready for more{Enter}');
    const alert = await canvas.findByRole('alert');
    await expect(alert).toHaveTextContent(
      `Could not move ${name}: The talent service is read-only today (503).`,
    );
    await waitFor(() =>
      expect(
        within(canvas.getByRole('gridcell', { name: /Medium potential, medium performance/ })).getByText(
          name,
          nameOnly,
        ),
      ).toBeVisible(),
    );
  },
};

/** The calibration panel beside the grid: a lenient and a harsh manager, the distribution against a target. */
export const CalibrationLenientAndHarsh: Story = {
  args: { records: SKEWED_TALENT, target: TARGET },
  render: (args) => (
    <div style={{ display: 'grid', gap: 24 }}>
      <NineBoxGrid {...args} />
      <CalibrationPanel records={SKEWED_TALENT} people={SAMPLE_PEOPLE} target={TARGET} showCalibrated />
    </div>
  ),
  play: async ({ canvasElement }) => {
    const panel = within(within(canvasElement).getByRole('region', { name: 'Calibration' }));
    await expect(panel.getByText(/^Liam Kumar rates leniently/)).toBeVisible();
    await expect(panel.getByText(/^Søren Osei rates harshly/)).toBeVisible();
    await expect(panel.getByText(/^The distribution (departs from|fits) the target \(χ² = /)).toBeVisible();
  },
};

/** Adverse impact by location: Austin reaches the top boxes at under four-fifths of the best location's rate. */
export const AdverseImpact: Story = {
  args: { records: AUSTIN_TALENT },
  render: (args) => (
    <div style={{ display: 'grid', gap: 24 }}>
      <NineBoxGrid {...args} />
      <CalibrationPanel
        records={AUSTIN_TALENT}
        people={SAMPLE_PEOPLE}
        groupOf={(person) => person?.location}
        groupAttribute="location"
      />
    </div>
  ),
  play: async ({ canvasElement }) => {
    const panel = within(within(canvasElement).getByRole('region', { name: 'Calibration' }));
    await expect(
      panel.getByText(/^Austin, US is placed in the top boxes at less than four-fifths/),
    ).toBeVisible();
  },
};

/** The multi-level view: drill from the company into a department and a manager's team, and back. */
export const DrillDownByScope: Story = {
  args: { scopePicker: true, defaultFilter: { department: 'Engineering' } },
  play: async ({ canvasElement }) => {
    const nav = within(within(canvasElement).getByRole('navigation', { name: 'Scope' }));
    await expect(nav.getByRole('button', { name: 'Department Engineering' })).toHaveAttribute(
      'aria-current',
      'page',
    );
    const select = nav.getByRole('combobox', { name: 'Drill down' });
    const team = within(select).getAllByRole('option')[1]!;
    await userEvent.selectOptions(select, team);
    await expect(nav.getAllByRole('listitem').length).toBeGreaterThan(2);
    await userEvent.click(nav.getByRole('button', { name: 'Whole company' }));
    await expect(nav.getByRole('button', { name: 'Whole company' })).toHaveAttribute('aria-current', 'page');
  },
};

/** Arabic, right to left: higher performance is to the left, digits are Arabic-Indic. */
export const RightToLeft: Story = {
  render: (args) => (
    <NorthstarProvider locale="ar-EG">
      <NineBoxGrid {...args} label="مراجعة المواهب" />
    </NorthstarProvider>
  ),
  play: async ({ canvasElement }) => {
    const grid = within(canvasElement).getByRole('grid', { name: 'مراجعة المواهب' });
    await expect(grid.closest('[dir="rtl"]')).not.toBeNull();
    await expect(within(grid).getAllByRole('gridcell')[2]).toHaveAccessibleName(
      /إمكانات مرتفعة، أداء مرتفعة/,
    );
  },
};

/** Dark appearance. */
export const Dark: Story = {
  render: (args) => (
    <NorthstarProvider appearance="dark">
      <NineBoxGrid {...args} />
    </NorthstarProvider>
  ),
  play: async ({ canvasElement }) => {
    await expect(within(canvasElement).getByRole('grid')).toBeVisible();
  },
};

/** A 360 px column (a phone, or a portal sidebar): boxes shrink, cards wrap, nothing overflows. */
export const Narrow: Story = {
  render: (args) => (
    <div style={{ inlineSize: 360 }}>
      <NineBoxGrid {...args} />
    </div>
  ),
  play: async ({ canvasElement }) => {
    const grid = within(canvasElement).getByRole('grid');
    await expect(grid.scrollWidth).toBeLessThanOrEqual(grid.clientWidth + 1);
  },
};

/** 10,000 people: each box shows five cards and "+N more", which opens a virtualised, sortable table. */
export const TenThousandPeople: Story = {
  args: { records: TEN_THOUSAND.records, people: TEN_THOUSAND.people },
  play: async ({ canvasElement }) => {
    const canvas = within(canvasElement);
    const core = canvas.getByRole('gridcell', { name: /Medium potential, medium performance/ });
    const more = within(core).getByRole('button', { name: /\+[\d,]+ more$/ });
    await userEvent.click(more);
    const dialog = await screen.findByRole('dialog');
    await expect(within(dialog).getAllByRole('row').length).toBeLessThan(60);
    await userEvent.click(within(dialog).getByRole('button', { name: 'Close' }));
  },
};

/** Read through the story's sample adapter (connected), with the move history from `talent.listMoves`. */
export const Connected: Story = {
  args: { records: undefined, people: undefined, cycleId: '2026-h2' },
  play: async ({ canvasElement }) => {
    await expect(await within(canvasElement).findByRole('grid', { name: 'Talent review' })).toBeVisible();
  },
};

function Section({ title, children }: { title: string; children: ReactNode }) {
  return (
    <section aria-label={title}>
      <h2 style={{ fontSize: '1rem' }}>{title}</h2>
      {children}
    </section>
  );
}

const ALL_STATES_TEXT = [
  'Data, two people not placed',
  'Grid with unplaced people',
  'Invalid data',
  'Grid with a bad score',
  'Read-only',
  'Read-only grid',
  'Empty',
  'Grid of an empty cycle',
  'Loading',
  'Grid loading',
  'Error',
  'Grid that failed to load',
  'The talent service did not respond (503)',
];

/** Every state: data with people not placed, invalid data, read-only, empty, loading and error. */
export const AllStates: Story = {
  // The section titles and grid labels are the story's own (host) text, not catalogue strings.
  parameters: { northstar: { hostText: ALL_STATES_TEXT } },
  render: () => (
    <div style={{ display: 'grid', gap: 24 }}>
      <Section title="Data, two people not placed">
        <NineBoxGrid
          label="Grid with unplaced people"
          records={[
            ...SAMPLE_TALENT.slice(0, 12),
            { personId: 'p-200', performance: null, potential: 0.5 },
            { personId: 'p-201', performance: 0.4, potential: null },
          ]}
          people={SAMPLE_PEOPLE}
          onMove={() => {}}
        />
      </Section>
      <Section title="Invalid data">
        <NineBoxGrid
          label="Grid with a bad score"
          records={[{ personId: 'p-002', performance: 1.4, potential: 0.5 }]}
        />
      </Section>
      <Section title="Read-only">
        <NineBoxGrid
          label="Read-only grid"
          records={SAMPLE_TALENT.slice(0, 6)}
          people={SAMPLE_PEOPLE}
          toolbar={false}
        />
      </Section>
      <Section title="Empty">
        <WithAdapter adapter={() => createSampleAdapter()}>
          <NineBoxGrid label="Grid of an empty cycle" cycleId="no-such-cycle" />
        </WithAdapter>
      </Section>
      <Section title="Loading">
        <WithAdapter adapter={() => createSampleAdapter({ gate: () => new Promise(() => {}) })}>
          <NineBoxGrid label="Grid loading" cycleId="2026-h2" />
        </WithAdapter>
      </Section>
      <Section title="Error">
        <WithAdapter
          adapter={() =>
            createSampleAdapter({
              failWith: ({ domain }) =>
                domain === 'talent' ? new Error('The talent service did not respond (503)') : undefined,
            })
          }
        >
          <NineBoxGrid label="Grid that failed to load" cycleId="2026-h2" />
        </WithAdapter>
      </Section>
    </div>
  ),
  play: async ({ canvasElement }) => {
    const canvas = within(canvasElement);
    await expect(canvas.getByRole('region', { name: 'Not placed' })).toBeVisible();
    await expect(canvas.getByText(/The grid cannot be shown: records: .*"p-002"/)).toBeVisible();
    await expect(await canvas.findByText('No talent records yet.')).toBeVisible();
    await expect(canvas.getByText('Loading talent review…')).toBeVisible();
    await expect(await canvas.findByText(/The talent service did not respond/)).toBeVisible();
  },
};
