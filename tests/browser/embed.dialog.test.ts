/**
 * The Embed dialog under `npm start` (issue 15): Vite's dev server answers the embed
 * files' addresses (src/embed/vite-plugin.ts builds them in memory), so snippets copied
 * from the dev page work pasted into a page of the same server, and the routing names
 * only those files.
 */
import { describe, expect, it } from 'vitest';
import { devEmbedEntry } from '../../src/embed/vite-plugin.ts';
import { launchChromium, useDevServer, watchErrors } from './harness.ts';
import { loaded } from './embed.helpers.ts';

describe('the dev server’s embed routes', () => {
  it('name the three built files and the element’s chunks under the base, whatever the query, and nothing else', () => {
    expect(devEmbedEntry('/embed/diplomatic-timeline.js')?.input).toBe('src/embed/element.ts');
    expect(devEmbedEntry('/embed/frame.js?v=1')?.input).toBe('src/embed/frame.ts');
    expect(devEmbedEntry('/embed/iframe-resizer.js')?.format).toBe('iife');
    expect(devEmbedEntry('/sub/embed/frame.js', '/sub/')?.name).toBe('frame');
    // A language's chunk, which the element imports from beside itself.
    expect(devEmbedEntry('/embed/diplomatic-timeline.de-BClp5kyu.js')?.name).toBe('diplomatic-timeline');
    for (const url of [
      '/embed/',
      '/embed/other.js',
      '/src/embed/frame.ts',
      '/embed.html',
      '/x/embed/frame.js',
      '/embed/frame.js/x',
      '/embed/iframe-resizer.de-x.js',
      '/embed/diplomatic-timeline.de/x.js',
    ])
      expect(devEmbedEntry(url), url).toBeUndefined();
  });
});

const dev = useDevServer();

describe('the Embed dialog under the dev server', () => {
  it('answers the embed files as the build makes them: the resizer a classic script, the element with its styles', async () => {
    const resizer = await fetch(`${dev.url}embed/iframe-resizer.js`);
    expect(resizer.status).toBe(200);
    expect(resizer.headers.get('content-type')).toMatch(/^text\/javascript/);
    expect(await resizer.text()).not.toMatch(/^\s*import\b/m);
    const element = await (await fetch(`${dev.url}embed/diplomatic-timeline.js`)).text();
    expect(element).not.toContain('__DIPLOMATIC_TIMELINE_CSS__');
    expect(element).not.toMatch(/^\s*import\b/m);
    // Any other name is left to Vite (its page fallback), not built.
    expect((await fetch(`${dev.url}embed/nothing.js`)).headers.get('content-type')).not.toMatch(/javascript/);
  });

  it('gives snippets that work pasted into a page of the dev server', { timeout: 180_000 }, async () => {
    const browser = await launchChromium();
    try {
      const page = await browser.newPage({ viewport: { width: 1200, height: 900 } });
      await page.goto(`${dev.url}?lang=en&event=le-drian-stab-in-the-back`);
      await page.locator('.story-view').waitFor({ timeout: 60_000 });
      await page.getByRole('button', { name: 'Embed', exact: true }).click();
      const dialog = page.getByRole('dialog', { name: 'Embed this view' });
      const element = await dialog.getByRole('textbox', { name: 'Custom element' }).inputValue();
      const iframe = await dialog.getByRole('textbox', { name: 'Iframe' }).inputValue();
      expect(element).toContain('<script type="module" src="/embed/diplomatic-timeline.js"></script>');
      // Nobody zoomed: the range the timeline took by itself is not pinned.
      expect(element).not.toContain('range=');
      expect(iframe).not.toContain('range=');
      await expect.poll(() => dialog.textContent()).toMatch(/server on your own computer/);

      const pasted = `${dev.url}news/pasted.html`;
      await page.route(pasted, (route) =>
        route.fulfill({
          contentType: 'text/html',
          body: `<!doctype html><html lang="en"><title>Pasted</title><h1>An article</h1>\n${element}\n<p>Between.</p>\n${iframe}\n</html>`,
        }),
      );
      const errors = watchErrors(page);
      await page.goto(pasted);
      await loaded(page);
      await expect
        .poll(() => page.locator('diplomatic-timeline aside.detail h2').textContent(), { timeout: 30_000 })
        .toBe('Le Drian calls AUKUS “a stab in the back”');
      // Its styles are in its shadow root, as in the build.
      expect(
        await page.locator('diplomatic-timeline').evaluate((host) => host.shadowRoot?.adoptedStyleSheets[0]?.cssRules.length ?? 0),
      ).toBeGreaterThan(10);
      const frame = page.frameLocator('iframe');
      await expect
        .poll(() => frame.locator('diplomatic-timeline aside.detail h2').textContent(), { timeout: 30_000 })
        .toBe('Le Drian calls AUKUS “a stab in the back”');
      await expect.poll(() => page.locator('iframe').evaluate((node) => Math.round(node.getBoundingClientRect().height))).not.toBe(640);
      expect(errors.filter((error) => !/negative value is not valid/.test(error))).toEqual([]);
    } finally {
      await browser.close();
    }
  });
});
