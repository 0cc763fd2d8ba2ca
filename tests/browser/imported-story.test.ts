/**
 * A story imported from TimelineJS, as a reader gets it in the built app: the import's own
 * output (the fixture in the shape of Knight Lab's examples, run through importTimelineJsJson)
 * served next to the app under its strict Content-Security-Policy. Its images show with their
 * alt text and credit when they are on the site, and are links when they are elsewhere (no
 * request leaves the site unasked); videos, sounds and pages are links, never frames; its groups are tags that filter and
 * group the timeline; axe finds nothing, and the console stays clean.
 */
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { afterEach, beforeAll, describe, expect, test } from 'vitest';
import { importTimelineJsJson } from '../../src/interop/timelinejs-import.ts';
import type { Dataset } from '../../src/model/schema.ts';
import { screenshot, useSite, type OpenedPage } from './harness.ts';
import { formatViolations, runAxe } from './axe.ts';
import { APP_SITE, EVENTS, eventIn, openFilters } from './app.helpers.ts';

const FIXTURE = resolve(import.meta.dirname, '../unit/interop/fixtures/timelinejs/harbour-accord.json');
// A 1×1 PNG: an image on the site itself, which the page's policy (img-src 'self') lets through.
const PIXEL = Buffer.from('iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mP8z8BQDwAEhQGAhKmMIQAAAABJRU5ErkJggg==', 'base64');

let dataset: Dataset;
const overlay = new Map<string, string>();

function imported(): void {
  const result = importTimelineJsJson(JSON.parse(readFileSync(FIXTURE, 'utf8')), { fileName: 'harbour-accord.json' });
  if (!result.ok) throw new Error(`the fixture does not import: ${JSON.stringify(result.notes)}`);
  dataset = structuredClone(result.dataset);
  // The first image is moved onto the site, as an editor who publishes it with the story would.
  const local = dataset.events.find((event) => event.media?.kind === 'image');
  if (!local?.media) throw new Error('the fixture has no image');
  local.media = { ...local.media, url: 'media/pier.png' };
  overlay.set('data/imported/harbour.json', JSON.stringify(dataset));
  for (const source of result.sourceTexts) overlay.set(`data/imported/${source.file}`, source.text);
}
imported();

const site = useSite({ ...APP_SITE, overlay });
let opened: OpenedPage;

beforeAll(() => expect(dataset.events.some((event) => event.tags?.length)).toBe(true));

afterEach(async () => {
  const seen = opened.errors.splice(0);
  await opened.close();
  // Images from other sites are links, never requests the page's policy would refuse: nothing to report.
  expect(seen).toEqual([]);
});

async function open(width = 1280, height = 720) {
  opened = await site.open({ viewport: { width, height } }, (context) =>
    context.route(/\/data\/imported\/media\/pier\.png$/, (route) => route.fulfill({ body: PIXEL, contentType: 'image/png' })),
  );
  // Not openApp: a story this short opens whole, and writes no range to wait for.
  await opened.page.goto(`${site.url}?src=data/imported/harbour.json`);
  await opened.page.waitForSelector(EVENTS);
  return opened.page;
}

const withMedia = (kind: string) => dataset.events.find((event) => event.media?.kind === kind) ?? dataset.events[0]!;

describe('an imported TimelineJS story', () => {
  test('shows an image from the site with its alt text and credit, and one from another site as a link, unrequested', async () => {
    const page = await open();
    const local = dataset.events.find((event) => event.media?.url === 'media/pier.png')!;
    await page.click(eventIn(local.id));
    const image = page.locator('aside.detail figure.media img');
    await expect.poll(() => image.evaluate((img: HTMLImageElement) => img.complete && img.naturalWidth)).toBe(1);
    expect(await image.getAttribute('alt')).toBe(local.media?.alt);
    if (local.media?.credit) expect(await page.locator('aside.detail figure.media figcaption').textContent()).toContain(local.media.credit);

    const remote = dataset.events.find((event) => event.media?.kind === 'image' && event.media.url.startsWith('https:'));
    if (remote) {
      const requested: string[] = [];
      page.on('request', (request) => void requested.push(request.url()));
      await page.click(eventIn(remote.id));
      const link = page.locator('aside.detail a.media-link');
      await link.waitFor();
      expect(await link.getAttribute('href')).toBe(remote.media?.url);
      expect(await link.textContent()).toContain(remote.media?.alt ?? '');
      expect(requested.filter((url) => !url.startsWith(site.url))).toEqual([]);
    }
    await screenshot(page, 'imported-story-image');
  });

  test('gives a video as a link that opens in a new tab, and no frame anywhere', async () => {
    const page = await open();
    const video = withMedia('video');
    await page.click(eventIn(video.id));
    const link = page.locator('aside.detail a.media-link');
    expect(await link.getAttribute('href')).toBe(video.media?.url);
    expect(await link.getAttribute('target')).toBe('_blank');
    expect(await page.locator('iframe, video, audio, embed, object').count()).toBe(0);
    const violations = await runAxe(page);
    expect(violations.length, formatViolations(violations)).toBe(0);
    await screenshot(page, 'imported-story-video');
  });

  test('filters by a tag, with its count, and groups the timeline by tag', async () => {
    const page = await open();
    const total = await page.locator(EVENTS).count();
    const [tag, count] = mostUsedTag();
    await openFilters(page);
    const option = page.locator('section.filters fieldset', { hasText: 'Tags' }).locator('label', { hasText: tag });
    expect((await option.textContent())?.replace(/\s+/g, ' ').trim()).toBe(`${tag} ${count}`);
    await option.locator('input').check();
    await expect.poll(() => new URL(page.url()).searchParams.get('tag')).toBe(tag);
    expect(await page.locator(EVENTS).count()).toBe(count);
    expect(count).toBeLessThan(total);

    await page.getByRole('button', { name: `Remove filter ${tag}` }).click();
    await page.locator('section.filters').getByRole('radio', { name: 'Tag' }).check();
    await expect.poll(() => new URL(page.url()).searchParams.get('lanes')).toBe('tag');
    const lanes = await page.locator('.lane-label').allTextContents();
    expect(lanes.slice(0, 2)).toContain(tag);
    await screenshot(page, 'imported-story-lanes');
  });
});

function mostUsedTag(): [string, number] {
  const counts = new Map<string, number>();
  for (const event of dataset.events) for (const tag of event.tags ?? []) counts.set(tag, (counts.get(tag) ?? 0) + 1);
  return [...counts].sort((a, b) => b[1] - a[1])[0] as [string, number];
}
