/**
 * Bad data inside someone else's page: the custom element shows the problems where the
 * timeline would be (never a blank space, never only the console), in an accessible panel.
 */
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { useSite } from './harness.ts';
import { EMBED_SITE, openGuarded } from './embed.helpers.ts';
import { formatViolations, injectAxe, runAxe } from './axe.ts';

const shipped = JSON.parse(readFileSync(resolve(import.meta.dirname, '../../data/events.json'), 'utf8'));
const brokenActors = structuredClone(shipped);
brokenActors.actors[0].kind = 'alien';
const oneBrokenEvent = structuredClone(shipped);
oneBrokenEvent.events[3].date = '2021-02-30';

const page = (src: string) => `<!doctype html>
<html lang="en"><head><meta charset="utf-8"><title>An article</title>
<script type="module" src="embed/diplomatic-timeline.js"></script></head>
<body><main><h1>An article</h1><diplomatic-timeline src="${src}"></diplomatic-timeline></main></body></html>`;

const overlay = new Map<string, string>([
  ['broken-actors.html', page('data/broken-actors.json')],
  ['data/broken-actors.json', JSON.stringify(brokenActors)],
  ['one-broken-event.html', page('data/one-broken-event.json')],
  ['data/one-broken-event.json', JSON.stringify(oneBrokenEvent)],
  ['missing.html', page('data/nowhere.json')],
]);

const site = useSite({ ...EMBED_SITE, overlay });

describe('the custom element with bad data', () => {
  it('lists each problem with its place and reason, accessibly, under a strict CSP', async () => {
    const guarded = await openGuarded(site.browser, `${site.url}broken-actors.html`);
    const alert = guarded.page.locator('diplomatic-timeline [role="alert"]');
    await alert.waitFor();
    expect(await alert.textContent()).toMatch(/Actor 1, “Emmanuel Macron”: its kind: expected one of .*actors\[0\]\.kind/);
    await injectAxe(guarded.page);
    const violations = await runAxe(guarded.page);
    expect(violations, formatViolations(violations)).toEqual([]);
    expect(await guarded.violations()).toEqual([]);
    await guarded.close();
  });

  it('shows the sound events and says how many it skipped and why', async () => {
    const guarded = await openGuarded(site.browser, `${site.url}one-broken-event.html`);
    const notice = guarded.page.locator('diplomatic-timeline details.skipped');
    await notice.waitFor();
    expect(await notice.locator('summary').textContent()).toBe('1 event of this dataset is not shown because of problems in it');
    await notice.locator('summary').click();
    expect(await notice.textContent()).toContain('events[3].date: "2021-02-30" is not a day of the calendar');
    expect(await guarded.page.locator('diplomatic-timeline [data-event-id]').count()).toBeGreaterThan(0);
    await guarded.close();
  });

  it('says a missing dataset is missing, in the page', async () => {
    const guarded = await openGuarded(site.browser, `${site.url}missing.html`);
    const alert = guarded.page.locator('diplomatic-timeline [role="alert"]');
    await alert.waitFor();
    expect(await alert.textContent()).toContain('404');
    await guarded.close();
  });
});
