import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, expect, test } from 'vitest';
import { launchBrowser, openPortal, signIn } from './support/browser';

let browser: Browser;
beforeAll(async () => {
  browser = await launchBrowser();
});
afterAll(async () => {
  await browser?.close();
});

// p-055 Hiroshi Nwosu (performance 0.649, potential 0.429) sits in box 5; a report of the manager p-012.
const card = (page: Page, box: number) =>
  page.locator(`[role="gridcell"][data-box="${box}"] [data-person-id="p-055"]`);

test('an HR admin moves a person on the 9-box by keyboard with a reason; the manager’s browser sees the move', async () => {
  const hr = await openPortal(browser);
  const manager = await openPortal(browser);
  await signIn(manager.page, 'p-012');
  await manager.page.goto('/talent');
  await card(manager.page, 5).waitFor();

  await signIn(hr.page, 'p-009');
  await expect(hr.page.locator('.acme-role').textContent()).resolves.toBe('HR admin');
  await hr.page.goto('/talent');
  await hr.page.getByRole('grid').waitFor();
  await hr.page.getByLabel('Organisation of').selectOption('p-012');
  await card(hr.page, 5).focus();
  await hr.page.keyboard.press('Enter');
  await hr.page.keyboard.press('ArrowRight');
  await hr.page.keyboard.press('Enter');
  const dialog = hr.page.getByRole('dialog', { name: /Move Hiroshi Nwosu/ });
  await dialog.waitFor();
  await dialog.getByRole('textbox', { name: 'Reason' }).fill('Led the gripper redesign');
  const [saved] = await Promise.all([
    hr.page.waitForResponse((r) => r.url().endsWith('/api/talent/p-055/moves')),
    dialog.getByRole('button', { name: 'Move' }).press('Enter'),
  ]);
  expect(saved.status()).toBe(200);
  await card(hr.page, 6).waitFor();

  // The manager did nothing: the server's change event invalidated their cache and the grid re-rendered.
  await card(manager.page, 6).waitFor();
  expect(await card(manager.page, 5).count()).toBe(0);
  await manager.page
    .getByTestId('talent-moves')
    .getByText(/Led the gripper redesign/)
    .waitFor();

  expect(hr.errors).toEqual([]);
  expect(manager.errors).toEqual([]);
  await hr.context.close();
  await manager.context.close();
});

test('an employee cannot open Talent, and the API refuses them another person’s summary and the talent list', async () => {
  const { page, context, errors } = await openPortal(browser);
  await signIn(page, 'p-057');
  await page.getByRole('link', { name: 'Talent' }).click();
  await page.getByRole('heading', { level: 1, name: /403/ }).waitFor();
  expect(await page.getByRole('grid').count()).toBe(0);

  const statuses = await page.evaluate(async () => {
    const get = (path: string) => fetch(path).then((r) => r.status);
    return {
      summary: await get('/api/feedback/summary?subjectId=p-056&templateId=h2-360'),
      talent: await get('/api/talent?cycleId=2026-h2'),
      own: await get('/api/feedback/summary?subjectId=p-057&templateId=h2-360'),
    };
  });
  expect([403, 404]).toContain(statuses.summary);
  expect([403, 404]).toContain(statuses.talent);
  expect(statuses.own).toBe(200);

  // The browser logs the refused requests themselves; nothing else may be in the console.
  expect(errors.filter((e) => !/status of 40[34]/.test(e))).toEqual([]);
  await context.close();
});
