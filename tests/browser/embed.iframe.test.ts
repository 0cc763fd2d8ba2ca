/**
 * The iframe embed: embed.html?src=…&… inside a host page, fitted to its content by
 * embed/iframe-resizer.js through postMessage, under a strict CSP in both documents.
 */
import { describe, expect, it } from 'vitest';
import type { Frame, Page } from 'playwright-core';
import { screenshot, useSite } from './harness.ts';
import { CSP, EMBED_SITE, foreignRequests, openGuarded } from './embed.helpers.ts';

const site = useSite(EMBED_SITE);

const frameHeight = (page: Page) => page.locator('iframe').evaluate((frame) => Math.round(frame.getBoundingClientRect().height));

async function timelineFrame(page: Page): Promise<Frame> {
  const handle = await page.locator('iframe').elementHandle();
  const frame = await handle?.contentFrame();
  if (!frame) throw new Error('no iframe content');
  await frame.locator('diplomatic-timeline .story-view').waitFor();
  return frame;
}

/** The height the content inside the frame asks for. */
const contentHeight = (frame: Frame) =>
  frame.locator('diplomatic-timeline').evaluate((element) => Math.ceil(element.getBoundingClientRect().height));

describe('the iframe example', () => {
  it('shows the view its URL names and is exactly as tall as its content', async () => {
    const guarded = await openGuarded(site.browser, `${site.url}examples/iframe.html`);
    const { page } = guarded;
    const frame = await timelineFrame(page);
    // lang=fr and country=FR,AU from the iframe's URL.
    await expect.poll(() => frame.locator('.bar [role="status"]').textContent()).toBe('28 événements sur 31');
    await expect.poll(async () => Math.abs((await frameHeight(page)) - (await contentHeight(frame)))).toBeLessThanOrEqual(1);
    expect(await frameHeight(page)).not.toBe(640);
    // No scrollbar inside the frame: the page scrolls, the frame does not.
    expect(await frame.evaluate(() => document.documentElement.scrollHeight <= document.documentElement.clientHeight + 1)).toBe(true);
    expect(await page.locator('iframe').evaluate((element) => getComputedStyle(element).borderTopWidth)).toBe('0px');

    // The content grows (the list of 28 events): the frame follows.
    const before = await frameHeight(page);
    await frame.getByRole('button', { name: 'Liste' }).click();
    await expect.poll(() => frameHeight(page)).toBeGreaterThan(before + 200);
    await expect.poll(async () => Math.abs((await frameHeight(page)) - (await contentHeight(frame)))).toBeLessThanOrEqual(1);

    await screenshot(page, 'embed-iframe');
    expect(await guarded.violations()).toEqual([]);
    expect(guarded.errors).toEqual([]);
    expect(foreignRequests(guarded.requests, site)).toEqual([]);
    // Within the frame too, the host page's URL is the frame's own business: the page's stays put.
    expect(new URL(page.url()).search).toBe('');
    await guarded.close();
  });

  it('is told which event the reader selects', async () => {
    const guarded = await openGuarded(site.browser, `${site.url}examples/iframe.html`);
    const { page } = guarded;
    const frame = await timelineFrame(page);
    const messages = page.evaluate(
      () =>
        new Promise((done) =>
          window.addEventListener('message', (event) => {
            if ((event.data as { type?: string })?.type === 'diplomatic-timeline:select') done(event.data);
          }),
        ),
    );
    await frame.locator('.timeline svg [data-event-id="le-drian-stab-in-the-back"]').click();
    expect(await messages).toEqual({ type: 'diplomatic-timeline:select', id: 'le-drian-stab-in-the-back' });
    await guarded.close();
  });
});

describe('the iframe resizer', () => {
  it("heeds only its own iframes' windows, from the origin of their src", async () => {
    // Another origin (answered by the test itself: nothing leaves the machine), whose page
    // claims to be a timeline and asks for a tiny frame.
    const other = { url: 'http://elsewhere.example/' };
    // A host page (same origin as the embed) whose iframe starts on the embed.
    const testPage = `${site.url}examples/resizer-test.html`;
    const guarded = await openGuarded(site.browser, `${site.url}examples/index.html`);
    const { page } = guarded;
    await page.route(`${other.url}**`, (route) =>
      route.fulfill({
        contentType: 'text/html',
        body: "<!doctype html><title>other</title><script>parent.postMessage({ type: 'diplomatic-timeline:height', height: 77 }, '*')</script>",
      }),
    );
    await page.route(testPage, (route) =>
      route.fulfill({
        contentType: 'text/html',
        // frame-src also allows the other origin, so that the frame can be sent there.
        headers: { 'content-security-policy': `${CSP}; frame-src 'self' ${new URL(other.url).origin}` },
        body: `<!doctype html><title>resizer</title>
          <iframe src="../embed.html?lang=en&amp;view=list" title="timeline" width="100%" height="640"></iframe>
          <script src="../embed/iframe-resizer.js"></script>`,
      }),
    );
    await page.goto(testPage);
    const frame = await timelineFrame(page);
    await expect.poll(async () => Math.abs((await frameHeight(page)) - (await contentHeight(frame)))).toBeLessThanOrEqual(1);
    const fitted = await frameHeight(page);
    expect(fitted).toBeGreaterThan(1000);

    await page.evaluate(() => {
      const heard: [string, number][] = [];
      (window as unknown as { heard: typeof heard }).heard = heard;
      window.addEventListener('message', (event) => heard.push([event.origin, (event.data as { height: number }).height]));
    });
    const heard = () => page.evaluate(() => (window as unknown as { heard: [string, number][] }).heard);
    // From the page itself, not from the iframe's window: ignored.
    await page.evaluate(() => window.postMessage({ type: 'diplomatic-timeline:height', height: 55 }, '*'));
    // From the iframe's window once it shows another origin than its src's: ignored.
    await page.evaluate((url) => {
      const iframe = document.querySelector('iframe');
      if (iframe?.contentWindow) iframe.contentWindow.location.href = url;
    }, other.url);
    await expect.poll(heard).toEqual(expect.arrayContaining([[new URL(other.url).origin, 77]]));
    expect(await heard()).toEqual(expect.arrayContaining([[new URL(site.url).origin, 55]]));
    expect(await frameHeight(page)).toBe(fitted);

    expect(await guarded.violations()).toEqual([]);
    await guarded.close();
  });
});
