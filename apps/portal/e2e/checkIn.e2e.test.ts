import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, expect, test } from 'vitest';
import { launchBrowser, openPortal, signIn } from './support/browser';

let browser: Browser;
beforeAll(async () => {
  browser = await launchBrowser();
});
afterAll(async () => {
  await browser?.close();
});

test('an employee checks in on a key result and sees the company objective progress change', async () => {
  const { page, context, errors } = await openPortal(browser);
  await signIn(page, 'p-057');
  await expect(page.getByTestId('current-user').textContent()).resolves.toContain('Diego Bauer');
  await expect(page.locator('.acme-role').textContent()).resolves.toBe('Employee');

  // g-0614 "Gripper life-cycle test hours" (4255 of 5000) rolls up through g-0613 and g-0007 into g-0004.
  const company = page.locator('.acme-leads-to[data-goal-id="g-0004"] .acme-progress');
  await company.waitFor();
  const before = Number(await company.getAttribute('data-value'));

  // The goal tree widget on Home: the key result's row, its Check in button, the dialog.
  const row = page.getByRole('row').filter({ hasText: 'Gripper life-cycle test hours' });
  await row.getByRole('button', { name: 'Check in' }).click();
  await page.getByLabel('New current value').fill('5000');
  const [checkIn] = await Promise.all([
    page.waitForResponse((r) => r.url().endsWith('/api/goals/g-0614/check-ins')),
    page.getByRole('button', { name: 'Save check-in' }).click(),
  ]);
  expect(checkIn.status()).toBe(200);
  await page.getByText('Check-in saved: Gripper life-cycle test hours is at 100%.').waitFor();

  // The refetched tree is rolled up again by core: the company objective moves up.
  await page.waitForFunction((old) => {
    const el = document.querySelector('.acme-leads-to[data-goal-id="g-0004"] .acme-progress');
    return el !== null && Number(el.getAttribute('data-value')) > old;
  }, before);
  const after = Number(await company.getAttribute('data-value'));
  expect(after).toBeGreaterThan(before);
  expect(errors).toEqual([]);
  await context.close();
});
