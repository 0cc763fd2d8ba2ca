/**
 * One bench run in Chromium: a fresh browser (launched as the browser tests launch it),
 * one page, one timeline implementation, one dataset. The run measures, in this order:
 *
 * 1. first render: navigation start → end of the first frame with a mark (probe.ts);
 * 2. DOM nodes and JS heap (after a forced GC) at the opening view;
 * 3. a zoom burst: 30 ctrl+wheel steps in and 30 out (×1.2 a step in both libraries)
 *    around the middle of the view, one step per drawn frame, recording
 *    requestAnimationFrame deltas and long tasks; when the drawing's height changes under
 *    the pointer, the pointer follows it, so that every step lands on the timeline;
 * 4. an unmeasured zoom-in (11 steps, ×7.4: the run records the factor reached), then a
 *    pan burst: 30 drag steps of 10 px right and 30 back;
 * 5. filter click → next painted frame, on the most frequent country, in that zoomed-in
 *    view. Last, because un-ticking it again costs vis-timeline a full re-stack that can
 *    take longer than the rest of the run.
 *
 * A burst stops sending steps when its time budget runs out (a page taking a second a
 * frame would need minutes for 60 steps) and reports the frames it has, with the number of
 * steps sent. The whole run is raced against a hard timeout; a run cut short keeps the
 * figures it reached and says in which phase it stopped.
 */
import type { Browser, Page } from 'playwright-core';
import { launchChromium, watchErrors } from '../browser/harness.ts';
import { probeScript, type FrameStats } from './probe.ts';

export type ImplName = 'ours' | 'vis-timeline';

export interface Implementation {
  readonly name: ImplName;
  /** The page for a dataset (a URL relative to the site) opening on `window` when given. */
  pageUrl(site: string, dataUrl: string, window: readonly [number, number] | null): string;
  readonly markSelector: string;
  /** What the page shows instead when it cannot draw, e.g. an error panel. */
  readonly failSelector?: string;
  /** Where the pointer zooms and drags. */
  readonly surfaceSelector: string;
  /** The DOM watched after a filter click. */
  readonly changeSelector: string;
  /** The most frequent country's checkbox (both pages list countries by frequency). */
  readonly filterSelector: string;
  /** Wheel deltaY of one zoom step, chosen so that one step zooms ×1.2 in both libraries. */
  readonly wheelDeltaY: number;
  /** The visible time span, to check the zoom factor reached; null when unknown. */
  visibleSpan(page: Page): Promise<number | null>;
  /** The visible range at the opening view, for the other implementation to open on. */
  openedRange(page: Page): Promise<[number, number] | null>;
}

/** `range=2001-02-03/2004-05-06T07:08Z` as the app writes it in the URL (src/state/urlState.ts). */
export function parseRangeParam(href: string): [number, number] | null {
  const text = new URL(href).searchParams.get('range');
  if (!text) return null;
  const [from, to] = text.split('/').map((part) => Date.parse(part.length === 10 ? `${part}T00:00Z` : part));
  return from !== undefined && to !== undefined && Number.isFinite(from) && Number.isFinite(to) && from < to ? [from, to] : null;
}

export const OURS: Implementation = {
  name: 'ours',
  pageUrl: (site, dataUrl) => `${site}?src=${encodeURIComponent(dataUrl)}`,
  // A mark is an event or, zoomed out over a dense stretch, a cluster of events.
  markSelector: '[data-event-id], [data-cluster-from]',
  failSelector: '.error-panel',
  surfaceSelector: '.timeline svg',
  changeSelector: '.timeline',
  filterSelector: '.filters fieldset input[type=checkbox]',
  // d3-zoom: k × 2^(-deltaY × 0.002 × 10) with ctrl; 13.15 px → ×1.2, as vis-timeline zooms a step.
  wheelDeltaY: 13.15,
  // The app writes the visible range into the URL at the end of each zoom gesture.
  visibleSpan: async (page) => {
    const range = parseRangeParam(page.url());
    return range ? range[1] - range[0] : null;
  },
  openedRange: async (page) => parseRangeParam(page.url()),
};

export const VIS: Implementation = {
  name: 'vis-timeline',
  pageUrl: (site, dataUrl, window) =>
    `${site}vis/?src=${encodeURIComponent(dataUrl)}${window ? `&start=${window[0]}&end=${window[1]}` : ''}`,
  markSelector: '.vis-item',
  surfaceSelector: '#timeline .vis-panel.vis-center',
  changeSelector: '#timeline',
  filterSelector: '#filters input[type=checkbox]',
  // vis-timeline: delta = wheelDelta / 120, zoom ×(1 + delta / zoomFriction 5); Chromium gives
  // wheelDelta 120 for any deltaY of a DevTools wheel event, so every step zooms ×1.2.
  wheelDeltaY: 100,
  visibleSpan: (page) => page.evaluate('window.__vis ? window.__vis.visibleSpanMs() : null') as Promise<number | null>,
  openedRange: async () => null,
};

export interface RunFigures {
  firstRenderMs?: number;
  /** Our app only: navigation start → each stage of opening the dataset (src/model/timing.ts). */
  fetchedMs?: number;
  parsedMs?: number;
  validatedMs?: number;
  storyMs?: number;
  domNodes?: number;
  heapMB?: number;
  filterToPaintMs?: number;
  zoomP50Ms?: number;
  zoomP95Ms?: number;
  zoomFrames?: number;
  /** Steps sent, of 60, before the burst's time budget ran out. */
  zoomSteps?: number;
  zoomLongTasks?: number;
  zoomLongTaskMaxMs?: number;
  /** Zoom factor reached by the unmeasured zoom-in before the pan burst (expected ≈ 8). */
  zoomInFactor?: number;
  domNodesZoomedIn?: number;
  panP50Ms?: number;
  panP95Ms?: number;
  panFrames?: number;
  panSteps?: number;
  panLongTasks?: number;
  panLongTaskMaxMs?: number;
  /** Long tasks during both bursts. */
  longTasks?: number;
  /** The whole run, for the record. */
  wallMs?: number;
}

export interface RunResult {
  readonly impl: ImplName;
  readonly size: number;
  finished: boolean;
  /** The phase a run that did not finish was in. */
  stoppedIn?: string;
  error?: string;
  figures: RunFigures;
  openedRange: [number, number] | null;
  pageErrors: string[];
}

export interface RunOptions {
  /** Hard limit for the whole run. */
  readonly timeoutMs: number;
  /** A burst stops sending steps after this long and keeps the frames it has (default 12 s). */
  readonly burstBudgetMs?: number;
  readonly viewport?: { width: number; height: number };
}

/** Nearest-rank percentile of unsorted values. */
export function percentile(values: readonly number[], p: number): number {
  if (values.length === 0) return NaN;
  const sorted = [...values].sort((a, b) => a - b);
  const rank = Math.min(sorted.length - 1, Math.max(0, Math.ceil((p / 100) * sorted.length) - 1));
  return sorted[rank] as number;
}

const round = (value: number, digits = 1) => Math.round(value * 10 ** digits) / 10 ** digits;
const ZOOM_STEPS = 30;
const PAN_STEPS = 30;
const PAN_STEP_PX = 10;
/** 1.2^11 ≈ 7.4. */
const PREP_ZOOM_STEPS = 11;

class Timeout extends Error {}

export async function runOnce(impl: Implementation, size: number, url: string, options: RunOptions): Promise<RunResult> {
  const result: RunResult = { impl: impl.name, size, finished: false, figures: {}, openedRange: null, pageErrors: [] };
  const started = performance.now();
  const burstBudgetMs = options.burstBudgetMs ?? 12_000;
  let browser: Browser | undefined;
  let timer: NodeJS.Timeout | undefined;
  const phase = (name: string) => {
    result.stoppedIn = name;
  };
  const timeout = new Promise<never>((_, reject) => {
    timer = setTimeout(() => reject(new Timeout(`no end after ${options.timeoutMs / 1000} s`)), options.timeoutMs);
  });
  const run = async () => {
    phase('launch');
    browser = await launchChromium();
    const context = await browser.newContext({ viewport: options.viewport ?? { width: 1280, height: 900 } });
    const page = await context.newPage();
    result.pageErrors = watchErrors(page);
    await page.addInitScript(probeScript({ markSelector: impl.markSelector }));

    phase('first render');
    await page.goto(url, { waitUntil: 'commit', timeout: 0 });
    const failed = impl.failSelector ? `(document.querySelector(${JSON.stringify(impl.failSelector)}) || {}).textContent || ''` : "''";
    await waitFor(page, 'window.__bench && window.__bench.firstRenderMs !== null', 100, async () => {
      // A page that threw, or shows an error instead, will not draw: no need to wait for the timeout.
      const thrown = result.pageErrors.find((error) => error.startsWith('pageerror'));
      if (thrown) throw new Error(thrown);
      const shown = (await page.evaluate(failed)) as string;
      if (shown.trim()) throw new Error(`the page shows: ${shown.trim().replace(/\s+/g, ' ').slice(0, 300)}`);
    });
    result.figures.firstRenderMs = round((await page.evaluate('window.__bench.firstRenderMs')) as number);
    Object.assign(result.figures, await stageTimes(page));
    await settle(page);
    result.openedRange = await impl.openedRange(page);

    phase('DOM and heap');
    result.figures.domNodes = await countNodes(page);
    result.figures.heapMB = await heapMB(page);

    phase('zoom burst');
    let at = await gesturePoint(page, impl.surfaceSelector);
    await page.mouse.move(at.x, at.y);
    await page.keyboard.down('Control');
    await page.evaluate('window.__bench.startFrames()');
    let deadline = performance.now() + burstBudgetMs;
    let zoomSteps = 0;
    for (let i = 0; i < 2 * ZOOM_STEPS && performance.now() < deadline; i++, zoomSteps++) {
      await page.mouse.wheel(0, i < ZOOM_STEPS ? -impl.wheelDeltaY : impl.wheelDeltaY);
      at = await afterWheel(page, impl.surfaceSelector, at);
    }
    const zoom = (await page.evaluate('window.__bench.stopFrames()')) as FrameStats;
    await page.keyboard.up('Control');
    Object.assign(result.figures, {
      zoomP50Ms: round(percentile(zoom.deltas, 50)),
      zoomP95Ms: round(percentile(zoom.deltas, 95)),
      zoomFrames: zoom.deltas.length,
      zoomSteps,
      zoomLongTasks: zoom.longTasks,
      zoomLongTaskMaxMs: round(zoom.longTaskMaxMs),
    });
    await settle(page);

    phase('zoom in');
    const spanBefore = await impl.visibleSpan(page);
    await page.keyboard.down('Control');
    deadline = performance.now() + burstBudgetMs / 2;
    for (let i = 0; i < PREP_ZOOM_STEPS && performance.now() < deadline; i++) {
      await page.mouse.wheel(0, -impl.wheelDeltaY);
      at = await afterWheel(page, impl.surfaceSelector, at);
    }
    await page.keyboard.up('Control');
    await settle(page);
    const spanAfter = await impl.visibleSpan(page);
    if (spanBefore && spanAfter) result.figures.zoomInFactor = round(spanBefore / spanAfter, 2);
    result.figures.domNodesZoomedIn = await countNodes(page);

    phase('pan burst');
    const from = await gesturePoint(page, impl.surfaceSelector);
    await page.mouse.move(from.x, from.y);
    await page.mouse.down();
    await page.evaluate('window.__bench.startFrames()');
    deadline = performance.now() + burstBudgetMs;
    let panSteps = 0;
    for (let i = 0; i < 2 * PAN_STEPS && performance.now() < deadline; i++, panSteps++) {
      const offset = i < PAN_STEPS ? (i + 1) * PAN_STEP_PX : (2 * PAN_STEPS - i - 1) * PAN_STEP_PX;
      await page.mouse.move(from.x + offset, from.y);
      await page.evaluate('window.__bench.nextPaint()');
    }
    const pan = (await page.evaluate('window.__bench.stopFrames()')) as FrameStats;
    await page.mouse.up();
    Object.assign(result.figures, {
      panP50Ms: round(percentile(pan.deltas, 50)),
      panP95Ms: round(percentile(pan.deltas, 95)),
      panFrames: pan.deltas.length,
      panSteps,
      panLongTasks: pan.longTasks,
      panLongTaskMaxMs: round(pan.longTaskMaxMs),
      longTasks: zoom.longTasks + pan.longTasks,
    });
    phase('filter click');
    await page.evaluate(`window.__bench.armClickToPaint(${JSON.stringify(impl.changeSelector)})`);
    // force: no actionability wait, which a page that keeps re-laying out would never pass.
    const checkbox = page.locator(impl.filterSelector).first();
    await checkbox.scrollIntoViewIfNeeded({ timeout: 0 });
    await checkbox.click({ timeout: 0, force: true });
    await waitFor(page, 'window.__bench.clickToPaintMs !== null', 50);
    result.figures.filterToPaintMs = round((await page.evaluate('window.__bench.clickToPaintMs')) as number);
    result.finished = true;
    delete result.stoppedIn;
  };
  try {
    await Promise.race([run(), timeout]);
  } catch (error) {
    result.error = error instanceof Error ? error.message.split('\n')[0] : String(error);
  } finally {
    clearTimeout(timer);
    result.figures.wallMs = Math.round(performance.now() - started);
    await closeBrowser(browser);
  }
  return result;
}

async function closeBrowser(browser: Browser | undefined): Promise<void> {
  if (!browser) return;
  await Promise.race([browser.close().catch(() => undefined), new Promise((done) => setTimeout(done, 10_000))]);
}

/**
 * Polls an expression until it is true. page.waitForFunction would evaluate it with eval,
 * which our app's Content-Security-Policy forbids; page.evaluate goes through the DevTools
 * protocol, which the CSP does not govern.
 */
async function waitFor(page: Page, expression: string, pollMs: number, check?: () => Promise<void>): Promise<void> {
  for (;;) {
    if (await page.evaluate(expression)) return;
    await check?.();
    await new Promise((done) => setTimeout(done, pollMs));
  }
}

/** Two drawn frames and a quiet moment, so that the next phase starts from rest. */
async function settle(page: Page): Promise<void> {
  await page.evaluate('window.__bench.nextPaint()');
  await page.waitForTimeout(400);
  await page.evaluate('window.__bench.nextPaint()');
}

/** The User Timing marks our app sets while it opens a dataset; none for vis-timeline. */
async function stageTimes(page: Page): Promise<RunFigures> {
  const marks = (await page.evaluate(
    "performance.getEntriesByType('mark').filter((m) => m.name.startsWith('timeline:')).map((m) => [m.name.slice(9), m.startTime])",
  )) as [string, number][];
  const figures: RunFigures = {};
  for (const [stage, at] of marks) {
    if (stage === 'fetched' || stage === 'parsed' || stage === 'validated' || stage === 'story') figures[`${stage}Ms`] = round(at);
  }
  return figures;
}

function countNodes(page: Page): Promise<number> {
  return page.evaluate("document.getElementsByTagName('*').length") as Promise<number>;
}

async function heapMB(page: Page): Promise<number> {
  const cdp = await page.context().newCDPSession(page);
  await cdp.send('HeapProfiler.collectGarbage');
  await cdp.send('Performance.enable');
  const { metrics } = await cdp.send('Performance.getMetrics');
  await cdp.detach();
  const used = metrics.find((metric) => metric.name === 'JSHeapUsedSize')?.value ?? NaN;
  return round(used / 2 ** 20);
}

interface Point {
  x: number;
  y: number;
}

/** The middle of the surface, horizontally, near its top (a tall drawing may run off screen). */
function gesturePoint(page: Page, selector: string): Promise<Point> {
  return page.evaluate(`window.__bench.gesturePoint(${JSON.stringify(selector)})`) as Promise<Point>;
}

/**
 * Waits for the step's frame; when the drawing shrank or moved away from under the pointer
 * (zooming changes its height, and the page's scroll with it), puts the pointer back on it.
 */
async function afterWheel(page: Page, selector: string, at: Point): Promise<Point> {
  const moved = (await page.evaluate(`window.__bench.afterStep(${JSON.stringify(selector)}, ${at.x}, ${at.y})`)) as Point | null;
  if (!moved) return at;
  await page.mouse.move(moved.x, moved.y);
  return moved;
}
