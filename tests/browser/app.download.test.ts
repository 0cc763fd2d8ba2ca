/** "Download this view as SVG": the view on screen, filters included, as a file a newsroom can print. */
import { readFileSync } from 'node:fs';
import { expect, it } from 'vitest';
import { useSite } from './harness.ts';
import { APP_SITE, openApp } from './app.helpers.ts';

const site = useSite(APP_SITE);

it('downloads the filtered view as a standalone SVG with only the events shown', async () => {
  const page = await site.browser.newPage({ viewport: { width: 1280, height: 720 }, acceptDownloads: true });
  await openApp(page, site.url, '?country=CN');
  const [download] = await Promise.all([
    page.waitForEvent('download'),
    page.getByRole('button', { name: 'Download this view as SVG, for print' }).click(),
  ]);
  expect(download.suggestedFilename()).toBe('timeline.svg');
  const svg = readFileSync((await download.path()) as string, 'utf8');
  expect(svg).toMatch(/^(<\?xml[^>]*>\s*)?<svg[^>]+xmlns="http:\/\/www\.w3\.org\/2000\/svg"/);
  // China's two events are in it; France's stab in the back, filtered out on screen, is not.
  expect(svg).toContain('China condemns AUKUS');
  expect(svg).toContain('China’s Washington embassy');
  expect(svg).not.toContain('stab in the back');
  await page.close();
});
