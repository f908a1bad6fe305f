import type { NorthstarAdapter, Relationship } from '@northstar/core';
import type { MemoryAdapterOptions } from '@northstar/core/adapters';
import type { Meta, StoryObj } from '@storybook/react-vite';
import { QueryClient } from '@tanstack/react-query';
import { type ReactNode, useLayoutEffect, useState } from 'react';
import { expect, userEvent, waitFor, within } from 'storybook/test';
import { NorthstarProvider } from '../provider/NorthstarProvider.js';
import {
  createFeedbackSampleAdapter,
  createMemoryDraftStorage,
  SAMPLE_FEEDBACK_TEMPLATE,
  SAMPLE_MULTI_CHOICE_TEMPLATE,
  SAMPLE_SUBJECT_ID,
} from '../stories/sampleFeedback.js';
import { FeedbackForm } from './FeedbackForm.js';
import { feedbackDraftKey } from './feedbackDraftStore.js';

// A nested provider with its own feedback adapter and a client without automatic retries; theme and locale come
// from the toolbar's outer provider.
function WithAdapter({
  options,
  children,
}: {
  options?: MemoryAdapterOptions;
  children: (a: NorthstarAdapter) => ReactNode;
}) {
  const [own] = useState(() => ({
    adapter: createFeedbackSampleAdapter(options),
    client: new QueryClient({ defaultOptions: { queries: { retry: false } } }),
  }));
  return (
    <NorthstarProvider adapter={own.adapter} queryClient={own.client}>
      {children(own.adapter)}
    </NorthstarProvider>
  );
}

const RATERS: Record<
  'self' | 'manager' | 'peer' | 'report',
  { raterId: string; relationship: Relationship }
> = {
  self: { raterId: SAMPLE_SUBJECT_ID, relationship: 'self' },
  manager: { raterId: 'p-012', relationship: 'manager' },
  peer: { raterId: 'p-052', relationship: 'peer' },
  report: { raterId: 'p-224', relationship: 'direct-report' },
};

function Connected({
  who,
  options,
  storage,
}: {
  who: keyof typeof RATERS;
  options?: MemoryAdapterOptions;
  storage?: ReturnType<typeof createMemoryDraftStorage>;
}) {
  const [draftStorage] = useState(() => storage ?? createMemoryDraftStorage());
  return (
    <WithAdapter {...(options ? { options } : {})}>
      {() => (
        <FeedbackForm
          templateId="h2-360"
          subjectId={SAMPLE_SUBJECT_ID}
          {...RATERS[who]}
          draftStorage={draftStorage}
        />
      )}
    </WithAdapter>
  );
}

/** Pretends the browser is offline while the story is mounted (navigator.onLine + an `offline` event). */
function Offline({ children }: { children: ReactNode }) {
  useLayoutEffect(() => {
    Object.defineProperty(navigator, 'onLine', { configurable: true, get: () => false });
    window.dispatchEvent(new Event('offline'));
    return () => {
      // Removing the own property falls back to the real getter on Navigator.prototype.
      delete (navigator as { onLine?: boolean }).onLine;
      window.dispatchEvent(new Event('online'));
    };
  }, []);
  return <>{children}</>;
}

async function answerRequired(canvas: ReturnType<typeof within>) {
  for (const name of [/Delivers high-quality work/, /Collaborates well/, /Communicates clearly/]) {
    const group = await canvas.findByRole('radiogroup', { name });
    await userEvent.click(within(group).getAllByRole('radio')[3]!);
  }
}

const meta = {
  title: 'Widgets/FeedbackForm',
  component: FeedbackForm,
  tags: ['autodocs'],
  parameters: { controls: { disable: true } },
  args: { template: SAMPLE_FEEDBACK_TEMPLATE, draftStorage: null },
} satisfies Meta<typeof FeedbackForm>;
export default meta;
type Story = StoryObj<typeof meta>;

/** Controlled: the sample template alone, no provider data needed. */
export const Controlled: Story = {
  play: async ({ canvasElement }) => {
    const canvas = within(canvasElement);
    expect(canvas.getAllByRole('radiogroup')).toHaveLength(5);
    expect(canvasElement.querySelector('button[type="submit"]')).not.toBeNull();
  },
};

export const Self: Story = {
  render: () => <Connected who="self" />,
  play: async ({ canvasElement }) => {
    const canvas = within(canvasElement);
    await canvas.findAllByRole('radiogroup');
    expect(canvas.queryByRole('checkbox')).toBeNull();
  },
};

export const Peer: Story = {
  render: () => <Connected who="peer" />,
  play: async ({ canvasElement }) => {
    const canvas = within(canvasElement);
    // Two peers were asked, threshold 3: the form warns before anyone answers.
    await canvas.findByRole('checkbox');
    expect(canvasElement.querySelector('.ns-feedback-form-anonymity')).toHaveAttribute(
      'data-tone',
      'warning',
    );
  },
};

export const Manager: Story = {
  render: () => <Connected who="manager" />,
  play: async ({ canvasElement }) => {
    const canvas = within(canvasElement);
    await canvas.findAllByRole('radiogroup');
    expect(canvas.queryByRole('checkbox')).toBeNull();
  },
};

export const Anonymous: Story = {
  render: () => <Connected who="report" />,
  play: async ({ canvasElement }) => {
    const canvas = within(canvasElement);
    const box = await canvas.findByRole('checkbox');
    await userEvent.click(box);
    expect(box).toBeChecked();
    expect(canvasElement.querySelector('.ns-feedback-form-anonymity')).toHaveAttribute('data-tone', 'info');
  },
};

const restoredStorage = () =>
  createMemoryDraftStorage({
    [feedbackDraftKey('h2-360', SAMPLE_SUBJECT_ID, 'p-224')]: JSON.stringify({
      v: 1,
      answers: { impact: 4, collaboration: 5, comments: 'Runs the clearest planning sessions in the org.' },
      anonymous: true,
      updatedAt: '2026-11-20T10:42:00.000Z',
      tabId: 'story',
    }),
  });

export const RestoredDraft: Story = {
  render: () => <Connected who="report" storage={restoredStorage()} />,
  play: async ({ canvasElement }) => {
    const canvas = within(canvasElement);
    const textarea = await canvas.findByRole('textbox');
    expect(textarea).toHaveValue('Runs the clearest planning sessions in the org.');
    expect(canvasElement.querySelector('.ns-feedback-form-link-button')).not.toBeNull();
  },
};

export const OfflineState: Story = {
  name: 'Offline',
  render: () => (
    <Offline>
      <Connected who="report" />
    </Offline>
  ),
  play: async ({ canvasElement }) => {
    await within(canvasElement).findAllByRole('radiogroup');
    await waitFor(() => expect(canvasElement.querySelector('[data-tone="warning"]')).not.toBeNull());
  },
};

let failures = 0;
export const SubmitFailureThenRetry: Story = {
  render: () => (
    <Connected
      who="report"
      options={{
        // The first submit fails, the retry goes through: deterministic, no clock involved.
        failWith: ({ method }) =>
          method === 'submit' && failures++ === 0 ? new Error('Gateway timeout (504)') : undefined,
      }}
    />
  ),
  play: async ({ canvasElement }) => {
    failures = 0;
    const canvas = within(canvasElement);
    await answerRequired(canvas);
    await userEvent.click(canvasElement.querySelector('button[type="submit"]')!);
    const retry = await within(await canvas.findByRole('alert')).findByRole('button');
    await userEvent.click(retry);
    await waitFor(() => expect(canvasElement.querySelector('.ns-feedback-form-confirmation')).not.toBeNull());
  },
};

export const ValidationErrors: Story = {
  render: () => <Connected who="report" />,
  play: async ({ canvasElement }) => {
    const canvas = within(canvasElement);
    await canvas.findAllByRole('radiogroup');
    await userEvent.click(canvasElement.querySelector('button[type="submit"]')!);
    const summary = await canvas.findByRole('alert');
    expect(within(summary).getAllByRole('link')).toHaveLength(3);
  },
};

export const ReadOnlyAfterSubmit: Story = {
  render: () => <Connected who="report" />,
  play: async ({ canvasElement }) => {
    const canvas = within(canvasElement);
    await answerRequired(canvas);
    await userEvent.click(canvasElement.querySelector('button[type="submit"]')!);
    await waitFor(() => expect(canvasElement.querySelector('[data-state="submitted"]')).not.toBeNull());
    expect(canvasElement.querySelector('button[type="submit"]')).toBeNull();
    expect(canvas.getByRole('textbox')).toBeDisabled();
  },
};

export const RightToLeft: Story = {
  globals: { locale: 'ar-EG' },
  render: () => <Connected who="report" />,
  play: async ({ canvasElement }) => {
    await within(canvasElement).findAllByRole('radiogroup');
    expect(canvasElement.querySelector('[dir]')).toHaveAttribute('dir', 'rtl');
  },
};

export const Dark: Story = {
  globals: { appearance: 'dark' },
  render: () => <Connected who="report" />,
  play: async ({ canvasElement }) => {
    await within(canvasElement).findAllByRole('radiogroup');
  },
};

export const Narrow: Story = {
  render: () => (
    <div style={{ inlineSize: 320 }}>
      <Connected who="report" />
    </div>
  ),
  play: async ({ canvasElement }) => {
    await within(canvasElement).findAllByRole('radiogroup');
    const form = canvasElement.querySelector('form')!;
    expect(form.scrollWidth).toBeLessThanOrEqual(form.clientWidth + 1);
  },
};

/** A multiple-choice question ("choose up to 2") as a checkbox group; a third pick is an error on submit. */
export const MultipleChoice: Story = {
  args: { template: SAMPLE_MULTI_CHOICE_TEMPLATE },
  play: async ({ canvasElement }) => {
    const canvas = within(canvasElement);
    const group = canvas.getByRole('group', { name: /Which strengths stand out/ });
    const boxes = within(group).getAllByRole('checkbox');
    for (const box of boxes.slice(0, 3)) await userEvent.click(box);
    await userEvent.click(canvasElement.querySelector<HTMLButtonElement>('button[type="submit"]')!);
    await waitFor(() => expect(boxes[0]).toHaveAttribute('aria-invalid', 'true'));
  },
};

export const AllStates: Story = {
  render: () => (
    <div style={{ display: 'grid', gap: 32 }}>
      <FeedbackForm template={SAMPLE_FEEDBACK_TEMPLATE} draftStorage={null} />
      <FeedbackForm
        template={SAMPLE_FEEDBACK_TEMPLATE}
        draftStorage={null}
        defaultValue={{ impact: 4, ownership: 'n/a', comments: 'Ships on time.' }}
        readOnly
      />
      <FeedbackForm
        template={{ id: 'broken', questions: [{ id: 'grit', kind: 'rating' }] }}
        draftStorage={null}
      />
      <FeedbackForm
        template={SAMPLE_MULTI_CHOICE_TEMPLATE}
        draftStorage={null}
        defaultValue={{ strengths: ['Mentoring', 'Planning'] }}
      />
      <Connected who="manager" />
    </div>
  ),
  play: async ({ canvasElement }) => {
    const canvas = within(canvasElement);
    expect(canvas.getByRole('alert')).toBeVisible();
    await waitFor(() => expect(canvasElement.querySelectorAll('form')).toHaveLength(4));
  },
};
