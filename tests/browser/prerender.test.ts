/**
 * The story before the script (issue 13): the built index.html holds the story, rendered by
 * Svelte's server renderer; a reader without JavaScript reads it (the rows, and the story in
 * full with every quote and its source); with JavaScript the script takes the same markup
 * over without a visible jump (layout shift 0) on a phone and on a desktop, and a visit the
 * built page does not match (a shared view, French) is drawn afresh, all without a console
 * error or a CSP violation.
 */
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import type { BrowserContext } from 'playwright-core';
import { DIST, screenshot, useSite, type OpenedPage } from './harness.ts';

interface DataEvent {
  id: string;
  date: string;
  title: string;
  summary: string;
  quotes: { text: string }[];
}
const DATA = JSON.parse(readFileSync(resolve(import.meta.dirname, '../../data/events.json'), 'utf8')) as { events: DataEvent[] };

/** The first day an EDTF date of data/events.json can mean, in UTC ms. */
function firstDay(date: string): number {
  const [year = NaN, month = 1, day = 1] = (date.split('/')[0] ?? '').replace(/[~?%]/g, '').split('-').map(Number);
  return Date.UTC(year, month - 1, day);
}

/** Counts layout shifts and the prerendered rows the script removes, from before the first paint. */
function watchTakeOver(context: BrowserContext) {
  return context.addInitScript(() => {
    const watched = window as unknown as { layoutShift: number; rowsRemoved: number };
    watched.layoutShift = 0;
    watched.rowsRemoved = 0;
    new PerformanceObserver((list) => {
      for (const entry of list.getEntries() as (PerformanceEntry & { value: number; hadRecentInput: boolean })[]) {
        if (!entry.hadRecentInput) watched.layoutShift += entry.value;
      }
    }).observe({ type: 'layout-shift', buffered: true });
    document.addEventListener('DOMContentLoaded', () => {
      const app = document.getElementById('app');
      if (!app) return;
      new MutationObserver((records) => {
        for (const record of records) {
          for (const node of record.removedNodes) {
            if (node instanceof Element && (node.matches('li.row') || node.querySelector('li.row'))) watched.rowsRemoved++;
          }
        }
      }).observe(app, { childList: true, subtree: true });
    });
  });
}

const taken = (opened: OpenedPage) =>
  opened.page.evaluate(() => {
    const watched = window as unknown as { layoutShift: number; rowsRemoved: number };
    return { layoutShift: watched.layoutShift, rowsRemoved: watched.rowsRemoved };
  });

describe('the built page', () => {
  it('holds the story in its HTML: every title, summary and quote, in time order', () => {
    const html = readFileSync(resolve(DIST, 'index.html'), 'utf8');
    expect(html).toContain('data-prerendered="en"');
    const decode = (text: string) =>
      text
        .replace(/&amp;/g, '&')
        .replace(/&lt;/g, '<')
        .replace(/&gt;/g, '>')
        .replace(/&quot;/g, '"')
        .replace(/&#39;/g, "'");
    const text = decode(html);
    const rows = [...text.matchAll(/<button[^>]* data-event-id="([^"]+)"/g)].map((match) => match[1]);
    expect(new Set(rows)).toEqual(new Set(DATA.events.map((event) => event.id)));
    const startOf = new Map(DATA.events.map((event) => [event.id, firstDay(event.date)]));
    const starts = rows.map((id) => startOf.get(id ?? '') ?? NaN);
    expect(starts).toEqual([...starts].sort((a, b) => a - b));
    for (const event of DATA.events) {
      expect(text).toContain(event.title);
      expect(text).toContain(event.summary);
      for (const quote of event.quotes) expect(text).toContain(quote.text);
    }
    // No inline style, which the page's Content-Security-Policy would refuse.
    expect(html).not.toMatch(/\sstyle="/);
  });
});

describe('the page taken over by its script', () => {
  const site = useSite();
  let opened: OpenedPage | undefined;
  afterEach(async () => {
    await opened?.close();
    opened = undefined;
  });

  it('on a phone keeps the prerendered rows where they stand: no row redrawn, no layout shift', async () => {
    opened = await site.open({ viewport: { width: 375, height: 667 }, isMobile: true, hasTouch: true }, watchTakeOver);
    await opened.page.goto(`${site.url}index.html`);
    await opened.page.locator('.vertical button[data-event-id]').first().waitFor();
    // The script has run when the Filters button answers.
    await opened.page.getByRole('button', { name: 'Filters' }).click();
    await expect.poll(() => opened?.page.locator('section.filters').isVisible()).toBe(true);
    expect(await taken(opened)).toEqual({ layoutShift: 0, rowsRemoved: 0 });
    expect(await opened.page.locator('.vertical li.row').count()).toBe(DATA.events.length);
    expect(opened.errors).toEqual([]);
  });

  it('on a desktop turns to the horizontal timeline without a layout shift', async () => {
    opened = await site.open({ viewport: { width: 1280, height: 720 } }, watchTakeOver);
    await opened.page.goto(`${site.url}index.html`);
    await opened.page.locator('.timeline svg [data-event-id]').first().waitFor();
    expect((await taken(opened)).layoutShift).toBe(0);
    expect(await opened.page.locator('.vertical').count()).toBe(0);
    expect(opened.errors).toEqual([]);
  });

  it('draws a visit the page was not built for afresh: French, with an event open', async () => {
    opened = await site.open({ viewport: { width: 375, height: 667 }, isMobile: true, hasTouch: true });
    await opened.page.goto(`${site.url}index.html?lang=fr&event=aukus-announced`);
    await expect.poll(() => opened?.page.locator('.vertical').getAttribute('class')).toBeTruthy();
    await expect(opened.page.getByRole('list', { name: 'Chronologie' }).isVisible()).resolves.toBe(true);
    await expect(opened.page.locator('li.detail h2, li.detail h3').first().textContent()).resolves.toContain('AUKUS');
    // Once: the built markup was replaced, not kept beside the new one.
    expect(await opened.page.locator('.story-view').count()).toBe(1);
    expect(opened.errors).toEqual([]);
  });
});

describe('the page without JavaScript', () => {
  const site = useSite();

  for (const size of [
    { name: 'phone', viewport: { width: 375, height: 667 } },
    { name: 'desktop', viewport: { width: 1280, height: 720 } },
  ]) {
    it(`reads as the story on a ${size.name}: the rows, and the story in full with its quotes`, async () => {
      const opened = await site.open({ viewport: size.viewport, javaScriptEnabled: false });
      await opened.page.goto(`${site.url}index.html`);
      const rows = opened.page.locator('.vertical button[data-event-id]');
      expect(await rows.count()).toBe(DATA.events.length);
      expect(await rows.first().isVisible()).toBe(true);
      // The controls that need the script step aside.
      expect(await opened.page.getByRole('searchbox').isVisible()).toBe(false);
      await opened.page.getByText(/^The story in full/).click();
      const first = DATA.events[0] as DataEvent;
      await expect(
        opened.page
          .getByText(first.quotes[0]?.text ?? '', { exact: false })
          .first()
          .isVisible(),
      ).resolves.toBe(true);
      await screenshot(opened.page, `prerender-nojs-${size.name}`);
      expect(opened.errors).toEqual([]);
      await opened.close();
    });
  }
});
