import { type FeedbackRequest, type NorthstarAdapter, NorthstarError } from '@northstar/core';
import { createMemoryAdapter, type MemoryAdapterOptions, type MemoryCall } from '@northstar/core/adapters';
import { QueryClient } from '@tanstack/react-query';
import { cleanup, render, screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import type { ReactNode } from 'react';
import { afterEach, describe, expect, it } from 'vitest';
import '../styles.css';
import { NorthstarProvider } from '../provider/NorthstarProvider.js';
import { SAMPLE_FEEDBACK_TEMPLATE } from '../stories/sampleFeedback.js';
import type { DraftStorage } from './feedbackDraftStore.js';
import { FeedbackForm } from './index.js';

afterEach(cleanup);

/** A storage shared by two mounts stands in for the page's localStorage across a reload. */
function memoryStorage(): DraftStorage {
  const map = new Map<string, string>();
  return {
    getItem: (k) => map.get(k) ?? null,
    setItem: (k, v) => void map.set(k, v),
    removeItem: (k) => void map.delete(k),
  };
}

function deferred() {
  let resolve!: () => void;
  const promise = new Promise<void>((r) => {
    resolve = r;
  });
  return { promise, resolve };
}

const RATER = {
  templateId: 'h2-360',
  subjectId: 'p-053',
  raterId: 'p-224',
  relationship: 'direct-report' as const,
};
const requests: FeedbackRequest[] = ['p-224', 'p-225', 'p-226', 'p-227'].map((raterId, i) => ({
  id: `req-${i}`,
  templateId: 'h2-360',
  subjectId: 'p-053',
  raterId,
  relationship: 'direct-report',
  status: 'open',
  requestedAt: '2026-11-01T09:00:00Z',
}));

function mount(adapter: NorthstarAdapter, ui: ReactNode) {
  // A fresh client per mount: a reload forgets every cache, only the storage and the adapter survive.
  const client = new QueryClient({ defaultOptions: { queries: { retry: false } } });
  return render(
    <NorthstarProvider adapter={adapter} queryClient={client} locale="en-US">
      {ui}
    </NorthstarProvider>,
  );
}

async function answerRequired(user: ReturnType<typeof userEvent.setup>) {
  for (const name of [/Delivers high-quality work/, /Collaborates well/, /Communicates clearly/]) {
    await user.click(
      within(screen.getByRole('radiogroup', { name })).getByRole('radio', { name: /4 · Usually/ }),
    );
  }
}

describe('<FeedbackForm> connected', () => {
  it('renders ratings as radio groups with visible anchors, text as a textarea, and a type="submit" button', async () => {
    const adapter = createMemoryAdapter({ templates: [SAMPLE_FEEDBACK_TEMPLATE], requests });
    mount(adapter, <FeedbackForm {...RATER} draftStorage={memoryStorage()} />);
    const impact = await screen.findByRole('radiogroup', { name: /Delivers high-quality work/ });
    expect(within(impact).getAllByRole('radio')).toHaveLength(5);
    expect(within(impact).getByText('Sets the example others follow for quality work.')).toBeVisible();
    // 4 ratings + 1 single choice
    expect(screen.getAllByRole('radiogroup')).toHaveLength(5);
    expect(screen.getByRole('textbox', { name: /keep doing, start doing or stop doing/ }).tagName).toBe(
      'TEXTAREA',
    );
    expect(screen.getByRole('button', { name: 'Submit feedback' })).toHaveAttribute('type', 'submit');
    expect(screen.getByText('Delivery')).toBeVisible();
    expect(screen.getByText('0 of 6 answered')).toBeVisible();
    // 4 direct reports were asked and the threshold is 3: anonymity holds, said with the real numbers
    expect(
      screen.getByText(/shown only combined with at least 2 other raters in your group \(direct reports\)/),
    ).toBeVisible();
  });

  it('typed answers survive a failed submit and a reload; a double click then stores exactly one response', async () => {
    const storage = memoryStorage();
    const state = { failing: true, submits: [] as MemoryCall[] };
    let hold: ReturnType<typeof deferred> | null = null;
    const options: MemoryAdapterOptions = {
      failWith: (call) => (call.method === 'submit' && state.failing ? new Error('Network down') : undefined),
      gate: (call) => {
        if (call.method !== 'submit') return undefined;
        state.submits.push(call);
        return hold?.promise;
      },
    };
    const adapter = createMemoryAdapter({ templates: [SAMPLE_FEEDBACK_TEMPLATE], requests }, options);
    const user = userEvent.setup();
    const first = mount(adapter, <FeedbackForm {...RATER} draftStorage={storage} />);
    await screen.findByRole('radiogroup', { name: /Delivers high-quality work/ });
    await answerRequired(user);
    await user.click(screen.getByRole('radio', { name: 'Not applicable' }));
    await user.type(screen.getByRole('textbox'), 'Clear priorities every week.');
    expect(screen.getByText('28 of 1,000 characters')).toBeVisible();
    expect(screen.getByText('5 of 6 answered')).toBeVisible();

    await user.click(screen.getByRole('button', { name: 'Submit feedback' }));
    const alert = await screen.findByRole('alert');
    expect(alert).toHaveTextContent('Your feedback could not be submitted. Your answers are kept.');
    expect(within(alert).getByRole('button', { name: 'Retry' })).toBeVisible();
    first.unmount();

    // "Reload": a new tree over the same storage and adapter.
    mount(adapter, <FeedbackForm {...RATER} draftStorage={storage} />);
    expect(await screen.findByText(/Restored your draft from/)).toBeVisible();
    for (const name of [/Delivers high-quality work/, /Collaborates well/, /Communicates clearly/]) {
      expect(
        within(screen.getByRole('radiogroup', { name })).getByRole('radio', { name: /4 · Usually/ }),
      ).toBeChecked();
    }
    expect(screen.getByRole('radio', { name: 'Not applicable' })).toBeChecked();
    expect(screen.getByRole('textbox')).toHaveValue('Clear priorities every week.');

    state.failing = false;
    hold = deferred();
    const submit = screen.getByRole('button', { name: 'Submit feedback' });
    await user.dblClick(submit);
    await waitFor(() => expect(submit).toHaveAttribute('aria-disabled', 'true'));
    hold.resolve();
    expect(await screen.findByText('Thank you — your feedback was submitted.')).toBeVisible();
    const stored = await adapter.feedback.listResponses({ subjectId: 'p-053' });
    expect(stored).toHaveLength(1);
    expect(stored[0]!.answers).toMatchObject({
      impact: 4,
      ownership: 'n/a',
      comments: 'Clear priorities every week.',
    });
    // Both attempts of the series (the failed one and the retry) carried one key; the double click sent no third.
    expect(state.submits).toHaveLength(2);
    expect(new Set(state.submits.map((c) => c.options?.idempotencyKey)).size).toBe(1);
    // Read-only after success, and the local draft is gone.
    expect(screen.queryByRole('button', { name: 'Submit feedback' })).toBeNull();
    expect(screen.getByRole('textbox')).toBeDisabled();
    expect(storage.getItem('northstar:feedback-draft:h2-360:p-053:p-224')).toBeNull();
  });
});

describe('<FeedbackForm> controlled', () => {
  it('submit with required answers missing → an error summary whose links move focus to each field', async () => {
    const user = userEvent.setup();
    render(<FeedbackForm template={SAMPLE_FEEDBACK_TEMPLATE} draftStorage={null} onSubmit={() => {}} />);
    await user.click(screen.getByRole('button', { name: 'Submit feedback' }));
    const summary = await screen.findByRole('alert');
    expect(summary).toHaveTextContent('There are 3 problems with your answers');
    await waitFor(() => expect(summary).toHaveFocus());
    const group = screen.getByRole('radiogroup', { name: /Collaborates well/ });
    expect(group).toHaveAttribute('aria-invalid', 'true');
    const errorId = group.getAttribute('aria-describedby')!;
    expect(document.getElementById(errorId)).toHaveTextContent('Answer this question.');
    await user.click(within(summary).getByRole('link', { name: /Collaborates well/ }));
    expect(within(group).getAllByRole('radio')[0]).toHaveFocus();
  });

  it('a server VALIDATION error naming answers.comments → shown on the comments field, answers kept', async () => {
    const user = userEvent.setup();
    const onSubmit = () => {
      throw new NorthstarError('INVALID_FEEDBACK', 'comments mention a colleague by name', {
        field: 'answers.comments',
      });
    };
    render(
      <FeedbackForm
        template={SAMPLE_FEEDBACK_TEMPLATE}
        defaultValue={{ impact: 3, collaboration: 3, communication: 3, comments: 'Ask Sam' }}
        draftStorage={null}
        onSubmit={onSubmit}
      />,
    );
    await user.click(screen.getByRole('button', { name: 'Submit feedback' }));
    const textarea = screen.getByRole('textbox');
    await waitFor(() => expect(textarea).toHaveAttribute('aria-invalid', 'true'));
    expect(
      screen.getByText('The server rejected this answer: comments mention a colleague by name'),
    ).toBeVisible();
    expect(textarea).toHaveValue('Ask Sam');
  });

  it('a template with a rating question without a scale → an error naming the question', () => {
    render(
      <FeedbackForm
        template={{ id: 't', questions: [{ id: 'grit', kind: 'rating' }] }}
        draftStorage={null}
      />,
    );
    expect(screen.getByRole('alert')).toHaveTextContent(
      'This feedback form cannot be shown: Question “grit” has no rating scale.',
    );
  });

  it('de-DE: a template with duplicate question ids → the German sentence naming the question', () => {
    render(
      <NorthstarProvider locale="de-DE">
        <FeedbackForm
          template={{
            id: 't',
            questions: [
              { id: 'grit', kind: 'text' },
              { id: 'grit', kind: 'text' },
            ],
          }}
          draftStorage={null}
        />
      </NorthstarProvider>,
    );
    expect(screen.getByRole('alert')).toHaveTextContent(
      'Dieses Feedback-Formular kann nicht angezeigt werden: Zwei Fragen haben die ID „grit“.',
    );
  });

  it('a corrupted local draft → discarded with a notice, the form still works', async () => {
    const storage = memoryStorage();
    storage.setItem('northstar:feedback-draft:h2-360:p-053:p-224', '{"v":1,"answers":');
    render(<FeedbackForm template={SAMPLE_FEEDBACK_TEMPLATE} {...RATER} draftStorage={storage} />);
    expect(
      await screen.findByText('A saved draft on this device could not be read and was discarded.'),
    ).toBeVisible();
    expect(screen.getAllByRole('radiogroup')).toHaveLength(5);
  });

  it('manager relationship → no anonymous choice, and the reason', () => {
    render(
      <FeedbackForm
        template={SAMPLE_FEEDBACK_TEMPLATE}
        subjectId="p-053"
        raterId="p-010"
        relationship="manager"
        draftStorage={null}
      />,
    );
    expect(screen.queryByRole('checkbox', { name: 'Answer anonymously' })).toBeNull();
    expect(screen.getByText(/Manager feedback cannot be anonymous/)).toBeVisible();
  });
});
