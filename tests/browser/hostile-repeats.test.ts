/**
 * Datasets with repeated entries: a country, an actor, a tag, a quote or a relation listed
 * twice in an event. Each once passed validation and then stuck the page on "Loading the
 * timeline…" (Svelte stops on a repeated key) or killed it when the event was opened. Now
 * the validator refuses the repeat with its place: the other events open with a notice
 * naming it, or, when every event has one, the error panel lists them. Never a page stuck
 * on loading, no error, no task over 1 s, and every event that is shown opens, in the
 * page and in the custom element alike.
 */
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { longestTask, recordLongTasks, useSite } from './harness.ts';
import { APP_SITE, openFilters } from './app.helpers.ts';

interface LooseEvent {
  id: string;
  title: string;
  countries: string[];
  actors: string[];
  quotes: unknown[];
  related?: { event: string; type: string; note?: string }[];
  tags?: string[];
}

const shipped = () =>
  JSON.parse(readFileSync(resolve(import.meta.dirname, '../../data/events.json'), 'utf8')) as { events: LooseEvent[] } & Record<
    string,
    unknown
  >;

function eventOf(data: { events: LooseEvent[] }, id: string): LooseEvent {
  const found = data.events.find((event) => event.id === id);
  if (!found) throw new Error(`the shipped dataset has no event "${id}"`);
  return found;
}

/** The shipped story with one repeat of each kind, each in another event. */
const some = shipped();
eventOf(some, 'china-embassy-decries-cold-war-mentality').countries.push('US');
eventOf(some, 'johnson-says-france-need-not-worry').related?.push({
  event: 'france-voices-anger-over-aukus',
  type: 'responds-to',
  note: 'Again.',
});
eventOf(some, 'parly-wallace-talks-rescheduled').actors.push('florence-parly');
{
  const event = eventOf(some, 'france-proposes-security-cooperation-ideas');
  event.quotes.push(structuredClone(event.quotes[0]));
}
eventOf(some, 'oecd-meetings-paris').tags = ['paris', 'oecd', 'paris'];
const SKIPPED = [
  'china-embassy-decries-cold-war-mentality',
  'johnson-says-france-need-not-worry',
  'parly-wallace-talks-rescheduled',
  'france-proposes-security-cooperation-ideas',
  'oecd-meetings-paris',
];
const SHOWN = some.events.filter((event) => !SKIPPED.includes(event.id));

/** Every event repeats its first country: nothing is left to show. */
const all = shipped();
for (const event of all.events) event.countries.push(event.countries[0] ?? 'FR');

// Beside the shipped dataset, so that its sources are found at the same relative paths.
const overlay = new Map([
  ['data/repeats-some.json', JSON.stringify(some)],
  ['data/repeats-all.json', JSON.stringify(all)],
  [
    'repeats-element.html',
    `<!doctype html><html lang="en"><head><meta charset="utf-8"><title>An article</title><link rel="icon" href="favicon.svg">
<script type="module" src="embed/diplomatic-timeline.js"></script></head>
<body><h1>An article</h1><diplomatic-timeline src="data/repeats-some.json"></diplomatic-timeline></body></html>`,
  ],
]);

const site = useSite({ ...APP_SITE, overlay });

async function open(path: string) {
  const opened = await site.open({ viewport: { width: 1280, height: 800 } }, recordLongTasks);
  await opened.page.goto(`${site.url}${path}`);
  return opened;
}

describe('a dataset with repeated entries', () => {
  it('opens without the events that repeat an entry, says which and where, and every other event opens', async () => {
    const { page, errors, close } = await open('?src=data/repeats-some.json');
    await page.locator('.timeline svg [data-event-id]').first().waitFor({ timeout: 15_000 });
    expect(await page.getByText('Loading the timeline…').count()).toBe(0);
    await expect.poll(() => page.locator('.bar [role="status"]').textContent()).toBe(`${SHOWN.length} events`);

    // The notice counts the skipped events and, opened, names each repeat at its place.
    const notice = page.locator('details.skipped');
    expect(await notice.locator('summary').textContent()).toBe('5 events of this dataset are not shown because of problems in them');
    await notice.locator('summary').click();
    expect(await notice.locator('li').allTextContents()).toEqual([
      'events[6].countries[4]: "US" is listed twice (also at countries[1]); remove the repeat',
      'events[11].related[2]: the relation "responds-to" to "france-voices-anger-over-aukus" is listed twice (also at related[0]); remove the repeat',
      'events[13].actors[3]: "florence-parly" is listed twice (also at actors[0]); remove the repeat',
      expect.stringMatching(/^events\[22\]\.quotes\[2\]: the quote ".+" is listed twice \(also at quotes\[0\]\); remove the repeat$/),
      'events[28].tags[2]: "paris" is listed twice (also at tags[0]); remove the repeat',
    ]);
    for (const id of SKIPPED) expect(await page.locator(`[data-event-id="${id}"]`).count()).toBe(0);

    // Every event shown opens, its relations and all, from the list.
    await page.getByRole('button', { name: 'List', exact: true }).click();
    const detailTitle = page.locator('aside.detail h2');
    for (const event of SHOWN) {
      await page.locator(`.event-list [data-event-id="${event.id}"]`).click();
      await expect.poll(() => detailTitle.textContent()).toBe(event.title);
    }
    // A relation to a skipped event is dropped from the detail, the others stay.
    await page.locator('.event-list [data-event-id="blinken-meets-macron"]').click();
    await expect.poll(() => detailTitle.textContent()).toBe(eventOf(some, 'blinken-meets-macron').title);
    const related = page.locator('aside.detail');
    expect(await related.getByRole('button', { name: eventOf(some, 'blinken-meets-bonne').title }).count()).toBeGreaterThan(0);
    expect(await related.getByRole('button', { name: eventOf(some, 'oecd-meetings-paris').title }).count()).toBe(0);

    // Still answering: the filters act at once.
    await openFilters(page);
    await page.getByRole('checkbox', { name: /^China \d+$/ }).check();
    await expect.poll(() => page.locator('.bar [role="status"]').textContent()).toMatch(/^\d+ of 26 events$/);
    expect(errors).toEqual([]);
    expect(await longestTask(page)).toBeLessThan(1000);
    await close();
  });

  it('with a repeat in every event, lists every repeat at its place in the error panel', async () => {
    const { page, errors, close } = await open('?src=data/repeats-all.json');
    const panel = page.locator('.error-panel');
    await panel.waitFor({ timeout: 15_000 });
    expect(await page.getByText('Loading the timeline…').count()).toBe(0);
    expect(await panel.locator('h2').textContent()).toBe(`This dataset has ${all.events.length} problems`);
    const problems = await panel.locator('li').allTextContents();
    expect(problems).toHaveLength(all.events.length);
    // Where, in words (the event by its title), what is wrong, and the path for authors.
    expect(problems[0]).toBe(
      `Event 1, “${all.events[0]?.title}”: its third country: "AU" is listed twice (also at countries[0]); remove the repeat events[0].countries[2]`,
    );
    // A long title is cut to a line.
    expect(problems[6]).toMatch(
      /^Event 7, “China’s Washington embassy [^”]*…”: its fifth country: "CN" is listed twice \(also at countries\[0\]\); remove the repeat events\[6\]\.countries\[4\]$/,
    );
    expect(errors).toEqual([]);
    expect(await longestTask(page)).toBeLessThan(1000);
    await close();
  });

  it('in the custom element too: the widget loads without those events, says so, and opens the others', async () => {
    const { page, errors, close } = await open('repeats-element.html');
    const element = page.locator('diplomatic-timeline');
    await element.locator('.timeline svg [data-event-id]').first().waitFor({ timeout: 15_000 });
    await expect.poll(() => element.locator('.bar [role="status"]').textContent()).toBe(`${SHOWN.length} events`);
    expect(await element.locator('details.skipped summary').textContent()).toBe(
      '5 events of this dataset are not shown because of problems in them',
    );
    await element.getByRole('button', { name: 'List', exact: true }).click();
    for (const event of SHOWN) {
      await element.locator(`.event-list [data-event-id="${event.id}"]`).click();
      await expect.poll(() => element.locator('aside.detail h2').textContent()).toBe(event.title);
    }
    expect(errors).toEqual([]);
    expect(await longestTask(page)).toBeLessThan(1000);
    await close();
  });
});
