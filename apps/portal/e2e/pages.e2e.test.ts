import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { axeViolations, settled } from './support/axe';
import { launchBrowser, openPortal, type PortalPage, signIn } from './support/browser';

let browser: Browser;
beforeAll(async () => {
  browser = await launchBrowser();
});
afterAll(async () => {
  await browser?.close();
});

// Every page of the portal; the manager p-012 sees all of them (their reports' summaries, the 9-box of their org).
const PAGES = [
  { name: 'home', path: '/' },
  { name: 'goals', path: '/goals' },
  { name: 'kpis', path: '/kpis' },
  { name: 'feedback', path: '/feedback' },
  { name: 'give feedback', path: '/feedback/give/fr-demo-3' },
  { name: 'talent', path: '/talent' },
  { name: 'developer', path: '/developer' },
];

const LOOKS = [
  { look: 'light', locale: 'en-US', appearance: 'light', dir: 'ltr' },
  { look: 'dark', locale: 'en-US', appearance: 'dark', dir: 'ltr' },
  { look: 'ar-EG', locale: 'ar-EG', appearance: 'light', dir: 'rtl' },
  { look: 'a 390 px phone', locale: 'en-US', appearance: 'light', dir: 'ltr', width: 390 },
] as const;

/** Nothing may push the page sideways (a phone user would have to scroll horizontally). */
const horizontalOverflow = (portal: PortalPage) =>
  portal.page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth);

describe.each(LOOKS)('every page in $look', (look) => {
  const { locale, appearance, dir } = look;
  const width = 'width' in look ? look.width : 1280;
  let portal: PortalPage;
  beforeAll(async () => {
    portal = await openPortal(browser, { locale, appearance, width });
    await signIn(portal.page, 'p-012');
  });
  afterAll(async () => {
    await portal.context.close();
  });

  test('the sign-in page has no axe violation', async () => {
    const visitor = await openPortal(browser, { locale, appearance, width });
    await visitor.page.goto('/sign-in');
    await settled(visitor.page);
    expect(await visitor.page.evaluate(() => document.documentElement.dir)).toBe(dir);
    expect(await axeViolations(visitor.page)).toEqual([]);
    expect(await horizontalOverflow(visitor)).toBe(0);
    expect(visitor.errors).toEqual([]);
    await visitor.context.close();
  });

  test.each(PAGES)('$name has no axe violation and no console error', async ({ path }) => {
    await portal.page.goto(path);
    await settled(portal.page);
    expect(new URL(portal.page.url()).pathname).toBe(path);
    expect(
      await portal.page.evaluate(() => [
        document.documentElement.lang,
        document.documentElement.dataset.appearance,
      ]),
    ).toEqual([locale, appearance]);
    expect(await axeViolations(portal.page)).toEqual([]);
    expect(await horizontalOverflow(portal)).toBe(0);
    expect(portal.errors).toEqual([]);
  });

  test('the 403 page an employee gets on Talent has no axe violation', async () => {
    const employee = await openPortal(browser, { locale, appearance, width });
    await signIn(employee.page, 'p-057');
    await employee.page.goto('/talent');
    await settled(employee.page);
    await employee.page.getByRole('heading', { level: 1, name: /403|٤٠٣/ }).waitFor();
    expect(await axeViolations(employee.page)).toEqual([]);
    expect(employee.errors).toEqual([]);
    await employee.context.close();
  });
});
