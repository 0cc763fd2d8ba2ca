/**
 * Narrowing the story: a reader opens the Filters panel and ticks countries and actors, or
 * types in the search box; the status line says how many events remain, and the timeline
 * and the list show only those; "Clear all filters", there once a filter is on, brings the
 * whole story back.
 */
import { render, screen, within } from '@testing-library/svelte';
import userEvent from '@testing-library/user-event';
import { describe, expect, it } from 'vitest';
import StoryView from '../../src/components/StoryView.svelte';
import { loadStory } from './story.ts';
import { useClicksWithoutDrag, useClientWidth, useResizeObserverStub } from './dom.ts';
import { markName, openFilters } from './helpers.ts';

useResizeObserverStub();
useClicksWithoutDrag();
useClientWidth(1000);

const LE_DRIAN = 'Le Drian calls AUKUS “a stab in the back”';
const SUBMARINE_DEAL = 'Australia orders 12 French-built submarines';

function setup() {
  const user = userEvent.setup();
  const story = loadStory();
  render(StoryView, { story });
  return { user, story };
}

const status = () => screen.getByRole('status');

/** A filter checkbox is named by its label and the count beside it: "China 2". */
const checkbox = (label: string) => screen.getByRole('checkbox', { name: new RegExp(`^${label} \\d+$`) });

function countBeside(label: string): number {
  const name = checkbox(label).closest('label')?.textContent?.trim() ?? '';
  return Number(/(\d+)$/.exec(name)?.[1]);
}

const marks = () => within(screen.getByRole('group', { name: /^Timeline: / })).queryAllByRole('button');
const markNames = () => marks().map((mark) => mark.getAttribute('aria-label'));
/** What the names of the marks of these events read like: each title, then its date in words. */
const namesOf = (...titles: string[]) => titles.map((title) => expect.stringMatching(markName(title)));

/** Switches to the list view and reads it: one entry per shown event, title and countries. */
async function listEntries(user: ReturnType<typeof userEvent.setup>) {
  await user.click(screen.getByRole('button', { name: 'List' }));
  const list = screen.getByRole('list', { name: 'List' });
  return within(list)
    .queryAllByRole('button')
    .map((button) => ({
      title: button.textContent?.trim() ?? '',
      countries: button.closest('li')?.querySelector('.countries')?.textContent?.split(' · ') ?? [],
    }));
}

async function openActors(user: ReturnType<typeof userEvent.setup>) {
  await user.click(screen.getByText('Actors', { selector: 'summary' }));
}

describe('before any filter', () => {
  it('shows all 31 events, and no “Clear all filters” or active filter', async () => {
    const { user } = setup();
    expect(status()).toHaveTextContent(/^31 events$/);
    expect(marks()).toHaveLength(31);
    expect(screen.queryByRole('button', { name: 'Clear all filters' })).not.toBeInTheDocument();
    expect(screen.queryByRole('list', { name: 'Active filters' })).not.toBeInTheDocument();
    expect(await listEntries(user)).toHaveLength(31);
  });

  it('folds the countries and actors behind the “Filters” button', async () => {
    const { user } = setup();
    expect(screen.queryByRole('checkbox', { name: /^China \d+$/ })).not.toBeInTheDocument();
    await openFilters(user);
    expect(checkbox('China')).toBeVisible();
  });
});

describe('filtering by country', () => {
  it('ticking China leaves only the events that involve China, as many as its count said', async () => {
    const { user } = setup();
    await openFilters(user);
    const count = countBeside('China');
    expect(count).toBe(2);

    await user.click(checkbox('China'));

    expect(checkbox('China')).toBeChecked();
    expect(status()).toHaveTextContent(`${count} of 31 events`);
    const entries = await listEntries(user);
    expect(entries).toHaveLength(count);
    for (const entry of entries) expect(entry.countries).toContain('China');
  });

  it('ticking China leaves only China’s events as marks in the timeline', async () => {
    const { user } = setup();
    await openFilters(user);
    await user.click(checkbox('China'));
    expect(markNames().sort()).toEqual(
      namesOf(
        'China condemns AUKUS as “extremely irresponsible”',
        'China’s Washington embassy accuses AUKUS partners of “Cold War mentality”',
      ),
    );
  });

  it('ticking a second country widens the view: France or China', async () => {
    const { user } = setup();
    await openFilters(user);
    await user.click(checkbox('China'));
    await user.click(checkbox('France'));

    // No event involves both France and China, so the counts add up.
    expect(status()).toHaveTextContent('27 of 31 events');
    const entries = await listEntries(user);
    expect(entries).toHaveLength(27);
    for (const entry of entries) expect(entry.countries.some((name) => name === 'France' || name === 'China')).toBe(true);
  });

  it('unticking the country brings every event back', async () => {
    const { user } = setup();
    await openFilters(user);
    await user.click(checkbox('China'));
    await user.click(checkbox('China'));
    expect(checkbox('China')).not.toBeChecked();
    expect(status()).toHaveTextContent(/^31 events$/);
  });

  it('updates the actor counts to say how many of the remaining events each actor is in', async () => {
    const { user } = setup();
    await openFilters(user);
    await openActors(user);
    expect(countBeside('Antony Blinken')).toBe(10);

    await user.click(checkbox('China'));

    expect(countBeside('Antony Blinken')).toBe(0);
    expect(countBeside('Zhao Lijian')).toBe(1);
  });
});

describe('filtering by actor', () => {
  it('opens the actor list from its “Actors” heading', async () => {
    const { user } = setup();
    expect(screen.queryByRole('checkbox', { name: /^Jean-Yves Le Drian \d+$/ })).toBeNull();
    await openFilters(user);
    await openActors(user);
    expect(checkbox('Jean-Yves Le Drian')).toBeVisible();
  });

  it('combined with a country narrows the view: France and Le Drian', async () => {
    const { user } = setup();
    await openFilters(user);
    await user.click(checkbox('France'));
    await openActors(user);
    await user.click(checkbox('Jean-Yves Le Drian'));

    expect(status()).toHaveTextContent('2 of 31 events');
    expect((await listEntries(user)).map((entry) => entry.title)).toEqual([
      LE_DRIAN,
      'Blinken and Le Drian agree to stay in close contact on Afghanistan',
    ]);
  });

  it('shows how many actors are ticked beside the “Actors” heading', async () => {
    const { user } = setup();
    await openFilters(user);
    await openActors(user);
    await user.click(checkbox('Jean-Yves Le Drian'));
    await user.click(checkbox('Zhao Lijian'));
    expect(screen.getByText('Actors (2)', { selector: 'summary' })).toBeInTheDocument();
  });

  it('keeps the actor list open when the reader unticks the last actor', async () => {
    const { user } = setup();
    await openFilters(user);
    await openActors(user);
    await user.click(checkbox('Jean-Yves Le Drian'));
    await user.click(checkbox('Jean-Yves Le Drian'));

    expect(checkbox('Jean-Yves Le Drian')).not.toBeChecked();
    expect(checkbox('Jean-Yves Le Drian')).toBeVisible();
  });

  it('says so when no event matches', async () => {
    const { user } = setup();
    await openFilters(user);
    await user.click(checkbox('China'));
    await openActors(user);
    await user.click(checkbox('Antony Blinken'));

    expect(status()).toHaveTextContent('0 of 31 events');
    expect(marks()).toHaveLength(0);
    expect(screen.getByText('No event matches these filters.')).toBeInTheDocument();
  });
});

describe('searching', () => {
  const searchBox = () => screen.getByRole('searchbox', { name: 'Search titles and quotes' });

  it('“stab” finds Le Drian’s “stab in the back” and leaves out unrelated events', async () => {
    const { user } = setup();
    await user.type(searchBox(), 'stab');

    const titles = (await listEntries(user)).map((entry) => entry.title);
    expect(titles).toContain(LE_DRIAN);
    expect(titles).not.toContain(SUBMARINE_DEAL);
    expect(status()).toHaveTextContent(`${titles.length} of 31 events`);
  });

  it('finds words that appear only in a quote', async () => {
    const { user } = setup();
    // "more reminiscent of the Trump administration than the vision President Joe Biden offered"
    await user.type(searchBox(), 'reminiscent');
    expect(status()).toHaveTextContent('1 of 31 events');
    expect(markNames()).toEqual(namesOf('Transatlantic ties fray under the Trump administration'));
  });

  it('ignores case and accents', async () => {
    const { user } = setup();
    await user.type(searchBox(), 'defense');
    const plain = markNames().sort();
    expect(plain.length).toBeGreaterThan(0);

    await user.clear(searchBox());
    await user.type(searchBox(), 'DÉFENSE');
    expect(markNames().sort()).toEqual(plain);
  });

  it('combines with the country filter', async () => {
    const { user } = setup();
    await openFilters(user);
    await user.click(checkbox('China'));
    await user.type(searchBox(), 'stab');
    expect(markNames()).toEqual(namesOf('China condemns AUKUS as “extremely irresponsible”'));
  });
});

describe('“Clear all filters”', () => {
  it('brings back all 31 events and resets every control', async () => {
    const { user } = setup();
    await openFilters(user);
    await user.click(checkbox('France'));
    await openActors(user);
    await user.click(checkbox('Jean-Yves Le Drian'));
    await user.type(screen.getByRole('searchbox'), 'stab');
    expect(status()).toHaveTextContent('1 of 31 events');

    await user.click(screen.getByRole('button', { name: 'Clear all filters' }));

    expect(status()).toHaveTextContent(/^31 events$/);
    expect(marks()).toHaveLength(31);
    expect(checkbox('France')).not.toBeChecked();
    expect(checkbox('Jean-Yves Le Drian')).not.toBeChecked();
    expect(screen.getByRole('searchbox')).toHaveValue('');
    expect(screen.queryByRole('button', { name: 'Clear all filters' })).not.toBeInTheDocument();
  });
});
