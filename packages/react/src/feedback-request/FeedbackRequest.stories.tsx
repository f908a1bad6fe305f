import type { MemoryAdapterOptions } from '@northstar/core/adapters';
import type { Meta, StoryObj } from '@storybook/react-vite';
import { QueryClient } from '@tanstack/react-query';
import { type ReactNode, useState } from 'react';
import { expect, userEvent, waitFor, within } from 'storybook/test';
import { NorthstarProvider } from '../provider/NorthstarProvider.js';
import {
  createFeedbackSampleAdapter,
  SAMPLE_FEEDBACK_TEMPLATE,
  SAMPLE_SUBJECT_ID,
} from '../stories/sampleFeedback.js';
import { SAMPLE_ORG } from '../stories/sampleOrg.js';
import { FeedbackRequest } from './FeedbackRequest.js';

// A nested provider with its own adapter (sample organisation, its open requests) and a client without automatic
// retries; theme and locale come from the toolbar's outer provider.
function WithAdapter({ options, children }: { options?: MemoryAdapterOptions; children: ReactNode }) {
  const [own] = useState(() => ({
    adapter: createFeedbackSampleAdapter(options),
    client: new QueryClient({ defaultOptions: { queries: { retry: false } } }),
  }));
  return (
    <NorthstarProvider adapter={own.adapter} queryClient={own.client}>
      {children}
    </NorthstarProvider>
  );
}

function Connected({ options }: { options?: MemoryAdapterOptions }) {
  return (
    <WithAdapter {...(options ? { options } : {})}>
      <FeedbackRequest subjectId={SAMPLE_SUBJECT_ID} templateId="h2-360" requestedBy={SAMPLE_SUBJECT_ID} />
    </WithAdapter>
  );
}

/** The first request call fails (the network drops), the retry goes through: the story decides, not a clock. */
function failOnce(): MemoryAdapterOptions {
  let failed = false;
  return {
    failWith: ({ method }) => {
      if (method !== 'request' || failed) return undefined;
      failed = true;
      return new Error('Network down');
    },
  };
}

const CONTROLLED = {
  subjectId: SAMPLE_SUBJECT_ID,
  templateId: 'h2-360',
  people: SAMPLE_ORG.people,
  template: SAMPLE_FEEDBACK_TEMPLATE,
};

const meta = {
  title: 'Widgets/FeedbackRequest',
  component: FeedbackRequest,
  tags: ['autodocs'],
  parameters: { controls: { disable: true } },
  args: {
    subjectId: SAMPLE_SUBJECT_ID,
    templateId: 'h2-360',
    people: SAMPLE_ORG.people,
    template: SAMPLE_FEEDBACK_TEMPLATE,
    onRequest: () => {},
  },
} satisfies Meta<typeof FeedbackRequest>;
export default meta;
type Story = StoryObj<typeof meta>;

/** Connected: the directory and the subject's earlier requests (two peers) from the adapter. */
export const Default: Story = {
  render: () => <Connected />,
  play: async ({ canvasElement }) => {
    const canvas = within(canvasElement);
    const search = await canvas.findByRole('searchbox');
    await userEvent.type(search, 'Hiroshi');
    await userEvent.click(await canvas.findByRole('checkbox', { name: 'Hiroshi Nwosu' }));
    // Two peers were asked before: with Hiroshi the group reaches the threshold of 3.
    await waitFor(() =>
      expect(canvasElement.querySelector('[data-relationship="peer"]')).toHaveAttribute('data-tone', 'info'),
    );
  },
};

/** Two peers chosen, threshold 3: the picker warns before anything is sent. */
export const BelowThresholdWarning: Story = {
  args: {
    defaultValue: [
      { raterId: 'p-055', relationship: 'peer' },
      { raterId: 'p-056', relationship: 'peer' },
    ],
  },
  play: async ({ canvasElement }) => {
    expect(canvasElement.querySelector('[data-relationship="peer"]')).toHaveAttribute('data-tone', 'warning');
  },
};

export const FailureThenRetry: Story = {
  render: () => <Connected options={failOnce()} />,
  play: async ({ canvasElement }) => {
    const canvas = within(canvasElement);
    await userEvent.type(await canvas.findByRole('searchbox'), 'Kavya');
    await userEvent.click(await canvas.findByRole('checkbox', { name: 'Kavya Suzuki' }));
    await userEvent.click(canvasElement.querySelector<HTMLButtonElement>('.ns-feedback-request-send')!);
    const alert = await canvas.findByRole('alert');
    await userEvent.click(within(alert).getByRole('button'));
    await waitFor(() => expect(canvasElement.querySelector('[data-state="succeeded"]')).not.toBeNull());
  },
};

export const RightToLeft: Story = {
  globals: { locale: 'ar-EG' },
  args: { defaultValue: [{ raterId: 'p-055', relationship: 'peer' }] },
  play: async ({ canvasElement }) => {
    expect(canvasElement.querySelector('[dir]')).toHaveAttribute('dir', 'rtl');
  },
};

export const Dark: Story = {
  globals: { appearance: 'dark' },
  args: { defaultValue: [{ raterId: 'p-012', relationship: 'manager' }] },
};

export const Narrow: Story = {
  args: {
    defaultValue: [
      { raterId: 'p-055', relationship: 'peer' },
      { raterId: 'p-224', relationship: 'direct-report' },
    ],
  },
  render: (args) => (
    <div style={{ inlineSize: 320 }}>
      <FeedbackRequest {...args} />
    </div>
  ),
  play: async ({ canvasElement }) => {
    const root = canvasElement.querySelector<HTMLElement>('.ns-feedback-request')!;
    expect(root.scrollWidth).toBeLessThanOrEqual(root.clientWidth + 1);
  },
};

export const AllStates: Story = {
  render: (args) => (
    <div style={{ display: 'grid', gap: 32 }}>
      <FeedbackRequest {...args} maxShown={5} />
      <FeedbackRequest
        {...args}
        maxShown={5}
        defaultValue={[
          { raterId: 'p-012', relationship: 'manager' },
          { raterId: 'p-055', relationship: 'peer' },
          { raterId: 'p-221', relationship: 'direct-report' },
          { raterId: 'p-222', relationship: 'direct-report' },
          { raterId: 'p-223', relationship: 'direct-report' },
        ]}
      />
      {/* Without onRequest: the picker only chooses, and says nothing can be sent from here. */}
      <FeedbackRequest {...CONTROLLED} maxShown={5} />
    </div>
  ),
  play: async ({ canvasElement }) => {
    expect(canvasElement.querySelectorAll('.ns-feedback-request')).toHaveLength(3);
    expect(canvasElement.querySelector('[data-relationship="peer"][data-tone="warning"]')).not.toBeNull();
    expect(
      canvasElement.querySelector('[data-relationship="direct-report"][data-tone="info"]'),
    ).not.toBeNull();
  },
};
