import type { Meta, StoryObj } from '@storybook/react-vite';
import { QueryClient } from '@tanstack/react-query';
import { type ReactNode, useState } from 'react';
import { expect, userEvent, within } from 'storybook/test';
import { NorthstarProvider } from '../provider/NorthstarProvider.js';
import {
  createFeedbackSampleAdapter,
  SAMPLE_FEEDBACK_TEMPLATE,
  SAMPLE_GAP_SUBJECT_ID,
  SAMPLE_MULTI_CHOICE_RESPONSES,
  SAMPLE_MULTI_CHOICE_TEMPLATE,
  SAMPLE_SUBJECT_ID,
} from '../stories/sampleFeedback.js';
import { SAMPLE_ORG } from '../stories/sampleOrg.js';
import { FeedbackSummary } from './FeedbackSummary.js';

const responses = SAMPLE_ORG.responses;
// One rating off its 1–5 scale: the summary names the question in the reader's language.
const offScale = [{ ...responses.find((r) => r.subjectId === SAMPLE_SUBJECT_ID)!, answers: { impact: 9 } }];
const anonymousRaters = responses
  .filter((r) => r.subjectId === SAMPLE_SUBJECT_ID && r.anonymous)
  .map((r) => r.raterId);

function WithAdapter({ children }: { children: ReactNode }) {
  const [own] = useState(() => ({
    adapter: createFeedbackSampleAdapter(),
    client: new QueryClient({ defaultOptions: { queries: { retry: false } } }),
  }));
  return (
    <NorthstarProvider adapter={own.adapter} queryClient={own.client}>
      {children}
    </NorthstarProvider>
  );
}

const meta = {
  title: 'Widgets/FeedbackSummary',
  component: FeedbackSummary,
  tags: ['autodocs'],
  parameters: { controls: { disable: true } },
  args: { responses, template: SAMPLE_FEEDBACK_TEMPLATE, subjectId: SAMPLE_SUBJECT_ID },
} satisfies Meta<typeof FeedbackSummary>;
export default meta;
type Story = StoryObj<typeof meta>;

/** Two peers answered, fewer than the threshold of 3: the peer group is withheld and says why. */
export const WithheldGroups: Story = {
  play: async ({ canvasElement }) => {
    expect(
      canvasElement.querySelectorAll('.ns-feedback-summary-withheld li[data-group="peer"]').length,
    ).toBeGreaterThan(0);
    for (const raterId of anonymousRaters) expect(canvasElement.innerHTML).not.toContain(raterId);
  },
};

/** A self-view well above others': blind spots listed and marked. */
export const BlindSpots: Story = {
  args: { subjectId: SAMPLE_GAP_SUBJECT_ID },
  play: async ({ canvasElement }) => {
    expect(
      canvasElement.querySelectorAll('.ns-feedback-summary-gap[data-kind="blind-spot"]').length,
    ).toBeGreaterThan(0);
  },
};

export const TableView: Story = {
  play: async ({ canvasElement }) => {
    const canvas = within(canvasElement);
    const tableButton = canvasElement.querySelectorAll<HTMLButtonElement>(
      '.ns-feedback-summary-toggle button',
    )[1]!;
    await userEvent.click(tableButton);
    expect(tableButton).toHaveAttribute('aria-pressed', 'true');
    expect(canvas.getByRole('table')).toBeVisible();
  },
};

export const Connected: Story = {
  render: () => (
    <WithAdapter>
      <FeedbackSummary templateId="h2-360" subjectId={SAMPLE_SUBJECT_ID} />
    </WithAdapter>
  ),
  play: async ({ canvasElement }) => {
    await within(canvasElement).findByRole('img');
    expect(canvasElement.querySelector('.ns-feedback-summary-withheld')).not.toBeNull();
  },
};

export const RightToLeft: Story = {
  globals: { locale: 'ar-EG' },
  play: async ({ canvasElement }) => {
    expect(canvasElement.querySelector('[dir]')).toHaveAttribute('dir', 'rtl');
    const bars = [...canvasElement.querySelectorAll<SVGRectElement>('.ns-feedback-summary-bar')];
    // Mirrored: every bar ends at the right edge of the plot.
    const ends = new Set(bars.map((b) => Number(b.getAttribute('x')) + Number(b.getAttribute('width'))));
    expect(ends.size).toBe(1);
  },
};

export const Dark: Story = { globals: { appearance: 'dark' } };

export const Narrow: Story = {
  render: (args) => (
    <div style={{ inlineSize: 320 }}>
      <FeedbackSummary {...args} />
    </div>
  ),
  play: async ({ canvasElement }) => {
    const root = canvasElement.querySelector<HTMLElement>('.ns-feedback-summary')!;
    expect(root.scrollWidth).toBeLessThanOrEqual(root.clientWidth + 1);
  },
};

/** A multiple-choice question: each option says how many of the group's raters chose it. */
export const MultipleChoice: Story = {
  args: { responses: SAMPLE_MULTI_CHOICE_RESPONSES, template: SAMPLE_MULTI_CHOICE_TEMPLATE },
  play: async ({ canvasElement }) => {
    const choices = canvasElement.querySelectorAll('.ns-feedback-summary-question[data-kind="choice"]');
    expect(choices).toHaveLength(2);
    expect(canvasElement.querySelector('[data-multiple="true"] li')).not.toBeNull();
  },
};

/** Bad input: a rating off its scale becomes an alert naming the question, translated like everything else. */
export const OffScaleResponse: Story = {
  args: { responses: offScale },
  play: async ({ canvasElement }) => {
    const alert = await within(canvasElement).findByRole('alert');
    expect(alert).toHaveTextContent('impact');
  },
};

export const AllStates: Story = {
  render: () => (
    <div style={{ display: 'grid', gap: 32 }}>
      <FeedbackSummary
        responses={responses}
        template={SAMPLE_FEEDBACK_TEMPLATE}
        subjectId={SAMPLE_SUBJECT_ID}
      />
      <FeedbackSummary
        responses={SAMPLE_MULTI_CHOICE_RESPONSES}
        template={SAMPLE_MULTI_CHOICE_TEMPLATE}
        subjectId={SAMPLE_SUBJECT_ID}
      />
      <FeedbackSummary responses={[]} template={SAMPLE_FEEDBACK_TEMPLATE} subjectId={SAMPLE_SUBJECT_ID} />
      <FeedbackSummary
        responses={offScale}
        template={SAMPLE_FEEDBACK_TEMPLATE}
        subjectId={SAMPLE_SUBJECT_ID}
      />
    </div>
  ),
  play: async ({ canvasElement }) => {
    expect(canvasElement.querySelectorAll('.ns-feedback-summary')).toHaveLength(4);
    expect(canvasElement.querySelector('[data-state="empty"]')).not.toBeNull();
    expect(canvasElement.querySelector('[data-state="invalid"]')).not.toBeNull();
  },
};
