/**
 * The embed against a host page that means harm, or makes mistakes: method calls with
 * arguments of the wrong kind before the dataset is in, frames that are not the timeline
 * asking the iframe resizer for a height, CSS smuggled in through the height attribute, an
 * empty src, a thousand changes of src. The widget loads all the same, the page keeps its
 * layout and stays responsive (no task over 1 s), and nothing is fetched that should not be.
 */
import { describe, expect, it } from 'vitest';
import type { BrowserContext } from 'playwright-core';
import { longestTask, recordLongTasks, useSite } from './harness.ts';
import { EMBED_SITE, MOUNT, loaded } from './embed.helpers.ts';

const ELEMENT = '<script type="module" src="embed/diplomatic-timeline.js"></script>';
const article = (body: string, head = ELEMENT) => `<!doctype html>
<html lang="en"><head><meta charset="utf-8"><title>An article</title>${head}</head>
<body><main><h1>An article</h1><p id="before">The text before the timeline.</p>${body}<p id="after">The text after it.</p></main></body></html>`;

/** Another page of the host's site that claims to be a timeline: it asks for 20,000 px, then 0. */
const LIAR =
  "parent.postMessage({ type: 'diplomatic-timeline:height', height: 20000 }, '*');\n" +
  "parent.postMessage({ type: 'diplomatic-timeline:height', height: 0 }, '*');\n";

const overlay = new Map<string, string>([
  ['calls.html', article('<diplomatic-timeline src="data/events.json"></diplomatic-timeline>')],
  [
    'empty-src.html',
    article('<diplomatic-timeline id="empty" src=""></diplomatic-timeline><diplomatic-timeline id="blank" src=" "></diplomatic-timeline>'),
  ],
  ['churn.html', article('<diplomatic-timeline src="data/events.json"></diplomatic-timeline>')],
  ['liar.js', LIAR],
  ['liar.html', '<!doctype html><title>Not the timeline</title><script src="liar.js"></script>'],
]);

const site = useSite({ ...EMBED_SITE, overlay });

/** A context whose pages record their longest task, with `prepare` (routes) applied first. */
async function open(prepare: (context: BrowserContext) => Promise<unknown> = async () => undefined) {
  const opened = await site.open({ viewport: { width: 1200, height: 900 } }, async (context) => {
    await recordLongTasks(context);
    await prepare(context);
  });
  const requests: string[] = [];
  const warnings: string[] = [];
  opened.page.on('request', (request) => requests.push(request.url()));
  opened.page.on('console', (message) => {
    if (message.type() === 'warning') warnings.push(message.text());
  });
  return { ...opened, requests, warnings };
}

type Loose = HTMLElement & { select(id?: unknown): void; setFilters(filters?: unknown): void; selectedId: string | null };

describe('method calls with arguments of the wrong kind', () => {
  it('throw a TypeError to the caller, before the load and after, and the widget loads and answers all the same', async () => {
    let release = () => {};
    const held = new Promise<void>((done) => (release = done));
    // The dataset is held back until the bad calls are made, so that they are queued.
    const { page, errors, close } = await open((context) =>
      context.route('**/data/events.json', async (route) => {
        await held;
        await route.continue();
      }),
    );
    await page.goto(`${site.url}calls.html`);
    await page.locator('diplomatic-timeline [role="status"]').waitFor();
    const before = await page.evaluate(() => {
      const element = document.querySelector('diplomatic-timeline') as unknown as Loose;
      const loads: unknown[] = [];
      (window as unknown as { loads: unknown[] }).loads = loads;
      element.addEventListener('timeline-load', (event) => loads.push((event as CustomEvent).detail));
      const attempt = (call: () => void) => {
        try {
          call();
          return 'no error';
        } catch (error) {
          return `${(error as Error).name}: ${(error as Error).message}`;
        }
      };
      const results = [
        attempt(() => element.setFilters()),
        attempt(() => element.setFilters({ countries: 'FR' })),
        attempt(() => element.setFilters({ query: 5 })),
        attempt(() => element.setFilters({ query: null })),
        attempt(() => element.setFilters({ actors: new Set(['emmanuel-macron']) })),
        attempt(() => element.select(Symbol('x'))),
        // A good call among them is kept for when the dataset is in.
        attempt(() => element.setFilters({ countries: ['FR'] })),
      ];
      return results;
    });
    expect(before).toEqual([
      'TypeError: <diplomatic-timeline>.setFilters(): filters must be an object',
      'TypeError: <diplomatic-timeline>.setFilters(): countries must be an array of strings',
      'TypeError: <diplomatic-timeline>.setFilters(): query must be a string',
      'TypeError: <diplomatic-timeline>.setFilters(): query must be a string',
      'TypeError: <diplomatic-timeline>.setFilters(): actors must be an array of strings',
      "TypeError: <diplomatic-timeline>.select(): id must be an event's id or null",
      'no error',
    ]);
    release();

    await loaded(page);
    const status = page.locator('diplomatic-timeline .bar [role="status"]');
    await expect.poll(() => status.textContent()).toBe('25 of 31 events');
    expect(await page.evaluate(() => (window as unknown as { loads: unknown[] }).loads)).toEqual([
      { ok: true, title: expect.any(String), events: 31 },
    ]);

    // After the load: the bad call throws and changes nothing; good calls still work.
    const after = await page.evaluate(() => {
      const element = document.querySelector('diplomatic-timeline') as unknown as Loose;
      let thrown = 'no error';
      try {
        element.setFilters({ query: 5 });
      } catch (error) {
        thrown = `${(error as Error).name}: ${(error as Error).message}`;
      }
      element.setFilters({ countries: [] });
      element.select('france-recalls-ambassadors');
      return thrown;
    });
    expect(after).toBe('TypeError: <diplomatic-timeline>.setFilters(): query must be a string');
    await expect.poll(() => status.textContent()).toBe('31 events');
    await expect
      .poll(() => page.locator('diplomatic-timeline aside.detail h2').textContent())
      .toBe('Macron recalls French ambassadors from Washington and Canberra');
    expect(await page.evaluate(() => (document.querySelector('diplomatic-timeline') as unknown as Loose).selectedId)).toBe(
      'france-recalls-ambassadors',
    );
    expect(errors).toEqual([]);
    expect(await longestTask(page)).toBeLessThan(1000);
    await close();
  });
});

describe('the iframe resizer', () => {
  it('resizes only the timeline’s own frames, within bounds, whatever other frames ask', async () => {
    const address = `${site.url}frames.html`;
    const elsewhere = 'http://ads.example';
    const liarScript = `<script>${LIAR}</script>`;
    const { page, close } = await open(async (context) => {
      // An ad from another origin, at the very path of the timeline's page.
      await context.route(`${elsewhere}/**`, (route) => route.fulfill({ contentType: 'text/html', body: `<!doctype html>${liarScript}` }));
      // A host page without a CSP, the worst case: data: and srcdoc frames run their scripts.
      await context.route(address, (route) =>
        route.fulfill({
          contentType: 'text/html',
          body: `<!doctype html><html lang="en"><head><meta charset="utf-8"><title>Frames</title>
            <script src="embed/iframe-resizer.js"></script>
            <script>
              window.heard = [];
              window.addEventListener('message', (event) => window.heard.push(event.data.height));
            </script></head><body>
            <iframe id="timeline" src="embed.html?lang=en" title="timeline" width="100%" height="640"></iframe>
            <iframe id="ad" src="${elsewhere}${MOUNT}embed.html" height="150"></iframe>
            <iframe id="data" src="data:text/html,${encodeURIComponent(liarScript)}" height="150"></iframe>
            <iframe id="srcdoc" srcdoc="${liarScript.replace(/"/g, '&quot;')}" height="150"></iframe>
            <iframe id="srcdoc-over-embed" src="embed.html?lang=en" srcdoc="${liarScript.replace(/"/g, '&quot;')}" height="150"></iframe>
            <iframe id="other-page" src="liar.html" height="150"></iframe>
            </body></html>`,
        }),
      );
    });
    await page.goto(address);
    const height = (id: string) => page.locator(`#${id}`).evaluate((frame) => Math.round(frame.getBoundingClientRect().height));
    const border = (id: string) => page.locator(`#${id}`).evaluate((frame) => getComputedStyle(frame).borderTopWidth);

    // The timeline's frame is fitted to its content...
    const timeline = page.frameLocator('#timeline');
    await timeline.locator('diplomatic-timeline .story-view').waitFor();
    const content = () => timeline.locator('diplomatic-timeline').evaluate((element) => Math.ceil(element.getBoundingClientRect().height));
    await expect.poll(async () => Math.abs((await height('timeline')) - (await content()))).toBeLessThanOrEqual(1);
    expect(await border('timeline')).toBe('0px');
    // ...while the five others, which all asked for 20,000 px then 0, keep their size and border.
    await expect
      .poll(() => page.evaluate(() => (window as unknown as { heard: number[] }).heard.filter((h) => h === 20000).length))
      .toBe(5);
    for (const id of ['ad', 'data', 'srcdoc', 'srcdoc-over-embed', 'other-page']) {
      expect([id, await height(id), await border(id)]).toEqual([id, 154, '2px']);
    }

    // The timeline's own frame gets no more than 20,000 px, nor less than 100.
    const ask = (value: number) =>
      timeline
        .locator('body')
        .evaluate((_, asked) => parent.postMessage({ type: 'diplomatic-timeline:height', height: asked }, '*'), value);
    await ask(1e9);
    await expect.poll(() => height('timeline')).toBe(20000);
    await ask(0);
    await expect.poll(() => height('timeline')).toBe(100);
    expect(await longestTask(page)).toBeLessThan(1000);
    await close();
  });
});

describe('CSS in the height attribute', () => {
  it('is ignored with a warning: the widget stays in its place, and nothing is fetched', async () => {
    const address = `${site.url}height.html`;
    let tracked = 0;
    const { page, requests, warnings, errors, close } = await open(async (context) => {
      await context.route('https://tracker.example/**', (route) => {
        tracked += 1;
        return route.fulfill({ status: 204 });
      });
      // Without a CSP, which would have blocked the tracker anyway.
      await context.route(address, (route) =>
        route.fulfill({
          contentType: 'text/html',
          body: article(
            `<diplomatic-timeline id="cover" src="data/events.json" height="100px; position:fixed; inset:0; z-index:2147483647"></diplomatic-timeline>
             <diplomatic-timeline id="tracker" src="data/events.json" height="10px; background-image:url(https://tracker.example/pixel.png)"></diplomatic-timeline>
             <diplomatic-timeline id="sized" src="data/events.json" height="300"></diplomatic-timeline>`,
          ),
        }),
      );
    });
    await page.goto(address);
    for (const id of ['cover', 'tracker', 'sized']) await loaded(page, `#${id}`);

    const layout = await page.evaluate(() => {
      const box = (selector: string) => document.querySelector(selector)?.getBoundingClientRect() ?? new DOMRect();
      const heading = box('h1');
      const hit = document.elementFromPoint(heading.left + 5, heading.top + heading.height / 2);
      return {
        headingOnTop: hit === document.querySelector('h1'),
        coverBelowText: box('#cover').top >= box('#before').bottom,
        trackerBelowCover: box('#tracker').top >= box('#cover').bottom,
        position: getComputedStyle(document.querySelector('#cover')?.shadowRoot?.querySelector('.embed-root') ?? document.body).position,
        sized: Math.round(box('#sized').height),
      };
    });
    expect(layout).toEqual({ headingOnTop: true, coverBelowText: true, trackerBelowCover: true, position: 'static', sized: 300 });
    // Both timelines with a bad height are as tall as their content, not 100 or 10 px.
    expect(await page.locator('#cover').evaluate((element) => element.getBoundingClientRect().height)).toBeGreaterThan(300);
    expect(await page.locator('#tracker').evaluate((element) => element.getBoundingClientRect().height)).toBeGreaterThan(300);

    await page.waitForTimeout(300);
    expect(tracked).toBe(0);
    expect(requests.filter((url) => url.includes('tracker.example'))).toEqual([]);
    expect(warnings.filter((text) => text.includes('height='))).toEqual([
      '<diplomatic-timeline>: ignored height="100px; position:fixed; inset:0; z-index:2147483647": not a CSS length like 600px',
      '<diplomatic-timeline>: ignored height="10px; background-image:url(https://tracker.example/pixel.png)": not a CSS length like 600px',
    ]);
    expect(errors).toEqual([]);
    expect(await longestTask(page)).toBeLessThan(1000);
    await close();
  });
});

describe('src', () => {
  it('empty or blank is refused with a message, rather than loading the page itself as the dataset', async () => {
    const { page, requests, close } = await open();
    await page.goto(`${site.url}empty-src.html`);
    for (const id of ['empty', 'blank']) {
      const alert = page.locator(`#${id} [role="alert"]`);
      await alert.waitFor();
      expect(await alert.textContent()).toContain('src is empty: no dataset to load');
    }
    expect(requests.filter((url) => url.endsWith('empty-src.html'))).toHaveLength(1);
    await close();
  });

  it('changed a thousand times leaves no request running but the last one’s, and shows the last dataset', async () => {
    const { page, close } = await open(async (context) => {
      // Every superseded dataset would take for ever to answer.
      await context.route('**/slow/**', () => undefined);
      await context.addInitScript(() => {
        const global = window as unknown as { running: number };
        global.running = 0;
        const fetch = window.fetch.bind(window);
        window.fetch = (...args) => {
          global.running += 1;
          return fetch(...args).finally(() => (global.running -= 1));
        };
      });
    });
    await page.goto(`${site.url}churn.html`);
    await loaded(page);
    await page.evaluate(() => {
      const element = document.querySelector('diplomatic-timeline');
      for (let index = 0; index < 1000; index += 1) element?.setAttribute('src', `slow/${index}.json`);
      element?.setAttribute('src', 'data/examples/lantern-strait.json');
    });
    await expect.poll(() => page.locator('diplomatic-timeline .bar [role="status"]').textContent()).toBe('8 events');
    await expect.poll(() => page.evaluate(() => (window as unknown as { running: number }).running)).toBe(0);
    expect(await longestTask(page)).toBeLessThan(1000);
    await close();
  });
});
