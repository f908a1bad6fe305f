import { cleanup, render, screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { afterEach, describe, expect, it } from 'vitest';
import '../styles.css';
import { NorthstarProvider } from '../provider/NorthstarProvider.js';
import { createMemoryDraftStorage, SAMPLE_MULTI_CHOICE_TEMPLATE } from '../stories/sampleFeedback.js';
import { FeedbackForm, type FeedbackSubmission } from './index.js';

afterEach(cleanup);

const RATER = { subjectId: 'p-053', raterId: 'p-224', relationship: 'direct-report' as const };
const REQUIRED = { impact: 4, collaboration: 4, communication: 4 };

describe('<FeedbackForm> multiple-choice questions', () => {
  it('renders a checkbox group named by its legend with the hint; the single choice stays a radio group', () => {
    render(<FeedbackForm template={SAMPLE_MULTI_CHOICE_TEMPLATE} draftStorage={null} />);
    const group = screen.getByRole('group', { name: /Which strengths stand out\?/ });
    expect(
      within(group)
        .getAllByRole('checkbox')
        .map((c) => c.getAttribute('value')),
    ).toEqual(['Delivery', 'Mentoring', 'Clear communication', 'Planning']);
    expect(group).toHaveAccessibleDescription('Choose up to 2 options.');
    expect(screen.getByRole('radiogroup', { name: /What is your main suggestion/ })).toBeVisible();
  });

  it('three picks of two allowed → the error is tied to the group and its summary link focuses the first checkbox', async () => {
    const user = userEvent.setup();
    const sent: FeedbackSubmission[] = [];
    render(
      <FeedbackForm
        template={SAMPLE_MULTI_CHOICE_TEMPLATE}
        defaultValue={REQUIRED}
        draftStorage={null}
        onSubmit={(s) => void sent.push(s)}
      />,
    );
    const group = screen.getByRole('group', { name: /Which strengths stand out\?/ });
    for (const name of ['Delivery', 'Mentoring', 'Planning'])
      await user.click(within(group).getByRole('checkbox', { name }));
    await user.click(screen.getByRole('button', { name: 'Submit feedback' }));
    const summary = await screen.findByRole('alert');
    expect(summary).toHaveTextContent('Which strengths stand out?: Choose at most 2 options.');
    expect(group).toHaveAccessibleDescription('Choose up to 2 options. Choose at most 2 options.');
    for (const box of within(group).getAllByRole('checkbox'))
      expect(box).toHaveAttribute('aria-invalid', 'true');
    await user.click(within(summary).getByRole('link', { name: /Which strengths stand out/ }));
    expect(within(group).getByRole('checkbox', { name: 'Delivery' })).toHaveFocus();
    expect(sent).toEqual([]);
    // Dropping one fixes it: the answer goes out as a list in template order.
    await user.click(within(group).getByRole('checkbox', { name: 'Delivery' }));
    await user.click(screen.getByRole('button', { name: 'Submit feedback' }));
    await waitFor(() => expect(sent).toHaveLength(1));
    expect(sent[0]!.answers.strengths).toEqual(['Mentoring', 'Planning']);
    expect(await screen.findByText('Mentoring and Planning')).toBeVisible();
  });

  it('checked boxes are saved as a list in the local draft and checked again after a reload', async () => {
    const user = userEvent.setup();
    const storage = createMemoryDraftStorage();
    const ui = (
      <NorthstarProvider locale="en-US">
        <FeedbackForm template={SAMPLE_MULTI_CHOICE_TEMPLATE} {...RATER} draftStorage={storage} />
      </NorthstarProvider>
    );
    const first = render(ui);
    await user.click(screen.getByRole('checkbox', { name: 'Planning' }));
    await user.click(screen.getByRole('checkbox', { name: 'Delivery' }));
    const key = 'northstar:feedback-draft:h2-360:p-053:p-224';
    await waitFor(() =>
      expect(JSON.parse(storage.getItem(key)!).answers.strengths).toEqual(['Delivery', 'Planning']),
    );
    first.unmount();
    render(ui);
    expect(await screen.findByText(/Restored your draft from/)).toBeVisible();
    expect(screen.getByRole('checkbox', { name: 'Planning' })).toBeChecked();
    expect(screen.getByRole('checkbox', { name: 'Delivery' })).toBeChecked();
    expect(screen.getByRole('checkbox', { name: 'Mentoring' })).not.toBeChecked();
  });

  it('an older draft holding one label for the question → that answer dropped, the rest restored, no crash', async () => {
    const storage = createMemoryDraftStorage({
      'northstar:feedback-draft:h2-360:p-053:p-224': JSON.stringify({
        v: 1,
        answers: { strengths: 'Planning', impact: 5 },
        anonymous: false,
        updatedAt: '2026-11-20T10:42:00.000Z',
      }),
    });
    render(<FeedbackForm template={SAMPLE_MULTI_CHOICE_TEMPLATE} {...RATER} draftStorage={storage} />);
    const impact = await screen.findByRole('radiogroup', { name: /Delivers high-quality work/ });
    await waitFor(() =>
      expect(within(impact).getByRole('radio', { name: /5 · Consistently/ })).toBeChecked(),
    );
    for (const box of screen.getAllByRole('checkbox')) expect(box).not.toBeChecked();
  });
});
