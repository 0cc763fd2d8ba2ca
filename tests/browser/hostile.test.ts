/**
 * Hostile strings in every free-text field of a dataset, and in every link parameter:
 * no script runs, no dialog opens, no `javascript:` link appears, the page stays usable
 * and the text stays text.
 */
import { describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { useSite } from './harness.ts';
import { HOSTILE_URL_PARAMS, HOSTILE_VALUES, HUGE_STRING, hostileDataset } from '../fixtures/hostile.ts';

const overlay = new Map<string, string>();
for (const [name, value] of Object.entries(HOSTILE_VALUES)) {
  const { dataset, sourceText } = hostileDataset(value);
  overlay.set(`hostile/${name}/events.json`, JSON.stringify(dataset));
  overlay.set(`hostile/${name}/source.txt`, sourceText);
}

{
  const { dataset } = hostileDataset(HUGE_STRING);
  overlay.set('hostile/huge/events.json', JSON.stringify(dataset));
  overlay.set('hostile/huge/source.txt', `Intro.\n${HUGE_STRING}\n`);
  // A short quote inside a 100 kB paragraph of its source.
  const { dataset: fine } = hostileDataset('fine');
  overlay.set('hostile/huge-source/events.json', JSON.stringify(fine));
  overlay.set(
    'hostile/huge-source/source.txt',
    `Opening paragraph.\n${HUGE_STRING} fine ${HUGE_STRING}\nA second paragraph quoting: fine\n`,
  );
}

const site = useSite({ mount: '/site/', overlay });

interface Harm {
  dialogs: string[];
  errors: string[];
}

async function openWatched(url: string): Promise<{ page: Page; harm: Harm }> {
  const page = await site.browser.newPage({ viewport: { width: 1280, height: 720 } });
  const harm: Harm = { dialogs: [], errors: [] };
  page.on('dialog', (dialog) => {
    harm.dialogs.push(dialog.message());
    void dialog.dismiss();
  });
  page.on('pageerror', (error) => harm.errors.push(error.message));
  await page.goto(url);
  return { page, harm };
}

async function expectNoHarm(page: Page, harm: Harm) {
  expect(harm.dialogs).toEqual([]);
  expect(harm.errors).toEqual([]);
  expect(await page.evaluate(() => (window as { __pwned?: unknown }).__pwned)).toBeUndefined();
  expect(await page.locator('#app script, #app img, #app iframe, #app object, #app style').count()).toBe(0);
  expect(await page.locator('[href^="javascript:" i], [src^="javascript:" i], [href^="data:" i]').count()).toBe(0);
  // The page is still there and usable: the masthead and the controls are visible.
  await expect.poll(() => page.locator('body').isVisible()).toBe(true);
}

describe('hostile values in every free-text field of a dataset', () => {
  for (const [name, value] of Object.entries(HOSTILE_VALUES)) {
    it(`${name}: shown as text, never run`, async () => {
      const { page, harm } = await openWatched(`${site.url}?src=hostile/${name}/events.json`);
      const first = page.locator('[data-event-id="first"]');
      await first.waitFor({ timeout: 10_000 });

      // Open everything that shows dataset text: the detail, the quote in context, the list.
      await first.click();
      const detail = page.locator('aside.detail');
      await detail.waitFor();
      await detail
        .getByRole('button', { name: /Read in context/ })
        .first()
        .click();
      await expect.poll(() => detail.locator('mark').count()).toBeGreaterThan(0);
      await page.getByRole('button', { name: 'List', exact: true }).click();
      await page.locator('.event-list').waitFor();

      const shown = value;
      const detailText = (await detail.textContent()) ?? '';
      // Text stays text: the raw characters reach the reader (white space aside).
      expect(detailText.replace(/\s+/g, ' ')).toContain(shown.replace(/\s+/g, ' ').trim());
      expect(await detail.locator('mark').first().textContent()).toBe(value);
      await expectNoHarm(page, harm);
      await page.close();
    });
  }
});

describe('text of 100 kB', () => {
  it('in every field: refused with the place and the reason, and the page stays usable', async () => {
    const { page, harm } = await openWatched(`${site.url}?src=hostile/huge/events.json`);
    const alert = page.getByRole('alert');
    await alert.waitFor();
    const text = (await alert.textContent()) ?? '';
    expect(text).toContain(': its title: is 100,006 characters long; at most 300 are allowed events[0].title');
    expect(text.length).toBeLessThan(5_000);
    await expectNoHarm(page, harm);
    await page.close();
  });

  it('in a source paragraph: the context around a quote is clipped to what a reader takes in', async () => {
    const { page, harm } = await openWatched(`${site.url}?src=hostile/huge-source/events.json`);
    await page.locator('[data-event-id="first"]').click();
    const detail = page.locator('aside.detail');
    await detail
      .getByRole('button', { name: /Read in context/ })
      .first()
      .click();
    const context = detail.locator('p.context');
    await context.waitFor();
    expect(((await context.textContent()) ?? '').length).toBeLessThan(1_300);
    await expectNoHarm(page, harm);
    await page.close();
  });
});

describe('hostile link parameters', () => {
  it('are ignored with a quiet notice, and nothing runs', async () => {
    const params = new URLSearchParams(HOSTILE_URL_PARAMS);
    params.delete('src');
    const { page, harm } = await openWatched(`${site.url}?${params}`);
    // The search box takes the hostile query as the text to look for, and finds nothing.
    const search = page.getByRole('searchbox');
    await search.waitFor();
    expect(await search.inputValue()).toBe(HOSTILE_URL_PARAMS.q);
    await expect.poll(() => page.getByRole('status').filter({ hasText: 'was ignored' }).count()).toBe(1);
    expect(await page.locator('aside.detail').count()).toBe(0);
    await expectNoHarm(page, harm);
    await page.close();
  });

  it('a javascript: dataset address is refused with a message in the page', async () => {
    const { page, harm } = await openWatched(`${site.url}?src=${encodeURIComponent(HOSTILE_URL_PARAMS.src ?? '')}`);
    const alert = page.getByRole('alert');
    await alert.waitFor();
    expect(await alert.textContent()).toContain('is not an http or https address');
    await expectNoHarm(page, harm);
    await page.close();
  });
});
