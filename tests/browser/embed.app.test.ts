/**
 * The app's side of embedding: its "Embed" dialog gives snippets for the view on screen
 * that work when pasted into a page of the same site, the app itself runs under the
 * strict CSP, and the embed (built with slim stand-ins for three libraries) draws the
 * very timeline the app draws.
 */
import { describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { screenshot, useSite } from './harness.ts';
import { CSP, EMBED_SITE, foreignRequests, loaded, openGuarded } from './embed.helpers.ts';
import { openFilters } from './app.helpers.ts';

const site = useSite(EMBED_SITE);

const STAB = 'le-drian-stab-in-the-back';

async function snippets(page: Page) {
  const dialog = page.getByRole('dialog', { name: 'Embed this view' });
  await dialog.waitFor();
  return {
    element: await dialog.getByRole('textbox', { name: 'Custom element' }).inputValue(),
    iframe: await dialog.getByRole('textbox', { name: 'Iframe' }).inputValue(),
  };
}

describe('the Embed dialog', () => {
  it('gives snippets for the view on screen that work pasted into a page of the site', async () => {
    const guarded = await openGuarded(site.browser, `${site.url}?lang=en`);
    const { page } = guarded;
    await page.context().grantPermissions(['clipboard-read', 'clipboard-write'], { origin: new URL(site.url).origin });
    await page.locator('.story-view').waitFor();
    await page.locator(`.timeline svg [data-event-id="${STAB}"]`).click();
    await openFilters(page);
    await page.getByRole('checkbox', { name: /^France \d+$/ }).click();
    await expect.poll(() => page.locator('.bar [role="status"]').textContent()).toBe('25 of 31 events');

    await page.getByRole('button', { name: 'Embed', exact: true }).click();
    const { element, iframe } = await snippets(page);
    await screenshot(page, 'embed-dialog');
    // From the site's root (issue 15): the preview's host is no part of the snippet.
    const root = new URL(site.url).pathname;
    expect(element).toContain(`<script type="module" src="${root}embed/diplomatic-timeline.js"></script>`);
    expect(element).toMatch(
      new RegExp(
        `<diplomatic-timeline src="${root}data/events.json" lang="en" event="${STAB}" countries="FR"( range="[^"]+")?></diplomatic-timeline>`,
      ),
    );
    expect(iframe).toMatch(
      new RegExp(
        `^<iframe src="${root}embed.html\\?src=data%2Fevents.json&amp;lang=en&amp;event=${STAB}&amp;country=FR(&amp;range=[^"]+)?" title="[^"]+" width="100%" height="640" loading="lazy"></iframe>`,
      ),
    );
    expect(iframe).toContain(`<script src="${root}embed/iframe-resizer.js" async></script>`);

    // Copy puts exactly the snippet on the clipboard.
    const dialog = page.getByRole('dialog', { name: 'Embed this view' });
    await dialog.getByRole('button', { name: 'Copy' }).first().click();
    await expect.poll(() => dialog.getByRole('status').first().textContent()).toBe('Copied');
    expect(await page.evaluate(() => navigator.clipboard.readText())).toBe(element);
    await dialog.getByRole('button', { name: 'Close' }).click();
    await expect.poll(() => dialog.isVisible()).toBe(false);

    expect(await guarded.violations()).toEqual([]);
    expect(guarded.errors).toEqual([]);
    expect(foreignRequests(guarded.requests, site)).toEqual([]);

    // An editor's page on the same site, with both snippets pasted in, under the same CSP.
    const pasted = `${site.url}news/pasted.html`;
    await page.route(pasted, (route) =>
      route.fulfill({
        contentType: 'text/html',
        headers: { 'content-security-policy': CSP },
        body: `<!doctype html><html lang="en"><title>Pasted</title><h1>An article</h1>\n${element}\n<p>Between.</p>\n${iframe}\n<p>After.</p></html>`,
      }),
    );
    await page.goto(pasted);
    await loaded(page);
    await expect
      .poll(() => page.locator('diplomatic-timeline aside.detail h2').textContent())
      .toBe('Le Drian calls AUKUS “a stab in the back”');
    expect(await page.locator('diplomatic-timeline .bar [role="status"]').textContent()).toBe('25 of 31 events');
    const frame = page.frameLocator('iframe');
    await expect
      .poll(() => frame.locator('diplomatic-timeline aside.detail h2').textContent())
      .toBe('Le Drian calls AUKUS “a stab in the back”');
    expect(await frame.locator('diplomatic-timeline .bar [role="status"]').textContent()).toBe('25 of 31 events');
    await expect.poll(() => page.locator('iframe').evaluate((element) => Math.round(element.getBoundingClientRect().height))).not.toBe(640);
    await screenshot(page, 'embed-pasted');

    expect(await guarded.violations()).toEqual([]);
    expect(guarded.errors).toEqual([]);
    expect(foreignRequests(guarded.requests, site)).toEqual([]);
    await guarded.close();
  });

  it('speaks French in a French view', async () => {
    const guarded = await openGuarded(site.browser, `${site.url}?lang=fr&view=list`);
    const { page } = guarded;
    await page.locator('.story-view').waitFor();
    await page.getByRole('button', { name: 'Intégrer', exact: true }).click();
    const dialog = page.getByRole('dialog', { name: 'Intégrer cette vue' });
    await dialog.waitFor();
    const element = await dialog.getByRole('textbox', { name: 'Élément personnalisé' }).inputValue();
    const iframe = await dialog.getByRole('textbox', { name: 'Iframe' }).inputValue();
    expect(element).toContain(`src="${new URL(site.url).pathname}data/events.json" lang="fr" view="list"`);
    expect(iframe).toContain('embed.html?src=data%2Fevents.json&amp;lang=fr&amp;view=list');
    expect(await guarded.violations()).toEqual([]);
    await guarded.close();
  });
});

describe('the app under the strict CSP', () => {
  it('runs with zero violations and asks nothing of any other host', async () => {
    const guarded = await openGuarded(site.browser, `${site.url}?lang=en`);
    const { page } = guarded;
    await page.locator('.story-view').waitFor();
    await page.locator('.timeline svg [data-event-id]').first().click();
    await page.getByRole('button', { name: 'List', exact: true }).click();
    await page.getByRole('button', { name: 'Timeline', exact: true }).click();
    expect(await guarded.violations()).toEqual([]);
    expect(guarded.errors).toEqual([]);
    expect(foreignRequests(guarded.requests, site)).toEqual([]);
    await guarded.close();
  });
});

interface Drawing {
  width: string | null | undefined;
  ticks: string[];
  marks: Record<string, (string | number | null)[]>;
}

/** The timeline as drawn: the axis labels and every mark, with their positions. */
function readDrawing(page: Page, scope: string): Promise<Drawing> {
  return page.evaluate((within) => {
    const base = within ? document.querySelector(within)?.shadowRoot : document;
    const svg = base?.querySelector('.timeline svg');
    const round = (value: string | null) => (value === null ? null : Math.round(Number(value) * 100) / 100);
    return {
      width: svg?.getAttribute('width'),
      ticks: [...(svg?.querySelectorAll('text') ?? [])]
        .filter((text) => !text.closest('[data-event-id]'))
        .map((text) => `${text.textContent}@${round(text.getAttribute('x'))}`),
      marks: Object.fromEntries(
        [...(svg?.querySelectorAll('[data-event-id]') ?? [])].map((mark) => [
          mark.getAttribute('data-event-id') ?? '',
          [
            mark.getAttribute('transform'),
            ...[...mark.querySelectorAll('circle, rect.bar, text')].map((shape) =>
              round(shape.getAttribute('cx') ?? shape.getAttribute('x')),
            ),
          ],
        ]),
      ),
    };
  }, scope);
}

/**
 * Equal but for rounding: the same labels and marks, positions within half a pixel. (The
 * app's d3-zoom reads mouse events and the embed's glue pointer events, whose coordinates
 * Chromium rounds differently, so a drag may land a tenth of a pixel apart.)
 */
function expectSameDrawing(actual: Drawing, expected: Drawing): void {
  const near = (a: unknown, b: unknown) => (typeof a === 'number' && typeof b === 'number' ? Math.abs(a - b) <= 0.5 : a === b);
  const split = (tick: string) => tick.split('@') as [string, string];
  expect(actual.ticks.map((tick) => split(tick)[0])).toEqual(expected.ticks.map((tick) => split(tick)[0]));
  actual.ticks.forEach((tick, i) =>
    expect(near(Number(split(tick)[1]), Number(split(expected.ticks[i] ?? '@')[1])), `${tick} vs ${expected.ticks[i]}`).toBe(true),
  );
  expect(Object.keys(actual.marks).sort()).toEqual(Object.keys(expected.marks).sort());
  for (const [id, values] of Object.entries(actual.marks)) {
    const reference = expected.marks[id] ?? [];
    expect(values.length, id).toBe(reference.length);
    values.forEach((value, i) =>
      expect(near(value, reference[i]), `${id}: ${JSON.stringify(values)} vs ${JSON.stringify(reference)}`).toBe(true),
    );
  }
}

/** An element on an example page, its timeline exactly as wide as the app's. */
async function embedBeside(page: Page, timelineWidth: string | null | undefined, attributes: Record<string, string>): Promise<void> {
  await page.evaluate(
    ([width, attrs]) => {
      const script = document.createElement('script');
      script.type = 'module';
      script.src = '../embed/diplomatic-timeline.js';
      document.head.append(script);
      const element = document.createElement('diplomatic-timeline');
      for (const [name, value] of Object.entries(attrs)) element.setAttribute(name, value);
      // The embed pads its view by 0.75rem on each side; the app does not.
      element.style.width = `${Number(width) + 24}px`;
      document.body.prepend(element);
    },
    [timelineWidth, attributes] as const,
  );
  await page.locator('diplomatic-timeline .timeline svg [data-event-id]').first().waitFor();
  await page.waitForTimeout(300);
}

describe('the embed and the app', () => {
  it('draw the same timeline: same ticks, same marks in the same places', async () => {
    const range = '2021-09-12/2021-10-08';
    const app = await openGuarded(site.browser, `${site.url}?lang=fr&lanes=country&range=${range}`, {
      viewport: { width: 1100, height: 900 },
    });
    await app.page.locator('.timeline svg [data-event-id]').first().waitFor();
    await app.page.waitForTimeout(300);
    const expected = await readDrawing(app.page, '');
    expect(Object.keys(expected.marks).length).toBeGreaterThan(10);
    expect(expected.ticks.length).toBeGreaterThan(3);

    const embed = await openGuarded(site.browser, `${site.url}examples/index.html`, { viewport: { width: 1100, height: 900 } });
    await embedBeside(embed.page, expected.width, { lang: 'fr', lanes: 'country', range });
    const actual = await readDrawing(embed.page, 'diplomatic-timeline');
    expect(actual.width).toBe(expected.width);
    expect(actual.ticks).toEqual(expected.ticks);
    expect(actual.marks).toEqual(expected.marks);
    await app.close();
    await embed.close();
  });

  it("answer the reader's gestures alike: drag, ctrl+wheel, shift+wheel, double-click, buttons; a plain wheel scrolls the page", async () => {
    const app = await openGuarded(site.browser, `${site.url}?lang=en`, { viewport: { width: 1100, height: 900 } });
    await app.page.locator('.timeline svg [data-event-id]').first().waitFor();
    await app.page.waitForTimeout(300);
    const width = (await readDrawing(app.page, '')).width;
    const embed = await openGuarded(site.browser, `${site.url}examples/index.html`, { viewport: { width: 1100, height: 900 } });
    await embedBeside(embed.page, width, { lang: 'en' });

    const sides = [
      { page: app.page, scope: '', svg: '.timeline svg', root: '' },
      { page: embed.page, scope: 'diplomatic-timeline', svg: 'diplomatic-timeline .timeline svg', root: 'diplomatic-timeline ' },
    ];
    for (const side of sides) await side.page.evaluate(() => (document.body.style.minHeight = '4000px'));
    let previous = await readDrawing(app.page, '');
    expectSameDrawing(await readDrawing(embed.page, 'diplomatic-timeline'), previous);
    const both = async (gesture: (side: (typeof sides)[number], box: { x: number; y: number }) => Promise<void>) => {
      for (const side of sides) {
        const box = await side.page.locator(side.svg).boundingBox();
        if (!box) throw new Error('no timeline');
        await gesture(side, box);
        await side.page.waitForTimeout(500);
      }
      const drawn = await readDrawing(app.page, '');
      expect(drawn.ticks, 'the gesture moved the view').not.toEqual(previous.ticks);
      expectSameDrawing(await readDrawing(embed.page, 'diplomatic-timeline'), drawn);
      previous = drawn;
    };

    await both(async ({ page }, box) => {
      await page.mouse.move(box.x + 200, box.y + 150);
      await page.keyboard.down('Control');
      await page.mouse.wheel(0, -80);
      await page.keyboard.up('Control');
    });
    await both(async ({ page }, box) => {
      // A drag that starts on a mark pans, and does not open the mark.
      const dot = await page.evaluate(
        (scope) => {
          const base = scope ? document.querySelector(scope)?.shadowRoot : document;
          const svg = base?.querySelector('.timeline svg')?.getBoundingClientRect();
          const boxes = [...(base?.querySelectorAll('.timeline svg [data-event-id] circle.dot') ?? [])].map((circle) =>
            circle.getBoundingClientRect(),
          );
          const inside = boxes.find((b) => svg && b.left > svg.left + 150 && b.right < svg.right - 20);
          // Whole pixels: Chromium rounds a fractional position differently for mouse events (the
          // app's d3-zoom) and pointer events (the embed's glue), and later zooms multiply that.
          return inside ? { x: Math.round(inside.left + inside.width / 2), y: Math.round(inside.top + inside.height / 2) } : null;
        },
        page === app.page ? '' : 'diplomatic-timeline',
      );
      if (!dot) throw new Error('no mark in view to drag from');
      await page.mouse.move(dot.x, dot.y);
      await page.mouse.down();
      await page.mouse.move(box.x + 100, box.y + 300, { steps: 8 });
      await page.mouse.up();
    });
    for (const side of sides) expect(await side.page.locator(`${side.root}aside.detail`).count()).toBe(0);
    await both(async ({ page }, box) => {
      await page.mouse.move(box.x + 300, box.y + 120);
      await page.keyboard.down('Shift');
      await page.mouse.wheel(0, 150);
      await page.keyboard.up('Shift');
    });
    await both(async ({ page }, box) => {
      await page.mouse.dblclick(box.x + 500, box.y + 20);
    });
    await both(async ({ page, root }) => {
      await page.locator(`${root}.controls .bar`).getByRole('button', { name: 'Zoom out' }).click();
    });
    await both(async ({ page, root }) => {
      await page.locator(`${root}.controls .bar`).getByRole('button', { name: 'Fit all' }).click();
    });

    // A plain vertical wheel over the timeline is the page's: it scrolls, the view stays.
    const before = await readDrawing(embed.page, 'diplomatic-timeline');
    const box = await embed.page.locator('diplomatic-timeline .timeline svg').boundingBox();
    await embed.page.mouse.move((box?.x ?? 0) + 200, (box?.y ?? 0) + 100);
    await embed.page.mouse.wheel(0, 300);
    await expect.poll(() => embed.page.evaluate(() => window.scrollY)).toBeGreaterThan(0);
    expect(await readDrawing(embed.page, 'diplomatic-timeline')).toEqual(before);

    expect(app.errors).toEqual([]);
    expect(embed.errors).toEqual([]);
    await app.close();
    await embed.close();
  });
});
