/**
 * Citing (issue 19): the built page carries the story as JSON-LD; a link to a quote opens
 * on it; Cite gives the citation and its files in the app and inside the element's shadow
 * root, under the strict CSP, with a clean console.
 */
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { DIST, useSite } from './harness.ts';
import { EMBED_SITE, loaded, openGuarded } from './embed.helpers.ts';
import { formatViolations, runAxe } from './axe.ts';
import { quoteKey } from '../../src/interop/permalink.ts';

interface DataEvent {
  id: string;
  title: string;
}
const DATA = JSON.parse(readFileSync(resolve(import.meta.dirname, '../../data/events.json'), 'utf8')) as { events: DataEvent[] };

const ID = 'le-drian-stab-in-the-back';
const STAB = quoteKey({ source: 'blinken-macron-meet-after-aukus-crisis', text: 'It’s really a stab in the back' });

// A host page of the element with no event of its own: a fragment names it.
const HOST = `<!doctype html>
<html lang="en">
  <head>
    <meta charset="utf-8" />
    <title>Host</title>
    <link rel="icon" href="../favicon.svg" type="image/svg+xml" />
    <script type="module" src="../embed/diplomatic-timeline.js"></script>
  </head>
  <body>
    <h1>An article</h1>
    <diplomatic-timeline src="../data/events.json" lang="en"></diplomatic-timeline>
    <p>A second story on the same page, which the fragment's event is not in.</p>
    <diplomatic-timeline id="other" src="../data/examples/lantern-strait.json" lang="en"></diplomatic-timeline>
  </body>
</html>
`;

const site = useSite({ ...EMBED_SITE, overlay: new Map([['examples/cite-host.html', HOST]]) });

describe('the JSON-LD of the built page', () => {
  it('holds the timeline and every event of the story as a schema.org Event, in a block no text can close', () => {
    const html = readFileSync(resolve(DIST, 'index.html'), 'utf8');
    const blocks = [...html.matchAll(/<script type="application\/ld\+json">(.*?)<\/script>/gs)].map((match) => match[1] ?? '');
    expect(blocks).toHaveLength(1);
    expect(blocks[0]).not.toMatch(/[<>]/);
    const graph = (JSON.parse(blocks[0] ?? '') as { '@graph': Record<string, unknown>[] })['@graph'];
    expect(graph[0]).toMatchObject({ '@type': 'CreativeWork', name: 'The AUKUS rift: France, the US, the UK and Australia, 2021' });
    for (const event of DATA.events) {
      expect(graph.find((node) => node['@id'] === `#event-${event.id}`)).toMatchObject({
        '@type': 'Event',
        name: event.title,
        url: `?event=${event.id}`,
        startDate: expect.stringMatching(/^\d{4}(-\d{2}){0,2}$/),
      });
    }
  });
});

describe('in the app', () => {
  it('a link to a quote opens the event on it; Cite gives the citation and a BibTeX file, under the CSP', async () => {
    const guarded = await openGuarded(site.browser, `${site.url}?event=${ID}&quote=${STAB}`, { acceptDownloads: true });
    const { page } = guarded;
    const note = page.getByText('The quote this link points to');
    await note.waitFor();
    await expect.poll(() => page.evaluate(() => document.activeElement?.textContent ?? '')).toContain('It’s really a stab in the back');

    await page.getByRole('button', { name: 'Cite this event' }).click();
    const permalink = `${site.url}?event=${ID}`;
    await expect.poll(() => page.locator('.cite .citation').textContent()).toContain(`Accessed`);
    expect(await page.locator('.cite .citation').textContent()).toMatch(
      new RegExp(`^“Le Drian calls AUKUS “a stab in the back”\\.” .* ${permalink.replace(/[.?]/g, '\\$&')}\\.$`),
    );
    const [download] = await Promise.all([page.waitForEvent('download'), page.getByRole('button', { name: 'Download BibTeX' }).click()]);
    expect(download.suggestedFilename()).toBe(`${ID}.bib`);
    expect(readFileSync((await download.path()) as string, 'utf8')).toContain(`@online{event:${ID},`);

    // A quote's citation takes the event's place; the panel passes axe's WCAG rules.
    await page.getByRole('button', { name: 'Cite this quote' }).first().click();
    await expect.poll(() => page.locator('.cite .citation').count()).toBe(1);
    await expect.poll(() => page.locator('.cite .citation').textContent()).toMatch(/^“.*” — /);
    expect(await guarded.violations()).toEqual([]);
    expect(guarded.errors).toEqual([]);
    const axe = await runAxe(page);
    expect(axe.length, formatViolations(axe)).toBe(0);
    await guarded.close();
  });
});

describe('in the custom element', () => {
  it('cites from inside its shadow root, links to its host page by a fragment, and saves CSL-JSON, under the CSP', async () => {
    const guarded = await openGuarded(site.browser, `${site.url}examples/custom-element.html`, { acceptDownloads: true });
    const { page } = guarded;
    await loaded(page);
    await page.getByRole('button', { name: 'Cite this event' }).click();
    const host = `${site.url}examples/custom-element.html`;
    await expect
      .poll(() => page.locator('diplomatic-timeline .cite .citation').textContent())
      .toContain(`${host}#event=france-recalls-ambassadors.`);
    const [download] = await Promise.all([page.waitForEvent('download'), page.getByRole('button', { name: 'Download CSL-JSON' }).click()]);
    expect(download.suggestedFilename()).toBe('france-recalls-ambassadors.json');
    const items = JSON.parse(readFileSync((await download.path()) as string, 'utf8')) as { id: string; URL: string }[];
    expect(items.map((item) => item.id)).toEqual([
      'timeline:the-aukus-rift-france-the-us-the-uk-and-australia-2021',
      'event:france-recalls-ambassadors',
    ]);
    expect(items[1]?.URL).toBe(`${host}#event=france-recalls-ambassadors`);
    // The formatters came from beside the element, on demand.
    expect(guarded.requests.some((url) => /\/embed\/diplomatic-timeline\.citeBody-[\w-]+\.js$/.test(url))).toBe(true);

    expect(await guarded.violations()).toEqual([]);
    expect(guarded.errors).toEqual([]);
    await guarded.close();
  });

  it('opens the event and marks the quote a fragment of its host page names, without scrolling the page or troubling another timeline', async () => {
    const guarded = await openGuarded(site.browser, `${site.url}examples/cite-host.html#event=${ID}&quote=${STAB}`);
    const { page } = guarded;
    const warnings: string[] = [];
    page.on('console', (message) => {
      if (message.type() === 'warning') warnings.push(message.text());
    });
    await loaded(page);
    await page.locator('diplomatic-timeline').first().getByText('The quote this link points to').waitFor();
    expect(await page.evaluate(() => window.scrollY)).toBe(0);
    const other = page.locator('#other');
    await other.locator('.bar [role="status"]').waitFor();
    expect(await other.evaluate((element) => (element as HTMLElement & { selectedId: string | null }).selectedId)).toBeNull();
    expect(warnings).toEqual([]);
    expect(await guarded.violations()).toEqual([]);
    expect(guarded.errors).toEqual([]);
    await guarded.close();
  });
});
