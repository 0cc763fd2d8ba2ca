/**
 * The first screen (issue 13): what a reader sees on load, without scrolling, in the app at
 * 1280×720, in a <diplomatic-timeline> in a 760 px article column, and at a phone's 375×667
 * (the app, and an embed in a phone's article), in light, dark and French. Enough whole
 * event titles to read (8 wide, 4 on a phone), none clipped nor run into another. At a
 * phone's width the timeline is vertical: rows in time order, a keyboard path through them,
 * the detail under its row, a page that still scrolls, an embed that keeps its host's scroll
 * and focus, and a break that says how long a long empty gap lasted. axe finds nothing in
 * the new states (the vertical form, its detail, the Filters panel, the key, the chips), in
 * light and dark; each state is screenshotted to tests/browser/screenshots/first-screen-*.
 */
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import type { BrowserContextOptions, Page } from 'playwright-core';
import { screenshot, useSite, type OpenedPage } from './harness.ts';
import { formatViolations, runAxe } from './axe.ts';
import { MARKS, ROWS, openApp, openFilters, viewportScreenshot } from './app.helpers.ts';
import { loaded } from './embed.helpers.ts';

interface DataEvent {
  id: string;
  title: string;
  date: string;
  countries: string[];
}
const DATA = JSON.parse(readFileSync(resolve(import.meta.dirname, '../../data/events.json'), 'utf8')) as { events: DataEvent[] };
const TITLES: Record<string, string> = Object.fromEntries(DATA.events.map((event) => [event.id, event.title]));
const TOTAL = DATA.events.length;

/** The first instant an EDTF date (as data/events.json writes them) can mean, in UTC ms. */
function startOf(date: string): number {
  const first = (date.split('/')[0] ?? '').replace(/[~?%]/g, '');
  const [year = NaN, month = 1, day = 1] = first.split('-').map(Number);
  return Date.UTC(year, month - 1, day);
}
const START = new Map(DATA.events.map((event) => [event.id, startOf(event.date)]));

/** A story of one event in 2016 and three in September 2021, each quoting its tiny source verbatim. */
const GAP_SOURCE =
  'In 2016 Australia chose a French design for twelve submarines. ' +
  'On 15 September 2021 the three leaders announced a new security partnership. ' +
  'On 16 September 2021 the French foreign minister called the decision a stab in the back. ' +
  'On 17 September 2021 France recalled its ambassadors from Washington and Canberra.';
const gapEvent = (id: string, title: string, date: string, quote: string, countries: string[]) => ({
  id,
  title,
  date,
  dateBasis: 'stated',
  dateNote: 'Stated in the source.',
  status: 'occurred',
  countries,
  actors: [],
  summary: title,
  quotes: [{ source: 'gap-source', text: quote }],
});
const GAP_DATASET = {
  schemaVersion: 1,
  title: 'A deal, then five years of silence',
  language: 'en',
  sources: [{ id: 'gap-source', title: 'A short account', file: 'gap-source.txt' }],
  actors: [],
  events: [
    gapEvent('deal-2016', 'Australia chooses a French submarine design', '2016', 'Australia chose a French design for twelve submarines', [
      'AU',
      'FR',
    ]),
    gapEvent(
      'pact-2021',
      'Three leaders announce a security partnership',
      '2021-09-15',
      'the three leaders announced a new security partnership',
      ['AU', 'GB', 'US'],
    ),
    gapEvent('stab-2021', 'France calls it a stab in the back', '2021-09-16', 'called the decision a stab in the back', ['FR']),
    gapEvent(
      'recall-2021',
      'France recalls its ambassadors',
      '2021-09-17',
      'France recalled its ambassadors from Washington and Canberra',
      ['FR'],
    ),
  ],
};

const PARAGRAPH =
  'Diplomats in Paris, Canberra and Washington spent the week trading statements over the submarine contract. ' +
  'The French foreign minister spoke of a stab in the back; officials in Canberra said the decision had been taken ' +
  'in the national interest, and the White House sought to contain the damage.';

/** The reader's languages, Arabic right to left: each must show as much of the story. */
const LANGUAGES = ['en', 'fr', 'de', 'es', 'ar'] as const;
type Language = (typeof LANGUAGES)[number];

/**
 * An article whose figure follows its headline and one short paragraph, as a reader meets
 * an embed high on the page, then runs on for many paragraphs; `event` opens one on load.
 */
function article(column: string, lang: Language, event = ''): string {
  const paragraphs = (n: number) => Array.from({ length: n }, () => `<p>${PARAGRAPH}</p>`).join('\n');
  return `<!doctype html>
<html lang="${lang}">
  <head>
    <meta charset="utf-8" />
    <meta name="viewport" content="width=device-width, initial-scale=1" />
    <title>The AUKUS rift</title>
    <link rel="icon" href="favicon.svg" />
    <style>
      :root { color-scheme: light dark; }
      body { margin: 0; background: #fff; color: #121212; font: 1rem/1.5 Georgia, 'Times New Roman', serif; }
      header { border-bottom: 1px solid #ddd; padding: 0.4rem 1rem; font: 0.85rem system-ui, sans-serif; }
      article { max-width: ${column}; margin: 0 auto; padding: 0 1rem 4rem; }
      h1 { font-size: 1.4rem; line-height: 1.15; margin: 0.6rem 0 0.4rem; }
      p.lede { margin: 0 0 0.6rem; }
      figure { margin: 0.5rem 0 2rem; }
      @media (prefers-color-scheme: dark) {
        body { background: #121212; color: #e8e8e8; }
        header { border-color: #333; }
      }
    </style>
    <script type="module" src="embed/diplomatic-timeline.js"></script>
  </head>
  <body>
    <header><label>Search the site <input id="host-search" type="search" autofocus /></label></header>
    <article>
      <h1>How a submarine deal split three allies</h1>
      <p class="lede">The crisis, day by day.</p>
      <figure id="timeline">
        <diplomatic-timeline src="data/events.json" lang="${lang}"${event ? ` event="${event}"` : ''}></diplomatic-timeline>
      </figure>
      ${paragraphs(12)}
    </article>
  </body>
</html>`;
}

const overlay = new Map<string, string>([
  ['gap/events.json', JSON.stringify(GAP_DATASET)],
  ['gap/gap-source.txt', GAP_SOURCE],
  ...LANGUAGES.flatMap((lang): [string, string][] => [
    [`article-column-${lang}.html`, article('760px', lang)],
    [`article-phone-${lang}.html`, article('40rem', lang)],
  ]),
  ['article-phone-event.html', article('40rem', 'en', 'biden-macron-meeting-planned')],
]);
const site = useSite({ mount: '/news/2021/aukus/', snapshot: true, overlay });

let opened: OpenedPage | undefined;
afterEach(async () => {
  const errors = opened?.errors.splice(0) ?? [];
  await opened?.close();
  opened = undefined;
  expect(errors, 'console errors and uncaught page errors').toEqual([]);
});

async function open(viewport: { width: number; height: number }, options: BrowserContextOptions = {}): Promise<Page> {
  opened = await site.open({ viewport, ...options });
  return opened.page;
}

/** Opens an article page and waits until its embed has drawn its events. */
async function openArticle(page: Page, file: string): Promise<void> {
  await page.goto(`${site.url}${file}`);
  await loaded(page);
  await page.locator('diplomatic-timeline [data-event-id]').first().waitFor();
  await page.waitForTimeout(300);
}

interface Readable {
  form: 'horizontal' | 'vertical' | 'none';
  /** Titles whose whole box is in the viewport (and, for SVG labels, in the SVG's box), each whole. */
  readable: string[];
  /** Titles drawn but cut: a label shorter than its event's title, or a button whose text overflows it. */
  clipped: string[];
  /** Pairs of readable titles whose boxes intersect. */
  overlaps: string[];
}

/** The titles a reader can read now, without scrolling, in the app (scope '') or in an embed. */
function readableTitles(page: Page, scope = ''): Promise<Readable> {
  return page.evaluate(
    ({ scope, titles }) => {
      const root: ParentNode | null | undefined = scope ? document.querySelector(scope)?.shadowRoot : document;
      if (!root) return { form: 'none' as const, readable: [], clipped: [], overlaps: [] };
      const inside = (box: DOMRect, frame: { left: number; top: number; right: number; bottom: number }) =>
        box.width > 0 &&
        box.height > 0 &&
        box.left >= frame.left - 0.5 &&
        box.top >= frame.top - 0.5 &&
        box.right <= frame.right + 0.5 &&
        box.bottom <= frame.bottom + 0.5;
      const viewport = { left: 0, top: 0, right: window.innerWidth, bottom: window.innerHeight };
      const svg = root.querySelector('.timeline svg');
      const boxes: { id: string; box: DOMRect }[] = [];
      const clipped: string[] = [];
      if (svg) {
        const frame = svg.getBoundingClientRect();
        for (const label of root.querySelectorAll<SVGTextElement>('.timeline svg [data-event-id] text.label')) {
          const id = label.closest('[data-event-id]')?.getAttribute('data-event-id') ?? '?';
          const box = label.getBoundingClientRect();
          if (!inside(box, viewport) || !inside(box, frame)) continue;
          // The label may lose a qualifier or gain nothing: it must say the whole title.
          if ((label.textContent ?? '').trim() !== titles[id]) clipped.push(`${id}: "${label.textContent}"`);
          else boxes.push({ id, box });
        }
      } else {
        for (const button of root.querySelectorAll<HTMLButtonElement>('.vertical button[data-event-id]')) {
          const id = button.getAttribute('data-event-id') ?? '?';
          const box = button.getBoundingClientRect();
          if (!inside(box, viewport)) continue;
          const cut =
            (button.textContent ?? '').trim() !== titles[id] ||
            button.scrollWidth > button.clientWidth + 1 ||
            button.scrollHeight > button.clientHeight + 1;
          if (cut) clipped.push(`${id}: "${button.textContent}"`);
          else boxes.push({ id, box });
        }
      }
      const overlaps: string[] = [];
      for (let i = 0; i < boxes.length; i++) {
        for (let j = i + 1; j < boxes.length; j++) {
          const [a, b] = [boxes[i]!, boxes[j]!];
          const x = Math.min(a.box.right, b.box.right) - Math.max(a.box.left, b.box.left);
          const y = Math.min(a.box.bottom, b.box.bottom) - Math.max(a.box.top, b.box.top);
          if (x > 0.5 && y > 0.5) overlaps.push(`${a.id} × ${b.id}`);
        }
      }
      return { form: svg ? ('horizontal' as const) : ('vertical' as const), readable: boxes.map((entry) => entry.id), clipped, overlaps };
    },
    { scope, titles: TITLES },
  );
}

async function expectReadable(page: Page, scope: string, form: Readable['form'], atLeast: number, what: string) {
  expect(await page.evaluate(() => window.scrollY), `${what}: nothing scrolled`).toBe(0);
  const seen = await readableTitles(page, scope);
  expect(seen.form, `${what}: the timeline's form`).toBe(form);
  expect(seen.clipped, `${what}: titles cut`).toEqual([]);
  expect(seen.overlaps, `${what}: titles run into each other`).toEqual([]);
  expect(seen.readable.length, `${what}: whole titles on the first screen (${seen.readable.join(', ')})`).toBeGreaterThanOrEqual(atLeast);
}

async function expectAxeClean(page: Page, state: string) {
  await screenshot(page, `first-screen-${state}`);
  const violations = await runAxe(page);
  expect(violations.length, `axe violations in "${state}":\n\n${formatViolations(violations)}\n`).toBe(0);
}

const SCHEMES = ['light', 'dark'] as const;
const DESKTOP = { width: 1280, height: 720 };
const PHONE = { width: 375, height: 667 };

describe('on load, without scrolling, enough whole titles to read', () => {
  describe.each(SCHEMES)('%s', (colorScheme) => {
    it.each(LANGUAGES)('the app at 1280×720 (%s): at least 8 labels, whole, inside the timeline', async (lang) => {
      const page = await open(DESKTOP, { colorScheme });
      await openApp(page, site.url, lang === 'en' ? '' : `?lang=${lang}`);
      await screenshot(page, `first-screen-app-desktop-${colorScheme}-${lang}`);
      await viewportScreenshot(page, `first-screen-app-desktop-${colorScheme}-${lang}-viewport`);
      await expectReadable(page, '', 'horizontal', 8, `app 1280×720 ${colorScheme} ${lang}`);
    });

    it.each(LANGUAGES)('an embed in a 760 px article column (%s): at least 8 labels, whole, inside the timeline', async (lang) => {
      const page = await open(DESKTOP, { colorScheme });
      await openArticle(page, `article-column-${lang}.html`);
      await screenshot(page, `first-screen-column-${colorScheme}-${lang}`);
      await viewportScreenshot(page, `first-screen-column-${colorScheme}-${lang}-viewport`);
      await expectReadable(page, 'diplomatic-timeline', 'horizontal', 8, `760 px column ${colorScheme} ${lang}`);
    });

    it.each(LANGUAGES)('the app at 375×667 (%s): at least 4 rows, whole, in the vertical form', async (lang) => {
      const page = await open(PHONE, { colorScheme });
      await openApp(page, site.url, lang === 'en' ? '' : `?lang=${lang}`);
      await screenshot(page, `first-screen-app-phone-${colorScheme}-${lang}`);
      await viewportScreenshot(page, `first-screen-app-phone-${colorScheme}-${lang}-viewport`);
      await expectReadable(page, '', 'vertical', 4, `app 375×667 ${colorScheme} ${lang}`);
    });

    it.each(LANGUAGES)("an embed in a phone's article at 375×667 (%s): at least 4 rows, whole, in the vertical form", async (lang) => {
      const page = await open(PHONE, { colorScheme });
      await openArticle(page, `article-phone-${lang}.html`);
      await screenshot(page, `first-screen-phone-article-${colorScheme}-${lang}`);
      await viewportScreenshot(page, `first-screen-phone-article-${colorScheme}-${lang}-viewport`);
      await expectReadable(page, 'diplomatic-timeline', 'vertical', 4, `phone article ${colorScheme} ${lang}`);
    });
  });
});

/** Ids of the vertical form's rows, in the order of the list. */
function rowIds(page: Page): Promise<string[]> {
  return page.locator(ROWS).evaluateAll((nodes) => nodes.map((node) => node.getAttribute('data-event-id') ?? ''));
}

const focusedId = (page: Page) => page.evaluate(() => document.activeElement?.getAttribute('data-event-id') ?? null);

describe('the vertical form, at 375×667', () => {
  it('lists every event as a row, in time order', async () => {
    const page = await open(PHONE);
    await openApp(page, site.url);
    expect(await page.locator(MARKS).count(), 'no SVG timeline').toBe(0);
    const ids = await rowIds(page);
    expect([...ids].sort()).toEqual(DATA.events.map((event) => event.id).sort());
    const starts = ids.map((id) => START.get(id) ?? NaN);
    const outOfOrder = ids.filter((id, i) => i > 0 && (starts[i] as number) < (starts[i - 1] as number));
    expect(outOfOrder, `rows that start before the row above them: ${ids.join(', ')}`).toEqual([]);
    // Each row says its date in words and its countries: the first, the 2016 deal, "2016 · Australia, France".
    expect(ids[0]).toBe('australia-france-submarine-deal');
    const when = await page.locator(`.vertical li:has(button[data-event-id="${ids[0]}"]) p.when`).textContent();
    expect(when).toMatch(/2016/);
    expect(when).toMatch(/Australia, France/);
  });

  it('the keyboard: Tab lands on one title, the arrows, Home and End move in time order, Enter opens the detail under the row, Escape closes it', async () => {
    const page = await open(PHONE);
    await openApp(page, site.url);
    const ids = await rowIds(page);
    expect(await page.locator(`${ROWS}[tabindex="0"]`).count(), 'one title is the list’s tab stop').toBe(1);

    // From the search box, Tab on until focus enters the list.
    await page.getByRole('searchbox', { name: 'Search titles and quotes' }).focus();
    for (let presses = 0; presses < 20; presses++) {
      await page.keyboard.press('Tab');
      if (await page.evaluate(() => Boolean(document.activeElement?.closest('.vertical')))) break;
    }
    expect(await focusedId(page), 'Tab lands on the first title').toBe(ids[0]);
    await page.keyboard.press('ArrowDown');
    expect(await focusedId(page)).toBe(ids[1]);
    await page.keyboard.press('ArrowDown');
    expect(await focusedId(page)).toBe(ids[2]);
    await page.keyboard.press('ArrowUp');
    expect(await focusedId(page)).toBe(ids[1]);
    await page.keyboard.press('End');
    expect(await focusedId(page)).toBe(ids.at(-1));
    await page.keyboard.press('Home');
    expect(await focusedId(page)).toBe(ids[0]);
    expect(await page.locator(`${ROWS}[tabindex="0"]`).count(), 'still one tab stop').toBe(1);

    await page.keyboard.press('ArrowDown');
    const chosen = ids[1] as string;
    await page.keyboard.press('Enter');
    await page.locator('aside.detail h2').waitFor();
    expect(await page.locator('aside.detail h2').textContent()).toBe(TITLES[chosen]);
    const under = await page.evaluate(
      (id) =>
        document.querySelector(`.vertical button[data-event-id="${id}"]`)?.closest('li')?.nextElementSibling?.matches('li.detail') ?? false,
      chosen,
    );
    expect(under, 'the detail opens right under its row').toBe(true);
    expect(await page.locator(`.vertical button[data-event-id="${chosen}"]`).getAttribute('aria-pressed')).toBe('true');
    await page.keyboard.press('Escape');
    await expect.poll(() => page.locator('aside.detail').count()).toBe(0);
    await expect.poll(() => focusedId(page), { message: 'focus returns to the row' }).toBe(chosen);
  });

  it("a wheel over the list scrolls the page: the list does not trap the page's scroll", async () => {
    const page = await open(PHONE);
    await openApp(page, site.url);
    const box = await page.locator(ROWS).nth(1).boundingBox();
    if (!box) throw new Error('no row in view');
    await page.mouse.move(box.x + 20, box.y + box.height / 2);
    const before = await page.evaluate(() => window.scrollY);
    await page.mouse.wheel(0, 400);
    await expect.poll(() => page.evaluate(() => window.scrollY)).toBeGreaterThan(before + 100);
  });

  it("an embed with event= in a phone's article neither scrolls the host page nor takes its focus on load", async () => {
    const page = await open(PHONE);
    await page.goto(`${site.url}article-phone-event.html`);
    await loaded(page);
    await expect.poll(() => page.locator('diplomatic-timeline aside.detail h2').textContent()).toBe(TITLES['biden-macron-meeting-planned']);
    // Let any smooth scroll or deferred focus run its course.
    await page.evaluate(() => new Promise((done) => setTimeout(() => requestAnimationFrame(done), 600)));
    expect(
      await page.evaluate(() => ({
        scrollY: window.scrollY,
        active: document.activeElement?.id || document.activeElement?.tagName,
        inside: document.querySelector('diplomatic-timeline')?.shadowRoot?.activeElement?.tagName ?? null,
      })),
    ).toEqual({ scrollY: 0, active: 'host-search', inside: null });
    expect(await page.locator('diplomatic-timeline .timeline svg').count(), 'the vertical form').toBe(0);
    await screenshot(page, 'first-screen-phone-article-event');
  });

  it('a story with a long empty gap shows a break that says how long, between the 2016 row and the 2021 rows', async () => {
    const page = await open(PHONE);
    await page.goto(`${site.url}?src=gap/events.json`);
    await page.locator(ROWS).first().waitFor();
    expect(await rowIds(page)).toEqual(['deal-2016', 'pact-2021', 'stab-2021', 'recall-2021']);
    const breaks = page.locator('.vertical li.break');
    expect(await breaks.count()).toBe(1);
    expect((await breaks.textContent())?.trim()).toBe('5 years later');
    const between = await page.evaluate(() => {
      const items = [...document.querySelectorAll('.vertical ol > li')];
      const at = (selector: string) => items.findIndex((item) => item.matches(selector));
      return {
        deal: at(':has(button[data-event-id="deal-2016"])'),
        cut: at('.break'),
        pact: at(':has(button[data-event-id="pact-2021"])'),
        recall: at(':has(button[data-event-id="recall-2021"])'),
      };
    });
    expect(between.deal).toBeGreaterThanOrEqual(0);
    expect(between.cut, 'the break follows the 2016 row').toBe(between.deal + 1);
    expect(between.pact, 'the 2021 rows follow the break').toBe(between.cut + 1);
    expect(between.recall).toBeGreaterThan(between.pact);
    await screenshot(page, 'first-screen-gap-break');
    const violations = await runAxe(page);
    expect(violations.length, formatViolations(violations)).toBe(0);
  });
});

describe('axe in the new states', () => {
  describe.each(SCHEMES)('%s', (colorScheme) => {
    it('the vertical form at rest, and with the detail open under a row', async () => {
      const page = await open(PHONE, { colorScheme });
      await openApp(page, site.url);
      await expectAxeClean(page, `vertical-${colorScheme}`);
      const id = (await rowIds(page))[3] as string;
      await page.locator(`.vertical button[data-event-id="${id}"]`).click();
      await page.waitForFunction(() => document.activeElement?.matches('aside.detail h2') ?? false);
      await expectAxeClean(page, `vertical-detail-${colorScheme}`);
    });

    it.each([
      { name: 'desktop', viewport: DESKTOP },
      { name: 'phone', viewport: PHONE },
    ])('the Filters panel, the key, and the chips of an active filter ($name)', async ({ name, viewport }) => {
      const page = await open(viewport, { colorScheme });
      await openApp(page, site.url);
      const filtersButton = page.locator('.bar button[aria-controls]').filter({ hasText: /^\s*Filters/ });
      expect(await filtersButton.getAttribute('aria-expanded')).toBe('false');
      expect(await page.getByRole('button', { name: 'Clear all filters', exact: true }).count(), 'no filter, no Clear all').toBe(0);
      await openFilters(page);
      expect(await filtersButton.getAttribute('aria-expanded')).toBe('true');
      expect(await page.getByRole('checkbox', { name: 'Group by country' }).count()).toBe(1);
      await expectAxeClean(page, `filters-${name}-${colorScheme}`);

      const keyButton = page.getByRole('button', { name: 'How to read this', exact: true });
      await keyButton.click();
      expect(await keyButton.getAttribute('aria-expanded')).toBe('true');
      await page.getByRole('region', { name: 'How to read this' }).waitFor();
      await expectAxeClean(page, `key-${name}-${colorScheme}`);
      await keyButton.click();
      await expect.poll(() => page.getByRole('region', { name: 'How to read this' }).count()).toBe(0);

      await page.getByRole('checkbox', { name: /^France\b/ }).check();
      const france = DATA.events.filter((event) => event.countries.includes('FR')).length;
      await expect.poll(() => page.locator('.bar [role=status]').textContent()).toBe(`${france} of ${TOTAL} events`);
      await filtersButton.click();
      await expect.poll(() => page.locator('section.filters').isVisible(), { message: 'the Filters panel closes' }).toBe(false);
      const chip = page.getByRole('button', { name: 'Remove filter France', exact: true });
      expect(await chip.count()).toBe(1);
      expect(await page.getByRole('button', { name: 'Clear all filters', exact: true }).count()).toBe(1);
      await expectAxeClean(page, `chips-${name}-${colorScheme}`);
      await chip.click();
      await expect.poll(() => page.locator('.bar [role=status]').textContent()).toBe(`${TOTAL} events`);
      expect(await page.getByRole('button', { name: 'Clear all filters', exact: true }).count()).toBe(0);
    });
  });
});
