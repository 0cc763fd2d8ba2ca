/**
 * Shared steps for the app's browser tests (app.*.test.ts): the two sizes, opening the
 * page, and reading the visible range the way a reader's link carries it, from `range=`.
 */
import { mkdirSync } from 'node:fs';
import { join } from 'node:path';
import type { Page } from 'playwright-core';
import { SCREENSHOTS, type SiteOptions } from './harness.ts';

export interface Size {
  name: 'desktop' | 'narrow' | 'phone';
  width: number;
  height: number;
}

export const SIZES: Size[] = [
  { name: 'desktop', width: 1280, height: 720 },
  { name: 'phone', width: 375, height: 667 },
];

/** Where the built site is mounted, as on a newsroom's static host. */
export const MOUNT = '/news/2021/aukus/';

/** How the app's tests serve the built site (see useSite): a private copy, under MOUNT. */
export const APP_SITE: SiteOptions = { mount: MOUNT, snapshot: true };

export type Range = [from: number, to: number];

export const MINUTE = 60_000;
export const DAY = 24 * 60 * MINUTE;

export const MARKS = '.timeline svg [data-event-id]';
export const mark = (id: string) => `.timeline svg [data-event-id="${id}"]`;

/**
 * A narrow component (below 640 px: a phone) tells the story down the page: each event is a
 * row whose title is a button with the same data-event-id as the horizontal form's mark.
 */
export const ROWS = '.vertical button[data-event-id]';
export const row = (id: string) => `.vertical button[data-event-id="${id}"]`;
/** An event in whichever form the timeline takes: its mark, or its row. */
export const EVENTS = `${MARKS}, ${ROWS}`;
export const eventIn = (id: string) => `${mark(id)}, ${row(id)}`;

/** The smallest window whose app still draws the horizontal form, with the phone's bottom sheet (max-width: 720px). */
export const NARROW: Size = { name: 'narrow', width: 720, height: 667 };

/** The `range` parameter of a URL, in ms, or null when the whole dataset is shown. */
export function rangeOf(url: string): Range | null {
  const text = new URL(url).searchParams.get('range');
  if (!text) return null;
  const [from, to] = text.split('/').map((part) => Date.parse(part.length === 10 ? `${part}T00:00Z` : part));
  if (from === undefined || to === undefined || !Number.isFinite(from) || !Number.isFinite(to))
    throw new Error(`unreadable range "${text}"`);
  return [from, to];
}

export const span = (range: Range) => range[1] - range[0];

export function describeRange(range: Range | null): string {
  if (!range) return 'everything (no range)';
  const iso = (ms: number) => new Date(ms).toISOString().slice(0, 16);
  return `${iso(range[0])} → ${iso(range[1])} (${(span(range) / DAY).toFixed(2)} days)`;
}

/** The URL is written to the minute; allow a couple of minutes, or a sliver of a long span. */
export function rangeTolerance(range: Range): number {
  return Math.max(3 * MINUTE, span(range) * 0.002);
}

/** Waits until the URL's `range` differs from `before` and then stops changing; returns it. */
export async function rangeChangedFrom(page: Page, before: Range | null, timeout = 5000): Promise<Range | null> {
  await page.waitForFunction(
    (old) => {
      const text = new URLSearchParams(location.search).get('range');
      if (!text) return old !== null;
      const ms = text.split('/').map((part) => Date.parse(part.length === 10 ? `${part}T00:00Z` : part));
      return old === null || ms[0] !== old[0] || ms[1] !== old[1];
    },
    before,
    { timeout, polling: 'raf' },
  );
  await urlSettled(page);
  return rangeOf(page.url());
}

/** Waits until location.href has not changed for `quietMs` (zoom "end" and URL writes are async). */
export async function urlSettled(page: Page, quietMs = 120, timeout = 5000): Promise<void> {
  await page.waitForFunction(
    (quiet) => {
      const w = window as unknown as { __lastHref?: string; __lastHrefAt?: number };
      const now = performance.now();
      if (w.__lastHref !== location.href) {
        w.__lastHref = location.href;
        w.__lastHrefAt = now;
        return false;
      }
      return now - (w.__lastHrefAt ?? now) >= quiet;
    },
    quietMs,
    { timeout, polling: 'raf' },
  );
}

/**
 * Opens the app and waits until the events are drawn and, in the horizontal form, until the
 * opening range is in the URL (the vertical form has no range: the page scrolls through time).
 */
export async function openApp(page: Page, base: string, query = ''): Promise<void> {
  await page.goto(base + query);
  await page.waitForSelector(EVENTS);
  if (await page.locator(MARKS).count())
    await page.waitForFunction(() => new URLSearchParams(location.search).has('range'), undefined, { polling: 'raf' });
  await urlSettled(page);
}

/** Opens the Filters panel of the control bar (the countries, the actors, "Group by country"), if it is closed. */
export async function openFilters(page: Page, scope = ''): Promise<void> {
  const button = page.locator(`${scope} .bar button[aria-controls]`.trim()).filter({ hasText: /^\s*(Filters|Filtres)/ });
  if ((await button.getAttribute('aria-expanded')) !== 'true') await button.click();
  await page.locator(`${scope} section.filters`.trim()).waitFor();
}

export interface Box {
  x: number;
  y: number;
  width: number;
  height: number;
}

export async function timelineBox(page: Page): Promise<Box> {
  const box = await page.locator('.timeline svg').boundingBox();
  if (!box) throw new Error('the timeline has no box');
  return box;
}

/** Scrolls so that the timeline's top edge sits `topPx` below the top of the viewport. */
export async function scrollTimelineTo(page: Page, topPx = 40): Promise<void> {
  await page.evaluate((top) => {
    const svg = document.querySelector('.timeline svg');
    if (!svg) throw new Error('no timeline');
    window.scrollTo(0, window.scrollY + svg.getBoundingClientRect().top - top);
  }, topPx);
}

/**
 * A point on the timeline, in the viewport, below the axis, that is on no mark, label or
 * button: somewhere a reader can grab the background. Prefers the middle of the drawing.
 */
export async function emptyTimelinePoint(page: Page): Promise<{ x: number; y: number }> {
  const point = await page.evaluate(() => {
    const svg = document.querySelector('.timeline svg');
    if (!svg) return null;
    const box = svg.getBoundingClientRect();
    const top = Math.max(box.top + 40, 10);
    const bottom = Math.min(box.bottom - 40, window.innerHeight - 10);
    const centre = box.left + box.width / 2;
    const candidates: { x: number; y: number; d: number }[] = [];
    for (let y = top; y <= bottom; y += 6) {
      for (let x = box.left + 20; x <= box.right - 20; x += 10) {
        const hit = document.elementFromPoint(x, y);
        if (!hit || !svg.contains(hit) || hit.closest('[data-event-id]')) continue;
        candidates.push({ x, y, d: Math.abs(x - centre) + Math.abs(y - (top + bottom) / 2) / 4 });
      }
    }
    candidates.sort((a, b) => a.d - b.d);
    return candidates[0] ?? null;
  });
  if (!point) throw new Error('no empty spot on the timeline');
  return { x: point.x, y: point.y };
}

/** Ids of the marks drawn now. */
export async function drawnMarkIds(page: Page): Promise<string[]> {
  return page.locator(MARKS).evaluateAll((nodes) => nodes.map((node) => node.getAttribute('data-event-id') ?? ''));
}

/**
 * The viewport only, as the reader sees it. harness.screenshot() captures the full page,
 * which draws a fixed bottom sheet wherever the viewport happened to be on the long page.
 */
export async function viewportScreenshot(page: Page, name: string): Promise<void> {
  mkdirSync(SCREENSHOTS, { recursive: true });
  await page.screenshot({ path: join(SCREENSHOTS, `${name}.png`) });
}
