import type { FeedbackRequest } from '@northstar/core';
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

// p-221 Laila Andersen and p-222 Siobhan Campbell both report to p-053: peers, and nobody has asked either yet.
test('a person asks a peer for feedback on themselves; the peer’s Home lists the request live and after a reload', async () => {
  const peer = await openPortal(browser);
  // The peer's change stream must be open before the request is sent, or there is nothing to see live.
  const streamOpen = peer.page.waitForResponse((r) => r.url().endsWith('/api/events'));
  await signIn(peer.page, 'p-222');
  await streamOpen;
  const requests = peer.page.getByRole('region', { name: 'Feedback requested from me' });
  await requests.getByText('Nobody is waiting for your feedback.').waitFor();

  const asker = await openPortal(browser);
  await signIn(asker.page, 'p-221');
  await asker.page.getByRole('link', { name: 'Feedback', exact: true }).click();
  const picker = asker.page.getByRole('region', { name: 'Ask for feedback' });
  await picker.getByRole('searchbox', { name: 'Search people' }).fill('siobhan campbell');
  await picker.getByText('1 person found').waitFor();
  await picker.getByRole('checkbox', { name: 'Siobhan Campbell' }).check();

  // Same manager, so the reporting line suggests "peer"; one peer is below the template's threshold of 3.
  expect(await picker.getByRole('combobox', { name: 'Relationship of Siobhan Campbell' }).inputValue()).toBe(
    'peer',
  );
  await picker.getByText(/^1 peer chosen: fewer than 3/).waitFor();

  const [sent] = await Promise.all([
    asker.page.waitForResponse(
      (r) => r.url().endsWith('/api/feedback/requests') && r.request().method() === 'POST',
    ),
    picker.getByRole('button', { name: 'Request feedback from 1 person' }).click(),
  ]);
  expect(sent.status()).toBe(201);
  await picker.getByRole('status').getByText('Feedback requested from 1 person.').waitFor();

  const stored = await apiAsHr<FeedbackRequest[]>('/feedback/requests?subjectId=p-221&raterId=p-222');
  expect(stored.map((r) => [r.relationship, r.status, r.requestedBy, r.templateId])).toEqual([
    ['peer', 'open', 'p-221', 'h2-360'],
  ]);

  // The peer did nothing: the server's change event refreshed their open requests.
  const link = requests.getByRole('link', { name: 'Give feedback to Laila Andersen' });
  await link.waitFor();
  await peer.page.reload();
  await link.waitFor();
  await link.click();
  await peer.page.getByRole('heading', { level: 1, name: 'Feedback for Laila Andersen' }).waitFor();
  await peer.page.getByText('As a peer').waitFor();

  expect(asker.errors).toEqual([]);
  expect(peer.errors).toEqual([]);
  await asker.context.close();
  await peer.context.close();
});
