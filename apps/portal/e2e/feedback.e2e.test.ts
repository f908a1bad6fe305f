import type { FeedbackRequest } from '@northstar/core';
import type { FeedbackAggregate } from '@northstar/core/feedback';
import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, expect, test } from 'vitest';
import { apiAsHr } from './support/api';
import { launchBrowser, openPortal, signIn } from './support/browser';

let browser: Browser;
beforeAll(async () => {
  browser = await launchBrowser();
});
afterAll(async () => {
  await browser?.close();
});

const responsesOf = async (subjectId: string) =>
  (
    await apiAsHr<FeedbackAggregate>(`/feedback/summary?subjectId=${subjectId}&templateId=h2-360`)
  ).subjects.find((s) => s.subjectId === subjectId)?.responseCount ?? 0;

test('a peer fills in feedback, the network drops on submit, after a reload the draft is back and submit succeeds once', async () => {
  const before = await responsesOf('p-056');
  const { page, context, errors } = await openPortal(browser);
  await signIn(page, 'p-057');
  await page
    .getByRole('link', { name: /Give feedback to/ })
    .first()
    .waitFor();
  await page.goto('/feedback/give/fr-demo-1');
  await page.getByRole('heading', { level: 1, name: /Feedback for/ }).waitFor();

  // The feedback form widget: each rating a radio group named by its prompt.
  const level = (prompt: string, title: string) =>
    page
      .getByRole('radiogroup', { name: new RegExp(prompt) })
      .getByRole('radio', { name: new RegExp(title) });
  await level('Delivers high-quality work', 'Usually').check();
  await level('Collaborates well', 'Consistently').check();
  await level('Communicates clearly', 'Often').check();
  const [draftSaved] = await Promise.all([
    page.waitForResponse((r) => r.url().endsWith('/api/feedback/drafts') && r.request().method() === 'PUT'),
    page.getByLabel(/keep doing, start doing or stop doing/).fill('Great pairing on the gripper tests.'),
  ]);
  expect(draftSaved.status()).toBe(200);

  // The network drops exactly when the answers are sent.
  await page.route('**/api/feedback/responses', (route) => route.abort('internetdisconnected'));
  await page.getByRole('button', { name: 'Submit feedback' }).click();
  await page.getByRole('alert').filter({ hasText: 'could not be submitted' }).waitFor();
  await page.unroute('**/api/feedback/responses');

  await page.reload();
  await page.getByRole('heading', { level: 1, name: /Feedback for/ }).waitFor();
  await level('Delivers high-quality work', 'Usually').waitFor();
  expect(await level('Delivers high-quality work', 'Usually').isChecked()).toBe(true);
  expect(await level('Collaborates well', 'Consistently').isChecked()).toBe(true);
  expect(await level('Communicates clearly', 'Often').isChecked()).toBe(true);
  expect(await page.getByLabel(/keep doing, start doing or stop doing/).inputValue()).toBe(
    'Great pairing on the gripper tests.',
  );

  const [sent] = await Promise.all([
    page.waitForResponse(
      (r) => r.url().endsWith('/api/feedback/responses') && r.request().method() === 'POST',
    ),
    page.getByRole('button', { name: 'Submit feedback' }).click(),
  ]);
  expect(sent.status()).toBe(201);
  await page.getByText('Thank you — your feedback was submitted.').waitFor();

  // Exactly one response more, and the request is answered.
  expect(await responsesOf('p-056')).toBe(before + 1);
  const requests = await apiAsHr<FeedbackRequest[]>('/feedback/requests?raterId=p-057&subjectId=p-056');
  expect(requests.find((r) => r.id === 'fr-demo-1')?.status).toBe('submitted');

  // The only console error is the one the dropped request itself causes.
  expect(errors.filter((e) => !e.includes('net::ERR_INTERNET_DISCONNECTED'))).toEqual([]);
  await context.close();
});
