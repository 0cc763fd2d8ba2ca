/**
 * Accessibility where app.a11y.test.ts does not go: axe-core (WCAG 2.0/2.1/2.2 A and AA)
 * on the error panel, the skipped-events notice, a failed load, the unknown-link notice
 * and with reduced motion, at a desktop and a phone size; a keyboard-only journey that
 * finds an event, reads its quote in context, follows a related link and clears the
 * filters with focus visible at every step; focus moving into the detail and back out;
 * reduced motion making "Fit all" and followed links instant; and the contrast of the
 * SVG text (labels, lane names, axis) in light and dark mode.
 */
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { afterAll, afterEach, beforeAll, describe, expect, test } from 'vitest';
import type { Page } from 'playwright-core';
import { screenshot, useSite, type OpenedPage } from './harness.ts';
import { formatViolations, runAxe } from './axe.ts';
import { APP_SITE, EVENTS, SIZES, eventIn, mark, openApp, urlSettled, type Size } from './app.helpers.ts';

interface DataEvent {
  id: string;
  title: string;
  date: string;
  related?: { event: string }[];
}
interface Data {
  actors: { id: string; kind: string; country?: string }[];
  events: DataEvent[];
}
const DATA = JSON.parse(readFileSync(resolve(import.meta.dirname, '../../data/events.json'), 'utf8')) as Data;
const TOTAL = DATA.events.length;
const titleOf = (id: string) => DATA.events.find((event) => event.id === id)?.title ?? id;

/** Datasets served next to the real one, so that their source files resolve to data/sources/. */
function brokenActors(): Data {
  const data = structuredClone(DATA);
  (data.actors[0] as { kind: string }).kind = 'alien';
  (data.actors[1] as { country?: string }).country = 'France';
  return data;
}
function oneBrokenEvent(): Data {
  const data = structuredClone(DATA);
  (data.events[3] as DataEvent).date = '2021-02-30';
  return data;
}
const SERVED: Record<string, Data> = {
  'data/hardening-broken-actors.json': brokenActors(),
  'data/hardening-one-broken-event.json': oneBrokenEvent(),
};

const site = useSite(APP_SITE);

async function newPage(
  size: Pick<Size, 'width' | 'height'>,
  options: { reducedMotion?: 'reduce' | 'no-preference' } = {},
): Promise<OpenedPage> {
  const mount = new URL(site.url).pathname;
  return site.open({ viewport: { width: size.width, height: size.height }, ...options }, (context) =>
    context.route(
      (url) => url.pathname.startsWith(`${mount}data/hardening-`),
      (route) => {
        const data = SERVED[new URL(route.request().url()).pathname.slice(mount.length)];
        return data ? route.fulfill({ body: JSON.stringify(data), contentType: 'application/json' }) : route.fallback();
      },
    ),
  );
}

async function expectNoViolations(page: Page, state: string) {
  const violations = await runAxe(page);
  if (violations.length) await screenshot(page, `hardening-a11y-${state}`);
  expect(violations.length, `axe violations in "${state}":\n\n${formatViolations(violations)}\n`).toBe(0);
}

describe.each(SIZES)('axe in the states app.a11y.test.ts leaves out, at $name size', (size) => {
  let opened: OpenedPage;

  afterEach(async () => {
    const seen = opened.errors.splice(0);
    await opened.context.close();
    expect(seen, 'console errors and uncaught page errors').toEqual([]);
  });

  test('the error panel: a dataset whose actors are broken', async () => {
    opened = await newPage(size);
    const { page } = opened;
    await page.goto(`${site.url}?src=data/hardening-broken-actors.json`);
    const alert = page.getByRole('alert');
    await alert.waitFor();
    expect(await alert.locator('h2').textContent()).toBe('This dataset has 2 problems');
    const problems = await alert.locator('li').allTextContents();
    // In words first, naming the item by its name; the path kept for authors.
    expect(problems.some((problem) => /^Actor 1, “Emmanuel Macron”: its kind: expected one of .*actors\[0\]\.kind$/.test(problem))).toBe(
      true,
    );
    expect(problems.some((problem) => /^Actor 2, “Antony Blinken”: its country: .*actors\[1\]\.country$/.test(problem))).toBe(true);
    expect(await page.locator(EVENTS).count(), 'no timeline from a broken dataset').toBe(0);
    await expectNoViolations(page, `${size.name}-error-panel`);
  });

  test('the skipped-events notice, opened', async () => {
    opened = await newPage(size);
    const { page } = opened;
    await page.goto(`${site.url}?src=data/hardening-one-broken-event.json`);
    await page.waitForSelector(EVENTS);
    const skipped = page.locator('details.skipped');
    await skipped.locator('summary').click();
    await expect.poll(() => skipped.evaluate((details) => (details as HTMLDetailsElement).open)).toBe(true);
    expect(await skipped.locator('li').first().textContent()).toContain('events[3].date');
    expect(
      await page
        .getByRole('status')
        .filter({ hasText: `${TOTAL - 1} events` })
        .count(),
    ).toBe(1);
    await expectNoViolations(page, `${size.name}-skipped`);
  });

  test('a failed load: ?src=missing.json', async () => {
    opened = await newPage(size);
    const { page, errors } = opened;
    await page.goto(`${site.url}?src=missing.json`);
    const alert = page.getByRole('alert');
    await alert.waitFor();
    expect(await alert.locator('h2').textContent()).toBe('The timeline could not be loaded');
    expect(await alert.textContent()).toContain('no file at this address');
    await expectNoViolations(page, `${size.name}-load-failed`);
    // The browser's own note of the 404 is the one console error this state may show.
    const others = errors.filter((error) => !/Failed to load resource: the server responded with a status of 404/.test(error));
    errors.splice(0, errors.length, ...others);
  });

  test('the unknown-link notice: ?event=nope', async () => {
    opened = await newPage(size);
    const { page } = opened;
    await openApp(page, site.url, '?event=nope');
    const notice = page.getByRole('status').filter({ hasText: 'was ignored' });
    expect(await notice.textContent()).toContain('event "nope"');
    expect(await page.locator('aside.detail').count()).toBe(0);
    await expectNoViolations(page, `${size.name}-unknown-link`);
  });

  test('prefers-reduced-motion: reduce, on opening and with the detail open', async () => {
    opened = await newPage(size, { reducedMotion: 'reduce' });
    const { page } = opened;
    await openApp(page, site.url);
    expect(await page.evaluate(() => matchMedia('(prefers-reduced-motion: reduce)').matches)).toBe(true);
    await expectNoViolations(page, `${size.name}-reduced-motion`);
    await page.locator(eventIn('biden-macron-phone-call')).click();
    await page.waitForFunction(() => document.activeElement?.matches('aside.detail h2') ?? false);
    await expectNoViolations(page, `${size.name}-reduced-motion-detail`);
  });
});

/** Whether the focused element shows that it has focus: an outline, or a mark's focus ring. */
async function focusShown(page: Page): Promise<{ shown: boolean; what: string }> {
  return page.evaluate(() => {
    const element = document.activeElement;
    if (!element || element === document.body) return { shown: false, what: 'nothing (body)' };
    const what = `${element.tagName.toLowerCase()} "${(element.getAttribute('aria-label') ?? element.textContent ?? '').trim().slice(0, 40)}"`;
    const ring = element.querySelector(':scope > .focus-ring');
    if (ring) return { shown: getComputedStyle(ring).visibility === 'visible', what };
    const outlined = (node: Element | null) => {
      if (!node) return false;
      const style = getComputedStyle(node);
      return style.outlineStyle !== 'none' && parseFloat(style.outlineWidth) > 0;
    };
    // A checkbox's chip (label.option) draws the outline for it.
    return { shown: outlined(element) || outlined(element.closest('label')), what };
  });
}

describe('keyboard only, at desktop size', () => {
  let opened: OpenedPage;

  afterAll(async () => {
    await opened?.context.close();
  });

  test('find an event by a word of its quote, read the quote in context, follow a related link, close, clear the filters', async () => {
    opened = await newPage(SIZES[0] as Size);
    const { page, errors } = opened;
    await openApp(page, site.url);
    const keys = page.keyboard;

    /** Presses `key` until `arrived` holds, checking at every stop that focus is visible. */
    async function pressUntil(key: string, arrived: () => Promise<boolean>, what: string, limit = 60) {
      for (let presses = 0; presses < limit; presses++) {
        await keys.press(key);
        const focus = await focusShown(page);
        expect(focus.shown, `focus is visible on ${focus.what} (${key} towards ${what})`).toBe(true);
        if (await arrived()) return;
      }
      throw new Error(`${what} not reached with ${limit} × ${key}`);
    }
    const active = () =>
      page.evaluate(() => {
        const element = document.activeElement;
        return {
          id: element?.getAttribute('data-event-id') ?? null,
          text: element?.textContent?.trim() ?? '',
          search: element?.matches('input[type=search]') ?? false,
          related: element?.matches('.relations button') ?? false,
        };
      });

    // From the top of the page to the search box.
    expect(await page.evaluate(() => document.activeElement === document.body)).toBe(true);
    await pressUntil('Tab', async () => (await active()).search, 'the search box');
    await keys.type('stab');
    await page.waitForFunction(() => new URLSearchParams(location.search).get('q') === 'stab');
    // "stab" is in five events: Le Drian's "stab in the back", and "stability" among others.
    await page
      .getByRole('status')
      .filter({ hasText: `5 of ${TOTAL} events` })
      .waitFor();

    // On to the timeline, along its marks to Le Drian's, and open it.
    await pressUntil('Tab', async () => (await active()).id !== null, 'a mark in the timeline');
    await pressUntil('ArrowRight', async () => (await active()).id === 'le-drian-stab-in-the-back', 'Le Drian’s mark', 5);
    await keys.press('Enter');
    const detail = page.locator('aside.detail');
    await page.waitForFunction(() => document.activeElement?.matches('aside.detail h2') ?? false);
    expect(await detail.locator('h2').textContent()).toBe(titleOf('le-drian-stab-in-the-back'));
    expect((await focusShown(page)).shown, 'focus is visible on the detail heading').toBe(true);
    expect(await detail.locator('blockquote').allTextContents()).toContain('It’s really a stab in the back');

    // The quote in its source.
    await pressUntil('Tab', async () => (await active()).text === 'Read in context', '"Read in context"');
    await keys.press('Enter');
    await detail.locator('p.context mark').first().waitFor();
    expect(await detail.locator('p.context mark').first().textContent()).toContain('stab in the back');
    expect((await focusShown(page)).shown, 'focus stays visible on the toggle').toBe(true);

    // A related event, hidden by the search but reachable from the detail.
    await pressUntil('Tab', async () => (await active()).related, 'a related event');
    const target = (await active()).text;
    expect(target).not.toBe('');
    await keys.press('Enter');
    await expect.poll(() => detail.locator('h2').textContent()).toBe(target);
    await page.waitForFunction(() => document.activeElement?.matches('aside.detail h2') ?? false);
    expect((await focusShown(page)).shown, 'focus is visible on the new heading').toBe(true);

    // Escape closes the detail and puts focus back on the timeline.
    await keys.press('Escape');
    await detail.waitFor({ state: 'detached' });
    await page.waitForFunction(() => document.activeElement?.hasAttribute('data-event-id') ?? false, undefined, {
      polling: 'raf',
      timeout: 3000,
    });
    const back = await focusShown(page);
    expect(back.shown, `focus is visible on ${back.what} after closing`).toBe(true);

    // Back up to "Clear all filters": everything returns.
    await pressUntil('Shift+Tab', async () => (await active()).text === 'Clear all filters', '"Clear all filters"');
    await keys.press('Enter');
    await page
      .getByRole('status')
      .filter({ hasText: `${TOTAL} events` })
      .waitFor();
    expect(await page.getByRole('searchbox').inputValue()).toBe('');
    await page.waitForFunction(() => !new URLSearchParams(location.search).has('q'));
    expect(errors).toEqual([]);
  });
});

describe('focus management, at desktop size', () => {
  let opened: OpenedPage;

  beforeAll(async () => {
    opened = await newPage(SIZES[0] as Size);
  });

  afterAll(async () => {
    await opened?.context.close();
  });

  afterEach(() => {
    expect(opened.errors.splice(0)).toEqual([]);
  });

  const ID = 'biden-macron-phone-call';
  const headingFocused = (page: Page) =>
    page.waitForFunction(() => document.activeElement?.matches('aside.detail h2') ?? false, undefined, { timeout: 3000 });
  const focusedOn = (page: Page, id: string) =>
    page.waitForFunction((expected) => document.activeElement?.getAttribute('data-event-id') === expected, id, {
      polling: 'raf',
      timeout: 3000,
    });

  test('opening the detail moves focus to its heading; Escape and the close button return it to the mark', async () => {
    const { page } = opened;
    await openApp(page, site.url);
    await page.locator(mark(ID)).focus();
    await page.keyboard.press('Enter');
    await headingFocused(page);
    expect(await page.locator('aside.detail h2').textContent()).toBe(titleOf(ID));
    await page.keyboard.press('Escape');
    await focusedOn(page, ID);

    await page.keyboard.press('Enter');
    await headingFocused(page);
    await page.locator('aside.detail').getByRole('button', { name: 'Close', exact: true }).click();
    await page.locator('aside.detail').waitFor({ state: 'detached' });
    await focusedOn(page, ID);
  });

  test('in the list: from an entry into the detail, and back to the entry', async () => {
    const { page } = opened;
    await page.getByRole('button', { name: 'List', exact: true }).click();
    const entry = page.locator(`.event-list [data-event-id="${ID}"]`);
    await entry.focus();
    await page.keyboard.press('Enter');
    await headingFocused(page);
    await page.keyboard.press('Escape');
    await focusedOn(page, ID);
    expect(await page.evaluate(() => Boolean(document.activeElement?.closest('.event-list')))).toBe(true);
    await page.getByRole('button', { name: 'Timeline', exact: true }).click();
  });
});

interface Sample {
  range: string | null;
  marks: string;
}

/** Runs `act` in the page, then reads the URL's range and every drawn mark's position on each of the next three frames. */
async function sampleFrames(page: Page, selector: string, text: string): Promise<Sample[]> {
  return page.evaluate(
    async ([selector, text]) => {
      const read = () => ({
        range: new URLSearchParams(location.search).get('range'),
        marks: [...document.querySelectorAll('.timeline svg [data-event-id]')]
          .map((node) => {
            const shape = node.querySelector('.dot, .bar, .band')?.getBoundingClientRect();
            return `${node.getAttribute('data-event-id')}@${shape ? Math.round(shape.left * 10) / 10 : '?'}`;
          })
          .join(' '),
      });
      const target = [...document.querySelectorAll<HTMLElement>(selector)].find((element) => element.textContent?.trim() === text);
      if (!target) throw new Error(`no ${selector} says "${text}"`);
      target.click();
      const samples = [];
      for (let frame = 0; frame < 3; frame++) {
        await new Promise((done) => requestAnimationFrame(done));
        samples.push(read());
      }
      return samples;
    },
    [selector, text] as const,
  );
}

describe('prefers-reduced-motion, at desktop size', () => {
  const A = 'aukus-announced';
  const FAR = 'australia-france-submarine-deal';

  async function fitAllAndFollow(reducedMotion: 'reduce' | 'no-preference') {
    const opened = await newPage(SIZES[0] as Size, { reducedMotion });
    const { page } = opened;
    await openApp(page, site.url);
    const fit = await sampleFrames(page, '.controls .bar button', 'Fit all');

    await openApp(page, site.url, `?event=${A}`);
    expect(await page.locator(mark(FAR)).count(), `${FAR} starts out of view`).toBe(0);
    const before = new URL(page.url()).searchParams.get('range');
    const follow = await sampleFrames(page, 'aside.detail .relations button', titleOf(FAR));
    await page.waitForFunction((id) => new URLSearchParams(location.search).get('event') === id, FAR);
    await urlSettled(page, 200);
    const settled = new URL(page.url()).searchParams.get('range');
    return { opened, fit, follow, before, settled };
  }

  test('with reduce, "Fit all" and a followed link jump: the range is final on the next frame and no mark moves after it', async () => {
    const { opened, fit, follow, before, settled } = await fitAllAndFollow('reduce');
    try {
      expect(
        fit.map((sample) => sample.range),
        'Fit all: no range from the first frame on',
      ).toEqual([null, null, null]);
      expect(fit[1]?.marks).toBe(fit[0]?.marks);
      expect(fit[2]?.marks).toBe(fit[0]?.marks);
      expect(fit[0]?.marks.split(' ')).toHaveLength(TOTAL);

      expect(follow[0]?.range, 'the followed link moved the view').not.toBe(before);
      expect(
        follow.map((sample) => sample.range),
        'the range is final on the first frame',
      ).toEqual([settled, settled, settled]);
      expect(follow[0]?.marks).toContain(`${FAR}@`);
      expect(follow[1]?.marks).toBe(follow[0]?.marks);
      expect(follow[2]?.marks).toBe(follow[0]?.marks);
      expect(opened.errors).toEqual([]);
    } finally {
      await opened.context.close();
    }
  });

  test('without it, the same moves are tweened (the check above can see motion)', async () => {
    const { opened, fit, follow } = await fitAllAndFollow('no-preference');
    try {
      expect(new Set(fit.map((sample) => sample.marks)).size, 'Fit all animates').toBeGreaterThan(1);
      expect(new Set(follow.map((sample) => sample.marks)).size, 'the followed link animates').toBeGreaterThan(1);
      expect(opened.errors).toEqual([]);
    } finally {
      await opened.context.close();
    }
  });
});

describe('contrast of the timeline’s SVG text, at desktop size', () => {
  test.each(['light', 'dark'] as const)('at least 4.5:1 in %s mode: event labels, lane names and axis labels', async (scheme) => {
    const opened = await newPage(SIZES[0] as Size);
    const { page, context } = opened;
    try {
      await page.emulateMedia({ colorScheme: scheme });
      await openApp(page, site.url, '?lanes=country');
      await page.locator('.timeline .lane-band.odd').first().waitFor();
      const pairs = await page.evaluate(() => {
        const parse = (colour: string) => {
          const match = /^rgba?\(([^)]+)\)$/.exec(colour.trim());
          if (!match?.[1]) throw new Error(`unreadable colour "${colour}"`);
          const [r = NaN, g = NaN, b = NaN, a = 1] = match[1]
            .split(/[\s,/]+/)
            .filter(Boolean)
            .map(Number);
          return { r, g, b, a };
        };
        const luminance = ({ r, g, b }: { r: number; g: number; b: number }) => {
          const linear = (channel: number) => {
            const c = channel / 255;
            return c <= 0.04045 ? c / 12.92 : ((c + 0.055) / 1.055) ** 2.4;
          };
          return 0.2126 * linear(r) + 0.7152 * linear(g) + 0.0722 * linear(b);
        };
        const ratio = (fore: string, back: string) => {
          const [f, b] = [parse(fore), parse(back)];
          if (f.a !== 1 || b.a !== 1) throw new Error(`translucent colours ${fore} on ${back}`);
          const [light, dark] = [luminance(f), luminance(b)].sort((x, y) => y - x) as [number, number];
          return (light + 0.05) / (dark + 0.05);
        };
        const timeline = document.querySelector('.timeline');
        if (!timeline) throw new Error('no timeline');
        const background = getComputedStyle(timeline).backgroundColor;
        const fill = (selector: string) => {
          const node = document.querySelector(selector);
          if (!node) throw new Error(`nothing matches ${selector}`);
          return getComputedStyle(node).fill;
        };
        const band = fill('.timeline .lane-band.odd');
        const axisBand = fill('.timeline .axis-band');
        const measured: { what: string; fore: string; back: string; ratio: number }[] = [];
        const add = (what: string, fore: string, back: string) => measured.push({ what, fore, back, ratio: ratio(fore, back) });
        for (const [what, selector] of [
          ['event label', '.timeline .event .label'],
          ['lane name', '.timeline .lane-label'],
        ] as const) {
          add(`${what} on the timeline`, fill(selector), background);
          add(`${what} on an odd lane`, fill(selector), band);
        }
        add('axis label on the axis band', fill('.timeline .axis text'), axisBand);
        add('axis label on the timeline', fill('.timeline .axis text'), background);
        return measured;
      });
      expect(pairs.length).toBe(6);
      for (const pair of pairs) {
        expect(
          pair.ratio,
          `${pair.what}: ${pair.fore} on ${pair.back} in ${scheme} mode is ${pair.ratio.toFixed(2)}:1`,
        ).toBeGreaterThanOrEqual(4.5);
      }
      if (scheme === 'dark') expect(pairs[0]?.back, 'the timeline turns dark').not.toBe('rgb(255, 255, 255)');
      expect(opened.errors).toEqual([]);
    } finally {
      await context.close();
    }
  });
});
