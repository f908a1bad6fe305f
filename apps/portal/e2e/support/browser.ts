import { type Browser, type BrowserContext, chromium, type Page } from 'playwright-core';
import { inject } from 'vitest';
import { CHROMIUM_ARGS, findChromium } from '../../../../scripts/chromium.mjs';

export const portalUrl = (): string => inject('portalUrl');

/** One headless Debian Chromium per test file. */
export function launchBrowser(): Promise<Browser> {
  return chromium.launch({
    executablePath: findChromium() ?? '/usr/bin/chromium',
    args: CHROMIUM_ARGS,
    headless: true,
  });
}

export interface PortalPage {
  context: BrowserContext;
  page: Page;
  /** Console errors and uncaught exceptions seen so far (a test asserts it stays empty). */
  errors: string[];
}

/** A fresh browser profile (own cookies and storage) at the portal, collecting console errors. */
export async function openPortal(
  browser: Browser,
  options: { locale?: string; appearance?: string; width?: number } = {},
): Promise<PortalPage> {
  const context = await browser.newContext({
    baseURL: portalUrl(),
    viewport: { width: options.width ?? 1280, height: 900 },
  });
  await context.addInitScript(
    ([locale, appearance]) => {
      if (locale) window.localStorage.setItem('acme.locale', locale);
      if (appearance) window.localStorage.setItem('acme.appearance', appearance);
    },
    [options.locale ?? '', options.appearance ?? ''],
  );
  const page = await context.newPage();
  const errors: string[] = [];
  page.on('console', (m) => {
    if (m.type() === 'error') errors.push(`${m.text()} @ ${m.location().url}`);
  });
  page.on('pageerror', (e) => errors.push(`uncaught: ${e.message}`));
  return { context, page, errors };
}

/** Signs in through the sign-in page as a seeded person and waits for the home page of that person. */
export async function signIn(page: Page, personId: string): Promise<void> {
  await page.goto('/sign-in');
  await page.locator('input[placeholder="p-001"]').fill(personId);
  await Promise.all([
    page.waitForResponse(
      (r) => r.url().endsWith('/api/session') && r.request().method() === 'POST' && r.ok(),
    ),
    page.locator('form.acme-signin-other button[type="submit"]').click(),
  ]);
  await page.getByTestId('current-user').waitFor();
}
