/**
 * The app and the element in Arabic, right to left (README, "Right-to-left"): the page and
 * its controls mirror, time runs from the right edge (the earliest event is the rightmost),
 * ← steps to the later event because later is to the left, Tab goes through the controls
 * from right to left, the detail opens on the left, and axe finds nothing, at 1280×720, in a
 * 760 px column and at 375×667, light and dark. Screenshots: tests/browser/screenshots/arabic-*.png.
 */
import { afterEach, beforeAll, describe, expect, test } from 'vitest';
import type { Page } from 'playwright-core';
import { screenshot, useSite } from './harness.ts';
import { formatViolations, runAxe } from './axe.ts';
import { APP_SITE, MARKS, ROWS, SIZES, mark, openApp, row } from './app.helpers.ts';
import { EMBED_SITE, loaded } from './embed.helpers.ts';

const EARLY = 'aukus-announced'; // 15 September 2021
const LATER = 'biden-macron-phone-call'; // 22 September 2021

const centreX = async (page: Page, selector: string) => {
  const box = await page.locator(selector).first().boundingBox();
  if (!box) throw new Error(`${selector} has no box`);
  return box.x + box.width / 2;
};

/** Where a mark stands on the axis: the x its group is drawn about (a point's dot, a span's start). */
const markX = (page: Page, id: string) =>
  page.locator(mark(id)).evaluate((element) => (element as SVGGElement).transform.baseVal.consolidate()?.matrix.e ?? NaN);

/** The data-event-id of the focused element, or null. */
const focusedEvent = (page: Page) => page.evaluate(() => document.activeElement?.getAttribute('data-event-id') ?? null);

async function expectAxeClean(page: Page, state: string) {
  const violations = await runAxe(page);
  expect(violations.length, `axe violations in Arabic, ${state}:\n\n${formatViolations(violations)}\n`).toBe(0);
}

describe('the app in Arabic', () => {
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
      expect(errors.splice(0), 'console errors and uncaught page errors').toEqual([]);
    });

    test('reads right to left: the page, its controls and, on a wide screen, time from the right edge', async () => {
      await openApp(page, site.url, '?lang=ar');
      expect(await page.evaluate(() => [document.documentElement.lang, document.documentElement.dir])).toEqual(['ar', 'rtl']);
      const bar = await page.locator('div.bar').boundingBox();
      const search = await page.locator('.bar input[type=search]').boundingBox();
      if (!bar || !search) throw new Error('no control bar');
      // The search box opens the bar at its right edge, where the reading starts.
      expect(bar.x + bar.width - (search.x + search.width)).toBeLessThan(2);
      // Beside it on a wide screen, or on the next line on a phone, the other controls start from the right too.
      if (size.name === 'desktop') expect(search.x - bar.x).toBeGreaterThan(bar.width / 3);
      else {
        const filters = await page.locator('div.bar button[aria-controls]').first().boundingBox();
        expect(filters && bar.x + bar.width - (filters.x + filters.width)).toBeLessThan(2);
      }
      if (size.name === 'desktop') {
        expect(await centreX(page, mark(EARLY)), 'the earlier event right of the later one').toBeGreaterThan(
          await centreX(page, mark(LATER)),
        );
        // A label reads away from its mark, the way time runs: its text ends at the mark's left.
        const dot = await page.locator(`${mark(LATER)} circle.dot`).boundingBox();
        const label = await page.locator(`${mark(LATER)} text.label`).boundingBox();
        if (!dot || !label) throw new Error('the mark has no dot or label');
        expect(label.x + label.width).toBeLessThanOrEqual(dot.x + 1);
        expect(label.x + label.width).toBeGreaterThan(dot.x - 16);
      } else {
        // Down the page, each row's mark stands at the right of its title.
        expect(await centreX(page, `${row(LATER)} >> xpath=ancestor::li[1]//*[contains(@class,"glyph")]`)).toBeGreaterThan(
          await centreX(page, row(LATER)),
        );
      }
      await screenshot(page, `arabic-${size.name}`);
      await expectAxeClean(page, 'on opening');
      await page.emulateMedia({ colorScheme: 'dark' });
      await screenshot(page, `arabic-${size.name}-dark`);
      await expectAxeClean(page, 'in dark mode');
    });

    test('Tab goes through the controls from right to left', async () => {
      await openApp(page, site.url, '?lang=ar');
      await page.locator('.bar input[type=search]').focus();
      const xs: number[] = [];
      for (let i = 0; i < 4; i++) {
        xs.push(await page.evaluate(() => document.activeElement?.getBoundingClientRect().left ?? NaN));
        await page.keyboard.press('Tab');
      }
      // On a phone the search has a line of its own; the buttons share the next.
      const sameLine = size.name === 'phone' ? xs.slice(1) : xs;
      for (let i = 1; i < sameLine.length; i++)
        expect(sameLine[i], `control ${i} left of the one before`).toBeLessThan(sameLine[i - 1] as number);
    });

    test('← steps to the later event, → back, Home and End to the first and last in time; the detail mirrors', async () => {
      // The first and last in time, as the list gives them.
      await page.goto(`${site.url}?lang=ar&view=list`);
      await page.locator('.event-list button.title').first().waitFor();
      const order = await page
        .locator('.event-list button.title')
        .evaluateAll((titles) => titles.map((title) => title.getAttribute('data-event-id')));
      await openApp(page, site.url, `?lang=ar&event=${LATER}`);
      const events = size.name === 'desktop' ? MARKS : ROWS;
      await page.locator(`${events}[data-event-id="${LATER}"]`).waitFor();
      await page.locator(`${events}[data-event-id="${LATER}"]`).focus();
      // ← walks on in time order, until the marks drawn are left of where it started.
      const start = order.indexOf(LATER);
      for (let step = 1; step <= 6; step++) {
        await page.keyboard.press('ArrowLeft');
        await expect.poll(() => focusedEvent(page)).toBe(order[start + step]);
      }
      if (size.name === 'desktop') expect(await markX(page, order[start + 6] as string)).toBeLessThan(await markX(page, LATER));
      await page.keyboard.press('ArrowRight');
      await expect.poll(() => focusedEvent(page)).toBe(order[start + 5]);
      await page.keyboard.press('End');
      await expect.poll(() => focusedEvent(page)).toBe(order.at(-1));
      await page.keyboard.press('Home');
      await expect.poll(() => focusedEvent(page)).toBe(order[0]);

      await page.keyboard.press('Enter');
      await page.locator('aside.detail h2').waitFor();
      if (size.name === 'desktop') {
        // Beside the timeline, on its left: the side the reading reaches last.
        expect(await centreX(page, 'aside.detail')).toBeLessThan(await centreX(page, '.timeline'));
      }
      // The close button in the detail's top left corner, where its heading ends.
      const close = await page.locator('aside.detail .close').boundingBox();
      const aside = await page.locator('aside.detail').boundingBox();
      if (!close || !aside) throw new Error('no detail');
      expect(close.x - aside.x).toBeLessThan(aside.width / 4);
      await screenshot(page, `arabic-${size.name}-detail`);
      await expectAxeClean(page, 'with the detail open');
    });
  });

  test('in a 760 px column the timeline runs right to left too', async () => {
    const { page, errors, close } = await site.open({ viewport: { width: 760, height: 800 } });
    await openApp(page, site.url, '?lang=ar');
    expect(await markX(page, EARLY)).toBeGreaterThan(await markX(page, LATER));
    await screenshot(page, 'arabic-column');
    await page.emulateMedia({ colorScheme: 'dark' });
    await screenshot(page, 'arabic-column-dark');
    await expectAxeClean(page, 'in a 760 px column, dark');
    expect(errors).toEqual([]);
    await close();
  });
});

describe('the element in Arabic', () => {
  const site = useSite(EMBED_SITE);

  test('mirrors inside its shadow root, whatever the direction of the page around it', async () => {
    const { page, errors, close } = await site.open({ viewport: { width: 1100, height: 800 } });
    await page.goto(`${site.url}examples/index.html`);
    await page.evaluate(() => {
      const script = document.createElement('script');
      script.type = 'module';
      script.src = '../embed/diplomatic-timeline.js';
      document.head.append(script);
      const element = document.createElement('diplomatic-timeline');
      element.setAttribute('lang', 'ar');
      document.body.append(element);
    });
    await loaded(page);
    const host = 'diplomatic-timeline';
    await page.locator(`${host} ${mark(LATER)}`).waitFor();
    expect(await page.locator(`${host} .embed-root`).getAttribute('dir')).toBe('rtl');
    expect(await centreX(page, `${host} ${mark(EARLY)}`)).toBeGreaterThan(await centreX(page, `${host} ${mark(LATER)}`));
    const bar = await page.locator(`${host} div.bar`).boundingBox();
    const search = await page.locator(`${host} .bar input[type=search]`).boundingBox();
    if (!bar || !search) throw new Error('no control bar');
    expect(bar.x + bar.width - (search.x + search.width)).toBeLessThan(2);
    await screenshot(page, 'arabic-element');
    await expectAxeClean(page, 'the element');
    expect(errors).toEqual([]);
    await close();
  });
});
