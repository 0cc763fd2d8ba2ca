/**
 * axe-core (WCAG 2.0/2.1/2.2 A and AA rules) over the built app in real Chromium, in each
 * state a reader reaches: on opening, with the detail open, with filters set, in the list,
 * in French, and in dark mode, at a desktop and a phone size. Each state is screenshotted
 * to tests/browser/screenshots/a11y-<size>-<state>.png, and no state may log an error.
 */
import { afterEach, beforeAll, describe, expect, test } from 'vitest';
import type { Page } from 'playwright-core';
import { screenshot, useSite } from './harness.ts';
import { formatViolations, runAxe } from './axe.ts';
import { APP_SITE, MARKS, ROWS, SIZES, eventIn, openApp, openFilters, viewportScreenshot } from './app.helpers.ts';

const EVENT = 'biden-macron-phone-call';

const site = useSite(APP_SITE);

describe.each(SIZES)('at $name size ($width×$height)', (size) => {
  let page: Page;
  let errors: string[];

  beforeAll(async () => {
    const opened = await site.open({ viewport: { width: size.width, height: size.height } });
    ({ page, errors } = opened);
    return opened.close;
  });

  afterEach(async () => {
    await page.emulateMedia({ colorScheme: 'light' });
    const seen = errors.splice(0);
    expect(seen, 'console errors and uncaught page errors').toEqual([]);
  });

  /** Screenshots the state, then fails with a readable list if axe finds any violation. */
  async function check(state: string) {
    await screenshot(page, `a11y-${size.name}-${state}`);
    if (size.name === 'phone' && (await page.locator('aside.detail').count()) > 0)
      await viewportScreenshot(page, `a11y-${size.name}-${state}-viewport`);
    const violations = await runAxe(page);
    expect(violations.length, `axe violations in "${state}" at ${size.name} size:\n\n${formatViolations(violations)}\n`).toBe(0);
  }

  async function openDetail(id = EVENT) {
    await page.locator(eventIn(id)).click();
    await page.locator('aside.detail h2').waitFor();
    // Let the detail's focus move and the timeline's re-layout finish before axe reads the page.
    await page.waitForFunction(() => document.activeElement?.tagName === 'H2');
  }

  test('on opening', async () => {
    await openApp(page, site.url);
    await check('initial');
  });

  test('with the detail open', async () => {
    await openApp(page, site.url);
    await openDetail();
    expect(await page.locator('aside.detail blockquote').count()).toBeGreaterThan(0);
    await check('detail');
  });

  test('with filters set (country, actor, search) and the actor list open', async () => {
    await openApp(page, site.url);
    await openFilters(page);
    await page.getByRole('checkbox', { name: /^France\b/ }).check();
    await page.locator('.filters details.actors summary').click();
    await page.locator('.filters details.actors input[type=checkbox]').first().check();
    await page.getByRole('searchbox', { name: 'Search titles and quotes' }).fill('Blinken');
    await page.waitForFunction(() => new URLSearchParams(location.search).get('q') === 'Blinken');
    await check('filters');
  });

  test('in the list view, with an event selected', async () => {
    await openApp(page, site.url);
    await page.getByRole('button', { name: 'List', exact: true }).click();
    await page.locator('.event-list').waitFor();
    expect(await page.locator(`${MARKS}, ${ROWS}`).count(), 'the timeline is replaced by the list').toBe(0);
    await check('list');
    await page.locator('.event-list button.title').nth(4).click();
    await page.locator('aside.detail h2').waitFor();
    await check('list-detail');
  });

  test('in French (?lang=fr), on opening and with the detail open', async () => {
    await openApp(page, site.url, '?lang=fr');
    expect(await page.evaluate(() => document.documentElement.lang)).toBe('fr');
    if (size.name === 'phone') {
      // The vertical form has nothing to zoom: its list of rows is named in French.
      expect(await page.getByRole('list', { name: 'Chronologie', exact: true }).count()).toBe(1);
      expect(await page.getByRole('button', { name: 'Tout afficher', exact: true }).count()).toBe(0);
    } else expect(await page.getByRole('button', { name: 'Tout afficher', exact: true }).count()).toBe(1);
    await check('french');
    await openDetail();
    expect(await page.locator('aside.detail').getByRole('button', { name: 'Fermer', exact: true }).count()).toBe(1);
    await check('french-detail');
  });

  test('in dark mode, on opening, with the detail open, and in the list', async () => {
    await page.emulateMedia({ colorScheme: 'dark' });
    await openApp(page, site.url);
    const background = await page.evaluate(() => getComputedStyle(document.body).backgroundColor);
    expect(background, 'the page itself turns dark').not.toBe('rgb(255, 255, 255)');
    await check('dark');
    await openDetail();
    await check('dark-detail');
    await page.getByRole('button', { name: 'List', exact: true }).click();
    await page.locator('.event-list').waitFor();
    await check('dark-list');
  });
});
