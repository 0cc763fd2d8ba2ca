/**
 * The built app in real Chromium, at a desktop size and at the narrowest size that still
 * draws the horizontal timeline (720 px, with the phone's bottom sheet): wheel, drag, pinch,
 * buttons and keys move the visible range as a reader expects; the URL carries the view
 * and the selection history; the detail and the filters work; nothing logs an error.
 * At a phone's size (375 px) the timeline is a vertical list of rows: there, a click opens
 * the detail under its row, Back and Forward, the filters and a copied link work alike.
 *
 * The visible range is read from the URL's `range=` (written when a zoom or pan ends).
 */
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { afterEach, beforeAll, describe, expect, test } from 'vitest';
import type { Page } from 'playwright-core';
import { screenshot, useSite } from './harness.ts';
import {
  APP_SITE,
  DAY,
  MARKS,
  NARROW,
  ROWS,
  SIZES,
  describeRange,
  drawnMarkIds,
  emptyTimelinePoint,
  mark,
  openApp,
  openFilters,
  row,
  rangeChangedFrom,
  rangeOf,
  rangeTolerance,
  scrollTimelineTo,
  span,
  timelineBox,
  urlSettled,
  viewportScreenshot,
  type Range,
  type Size,
} from './app.helpers.ts';

interface DataEvent {
  id: string;
  title: string;
  summary: string;
  countries: string[];
  quotes: { text: string }[];
}
const dataset = JSON.parse(readFileSync(resolve(import.meta.dirname, '../../data/events.json'), 'utf8')) as { events: DataEvent[] };
const byId = new Map(dataset.events.map((event) => [event.id, event]));
const titleOf = (id: string) => byId.get(id)?.title ?? id;
const TOTAL = dataset.events.length;

// Two events inside the range the story opens on, at both sizes; B is among A's related events.
const A = 'biden-macron-phone-call';
const B = 'aukus-announced';

const site = useSite(APP_SITE);

/**
 * One known bug logs this error on many zoom and pan frames (see the test "panning a zoomed
 * timeline never draws a rect with a negative width", which asserts it). The other tests set
 * it aside so that each failing test points at one bug; every other error still fails them.
 */
const NEGATIVE_RECT = /^console: Error: <rect> attribute width: A negative value is not valid/;

/** Asserts the range moved by about `expectedShiftMs` and kept its span. */
function expectPan(before: Range | null, after: Range | null, expectedShiftMs: number) {
  expect(before, 'a range before panning').not.toBeNull();
  expect(after, 'a range after panning').not.toBeNull();
  const [b, a] = [before as Range, after as Range];
  const message = `${describeRange(b)} → ${describeRange(a)}`;
  expect(Math.abs(span(a) - span(b)), `span unchanged: ${message}`).toBeLessThanOrEqual(rangeTolerance(b));
  const shift = a[0] - b[0];
  expect(Math.sign(shift), `direction: ${message}`).toBe(Math.sign(expectedShiftMs));
  expect(
    Math.abs(shift - expectedShiftMs),
    `shift of ${(shift / DAY).toFixed(2)} days, expected ${(expectedShiftMs / DAY).toFixed(2)}: ${message}`,
  ).toBeLessThanOrEqual(Math.abs(expectedShiftMs) * 0.1 + rangeTolerance(b));
}

/** Asserts the span changed by `ratio` (within 5%). */
function expectZoom(before: Range | null, after: Range | null, ratio: number) {
  expect(before, 'a range before zooming').not.toBeNull();
  expect(after, 'a range after zooming').not.toBeNull();
  const actual = span(after as Range) / span(before as Range);
  expect(
    Math.abs(actual - ratio) / ratio,
    `span ×${actual.toFixed(3)}, expected ×${ratio}: ${describeRange(before)} → ${describeRange(after)}`,
  ).toBeLessThan(0.05);
}

/** The time under viewport x, for a range shown across the timeline's box. */
function timeAt(range: Range, box: { x: number; width: number }, x: number) {
  return range[0] + ((x - box.x) / box.width) * span(range);
}

describe.each([SIZES[0] as Size, NARROW])('at $name size ($width×$height)', (size) => {
  let page: Page;
  let errors: string[];

  beforeAll(async () => {
    const opened = await site.open({ viewport: { width: size.width, height: size.height } });
    ({ page, errors } = opened);
    return opened.close;
  });

  afterEach(() => {
    const seen = errors.splice(0).filter((error) => !NEGATIVE_RECT.test(error));
    expect(seen, 'console errors and uncaught page errors').toEqual([]);
  });

  const url = () => page.url();

  test('ctrl+wheel over the timeline zooms in and out around the pointer', async () => {
    await openApp(page, site.url);
    await scrollTimelineTo(page);
    const box = await timelineBox(page);
    const point = await emptyTimelinePoint(page);
    const before = rangeOf(url());
    await page.mouse.move(point.x, point.y);

    await page.keyboard.down('Control');
    await page.mouse.wheel(0, -50);
    await page.keyboard.up('Control');
    const zoomedIn = await rangeChangedFrom(page, before);
    expectZoom(before, zoomedIn, 0.5);
    // The instant under the pointer stays under the pointer.
    expect(Math.abs(timeAt(zoomedIn as Range, box, point.x) - timeAt(before as Range, box, point.x))).toBeLessThan(
      span(before as Range) * 0.01,
    );

    await page.keyboard.down('Control');
    await page.mouse.wheel(0, 50);
    await page.keyboard.up('Control');
    const zoomedOut = await rangeChangedFrom(page, zoomedIn);
    expectZoom(zoomedIn, zoomedOut, 2);
    await screenshot(page, `interaction-${size.name}-ctrl-wheel`);
  });

  test('no label runs into another, at the opening view, zoomed in and with every event shown', async () => {
    /** Pairs of event labels whose drawn boxes intersect by more than half a pixel. */
    const collisions = () =>
      page.evaluate(() => {
        const boxes = [...document.querySelectorAll('.timeline [data-event-id] text.label')].map((label) => ({
          id: label.closest('[data-event-id]')?.getAttribute('data-event-id') ?? '?',
          box: label.getBoundingClientRect(),
        }));
        const hits: string[] = [];
        for (let i = 0; i < boxes.length; i++) {
          for (let j = i + 1; j < boxes.length; j++) {
            const [a, b] = [boxes[i]!, boxes[j]!];
            const overlapX = Math.min(a.box.right, b.box.right) - Math.max(a.box.left, b.box.left);
            const overlapY = Math.min(a.box.bottom, b.box.bottom) - Math.max(a.box.top, b.box.top);
            if (overlapX > 0.5 && overlapY > 0.5) hits.push(`${a.id} × ${b.id}`);
          }
        }
        return { labels: boxes.length, hits };
      });
    await openApp(page, site.url);
    const opening = await collisions();
    expect(opening.labels, 'labels drawn').toBeGreaterThan(5);
    expect(opening.hits).toEqual([]);

    const before = rangeOf(url());
    await page.getByRole('button', { name: 'Zoom in', exact: true }).click();
    const zoomed = await rangeChangedFrom(page, before);
    expect((await collisions()).hits).toEqual([]);

    await page.getByRole('button', { name: 'Fit all', exact: true }).click();
    await rangeChangedFrom(page, zoomed);
    const all = await collisions();
    expect(all.labels).toBe(TOTAL);
    expect(all.hits).toEqual([]);
  });

  test('shift+wheel and a horizontal wheel pan the range without zooming or scrolling the page', async () => {
    await openApp(page, site.url);
    await scrollTimelineTo(page);
    const box = await timelineBox(page);
    const point = await emptyTimelinePoint(page);
    await page.mouse.move(point.x, point.y);
    const scrollBefore = await page.evaluate(() => [window.scrollX, window.scrollY]);
    const msPerPx = (range: Range | null) => span(range as Range) / box.width;

    let before = rangeOf(url());
    await page.keyboard.down('Shift');
    await page.mouse.wheel(0, 100);
    await page.keyboard.up('Shift');
    let after = await rangeChangedFrom(page, before);
    expectPan(before, after, 100 * msPerPx(before));

    before = after;
    await page.keyboard.down('Shift');
    await page.mouse.wheel(0, -100);
    await page.keyboard.up('Shift');
    after = await rangeChangedFrom(page, before);
    expectPan(before, after, -100 * msPerPx(before));

    before = after;
    await page.mouse.wheel(100, 0);
    after = await rangeChangedFrom(page, before);
    expectPan(before, after, 100 * msPerPx(before));

    before = after;
    await page.mouse.wheel(-100, 0);
    after = await rangeChangedFrom(page, before);
    expectPan(before, after, -100 * msPerPx(before));

    expect(await page.evaluate(() => [window.scrollX, window.scrollY]), 'the page did not scroll').toEqual(scrollBefore);
  });

  test('panning a zoomed timeline never draws a rect with a negative width', async () => {
    // Marks whose label has just left the view on the left are still drawn (the visibility
    // index uses label extents from the coarser packing zoom), with an outline ending left of
    // the clip: the <rect> widths come out negative and Chromium logs an error for each.
    await openApp(page, site.url);
    await scrollTimelineTo(page);
    const point = await emptyTimelinePoint(page);
    const opening = rangeOf(url());
    await page.mouse.move(point.x, point.y);
    await page.keyboard.down('Control');
    await page.mouse.wheel(0, -50);
    await page.keyboard.up('Control');
    let range = await rangeChangedFrom(page, opening);
    const negative: string[] = [];
    for (let step = 0; step < 8; step++) {
      await page.keyboard.down('Shift');
      await page.mouse.wheel(0, 60);
      await page.keyboard.up('Shift');
      range = await rangeChangedFrom(page, range);
      negative.push(
        ...(await page
          .locator(`${MARKS} rect`)
          .evaluateAll((rects) =>
            rects
              .filter((rect) => Number(rect.getAttribute('width')) < 0)
              .map(
                (rect) =>
                  `${rect.closest('[data-event-id]')?.getAttribute('data-event-id')} .${rect.getAttribute('class')} width=${rect.getAttribute('width')}`,
              ),
          )),
      );
    }
    expect([...new Set(negative)], 'rects with a negative width').toEqual([]);
    expect(
      errors.filter((error) => NEGATIVE_RECT.test(error)),
      'errors logged for negative widths',
    ).toEqual([]);
  });

  test('a plain vertical wheel over the timeline scrolls the page and leaves the range alone', async () => {
    await openApp(page, site.url);
    await scrollTimelineTo(page, 20);
    const { scrollY, room } = await page.evaluate(() => ({
      scrollY: window.scrollY,
      room: document.documentElement.scrollHeight - window.innerHeight - window.scrollY,
    }));
    expect(room, 'the page can scroll further down').toBeGreaterThan(60);
    const before = rangeOf(url());
    const point = await emptyTimelinePoint(page);
    await page.mouse.move(point.x, point.y);
    await page.mouse.wheel(0, 120);
    await page.waitForFunction((y) => window.scrollY > y, scrollY, { timeout: 3000 });
    // Longer than d3-zoom's 150 ms wheel "end" delay, had the timeline taken the wheel.
    await page.waitForTimeout(250);
    expect(describeRange(rangeOf(url()))).toBe(describeRange(before));
  });

  test('dragging empty timeline space pans the range and selects nothing', async () => {
    await openApp(page, site.url);
    await scrollTimelineTo(page);
    const box = await timelineBox(page);
    const point = await emptyTimelinePoint(page);
    const distance = Math.round(Math.min(200, box.width * 0.4));

    let before = rangeOf(url());
    await page.mouse.move(point.x, point.y);
    await page.mouse.down();
    await page.mouse.move(point.x - distance, point.y + 3, { steps: 6 });
    await page.mouse.up();
    let after = await rangeChangedFrom(page, before);
    // Dragging the drawing to the left brings later dates into view.
    expectPan(before, after, (distance * span(before as Range)) / box.width);

    before = after;
    await page.mouse.move(point.x - distance, point.y);
    await page.mouse.down();
    await page.mouse.move(point.x, point.y, { steps: 6 });
    await page.mouse.up();
    after = await rangeChangedFrom(page, before);
    expectPan(before, after, -(distance * span(before as Range)) / box.width);

    expect(new URL(url()).searchParams.get('event')).toBeNull();
    await expect.poll(() => page.locator('aside.detail').count()).toBe(0);
  });

  test('a trackpad pinch (wheel events with ctrlKey) zooms in and out, and the browser does not zoom the page', async () => {
    await openApp(page, site.url);
    await scrollTimelineTo(page);
    const point = await emptyTimelinePoint(page);
    const pinch = (deltaY: number, times: number) =>
      page.evaluate(
        ({ x, y, deltaY, times }) => {
          const target = document.elementFromPoint(x, y);
          if (!target) throw new Error('nothing under the pinch');
          const prevented: boolean[] = [];
          for (let i = 0; i < times; i++) {
            const event = new WheelEvent('wheel', {
              deltaY,
              deltaMode: 0,
              ctrlKey: true,
              clientX: x,
              clientY: y,
              bubbles: true,
              cancelable: true,
              composed: true,
            });
            prevented.push(!target.dispatchEvent(event));
          }
          return prevented;
        },
        { x: point.x, y: point.y, deltaY, times },
      );

    const before = rangeOf(url());
    // Chrome reports a pinch as a stream of small wheel events with ctrlKey set.
    expect(await pinch(-4, 10), 'every pinch event is taken by the timeline').toEqual(Array(10).fill(true));
    const pinchedIn = await rangeChangedFrom(page, before);
    expectZoom(before, pinchedIn, 2 ** -0.8);

    expect(await pinch(4, 10)).toEqual(Array(10).fill(true));
    const pinchedOut = await rangeChangedFrom(page, pinchedIn);
    expectZoom(pinchedIn, pinchedOut, 2 ** 0.8);
  });

  test('zoom buttons halve and double the span; Fit all shows every event', async () => {
    await openApp(page, site.url);
    const zoomIn = page.getByRole('button', { name: 'Zoom in', exact: true });
    const zoomOut = page.getByRole('button', { name: 'Zoom out', exact: true });
    await expect.poll(() => zoomIn.textContent()).toBe('+');
    await expect.poll(() => zoomOut.textContent()).toBe('−');

    const before = rangeOf(url());
    await zoomIn.click();
    const zoomedIn = await rangeChangedFrom(page, before);
    expectZoom(before, zoomedIn, 0.5);
    // Zooming by a button keeps the middle of the view in the middle.
    const middle = (range: Range) => (range[0] + range[1]) / 2;
    expect(Math.abs(middle(zoomedIn as Range) - middle(before as Range))).toBeLessThan(span(before as Range) * 0.01);

    await zoomOut.click();
    const zoomedOut = await rangeChangedFrom(page, zoomedIn);
    expectZoom(zoomedIn, zoomedOut, 2);

    await page.getByRole('button', { name: 'Fit all', exact: true }).click();
    const all = await rangeChangedFrom(page, zoomedOut);
    expect(all, 'at k = 1 the URL carries no range').toBeNull();
    expect(await page.locator(MARKS).count(), 'every event is drawn').toBe(TOTAL);
    expect(await page.locator('.timeline .beyond').count(), 'no "earlier"/"later" buttons').toBe(0);
    await screenshot(page, `interaction-${size.name}-fit-all`);

    await zoomIn.click();
    const fromAll = await rangeChangedFrom(page, null);
    expect(fromAll, 'zooming in from everything writes a range again').not.toBeNull();
  });

  test('+ and − on a focused mark zoom in and out, and focus stays on the mark', async () => {
    await openApp(page, site.url);
    await page.locator(mark(A)).focus();
    await urlSettled(page);
    const before = rangeOf(url());

    await page.keyboard.press('+');
    const zoomedIn = await rangeChangedFrom(page, before);
    expectZoom(before, zoomedIn, 0.5);

    await page.keyboard.press('-');
    const zoomedOut = await rangeChangedFrom(page, zoomedIn);
    expectZoom(zoomedIn, zoomedOut, 2);

    expect(await page.evaluate(() => document.activeElement?.getAttribute('data-event-id'))).toBe(A);
    expect(new URL(url()).searchParams.get('event'), 'keys that zoom do not select').toBeNull();
  });

  /** Ctrl+wheel over an event's dot, after bringing it near the top of the viewport (above a phone's bottom sheet). */
  async function ctrlWheelOver(id: string, deltaY: number) {
    const at = await page.locator(`${mark(id)} .dot`).evaluate((dot) => {
      const before = dot.getBoundingClientRect();
      window.scrollBy(0, before.top - 100);
      const box = dot.getBoundingClientRect();
      const x = box.left + box.width / 2;
      const y = box.top + box.height / 2;
      return { x, y, onTimeline: Boolean(document.elementFromPoint(x, y)?.closest('.timeline svg')) };
    });
    expect(at.onTimeline, `${id}'s dot is not covered`).toBe(true);
    await page.mouse.move(at.x, at.y);
    await page.keyboard.down('Control');
    await page.mouse.wheel(0, deltaY);
    await page.keyboard.up('Control');
  }

  /** Selects A, ticks France, zooms (`zoom`), then opens the copied URL in a fresh context. */
  async function roundTrip(zoom: () => Promise<void>, name: string) {
    await openApp(page, site.url);
    await page.locator(mark(A)).click();
    await expect.poll(() => page.locator('aside.detail h2').textContent()).toBe(titleOf(A));
    await openFilters(page);
    await page.getByRole('checkbox', { name: /^France\b/ }).check();
    await urlSettled(page, 300);
    const beforeZoom = rangeOf(url());
    await zoom();
    await rangeChangedFrom(page, beforeZoom);
    const copied = url();
    const copiedRange = rangeOf(copied) as Range;
    const params = new URL(copied).searchParams;
    expect(params.get('event')).toBe(A);
    expect(params.get('country')).toBe('FR');
    expect(copiedRange, 'the link carries a range').not.toBeNull();

    const fresh = await site.open({ viewport: { width: size.width, height: size.height } });
    try {
      const { page: reopened, errors: freshErrors } = fresh;
      await reopened.goto(copied);
      await reopened.waitForSelector(MARKS);
      await urlSettled(reopened, 400);
      await screenshot(reopened, `interaction-${size.name}-${name}`);
      await openFilters(reopened);

      await expect.poll(() => reopened.locator('aside.detail h2').textContent()).toBe(titleOf(A));
      expect(await reopened.locator('aside.detail blockquote').count()).toBeGreaterThan(0);
      expect(await reopened.getByRole('checkbox', { name: /^France\b/ }).isChecked()).toBe(true);
      expect(await reopened.locator('.filters fieldset input[type=checkbox]:checked').count(), 'only France is ticked').toBe(1);

      const reopenedParams = new URL(reopened.url()).searchParams;
      expect(reopenedParams.get('event')).toBe(A);
      expect(reopenedParams.get('country')).toBe('FR');
      const range = rangeOf(reopened.url());
      const message = `the link's ${describeRange(copiedRange)} reopened as ${describeRange(range)}`;
      expect(range, message).not.toBeNull();
      const tolerance = rangeTolerance(copiedRange);
      expect(Math.abs((range as Range)[0] - copiedRange[0]), message).toBeLessThanOrEqual(tolerance);
      expect(Math.abs((range as Range)[1] - copiedRange[1]), message).toBeLessThanOrEqual(tolerance);
      expect(
        freshErrors.filter((error) => !NEGATIVE_RECT.test(error)),
        'errors in the reopened page',
      ).toEqual([]);
    } finally {
      await fresh.close();
    }
  }

  test('a copied URL reopens the same selection, country filter and range', async () => {
    // Zoom in around the selected event, so it stays in view.
    await roundTrip(() => ctrlWheelOver(A, -50), 'reopened-link');
  });

  test('a copied URL whose range leaves the selected event out of view still reopens on that range', async () => {
    // The reader selected A, then zoomed in with "+" (centred on the view), so A slid out
    // of view. Reopening the link must show what the reader saw; today the timeline's
    // "bring the focused event into view" effect recentres on A and overrides the range.
    await roundTrip(() => page.getByRole('button', { name: 'Zoom in', exact: true }).click(), 'reopened-link-selection-out-of-view');
  });

  test('Back and Forward step through the selected events', async () => {
    await openApp(page, site.url);
    const heading = page.locator('aside.detail h2');
    const selected = () => new URL(url()).searchParams.get('event');

    await page.locator(mark(A)).click();
    await expect.poll(() => heading.textContent()).toBe(titleOf(A));
    if (size.name === 'desktop') {
      await page.locator(mark(B)).click();
    } else {
      // At the narrow size the bottom sheet covers the timeline: follow A's related event instead.
      await page
        .locator('aside.detail')
        .getByRole('button', { name: titleOf(B), exact: true })
        .click();
    }
    await expect.poll(() => heading.textContent()).toBe(titleOf(B));
    await expect.poll(selected).toBe(B);

    await page.goBack();
    await expect.poll(() => heading.textContent()).toBe(titleOf(A));
    expect(selected()).toBe(A);
    expect(await page.locator(mark(A)).getAttribute('aria-pressed')).toBe('true');

    await page.goForward();
    await expect.poll(() => heading.textContent()).toBe(titleOf(B));
    expect(selected()).toBe(B);

    await page.goBack();
    await page.goBack();
    // Back to the opening view: no detail.
    await expect.poll(() => page.locator('aside.detail').count()).toBe(0);
    expect(selected()).toBeNull();
  });

  test('a zoomed range survives opening the detail', async () => {
    // Opening the detail narrows the timeline on wide screens. The reader's zoom must stay;
    // today the timeline re-applies the last *requested* range (the opening "story" range)
    // whenever its width changes (Timeline.svelte, the `viewport.requested` effect reads `width`).
    await openApp(page, site.url);
    const opening = rangeOf(url());
    await ctrlWheelOver(A, -50);
    const zoomed = (await rangeChangedFrom(page, opening)) as Range;
    await page.locator(mark(A)).click();
    await expect.poll(() => page.locator('aside.detail h2').textContent()).toBe(titleOf(A));
    await urlSettled(page, 400);
    const after = rangeOf(url()) as Range;
    const message = `zoomed to ${describeRange(zoomed)}, after opening the detail ${describeRange(after)}`;
    expect(Math.abs(after[0] - zoomed[0]), message).toBeLessThanOrEqual(rangeTolerance(zoomed) + span(zoomed) * 0.02);
    expect(Math.abs(after[1] - zoomed[1]), message).toBeLessThanOrEqual(rangeTolerance(zoomed) + span(zoomed) * 0.02);
  });

  test('a zoomed range survives a window resize', async () => {
    await openApp(page, site.url);
    const opening = rangeOf(url());
    await page.getByRole('button', { name: 'Zoom in', exact: true }).click();
    const zoomed = (await rangeChangedFrom(page, opening)) as Range;
    // 55 px narrower, or wider at the narrow size, whose timeline would turn vertical below it.
    const resized = size.name === 'narrow' ? size.width + 55 : size.width - 55;
    try {
      await page.setViewportSize({ width: resized, height: size.height });
      await page.waitForFunction((width) => window.innerWidth === width, resized);
      await urlSettled(page, 400);
      expect(await page.locator(MARKS).count(), 'still the horizontal form').toBeGreaterThan(0);
      const after = rangeOf(url()) as Range;
      const message = `zoomed to ${describeRange(zoomed)}, after the resize ${describeRange(after)}`;
      expect(Math.abs(after[0] - zoomed[0]), message).toBeLessThanOrEqual(rangeTolerance(zoomed) + span(zoomed) * 0.02);
      expect(Math.abs(after[1] - zoomed[1]), message).toBeLessThanOrEqual(rangeTolerance(zoomed) + span(zoomed) * 0.02);
    } finally {
      await page.setViewportSize({ width: size.width, height: size.height });
    }
  });

  test('clicking a mark opens the detail with its quotes; × closes it and focus returns to the mark', async () => {
    await openApp(page, site.url);
    await page.locator(mark(A)).click();
    const detail = page.locator('aside.detail');
    await expect.poll(() => detail.locator('h2').textContent()).toBe(titleOf(A));
    const quotes = await detail.locator('blockquote').allTextContents();
    expect(quotes.length).toBe(byId.get(A)?.quotes.length);
    expect(quotes.every((quote) => quote.trim().length > 0)).toBe(true);
    expect(await page.evaluate(() => document.activeElement?.tagName), 'focus moves to the detail heading').toBe('H2');

    const sheet = await page.locator('.sheet').evaluate((element) => {
      const box = element.getBoundingClientRect();
      const timeline = document.querySelector('.timeline')?.getBoundingClientRect();
      return {
        position: getComputedStyle(element).position,
        left: box.left,
        right: box.right,
        bottom: box.bottom,
        height: box.height,
        timelineRight: timeline?.right ?? 0,
        innerWidth: window.innerWidth,
        innerHeight: window.innerHeight,
      };
    });
    if (size.name === 'narrow') {
      expect(sheet.position, 'a bottom sheet on narrow windows').toBe('fixed');
      expect(Math.abs(sheet.bottom - sheet.innerHeight)).toBeLessThanOrEqual(1);
      expect(sheet.left).toBe(0);
      expect(Math.abs(sheet.right - sheet.innerWidth)).toBeLessThanOrEqual(1);
      // max-height: 72vh, plus its borders: the top of the page stays in sight.
      expect(sheet.height).toBeLessThanOrEqual(sheet.innerHeight * 0.72 + 6);
    } else {
      expect(sheet.position, 'a side panel on wide screens').toBe('sticky');
      expect(sheet.left).toBeGreaterThanOrEqual(sheet.timelineRight);
    }
    await screenshot(page, `interaction-${size.name}-detail`);
    await viewportScreenshot(page, `interaction-${size.name}-detail-viewport`);

    await detail.getByRole('button', { name: 'Close', exact: true }).click();
    await expect.poll(() => detail.count()).toBe(0);
    expect(new URL(url()).searchParams.get('event')).toBeNull();
    await expect.poll(() => page.evaluate(() => document.activeElement?.getAttribute('data-event-id'))).toBe(A);
  });

  test('country and search filters narrow the marks, and Clear all filters restores them', async () => {
    await openApp(page, site.url);
    const status = page.locator('.bar [role=status]');
    await page.getByRole('button', { name: 'Fit all', exact: true }).click();
    await expect.poll(() => page.locator(MARKS).count()).toBe(TOTAL);
    await openFilters(page);

    const china = dataset.events.filter((event) => event.countries.includes('CN')).map((event) => event.id);
    await page.getByRole('checkbox', { name: /^China\b/ }).check();
    await expect.poll(() => status.textContent()).toBe(`${china.length} of ${TOTAL} events`);
    expect((await drawnMarkIds(page)).sort()).toEqual([...china].sort());
    await screenshot(page, `interaction-${size.name}-filter-china`);
    await page.getByRole('checkbox', { name: /^China\b/ }).uncheck();
    await expect.poll(() => status.textContent()).toBe(`${TOTAL} events`);

    const fold = (text: string) => text.normalize('NFD').replace(/\p{M}/gu, '').toLowerCase();
    const query = 'stab in the back';
    // Every word must appear somewhere in the title, summary or quotes (model/filter.ts).
    const words = fold(query).split(/\s+/);
    const matching = dataset.events
      .filter((event) => {
        const text = fold([event.title, event.summary, ...event.quotes.map((quote) => quote.text)].join('\n'));
        return words.every((word) => text.includes(word));
      })
      .map((event) => event.id);
    expect(matching.length).toBeGreaterThan(0);
    await page.getByRole('searchbox', { name: 'Search titles and quotes' }).fill(query);
    await expect.poll(() => status.textContent()).toBe(`${matching.length} of ${TOTAL} events`);
    expect((await drawnMarkIds(page)).sort()).toEqual([...matching].sort());
    expect(new URL(url()).searchParams.get('q')).toBe(query);

    await page.getByRole('button', { name: 'Clear all filters', exact: true }).click();
    await expect.poll(() => status.textContent()).toBe(`${TOTAL} events`);
    await expect.poll(() => page.locator(MARKS).count()).toBe(TOTAL);
  });
});

/** Ids of the rows of the vertical form, in the order of the list. */
function rowIds(page: Page): Promise<string[]> {
  return page.locator(ROWS).evaluateAll((nodes) => nodes.map((node) => node.getAttribute('data-event-id') ?? ''));
}

describe('at phone size (375×667), in the vertical form', () => {
  const size = SIZES[1] as Size;
  let page: Page;
  let errors: string[];

  beforeAll(async () => {
    const opened = await site.open({ viewport: { width: size.width, height: size.height } });
    ({ page, errors } = opened);
    return opened.close;
  });

  afterEach(() => {
    expect(errors.splice(0), 'console errors and uncaught page errors').toEqual([]);
  });

  const url = () => page.url();

  test('every event is a row, with no SVG timeline, no zoom and no range in the URL', async () => {
    await openApp(page, site.url);
    expect(await page.locator(MARKS).count(), 'no horizontal timeline').toBe(0);
    expect((await rowIds(page)).sort()).toEqual(dataset.events.map((event) => event.id).sort());
    expect(await page.getByRole('button', { name: 'Zoom in', exact: true }).count()).toBe(0);
    expect(await page.getByRole('button', { name: 'Fit all', exact: true }).count()).toBe(0);
    expect(rangeOf(url())).toBeNull();
  });

  test('clicking a row opens the detail with its quotes under that row; × closes it and focus returns to the row', async () => {
    await openApp(page, site.url);
    await page.locator(row(A)).click();
    const detail = page.locator('aside.detail');
    await expect.poll(() => detail.locator('h2').textContent()).toBe(titleOf(A));
    const quotes = await detail.locator('blockquote').allTextContents();
    expect(quotes.length).toBe(byId.get(A)?.quotes.length);
    expect(quotes.every((quote) => quote.trim().length > 0)).toBe(true);
    expect(await page.evaluate(() => document.activeElement?.tagName), 'focus moves to the detail heading').toBe('H2');
    expect(await page.locator(row(A)).getAttribute('aria-pressed')).toBe('true');

    const place = await page.evaluate((id) => {
      const item = document.querySelector('.vertical li.detail');
      const chosen = document.querySelector(`.vertical button[data-event-id="${id}"]`)?.closest('li');
      return {
        inList: Boolean(item?.contains(document.querySelector('aside.detail'))),
        afterChosen: chosen?.nextElementSibling === item,
        fixed: [...document.querySelectorAll('aside.detail, .sheet')].some((node) => getComputedStyle(node).position === 'fixed'),
        sheets: document.querySelectorAll('.sheet').length,
      };
    }, A);
    expect(place, 'the detail is in the list, right under its row, not a bottom sheet').toEqual({
      inList: true,
      afterChosen: true,
      fixed: false,
      sheets: 0,
    });
    await screenshot(page, `interaction-${size.name}-detail`);
    await viewportScreenshot(page, `interaction-${size.name}-detail-viewport`);

    await detail.getByRole('button', { name: 'Close', exact: true }).click();
    await expect.poll(() => detail.count()).toBe(0);
    expect(new URL(url()).searchParams.get('event')).toBeNull();
    await expect.poll(() => page.evaluate(() => document.activeElement?.getAttribute('data-event-id'))).toBe(A);
  });

  test('Back and Forward step through the selected events', async () => {
    await openApp(page, site.url);
    const heading = page.locator('aside.detail h2');
    const selected = () => new URL(url()).searchParams.get('event');

    await page.locator(row(A)).click();
    await expect.poll(() => heading.textContent()).toBe(titleOf(A));
    await page.locator(row(B)).click();
    await expect.poll(() => heading.textContent()).toBe(titleOf(B));
    await expect.poll(selected).toBe(B);

    await page.goBack();
    await expect.poll(() => heading.textContent()).toBe(titleOf(A));
    expect(selected()).toBe(A);
    expect(await page.locator(row(A)).getAttribute('aria-pressed')).toBe('true');

    await page.goForward();
    await expect.poll(() => heading.textContent()).toBe(titleOf(B));
    expect(selected()).toBe(B);

    await page.goBack();
    await page.goBack();
    await expect.poll(() => page.locator('aside.detail').count()).toBe(0);
    expect(selected()).toBeNull();
  });

  test('a copied URL reopens the same selection and country filter', async () => {
    await openApp(page, site.url);
    await page.locator(row(A)).click();
    await expect.poll(() => page.locator('aside.detail h2').textContent()).toBe(titleOf(A));
    await openFilters(page);
    await page.getByRole('checkbox', { name: /^France\b/ }).check();
    await urlSettled(page, 300);
    const copied = url();
    const params = new URL(copied).searchParams;
    expect(params.get('event')).toBe(A);
    expect(params.get('country')).toBe('FR');

    const fresh = await site.open({ viewport: { width: size.width, height: size.height } });
    try {
      const { page: reopened, errors: freshErrors } = fresh;
      await reopened.goto(copied);
      await reopened.waitForSelector(ROWS);
      await urlSettled(reopened, 400);
      await screenshot(reopened, `interaction-${size.name}-reopened-link`);
      await expect.poll(() => reopened.locator('aside.detail h2').textContent()).toBe(titleOf(A));
      expect(await reopened.locator('aside.detail blockquote').count()).toBeGreaterThan(0);
      const france = dataset.events.filter((event) => event.countries.includes('FR')).map((event) => event.id);
      expect((await rowIds(reopened)).sort()).toEqual([...france].sort());
      await openFilters(reopened);
      expect(await reopened.getByRole('checkbox', { name: /^France\b/ }).isChecked()).toBe(true);
      expect(await reopened.locator('.filters fieldset input[type=checkbox]:checked').count(), 'only France is ticked').toBe(1);
      const reopenedParams = new URL(reopened.url()).searchParams;
      expect(reopenedParams.get('event')).toBe(A);
      expect(reopenedParams.get('country')).toBe('FR');
      expect(freshErrors).toEqual([]);
    } finally {
      await fresh.close();
    }
  });

  test('country and search filters narrow the rows, and Clear all filters restores them', async () => {
    await openApp(page, site.url);
    const status = page.locator('.bar [role=status]');
    await expect.poll(() => page.locator(ROWS).count()).toBe(TOTAL);
    await openFilters(page);

    const china = dataset.events.filter((event) => event.countries.includes('CN')).map((event) => event.id);
    await page.getByRole('checkbox', { name: /^China\b/ }).check();
    await expect.poll(() => status.textContent()).toBe(`${china.length} of ${TOTAL} events`);
    expect((await rowIds(page)).sort()).toEqual([...china].sort());
    await screenshot(page, `interaction-${size.name}-filter-china`);
    // The chip removes the filter it names.
    await page.getByRole('button', { name: 'Remove filter China', exact: true }).click();
    await expect.poll(() => status.textContent()).toBe(`${TOTAL} events`);
    expect(await page.getByRole('checkbox', { name: /^China\b/ }).isChecked()).toBe(false);

    const query = 'stab in the back';
    await page.getByRole('searchbox', { name: 'Search titles and quotes' }).fill(query);
    await expect.poll(() => status.textContent()).toMatch(new RegExp(`^\\d+ of ${TOTAL} events$`));
    const shown = Number((await status.textContent())?.split(' ')[0]);
    expect(shown).toBeGreaterThan(0);
    expect(await page.locator(ROWS).count()).toBe(shown);
    expect(new URL(url()).searchParams.get('q')).toBe(query);

    await page.getByRole('button', { name: 'Clear all filters', exact: true }).click();
    await expect.poll(() => status.textContent()).toBe(`${TOTAL} events`);
    await expect.poll(() => page.locator(ROWS).count()).toBe(TOTAL);
    expect(await page.getByRole('button', { name: 'Clear all filters', exact: true }).count()).toBe(0);
  });
});
