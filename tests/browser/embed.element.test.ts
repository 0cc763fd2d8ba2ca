/**
 * <diplomatic-timeline> as an editor uses it: the example pages from public/examples/,
 * built into dist/ and served under a nested path with a strict CSP header.
 */
import { describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { screenshot, useSite } from './harness.ts';
import { EMBED_SITE, detailHeading, foreignRequests, loaded, mark, openGuarded } from './embed.helpers.ts';

/** <diplomatic-timeline>, whose type src/embed/element.ts declares. */
type Timeline = HTMLElementTagNameMap['diplomatic-timeline'];

const site = useSite(EMBED_SITE);

const RECALL = 'france-recalls-ambassadors';
const RECALL_TITLE = 'Macron recalls French ambassadors from Washington and Canberra';

/** The `timeline-select` events an element sends, from the moment this is called. */
async function recordSelections(page: Page, selector: string): Promise<() => Promise<(string | null)[]>> {
  await page.evaluate((sel) => {
    const seen: (string | null)[] = [];
    (window as unknown as Record<string, unknown>)[`selections:${sel}`] = seen;
    document.querySelector<Timeline>(sel)?.addEventListener('timeline-select', (event) => seen.push(event.detail.id));
  }, selector);
  return () => page.evaluate((sel) => (window as unknown as Record<string, (string | null)[]>)[`selections:${sel}`] ?? [], selector);
}

describe('the custom element example', () => {
  it('opens on its event under a strict CSP, from a nested folder, asking nothing of any other host', async () => {
    const guarded = await openGuarded(site.browser, `${site.url}examples/custom-element.html`);
    const { page } = guarded;
    await loaded(page);
    await expect.poll(() => page.locator(detailHeading()).textContent()).toBe(RECALL_TITLE);
    expect(await page.locator('diplomatic-timeline .timeline svg [data-event-id]').count()).toBeGreaterThan(10);
    // The links' arrowheads resolve inside the element's own shadow root.
    const unresolved = await page.evaluate(() => {
      const root = document.querySelector('diplomatic-timeline')?.shadowRoot;
      if (!root) return ['no shadow root'];
      return [...root.querySelectorAll('path[marker-end]')]
        .map((path) => /url\(#(.+)\)/.exec(path.getAttribute('marker-end') ?? '')?.[1] ?? '')
        .filter((id) => !root.getElementById(id) || root.getElementById(id)?.tagName !== 'marker');
    });
    expect(unresolved).toEqual([]);
    await screenshot(page, 'embed-element');

    expect(await guarded.violations()).toEqual([]);
    expect(guarded.errors).toEqual([]);
    expect(foreignRequests(guarded.requests, site)).toEqual([]);
    expect(guarded.requests.some((url) => url.endsWith('/data/sources/blinken-macron-meet-after-aukus-crisis.txt'))).toBe(true);
    await guarded.close();
  });

  it("never touches the host page's URL or history", async () => {
    const guarded = await openGuarded(site.browser, `${site.url}examples/custom-element.html`);
    const { page } = guarded;
    await loaded(page);
    const before = { url: page.url(), length: await page.evaluate(() => history.length) };
    await page.locator(mark('aukus-announced')).click();
    await expect.poll(() => page.locator(detailHeading()).textContent()).toBe('Australia, UK and US unveil the AUKUS pact');
    await page.locator('diplomatic-timeline input[type="search"]').fill('submarine');
    await page.locator('diplomatic-timeline').getByRole('button', { name: 'Zoom in' }).click();
    await page.waitForTimeout(400);
    expect({ url: page.url(), length: await page.evaluate(() => history.length) }).toEqual(before);
    await guarded.close();
  });

  it('sees through the CSP watch: an inline style attribute is reported', async () => {
    // The control for every "zero violations" above and below: the watch does see one.
    const guarded = await openGuarded(site.browser, `${site.url}examples/custom-element.html`);
    await guarded.page.evaluate(() => document.body.insertAdjacentHTML('beforeend', '<p style="color: red">inline</p>'));
    await expect.poll(async () => (await guarded.violations()).join('\n')).toMatch(/^style-src-attr blocked inline/);
    await guarded.close();
  });
});

describe('two instances on one page', () => {
  it('keep their own data, language, selection, filters and ids', async () => {
    const guarded = await openGuarded(site.browser, `${site.url}examples/two-instances.html`);
    const { page } = guarded;
    await loaded(page, '#aukus');
    await loaded(page, '#lantern');
    await expect.poll(() => page.locator('#aukus .bar [role="status"]').textContent()).toBe('31 événements');
    expect(await page.locator('#lantern .bar [role="status"]').textContent()).toBe('8 events');

    // The page's buttons call setFilters() and select() on the first only.
    await page.locator('#show-us').click();
    await expect.poll(() => page.locator('#aukus .bar [role="status"]').textContent()).toMatch(/^26 événements sur 31$/);
    await page.locator('#open-recall').click();
    await expect.poll(() => page.locator(detailHeading('#aukus')).textContent()).toBe(RECALL_TITLE);
    expect(await page.locator('#lantern .bar [role="status"]').textContent()).toBe('8 events');
    expect(await page.locator(detailHeading('#lantern')).count()).toBe(0);
    expect(
      await page.evaluate(() => [
        document.querySelector<Timeline>('#aukus')?.selectedId,
        document.querySelector<Timeline>('#lantern')?.selectedId,
      ]),
    ).toEqual([RECALL, null]);

    // No id is shared between the two shadow trees, and every reference stays inside its own.
    const ids = await page.evaluate(() =>
      ['#aukus', '#lantern'].map((selector) => {
        const root = document.querySelector(selector)?.shadowRoot;
        const own = [...(root?.querySelectorAll('[id]') ?? [])].map((element) => element.id);
        // (aria-controls of a collapsed control may name what is not rendered yet.)
        const referenced = [
          ...(root?.querySelectorAll('[aria-describedby], [aria-labelledby], [aria-controls]:not([aria-expanded="false"]), [for]') ?? []),
        ].flatMap((element) =>
          ['aria-describedby', 'aria-labelledby', 'aria-controls', 'for'].flatMap((name) => element.getAttribute(name)?.split(/\s+/) ?? []),
        );
        return { own, dangling: referenced.filter((id) => !root?.getElementById(id)) };
      }),
    );
    expect(ids[0]?.own.filter((id) => ids[1]?.own.includes(id))).toEqual([]);
    expect(ids.map((entry) => entry.dangling)).toEqual([[], []]);
    expect(ids[0]?.own.some((id) => id.endsWith('-link-arrow'))).toBe(true);

    await screenshot(page, 'embed-two-instances');
    expect(await guarded.violations()).toEqual([]);
    expect(guarded.errors).toEqual([]);
    expect(foreignRequests(guarded.requests, site)).toEqual([]);
    await guarded.close();
  });

  it('tell the page what the reader selects, and only that', async () => {
    const guarded = await openGuarded(site.browser, `${site.url}examples/two-instances.html`);
    const { page } = guarded;
    await loaded(page, '#aukus');
    await loaded(page, '#lantern');
    const aukus = await recordSelections(page, '#aukus');
    const lantern = await recordSelections(page, '#lantern');

    await page.locator(mark('aukus-announced', '#aukus')).click();
    await expect.poll(aukus).toEqual(['aukus-announced']);
    await expect.poll(() => page.locator('#aukus-log').textContent()).toBe('Selected: aukus-announced');
    // A select() call is the page's own doing: no event for it.
    await page.evaluate(() => document.querySelector<Timeline>('#aukus')?.select('china-condemns-aukus'));
    await expect.poll(() => page.locator(detailHeading('#aukus')).textContent()).toContain('China condemns AUKUS');
    await page.locator('#aukus aside.detail').getByRole('button', { name: 'Fermer' }).click();
    await expect.poll(aukus).toEqual(['aukus-announced', null]);

    // The second instance is in list view: its own clicks, its own events.
    await page.locator('#lantern .event-list button', { hasText: 'Nordhavn seizes the Meridian trawler Sea Lark' }).click();
    await expect.poll(lantern).toEqual(['nordhavn-seizes-sea-lark']);
    expect(await aukus()).toEqual(['aukus-announced', null]);
    await expect.poll(() => page.locator('#lantern-log').textContent()).toBe('Selected: nordhavn-seizes-sea-lark');
    await guarded.close();
  });
});

describe('attributes and methods', () => {
  it('follow attribute changes after loading: language, event, filters, view and height', async () => {
    const guarded = await openGuarded(site.browser, `${site.url}examples/custom-element.html`);
    const { page } = guarded;
    await loaded(page);
    const set = (name: string, value: string | null) =>
      page.evaluate(
        ([n, v]) => {
          const element = document.querySelector('diplomatic-timeline');
          if (v === null) element?.removeAttribute(n as string);
          else element?.setAttribute(n as string, v);
        },
        [name, value] as const,
      );

    await set('lang', 'fr');
    await expect.poll(() => page.locator('diplomatic-timeline .bar [role="status"]').textContent()).toBe('31 événements');
    await set('event', 'aukus-announced');
    await expect.poll(() => page.locator(detailHeading()).textContent()).toBe('Australia, UK and US unveil the AUKUS pact');
    await set('countries', 'CN,XX');
    await expect.poll(() => page.locator('diplomatic-timeline .bar [role="status"]').textContent()).toBe('2 événements sur 31');
    await set('view', 'list');
    await expect.poll(() => page.locator('diplomatic-timeline .event-list').count()).toBe(1);

    await set('height', '300px');
    await expect
      .poll(() => page.locator('diplomatic-timeline').evaluate((element) => Math.round(element.getBoundingClientRect().height)))
      .toBe(300);
    const scrolls = await page.evaluate(() => {
      const root = document.querySelector('diplomatic-timeline')?.shadowRoot?.querySelector('.embed-root');
      return root ? root.scrollHeight > root.clientHeight && getComputedStyle(root).overflowY === 'auto' : false;
    });
    expect(scrolls).toBe(true);
    await set('height', null);
    await expect
      .poll(() => page.locator('diplomatic-timeline').evaluate((element) => element.getBoundingClientRect().height))
      .toBeGreaterThan(300);

    expect(guarded.errors).toEqual([]);
    expect(await guarded.violations()).toEqual([]);
    await guarded.close();
  });

  it('queue select() and setFilters() made before the data arrives, and load a new src', async () => {
    const guarded = await openGuarded(site.browser, `${site.url}examples/index.html`);
    const { page } = guarded;
    await page.evaluate(() => {
      const script = document.createElement('script');
      script.type = 'module';
      script.src = '../embed/diplomatic-timeline.js';
      document.head.append(script);
      const element = document.createElement('diplomatic-timeline');
      element.setAttribute('lang', 'en');
      document.body.append(element);
      // Before the module has even run: plain attributes; right after upgrade: the methods.
      customElements.whenDefined('diplomatic-timeline').then(() => {
        element.setFilters({ countries: ['GB'] });
        element.select('johnson-says-france-need-not-worry');
      });
    });
    await loaded(page);
    // No src: the dataset beside the script (dist/data/events.json).
    await expect.poll(() => page.locator('diplomatic-timeline .bar [role="status"]').textContent()).toBe('7 of 31 events');
    await expect.poll(() => page.locator(detailHeading()).textContent()).toBe('Boris Johnson says France has nothing to worry about');

    await page.evaluate(() => document.querySelector('diplomatic-timeline')?.setAttribute('src', '../data/examples/lantern-strait.json'));
    await expect.poll(() => page.locator('diplomatic-timeline .bar [role="status"]').textContent()).toBe('8 events');

    const loads = await page.evaluate(
      () =>
        new Promise((done) => {
          const element = document.querySelector('diplomatic-timeline');
          element?.addEventListener('timeline-load', (event) => done(event.detail), { once: true });
          element?.setAttribute('src', 'no-such-file.json');
        }),
    );
    expect(loads).toMatchObject({ ok: false });
    await expect.poll(() => page.locator('diplomatic-timeline .error-panel').count()).toBe(1);
    await guarded.close();
  });
});
