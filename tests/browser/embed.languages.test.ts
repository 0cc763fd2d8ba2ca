/**
 * A language other than English is a chunk beside the element, loaded when the element's
 * `lang` asks for it: here from a nested folder under the strict CSP, as a newsroom embeds it.
 */
import { describe, expect, it } from 'vitest';
import { useSite } from './harness.ts';
import { EMBED_SITE, MOUNT, detailHeading, foreignRequests, loaded, openGuarded } from './embed.helpers.ts';

const site = useSite(EMBED_SITE);

const RECALL_TITLE = 'Macron recalls French ambassadors from Washington and Canberra';

describe('the element in another language', () => {
  it('loads German on demand, under the strict CSP, and speaks it; then Spanish when lang changes', async () => {
    const guarded = await openGuarded(site.browser, `${site.url}examples/custom-element.html`);
    const { page } = guarded;
    // The example page as an editor writes it for German readers: lang="de" on the element.
    await page.route('**/examples/custom-element.html', async (route) => {
      const response = await route.fetch();
      await route.fulfill({ response, body: (await response.text()).replace(/(<diplomatic-timeline[^>]*) lang="en"/, '$1 lang="de"') });
    });
    guarded.requests.length = 0;
    await page.reload();
    await loaded(page);
    const timeline = page.locator('diplomatic-timeline');
    await expect.poll(() => timeline.getByRole('button', { name: 'Alles zeigen' }).count()).toBe(1);
    await expect.poll(() => page.locator(detailHeading()).textContent()).toBe(RECALL_TITLE);
    const detail = page.locator('diplomatic-timeline aside.detail');
    expect(await detail.getByRole('button', { name: 'Schließen' }).count()).toBe(1);
    expect(await detail.textContent()).toMatch(/\d{1,2}\. September 2021/);
    expect(await timeline.getByRole('status').first().textContent()).toMatch(/Ereignisse/);

    // The chunk came from beside the element, in the nested folder, and nothing else did.
    const chunks = guarded.requests.filter((url) => /\/embed\/diplomatic-timeline\.\w+-[\w-]+\.js$/.test(url));
    expect(chunks.map((url) => new URL(url).pathname.replace(/-[\w-]+\.js$/, ''))).toEqual([`${MOUNT}embed/diplomatic-timeline.de`]);

    await timeline.evaluate((element) => element.setAttribute('lang', 'es'));
    await expect.poll(() => timeline.getByRole('button', { name: 'Ver todo' }).count()).toBe(1);
    expect(await detail.textContent()).toMatch(/\d{1,2} de septiembre de 2021/);

    expect(await guarded.violations()).toEqual([]);
    expect(guarded.errors).toEqual([]);
    expect(foreignRequests(guarded.requests, site)).toEqual([]);
    await guarded.close();
  });

  it('draws a story that comes before its language in that language from the first frame, not in English first', async () => {
    const guarded = await openGuarded(site.browser, 'about:blank');
    const { page } = guarded;
    await page.route('**/examples/custom-element.html', async (route) => {
      const response = await route.fetch();
      await route.fulfill({ response, body: (await response.text()).replace(/(<diplomatic-timeline[^>]*) lang="en"/, '$1 lang="de"') });
    });
    // The German words arrive well after the dataset.
    await page.route(/diplomatic-timeline\.de-[\w-]+\.js$/, async (route) => {
      const response = await route.fetch();
      await new Promise((settle) => setTimeout(settle, 800));
      await route.fulfill({ response });
    });
    // Every text the element's status line shows, frame by frame (its shadow root hides it from a MutationObserver on the page).
    await page.addInitScript(() => {
      const seen: string[] = [];
      (window as unknown as { statusTexts: string[] }).statusTexts = seen;
      const sample = () => {
        const status = document.querySelector('diplomatic-timeline')?.shadowRoot?.querySelector('.bar [role="status"]');
        const text = status?.textContent ?? '';
        if (text && seen.at(-1) !== text) seen.push(text);
        requestAnimationFrame(sample);
      };
      requestAnimationFrame(sample);
    });
    await page.goto(`${site.url}examples/custom-element.html`);
    await loaded(page);
    await expect.poll(() => page.locator('diplomatic-timeline').getByRole('button', { name: 'Alles zeigen' }).count()).toBe(1);
    const statusTexts = await page.evaluate(() => (window as unknown as { statusTexts: string[] }).statusTexts);
    expect(statusTexts.length).toBeGreaterThan(0);
    expect(statusTexts.filter((text) => /\bevents?\b/.test(text))).toEqual([]);
    expect(guarded.errors).toEqual([]);
    await guarded.close();
  });

  it('on a phone the app offers the languages as a menu beside “Read more”, covering nothing', async () => {
    const guarded = await openGuarded(site.browser, site.url, { viewport: { width: 375, height: 667 } });
    const { page } = guarded;
    await page.locator('.story-view').first().waitFor();
    expect(await page.getByRole('group', { name: 'Language' }).isVisible()).toBe(false);
    const menu = page.getByRole('combobox', { name: 'Language' });
    const more = page.getByRole('button', { name: 'Read more' });
    const [menuBox, moreBox] = [await menu.boundingBox(), await more.boundingBox()];
    if (!menuBox || !moreBox) throw new Error('the menu or Read more is not drawn');
    expect(menuBox.x + menuBox.width).toBeLessThanOrEqual(375);
    expect(moreBox.x + moreBox.width).toBeLessThan(menuBox.x);
    await menu.selectOption({ label: 'Deutsch' });
    await expect.poll(() => page.locator('html').getAttribute('lang')).toBe('de');
    await expect.poll(() => page.getByRole('button', { name: 'Weiterlesen' }).count()).toBe(1);
    expect(guarded.errors).toEqual([]);
    await guarded.close();
  });

  it('the app’s switch names each language in itself, and loads the one chosen before switching to it', async () => {
    const guarded = await openGuarded(site.browser, site.url);
    const { page } = guarded;
    await page.locator('.story-view').first().waitFor();
    const switcher = page.getByRole('group', { name: 'Language' });
    expect(await switcher.getByRole('button').allTextContents()).toEqual(['English', 'Français', 'Deutsch', 'Español', 'العربية']);
    await switcher.getByRole('button', { name: 'Deutsch' }).click();
    await expect.poll(() => page.getByRole('button', { name: 'Alles zeigen' }).count()).toBe(1);
    expect(await page.evaluate(() => [document.documentElement.lang, new URL(location.href).searchParams.get('lang')])).toEqual([
      'de',
      'de',
    ]);
    expect(guarded.requests.some((url) => /\/assets\/de-[\w-]+\.js$/.test(url))).toBe(true);
    expect(await guarded.violations()).toEqual([]);
    expect(guarded.errors).toEqual([]);
    await guarded.close();
  });
});
