/**
 * Dates at the edges of the format in the built app (tests/fixtures/edge-dates.ts: 501 BC,
 * the year zero, the first day of AD 1, a one-day interval, a century, a millennium, the
 * qualifiers, the last day of 9999), loaded with `?src=` like any reader's dataset:
 * nothing logs an error, the keyboard reaches every event in time order, "Fit all" shows
 * them all, the detail words each date, the axis labels are readable and truthful, and a
 * link to a view before AD 1 opens on that view again.
 */
import { beforeAll, describe, expect, test } from 'vitest';
import type { Page } from 'playwright-core';
import { useSite } from './harness.ts';
import { APP_SITE, MARKS, drawnMarkIds, mark, urlSettled } from './app.helpers.ts';
import { EDGE_EVENTS, EDGE_SOURCE_FILE, EDGE_SOURCE_TEXT, edgeDataset, edgeQuote } from '../fixtures/edge-dates.ts';

const IDS = EDGE_EVENTS.map((event) => event.id);
const SRC = 'edge/events.json';

const site = useSite(APP_SITE);

let page: Page;
let errors: string[];

beforeAll(async () => {
  // The dataset and its source text, served from the site's own folder.
  const files = new Map([
    [`${new URL(site.url).pathname}edge/events.json`, { body: JSON.stringify(edgeDataset()), type: 'application/json' }],
    [`${new URL(site.url).pathname}edge/${EDGE_SOURCE_FILE}`, { body: EDGE_SOURCE_TEXT, type: 'text/plain; charset=utf-8' }],
  ]);
  const opened = await site.open({ viewport: { width: 1280, height: 720 } }, (context) =>
    context.route(
      (url) => files.has(url.pathname),
      (route) => {
        const file = files.get(new URL(route.request().url()).pathname);
        return file ? route.fulfill({ body: file.body, contentType: file.type }) : route.fallback();
      },
    ),
  );
  ({ page, errors } = opened);
  return opened.close;
});

/** The URL's `range` in ms, whatever the year: "2021-09-15", "-000600-01-01T12:00Z". */
function rangeParam(url: string): [number, number] | null {
  const text = new URL(url).searchParams.get('range');
  if (text === null) return null;
  const parts = text.split('/').map((part) => Date.parse(part.includes('T') ? part : `${part}T00:00Z`));
  return [parts[0] ?? NaN, parts[1] ?? NaN];
}

const activeId = () => page.evaluate(() => document.activeElement?.getAttribute('data-event-id') ?? null);

async function waitForActive(id: string) {
  await page
    .waitForFunction((expected) => document.activeElement?.getAttribute('data-event-id') === expected, id, {
      timeout: 3000,
      polling: 'raf',
    })
    .catch(async () => {
      throw new Error(
        `focus should be on ${id}, is on ${(await activeId()) ?? (await page.evaluate(() => document.activeElement?.outerHTML.slice(0, 120)))}`,
      );
    });
}

async function axisLabels(): Promise<string[]> {
  return page.locator('.timeline .axis text').allTextContents();
}

function expectReadable(labels: string[], where: string) {
  expect(labels.length, `axis labels ${where}`).toBeGreaterThan(0);
  for (const label of labels) {
    expect(label, `axis label ${where}`).not.toMatch(/NaN|Invalid|undefined|null|Infinity/);
    expect(label.trim(), `axis label ${where}`).not.toBe('');
    // A padded year ("0501") reads as AD 501 whatever it means: years are written unpadded.
    expect(label, `axis label ${where}`).not.toMatch(/(^|\s)0\d{3}\b/);
  }
}

describe('dates at the edges of the format', () => {
  test('load with ?src= without an error, and reach every event with Home and the arrow keys, in time order', async () => {
    await page.goto(`${site.url}?src=${SRC}`);
    await page.waitForSelector(MARKS);
    await urlSettled(page);
    expect(await page.getByRole('alert').count(), 'no error panel').toBe(0);
    expect(await page.locator('.skipped').count(), 'no skipped events').toBe(0);
    expect(
      await page
        .getByRole('status')
        .filter({ hasText: `${IDS.length} events` })
        .count(),
    ).toBe(1);
    expectReadable(await axisLabels(), 'on opening');

    await page.locator(MARKS).first().focus();
    await page.keyboard.press('Home');
    await waitForActive(IDS[0] as string);
    const visited = [await activeId()];
    for (let i = 1; i <= IDS.length; i++) {
      await page.keyboard.press('ArrowRight');
      // The last press has nowhere further to go: focus stays on the last event.
      await waitForActive(IDS[Math.min(i, IDS.length - 1)] as string);
      const id = await activeId();
      if (id !== visited.at(-1)) visited.push(id);
      expectReadable(await axisLabels(), `with ${id} in view`);
    }
    expect(visited).toEqual(IDS);
    expect(errors).toEqual([]);
  });

  test('"Fit all" draws every mark inside the timeline, from 501 BC to 9999', async () => {
    await page.getByRole('button', { name: 'Fit all', exact: true }).click();
    await page.waitForFunction(() => !new URLSearchParams(location.search).has('range'), undefined, { polling: 'raf' });
    await urlSettled(page);
    expect((await drawnMarkIds(page)).sort()).toEqual([...IDS].sort());
    const outside = await page.evaluate(() => {
      const box = document.querySelector('.timeline svg')?.getBoundingClientRect();
      if (!box) return ['no timeline'];
      return [...document.querySelectorAll<SVGGElement>('.timeline svg [data-event-id]')].flatMap((node) => {
        const shape = node.querySelector('.dot, .bar, .band')?.getBoundingClientRect();
        const inside = shape && shape.right >= box.left - 1 && shape.left <= box.right + 1 && shape.width < box.width + 2;
        return inside ? [] : [node.getAttribute('data-event-id') ?? '?'];
      });
    });
    expect(outside, 'marks drawn outside the timeline').toEqual([]);
    const labels = await axisLabels();
    expectReadable(labels, 'with everything in view');
    expect(
      labels.some((label) => /\bBC$/.test(label)),
      `an era on the axis before AD 1: ${labels.join(' | ')}`,
    ).toBe(true);
    expect(errors).toEqual([]);
  });

  test('the detail gives each date in words and its quote', async () => {
    for (const event of EDGE_EVENTS) {
      await page.locator(mark(event.id)).focus();
      await page.keyboard.press('Enter');
      const detail = page.locator('aside.detail');
      await expect.poll(() => detail.locator('h2').textContent()).toBe(event.title);
      expect(await detail.locator('.kicker').textContent(), event.date).toBe(event.words);
      expect(await detail.locator('blockquote').first().textContent()).toBe(edgeQuote(event));
      await page.keyboard.press('Escape');
      await detail.waitFor({ state: 'detached' });
    }
    expect(errors).toEqual([]);
  });

  test('a related link across ten thousand years brings its event into view', async () => {
    await page.locator(mark('five-hundred-bc')).focus();
    await page.keyboard.press('+');
    await page.keyboard.press('+');
    await page.keyboard.press('+');
    await page.keyboard.press('Home');
    await waitForActive('five-hundred-bc');
    await page.keyboard.press('Enter');
    const detail = page.locator('aside.detail');
    await detail.getByRole('button', { name: 'Last day of 9999' }).click();
    await expect.poll(() => detail.locator('h2').textContent()).toBe('Last day of 9999');
    expect(await detail.locator('.kicker').textContent()).toBe('31 December 9999');
    await expect.poll(() => drawnMarkIds(page), { timeout: 3000 }).toContain('last-day');
    expectReadable(await axisLabels(), 'at the end of 9999');
    await page.keyboard.press('Escape');
    await detail.waitFor({ state: 'detached' });
    expect(errors).toEqual([]);
  });

  test('a view of 501 BC: BC on the axis, and its link opens on the same view', async () => {
    await page.getByRole('button', { name: 'Fit all', exact: true }).click();
    await page.waitForFunction(() => !new URLSearchParams(location.search).has('range'), undefined, { polling: 'raf' });
    await page.locator(mark('five-hundred-bc')).focus();
    for (let i = 0; i < 6; i++) await page.keyboard.press('+');
    await page.keyboard.press('Home');
    await waitForActive('five-hundred-bc');
    await urlSettled(page);
    const labels = await axisLabels();
    expectReadable(labels, 'around 501 BC');
    expect(
      labels.every((label) => /\d+ BC$/.test(label)),
      `every label names a year BC: ${labels.join(' | ')}`,
    ).toBe(true);

    const link = page.url();
    const range = rangeParam(link);
    expect(range, `a range in ${link}`).not.toBeNull();
    expect(range?.every(Number.isFinite), `a readable range in ${link}`).toBe(true);
    expect(new Date(range?.[0] ?? 0).getUTCFullYear()).toBeLessThan(0);

    await page.goto(link);
    await page.waitForSelector(MARKS);
    await urlSettled(page);
    expect(await page.getByRole('status').filter({ hasText: 'was ignored' }).count(), 'the link is read, not ignored').toBe(0);
    const reopened = rangeParam(page.url());
    expect(
      reopened?.map((ms) => Math.round(ms / 60_000)),
      `range of ${page.url()}`,
    ).toEqual(range?.map((ms) => Math.round(ms / 60_000)));
    expect(await drawnMarkIds(page)).toContain('five-hundred-bc');
    expect(errors).toEqual([]);
  });
});
