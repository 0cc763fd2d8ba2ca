/**
 * An embed with manners: loading a <diplomatic-timeline> with `event=` in a long article
 * never scrolls the host page nor moves its focus, and the detail opens in the flow of the
 * page: under the timeline in a 760 px article column, and under its own row in a phone's
 * column, where the timeline is vertical; only the reader's own click moves focus to the
 * detail, and Escape gives it back to the event.
 */
import { afterEach, describe, expect, it } from 'vitest';
import type { BrowserContextOptions, Page } from 'playwright-core';
import { join } from 'node:path';
import { SCREENSHOTS, screenshot, useSite, type OpenedPage } from './harness.ts';
import { detailHeading, eventIn, loaded } from './embed.helpers.ts';

const RECALL = 'france-recalls-ambassadors';
const RECALL_TITLE = 'Macron recalls French ambassadors from Washington and Canberra';
const AUKUS = 'aukus-announced';
const AUKUS_TITLE = 'Australia, UK and US unveil the AUKUS pact';

const PARAGRAPH =
  'Diplomats in Paris, Canberra and Washington spent the week trading statements over the submarine contract. ' +
  'The French foreign minister spoke of a stab in the back; officials in Canberra said the decision had been taken ' +
  'in the national interest, and the White House sought to contain the damage before the United Nations General Assembly.';

/** A long article with the element in its middle, in a column `column` wide, in light and dark. */
function article(column: string): string {
  const paragraphs = (n: number) => Array.from({ length: n }, () => `<p>${PARAGRAPH}</p>`).join('\n');
  return `<!doctype html>
<html lang="en">
  <head>
    <meta charset="utf-8" />
    <meta name="viewport" content="width=device-width, initial-scale=1" />
    <title>The AUKUS rift</title>
    <style>
      :root { color-scheme: light dark; }
      body { margin: 0; background: #fff; color: #121212; font: 1.125rem/1.6 Georgia, 'Times New Roman', serif; }
      header { border-bottom: 1px solid #ddd; padding: 0.5rem 1rem; font: 0.9rem system-ui, sans-serif; }
      article { max-width: ${column}; margin: 0 auto; padding: 0 1rem 4rem; }
      h1 { font-size: 2rem; line-height: 1.15; margin: 1.5rem 0 1rem; }
      figure { margin: 2rem 0; }
      figcaption { font: 0.8rem system-ui, sans-serif; color: #555; margin-top: 0.4rem; }
      @media (prefers-color-scheme: dark) {
        body { background: #121212; color: #e8e8e8; }
        header { border-color: #333; }
        figcaption { color: #aaa; }
      }
    </style>
    <script type="module" src="embed/diplomatic-timeline.js"></script>
  </head>
  <body>
    <header><label>Search the site <input id="host-search" type="search" autofocus /></label></header>
    <article>
      <h1>How a submarine deal split three allies</h1>
      ${paragraphs(6)}
      <figure id="timeline">
        <diplomatic-timeline src="data/events.json" lang="en" event="${RECALL}"></diplomatic-timeline>
        <figcaption>The crisis, day by day. Source: the governments' statements.</figcaption>
      </figure>
      ${paragraphs(8)}
    </article>
  </body>
</html>`;
}

const site = useSite({
  overlay: new Map([
    ['article-phone.html', article('40rem')],
    ['article-column.html', article('760px')],
  ]),
});

const HOSTS = [
  { name: 'phone', page: 'article-phone.html', viewport: { width: 375, height: 667 }, column: 375 - 32, vertical: true },
  { name: 'column', page: 'article-column.html', viewport: { width: 1280, height: 800 }, column: 760, vertical: false },
] as const;

let opened: OpenedPage | undefined;
afterEach(async () => {
  await opened?.close();
  opened = undefined;
});

async function open(host: (typeof HOSTS)[number], options: BrowserContextOptions = {}): Promise<Page> {
  opened = await site.open({ viewport: host.viewport, ...options });
  await opened.page.goto(`${site.url}${host.page}`);
  return opened.page;
}

/** The host page's scroll and focus, and the element's own focus in its shadow root. */
function manners(page: Page) {
  return page.evaluate(() => ({
    scrollY: Math.round(window.scrollY),
    active: document.activeElement?.id || document.activeElement?.tagName,
    inside: document.querySelector('diplomatic-timeline')?.shadowRoot?.activeElement?.tagName ?? null,
  }));
}

/** Lets the detail's effects and any smooth scroll run their course. */
const settle = (page: Page) => page.evaluate(() => new Promise((done) => setTimeout(() => requestAnimationFrame(done), 600)));

/**
 * Boxes of the timeline, the detail's container (the sheet under the timeline, or the list
 * item under the chosen row in the vertical form) and the component, the detail's position,
 * and in the vertical form the box of the selected event's row.
 */
function boxes(page: Page) {
  return page.evaluate(() => {
    const root = document.querySelector('diplomatic-timeline')?.shadowRoot;
    const box = (selector: string) => {
      const rect = root?.querySelector(selector)?.getBoundingClientRect();
      return rect ? { left: rect.left, top: rect.top, width: rect.width, bottom: rect.bottom } : null;
    };
    const holder = root?.querySelector('.sheet') ? '.sheet' : '.vertical li.detail';
    const sheet = root?.querySelector(holder);
    const chosen = root?.querySelector('.vertical button[aria-pressed="true"]')?.closest('li');
    const rect = chosen?.getBoundingClientRect();
    return {
      view: box('.story-view'),
      main: box('.stage .main'),
      sheet: box(holder),
      position: sheet ? getComputedStyle(sheet).position : null,
      chosenRow: rect ? { top: rect.top, bottom: rect.bottom, next: chosen?.nextElementSibling === sheet } : null,
    };
  });
}

describe.each(HOSTS)('an embed with event= in a long article ($name)', (host) => {
  it('loads without scrolling the host page or taking its focus, and opens the detail in the flow under the timeline', async () => {
    const page = await open(host);
    await loaded(page);
    await expect.poll(() => page.locator(detailHeading()).textContent()).toBe(RECALL_TITLE);
    await settle(page);
    expect(await manners(page)).toEqual({ scrollY: 0, active: 'host-search', inside: null });

    const { view, main, sheet, position, chosenRow } = await boxes(page);
    if (!view || !main || !sheet) throw new Error('no timeline or no detail');
    expect(position, 'the detail is in the flow, not a sheet over the article').not.toBe('fixed');
    expect(view.width).toBeGreaterThan(host.column - 2);
    expect(view.width).toBeLessThan(host.column + 2);
    // The timeline keeps the component's whole width (less its padding), and so does the detail.
    expect(main.width).toBeGreaterThan(view.width - 30);
    expect(sheet.width).toBeGreaterThan(view.width - 30);
    if (host.vertical) {
      // In the vertical form the detail opens in the list, right under the chosen event's row.
      expect(await page.locator('diplomatic-timeline .timeline svg').count(), 'the vertical form').toBe(0);
      expect(chosenRow, 'the selected row').not.toBeNull();
      expect(chosenRow?.next, 'the detail follows the selected row').toBe(true);
      expect(sheet.top).toBeGreaterThanOrEqual((chosenRow?.bottom ?? Infinity) - 1);
      expect(sheet.bottom).toBeLessThanOrEqual(main.bottom);
    } else expect(sheet.top).toBeGreaterThanOrEqual(main.bottom);
  });

  it("the host's select() and a changed event attribute neither scroll nor move focus", async () => {
    const page = await open(host);
    await loaded(page);
    await expect.poll(() => page.locator(detailHeading()).textContent()).toBe(RECALL_TITLE);
    await page.evaluate((id) => document.querySelector('diplomatic-timeline')?.setAttribute('event', id), AUKUS);
    await expect.poll(() => page.locator(detailHeading()).textContent()).toBe(AUKUS_TITLE);
    await page.evaluate((id) => document.querySelector('diplomatic-timeline')?.select(id), RECALL);
    await expect.poll(() => page.locator(detailHeading()).textContent()).toBe(RECALL_TITLE);
    await settle(page);
    expect(await manners(page)).toEqual({ scrollY: 0, active: 'host-search', inside: null });
  });

  it("a reader's click moves focus to the detail's heading, and Escape gives it back to the event", async () => {
    const page = await open(host);
    await loaded(page);
    await expect.poll(() => page.locator(detailHeading()).textContent()).toBe(RECALL_TITLE);
    await page.locator(eventIn(AUKUS)).click();
    await expect.poll(() => page.locator(detailHeading()).textContent()).toBe(AUKUS_TITLE);
    await expect.poll(async () => (await manners(page)).inside).toBe('H2');
    expect((await boxes(page)).position).not.toBe('fixed');
    await page.keyboard.press('Escape');
    await expect.poll(() => page.locator('diplomatic-timeline aside.detail').count()).toBe(0);
    await expect
      .poll(() =>
        page.evaluate(
          () => document.querySelector('diplomatic-timeline')?.shadowRoot?.activeElement?.getAttribute('data-event-id') ?? null,
        ),
      )
      .toBe(AUKUS);
  });

  it.each(['light', 'dark'] as const)('looks like a page of the paper (%s)', async (colorScheme) => {
    const page = await open(host, { colorScheme });
    await loaded(page);
    await expect.poll(() => page.locator(detailHeading()).textContent()).toBe(RECALL_TITLE);
    await settle(page);
    await screenshot(page, `embed-manners-${host.name}-${colorScheme}`);
    // The figure alone, as a reader scrolling the article meets it.
    await page.locator('#timeline').screenshot({ path: join(SCREENSHOTS, `embed-manners-${host.name}-${colorScheme}-figure.png`) });
    expect(opened?.errors).toEqual([]);
  });
});
