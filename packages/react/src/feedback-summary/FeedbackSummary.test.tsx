import { createMemoryAdapter } from '@northstar/core/adapters';
import { QueryClient } from '@tanstack/react-query';
import { cleanup, render, screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { afterEach, describe, expect, it } from 'vitest';
import '../styles.css';
import { NorthstarProvider } from '../provider/NorthstarProvider.js';
import { SAMPLE_FEEDBACK_TEMPLATE, SAMPLE_SUBJECT_ID } from '../stories/sampleFeedback.js';
import { SAMPLE_ORG } from '../stories/sampleOrg.js';
import { FEEDBACK_SUMMARY_MESSAGES } from './feedbackSummaryMessages.js';
import { FeedbackSummary } from './index.js';

afterEach(cleanup);

const responses = SAMPLE_ORG.responses.filter((r) => r.subjectId === SAMPLE_SUBJECT_ID);
const anonymousRaters = responses.filter((r) => r.anonymous).map((r) => r.raterId);

describe('<FeedbackSummary>', () => {
  it('controlled: shows the withheld peer group with its reason, and no anonymous rater id anywhere in the DOM', () => {
    render(
      <FeedbackSummary
        responses={responses}
        template={SAMPLE_FEEDBACK_TEMPLATE}
        subjectId={SAMPLE_SUBJECT_ID}
      />,
    );
    expect(screen.getByRole('heading', { name: '360 feedback summary' })).toBeVisible();
    expect(screen.getAllByText('Peers: withheld — fewer than 3 peer responses').length).toBeGreaterThan(0);
    expect(anonymousRaters.length).toBeGreaterThan(0);
    const html = document.body.innerHTML;
    for (const raterId of anonymousRaters) expect(html).not.toContain(raterId);
    for (const r of responses) expect(html).not.toContain(r.id);
  });

  it('controlled: the chart has a text alternative; the table view lists group means; comments render as text', async () => {
    const user = userEvent.setup();
    const withMarkup = responses.map((r) =>
      r.relationship === 'self'
        ? { ...r, answers: { ...r.answers, comments: '<img src=x onerror=alert(1)>' } }
        : r,
    );
    render(
      <FeedbackSummary
        responses={withMarkup}
        template={SAMPLE_FEEDBACK_TEMPLATE}
        subjectId={SAMPLE_SUBJECT_ID}
      />,
    );
    const chart = screen.getByRole('img');
    expect(chart).toHaveAccessibleName(/Mean rating per question and group, on a scale from 1 to 5/);
    await user.click(screen.getByRole('button', { name: 'Table' }));
    expect(screen.getByRole('button', { name: 'Table' })).toHaveAttribute('aria-pressed', 'true');
    const table = screen.getByRole('table');
    expect(within(table).getAllByRole('cell', { name: 'Direct reports' }).length).toBeGreaterThan(0);
    expect(screen.getByText('<img src=x onerror=alert(1)>')).toBeVisible();
    expect(document.querySelector('.ns-feedback-summary img')).toBeNull();
  });

  it('connected: reads the aggregate through feedback.summarize and shows the same withheld group', async () => {
    const adapter = createMemoryAdapter({
      templates: [SAMPLE_FEEDBACK_TEMPLATE],
      responses: responses.map((r) => ({ ...r, templateId: 'h2-360' })),
    });
    render(
      <NorthstarProvider adapter={adapter} queryClient={new QueryClient()} locale="en-US">
        <FeedbackSummary templateId="h2-360" subjectId={SAMPLE_SUBJECT_ID} />
      </NorthstarProvider>,
    );
    expect(
      (await screen.findAllByText('Peers: withheld — fewer than 3 peer responses')).length,
    ).toBeGreaterThan(0);
    expect(screen.getByText('10 responses')).toBeVisible();
    const html = document.body.innerHTML;
    for (const raterId of anonymousRaters) expect(html).not.toContain(raterId);
  });

  it('a response with an off-scale rating → an error naming the question, not a crash', () => {
    const bad = [{ ...responses[0]!, answers: { impact: 9 } }];
    render(
      <FeedbackSummary responses={bad} template={SAMPLE_FEEDBACK_TEMPLATE} subjectId={SAMPLE_SUBJECT_ID} />,
    );
    expect(screen.getByRole('alert')).toHaveTextContent(
      'This feedback summary cannot be shown: A response rates question “impact” outside its scale.',
    );
  });

  it('de-DE: an off-scale response → the German sentence naming the question, no English catalogue text', () => {
    const bad = [{ ...responses[0]!, answers: { impact: 9 } }];
    render(
      <NorthstarProvider locale="de-DE">
        <FeedbackSummary responses={bad} template={SAMPLE_FEEDBACK_TEMPLATE} subjectId={SAMPLE_SUBJECT_ID} />
      </NorthstarProvider>,
    );
    const alert = screen.getByRole('alert');
    expect(alert).toHaveTextContent(
      'Diese Zusammenfassung kann nicht angezeigt werden: Eine Antwort bewertet Frage „impact“ außerhalb ihrer Skala.',
    );
    const text = document.body.textContent ?? '';
    for (const message of Object.values(FEEDBACK_SUMMARY_MESSAGES.en))
      for (const form of typeof message === 'string' ? [message] : (Object.values(message) as string[]))
        for (const words of form.split(/\{\w+\}/).filter((w) => /\p{L}{3,}/u.test(w)))
          expect(text).not.toContain(words.trim());
  });

  it('the chart has a legend naming each group and a label per question whose <title> is the full prompt', () => {
    render(
      <FeedbackSummary
        responses={responses}
        template={SAMPLE_FEEDBACK_TEMPLATE}
        subjectId={SAMPLE_SUBJECT_ID}
      />,
    );
    const legend = screen.getByRole('list', { name: 'Legend' });
    const names = within(legend)
      .getAllByRole('listitem')
      .map((li) => li.textContent);
    expect(names).toContain('Self');
    expect(names).toContain('Manager');
    const titles = [...document.querySelectorAll('.ns-feedback-summary-label title')].map(
      (el) => el.textContent,
    );
    const prompts = SAMPLE_FEEDBACK_TEMPLATE.questions
      .filter((q) => q.kind === 'rating')
      .map((q) => q.prompt);
    expect(titles).toEqual(prompts);
  });

  it('ar-EG: the title’s 360 is formatted through Intl, in Arabic-Indic digits', () => {
    render(
      <NorthstarProvider locale="ar-EG">
        <FeedbackSummary
          responses={responses}
          template={SAMPLE_FEEDBACK_TEMPLATE}
          subjectId={SAMPLE_SUBJECT_ID}
        />
      </NorthstarProvider>,
    );
    expect(screen.getByRole('heading', { level: 2 })).toHaveTextContent('ملخص ملاحظات ٣٦٠ درجة');
  });
});
