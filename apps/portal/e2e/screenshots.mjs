#!/usr/bin/env node
// `pnpm --filter @northstar/portal screenshots`: every page in light, dark, ar-EG, de-DE and at a 390 px phone width,
// written to apps/portal/screenshots/ (git-ignored). Starts its own portal on a free port with an in-memory database.
import { mkdir } from 'node:fs/promises';
import { fileURLToPath } from 'node:url';
import { chromium } from 'playwright-core';
import { CHROMIUM_ARGS, findChromium } from '../../../scripts/chromium.mjs';
import { startPortal } from '../server/startPortal.mjs';

const out = fileURLToPath(new URL('../screenshots/', import.meta.url));
/** @type {[string, string][]} */
const PAGES = [
  ['home', '/'],
  ['goals', '/goals'],
  ['kpis', '/kpis'],
  ['feedback', '/feedback'],
  ['give-feedback', '/feedback/give/fr-demo-3'],
  ['talent', '/talent'],
  ['developer', '/developer'],
];
const LOOKS = [
  { name: 'light', locale: 'en-US', appearance: 'light', width: 1280 },
  { name: 'dark', locale: 'en-US', appearance: 'dark', width: 1280 },
  { name: 'ar-EG', locale: 'ar-EG', appearance: 'light', width: 1280 },
  { name: 'de-DE', locale: 'de-DE', appearance: 'light', width: 1280 },
  { name: 'phone-390', locale: 'en-US', appearance: 'light', width: 390 },
];

/** @param {import('playwright-core').Page} page */
async function settled(page) {
  await page.locator('h1').first().waitFor();
  await page.waitForFunction(
    () => !document.querySelector('.acme-loading, [aria-busy="true"], [data-state="loading"]'),
  );
}

await mkdir(out, { recursive: true });
const portal = await startPortal({ port: 0 });
const browser = await chromium.launch({
  executablePath: findChromium() ?? '/usr/bin/chromium',
  args: CHROMIUM_ARGS,
});
try {
  for (const look of LOOKS) {
    const context = await browser.newContext({
      baseURL: portal.url,
      viewport: { width: look.width, height: 900 },
    });
    await context.addInitScript(
      ([locale, appearance]) => {
        window.localStorage.setItem('acme.locale', locale ?? 'en-US');
        window.localStorage.setItem('acme.appearance', appearance ?? 'light');
      },
      [look.locale, look.appearance],
    );
    const page = await context.newPage();
    await page.goto('/sign-in');
    await settled(page);
    await page.screenshot({ path: `${out}${look.name}-sign-in.png`, fullPage: true });
    await page.locator('input[placeholder="p-001"]').fill('p-012');
    await page.locator('form.acme-signin-other button[type="submit"]').click();
    await page.getByTestId('current-user').waitFor();
    for (const [name, path] of PAGES) {
      await page.goto(path);
      await settled(page);
      await page.screenshot({ path: `${out}${look.name}-${name}.png`, fullPage: true });
    }
    // The request picker with raters chosen: the chosen list, the relationship selects and the anonymity check.
    await page.goto('/feedback');
    await settled(page);
    const ask = page.locator('.acme-ask');
    for (const name of ['Camila Kowalski', 'Diego Bauer', 'Noah Müller']) {
      await ask.locator('input[type="search"]').fill(name);
      await ask.getByRole('checkbox', { name }).check();
    }
    await ask.locator('input[type="search"]').fill('');
    await ask.screenshot({ path: `${out}${look.name}-feedback-ask.png` });
    // The employee's Home shows their goal tree with a key result to check in on.
    await page.getByRole('button', { name: /Sign out|Abmelden|تسجيل الخروج/ }).click();
    await page.locator('input[placeholder="p-001"]').fill('p-057');
    await page.locator('form.acme-signin-other button[type="submit"]').click();
    await page.getByTestId('current-user').waitFor();
    await page.goto('/');
    await settled(page);
    await page.screenshot({ path: `${out}${look.name}-home-employee.png`, fullPage: true });
    await context.close();
    console.log(`screenshots: ${look.name} done`);
  }
} finally {
  await browser.close();
  await portal.stop();
}
console.log(`written to ${out}`);
