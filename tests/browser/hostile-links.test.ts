/**
 * Hostile and unlucky links and datasets, in Chromium against the built site (issue 18,
 * items 6, 9 and 10): a range far outside the story or past what dates can be, a dataset
 * that is not JSON, sources from elsewhere or from `data:`, and thousands of sources. The
 * page shows the story or a message, throws nothing, and stays responsive throughout.
 */
import { describe, expect, it } from 'vitest';
import type { BrowserContext, Page } from 'playwright-core';
import { longestTask, recordLongTasks, serveStatic, useSite, type StaticHost } from './harness.ts';
import { MARKS, MOUNT } from './app.helpers.ts';
import { hostileDataset } from '../fixtures/hostile.ts';

const overlay = new Map<string, string>();

// A dataset with NaN on line 4 of 72: Chromium's "Unexpected token" gives no position.
{
  const lines = ['{', '  "schemaVersion": 1,', '  "title": "A story",', '  "count": NaN,', '  "events": ['];
  for (let i = 0; i < 64; i++) lines.push(`    { "id": "event-${i}", "title": "Event ${i}" },`);
  lines.push('    { "id": "last" }', '  ]', '}');
  overlay.set('bad-json/events.json', lines.join('\n'));
}

/** The small hostile-fixture dataset with its one source at `file`. */
function datasetWithSource(file: string): string {
  const { dataset } = hostileDataset('fine');
  (dataset as { sources: { file: string }[] }).sources[0]!.file = file;
  return JSON.stringify(dataset);
}

const { sourceText: FINE_SOURCE } = hostileDataset('fine');
overlay.set('data-source/events.json', datasetWithSource(`data:text/plain,${encodeURIComponent(FINE_SOURCE)}`));
overlay.set('html-source/events.json', datasetWithSource('source.html'));
overlay.set('html-source/source.html', '<!doctype html><title>Not found</title><p>fine</p>');

// 2,000 sources, an event quoting each.
const MANY = 2000;
{
  const sources = [];
  const events = [];
  for (let i = 0; i < MANY; i++) {
    sources.push({ id: `s${i}`, title: `Source ${i}`, file: `sources/s${i}.txt` });
    events.push({
      id: `e${i}`,
      title: `Event ${i}`,
      date: `20${String(10 + (i % 12)).padStart(2, '0')}-${String(1 + (i % 12)).padStart(2, '0')}-${String(1 + (i % 28)).padStart(2, '0')}`,
      dateBasis: 'stated',
      dateNote: 'As the source gives it.',
      status: 'occurred',
      countries: ['FR'],
      actors: [],
      summary: `Summary ${i}.`,
      quotes: [{ source: `s${i}`, text: `Statement number ${i}.` }],
    });
    overlay.set(`many/sources/s${i}.txt`, `Heading.\nStatement number ${i}.\n`);
  }
  overlay.set('many/events.json', JSON.stringify({ schemaVersion: 1, title: 'Many sources', sources, actors: [], events }));
}

// The embed (its slim zoom glue) given the same range, as an attribute.
overlay.set(
  'examples/extreme-range.html',
  `<!doctype html><html lang="en"><head><meta charset="utf-8"><title>Extreme range</title><link rel="icon" href="data:,">
<script type="module" src="../embed/diplomatic-timeline.js"></script></head>
<body><diplomatic-timeline src="../data/events.json" lang="en" range="+275760-09-12T23:00Z/+275760-09-13T00:00Z"></diplomatic-timeline></body></html>`,
);

const site = useSite({ mount: MOUNT, overlay, snapshot: true });

/** Counts URL replacements, and records the longest task, from the first script on. */
async function instrument(context: BrowserContext): Promise<void> {
  await context.addInitScript(() => {
    const probe = window as unknown as { __replaced: number };
    probe.__replaced = 0;
    const replace = history.replaceState.bind(history);
    history.replaceState = (...args: Parameters<History['replaceState']>) => {
      probe.__replaced++;
      return replace(...args);
    };
  });
  await recordLongTasks(context);
}

async function openPage(search: string): Promise<{ page: Page; errors: string[]; requests: string[] }> {
  const opened = await site.open({ viewport: { width: 1280, height: 720 } }, instrument);
  const requests: string[] = [];
  opened.page.on('request', (request) => requests.push(request.url()));
  await opened.page.goto(`${site.url}${search}`);
  return { page: opened.page, errors: opened.errors, requests };
}

const replaced = (page: Page) => page.evaluate(() => (window as unknown as { __replaced: number }).__replaced);
const longest = longestTask;

/** Waits until no URL replacement has happened for `quietMs`. */
async function settle(page: Page, quietMs = 600): Promise<void> {
  let last = -1;
  for (;;) {
    const now = await replaced(page);
    if (now === last) return;
    last = now;
    await page.waitForTimeout(quietMs);
  }
}

const axisLabels = (page: Page) => page.locator('.timeline svg .axis text').allTextContents();

describe('a link whose range is far outside the story', () => {
  for (const range of [
    '+275760-09-12T23:00Z/+275760-09-13T00:00Z',
    '+200000-01-01/+200001-01-01',
    '-271821-04-20/-271821-04-21',
    '2021-09-20/+275760-09-13',
  ]) {
    it(`range=${range}: the story with its axis, a notice when nothing of it overlaps, and Fit all throws nothing`, async () => {
      const { page, errors } = await openPage(`?range=${encodeURIComponent(range)}`);
      await page.locator(MARKS).first().waitFor({ timeout: 15_000 });
      await settle(page);
      const labels = await axisLabels(page);
      expect(labels.length).toBeGreaterThan(1);
      expect(labels.join(' ')).toMatch(/20(1\d|2\d)/);
      const overlaps = range.startsWith('2021');
      const notice = page.locator('.notice');
      if (overlaps) expect(await notice.count()).toBe(0);
      else expect(await notice.textContent()).toContain(`range "${range}"`);
      // The edge buttons never both offer everything.
      const edges = await page.locator('.beyond').allTextContents();
      expect(edges.length).toBeLessThan(2);
      // The URL holds a range a reader can share again, inside the story.
      const written = new URL(page.url()).searchParams.get('range');
      expect(written).toMatch(/^20\d\d-\d\d-\d\d(T\d\d:\d\dZ)?\/20\d\d-\d\d-\d\d(T\d\d:\d\dZ)?$/);

      const before = await replaced(page);
      await page.getByRole('button', { name: 'Fit all' }).click();
      await settle(page);
      expect(await replaced(page)).toBe(before + 1);
      expect(new URL(page.url()).searchParams.get('range')).toBeNull();
      expect(errors).toEqual([]);
      expect(await longest(page)).toBeLessThan(1000);
      await page.context().close();
    });
  }

  it('each zoom step, and each animated move, writes the URL once, when it settles', async () => {
    const { page, errors } = await openPage('');
    await page.locator(MARKS).first().waitFor({ timeout: 15_000 });
    await settle(page);
    for (const button of ['Zoom in', 'Zoom out', 'Fit all']) {
      const before = await replaced(page);
      await page.getByRole('button', { name: button, exact: true }).click();
      await settle(page);
      expect(await replaced(page), button).toBe(before + 1);
    }
    // Zoomed in, an edge button animates the view to the next event.
    await page.getByRole('button', { name: 'Zoom in', exact: true }).click();
    await page.getByRole('button', { name: 'Zoom in', exact: true }).click();
    await settle(page);
    const before = await replaced(page);
    await page.locator('.beyond').first().click();
    await settle(page);
    expect(await replaced(page)).toBe(before + 1);
    expect(errors).toEqual([]);
    await page.context().close();
  });
});

describe('the embed given a range far outside the story', () => {
  it('opens the story with its axis, warns, and Fit all throws nothing', async () => {
    const opened = await site.open({ viewport: { width: 1280, height: 900 } }, instrument);
    const { page, errors } = opened;
    const warnings: string[] = [];
    page.on('console', (message) => {
      if (message.type() === 'warning') warnings.push(message.text());
    });
    await page.goto(`${site.url}examples/extreme-range.html`);
    await page.locator(`diplomatic-timeline ${MARKS}`).first().waitFor({ timeout: 15_000 });
    expect(warnings.join('\n')).toContain('ignored range "+275760-09-12T23:00Z/+275760-09-13T00:00Z"');
    expect((await page.locator('diplomatic-timeline .timeline svg .axis text').allTextContents()).join(' ')).toMatch(/20(1\d|2\d)/);
    expect(await page.locator('diplomatic-timeline .beyond').count()).toBeLessThan(2);
    await page.locator('diplomatic-timeline').getByRole('button', { name: 'Fit all' }).click();
    await page.waitForTimeout(800);
    expect(await page.locator(`diplomatic-timeline ${MARKS}`).count()).toBeGreaterThan(10);
    expect(errors).toEqual([]);
    expect(await longest(page)).toBeLessThan(1000);
    await opened.close();
  });
});

describe('a dataset that is not JSON', () => {
  it('names the line and column of the NaN, not the end of the file', async () => {
    const { page, errors } = await openPage('?src=bad-json/events.json');
    const panel = page.locator('.error-panel');
    await panel.waitFor({ timeout: 15_000 });
    expect(await panel.textContent()).toMatch(/bad-json\/events\.json:4:12: invalid JSON/);
    expect(await panel.getByRole('button', { name: 'Retry' }).count()).toBe(0);
    expect(errors).toEqual([]);
    await page.context().close();
  });
});

describe('where source texts come from', () => {
  it('a data: source is refused with a message, and its quotes are not verified against it', async () => {
    const { page, errors } = await openPage('?src=data-source/events.json');
    const panel = page.locator('.error-panel');
    await panel.waitFor({ timeout: 15_000 });
    expect(await panel.textContent()).toMatch(/"data:text\/plain,[^"]*" is not on the dataset's site, http:\/\/127\.0\.0\.1:\d+/);
    expect(await page.locator(MARKS).count()).toBe(0);
    expect(errors).toEqual([]);
    await page.context().close();
  });

  it('a source on another site is refused without being fetched', async () => {
    const elsewhere: StaticHost = await serveStatic(undefined, '/', {}, new Map([['source.txt', FINE_SOURCE]]));
    try {
      const other = elsewhere.url.replace('127.0.0.1', 'localhost');
      const host = `other-origin-${Date.now()}`;
      // The dataset names a source on another origin (localhost is not 127.0.0.1).
      const { page, errors, requests } = await openPageWith(host, datasetWithSource(`${other}source.txt`));
      const panel = page.locator('.error-panel');
      await panel.waitFor({ timeout: 15_000 });
      expect(await panel.textContent()).toContain(`"${other}source.txt" is not on the dataset's site`);
      expect(requests.filter((url) => url.startsWith(other))).toEqual([]);
      expect(errors).toEqual([]);
      await page.context().close();
    } finally {
      await elsewhere.close();
    }
  });

  it('an HTML page answering for a source is named as a web page, with the likely fix', async () => {
    const { page, errors } = await openPage('?src=html-source/events.json');
    const panel = page.locator('.error-panel');
    await panel.waitFor({ timeout: 15_000 });
    expect(await panel.textContent()).toContain('the server answered with a web page, not the source text');
    expect(await panel.textContent()).toContain('is the file in the published folder?');
    expect(errors).toEqual([]);
    await page.context().close();
  });

  it("a dataset the page's Content-Security-Policy refuses says so, with no Retry", async () => {
    const other = site.url.replace('127.0.0.1', 'localhost');
    const { page } = await openPage(`?src=${encodeURIComponent(`${other}many/events.json`)}`);
    const panel = page.locator('.error-panel');
    await panel.waitFor({ timeout: 15_000 });
    expect(await panel.textContent()).toContain("this page's Content-Security-Policy forbids it");
    expect(await panel.getByRole('button', { name: 'Retry' }).count()).toBe(0);
    await page.context().close();
  });

  it(`${MANY} sources load, a few at a time, without a resource error, and the page stays responsive`, async () => {
    const { page, errors, requests } = await openPage('?src=many/events.json');
    // Zoomed out over 2,000 events, the timeline shows them as clusters.
    await page.locator('.timeline svg [data-cluster-from], .error-panel').first().waitFor({ timeout: 50_000 });
    expect(await page.locator('.error-panel').count()).toBe(0);
    expect(await page.locator('main').textContent()).toContain(`${MANY.toLocaleString('en')} events`);
    expect(requests.filter((url) => url.includes('/many/sources/'))).toHaveLength(MANY);
    expect(errors).toEqual([]);
    expect(await longest(page)).toBeLessThan(1000);
    await page.context().close();
  });
});

/** A page whose dataset is served under a path of its own, added to this site's overlay before the page asks for it. */
async function openPageWith(name: string, dataset: string) {
  overlay.set(`${name}/events.json`, dataset);
  return openPage(`?src=${name}/events.json`);
}
