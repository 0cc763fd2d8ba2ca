/**
 * The page URL and the story in step: a shared link reopens the same event and filters,
 * each newly selected event is a step for the browser's Back button, filters replace the
 * current entry, and a link naming what the story does not have is quietly corrected.
 */
import { render, screen, waitFor, within } from '@testing-library/svelte';
import userEvent from '@testing-library/user-event';
import { afterEach, describe, expect, it } from 'vitest';
import StoryView from '../../src/components/StoryView.svelte';
import { syncWithUrl } from '../../src/state/urlSync.svelte.ts';
import { loadStory } from './story.ts';
import { useClicksWithoutDrag, useClientWidth, useResizeObserverStub } from './dom.ts';
import { filtersButton, markNamed, openFilters } from './helpers.ts';

useResizeObserverStub();
useClicksWithoutDrag();
useClientWidth(1000);

const BLINKEN_MACRON = 'Macron and Blinken meet in Paris to mend the AUKUS rift';
const LE_DRIAN = 'Le Drian calls AUKUS “a stab in the back”';

let stopSync: (() => void) | undefined;

afterEach(() => {
  stopSync?.();
  stopSync = undefined;
  window.history.replaceState(null, '', '/');
});

/** Opens the story the way the app does: read the link, then show the story. */
function openLink(search: string) {
  window.history.replaceState(null, '', `/${search}`);
  const user = userEvent.setup();
  const story = loadStory();
  const sync = syncWithUrl(story, window);
  stopSync = sync.stop;
  const { unmount } = render(StoryView, { story });
  return { user, story, ignored: sync.ignored, unmount };
}

const params = () => new URL(window.location.href).searchParams;
const timeline = () => screen.getByRole('group', { name: /^Timeline: / });
const detailHeading = () => within(screen.getByRole('complementary')).getByRole('heading', { level: 2 });
const france = () => screen.getByRole('checkbox', { name: /^France \d+$/ });

describe('opening a link', () => {
  it('?event=blinken-meets-macron&country=FR opens that event’s detail with France ticked', async () => {
    const { user, ignored } = openLink('?event=blinken-meets-macron&country=FR');

    expect(ignored).toEqual([]);
    expect(detailHeading()).toHaveTextContent(BLINKEN_MACRON);
    expect(screen.getByRole('status')).toHaveTextContent('25 of 31 events');
    expect(markNamed(BLINKEN_MACRON, timeline())).toHaveAttribute('aria-pressed', 'true');
    // Folded, the filters still say what the link chose: a chip, and a count on their button.
    expect(
      within(screen.getByRole('list', { name: 'Active filters' })).getByRole('button', { name: 'Remove filter France' }),
    ).toBeInTheDocument();
    expect(filtersButton()).toHaveAccessibleName('Filters 1 chosen');
    await openFilters(user);
    expect(france()).toBeChecked();
  });

  it('keeps the link as it was', () => {
    openLink('?event=blinken-meets-macron&country=FR');
    expect(params().get('event')).toBe('blinken-meets-macron');
    expect(params().get('country')).toBe('FR');
  });

  it('restores the search words, the list view and the grouping by country', () => {
    openLink('?q=stab&view=list&lanes=country');
    expect(screen.getByRole('searchbox')).toHaveValue('stab');
    expect(screen.getByRole('button', { name: 'List' })).toHaveAttribute('aria-pressed', 'true');
    expect(screen.getByRole('list', { name: 'List' })).toBeInTheDocument();
    expect(within(screen.getByRole('list', { name: 'List' })).getByRole('button', { name: LE_DRIAN })).toBeInTheDocument();
  });
});

describe('while reading', () => {
  it('selecting another event pushes a history entry naming it', async () => {
    const { user } = openLink('?event=blinken-meets-macron&country=FR');
    const entries = window.history.length;

    await user.click(markNamed(LE_DRIAN, timeline()));

    expect(window.history.length).toBe(entries + 1);
    expect(params().get('event')).toBe('le-drian-stab-in-the-back');
    expect(params().get('country')).toBe('FR');
  });

  it('Back returns to the event selected before', async () => {
    const { user } = openLink('?event=blinken-meets-macron&country=FR');
    await user.click(markNamed(LE_DRIAN, timeline()));
    expect(detailHeading()).toHaveTextContent(LE_DRIAN);

    window.history.back();

    await waitFor(() => expect(params().get('event')).toBe('blinken-meets-macron'));
    await waitFor(() => expect(detailHeading()).toHaveTextContent(BLINKEN_MACRON));
  });

  it('changing a filter rewrites the link without adding a history entry', async () => {
    const { user } = openLink('?event=blinken-meets-macron&country=FR');
    await openFilters(user);
    const entries = window.history.length;

    await user.click(screen.getByRole('checkbox', { name: /^China \d+$/ }));

    expect(params().get('country')).toBe('FR,CN');
    expect(window.history.length).toBe(entries);
  });

  it('closing the detail drops the event from the link without adding a history entry', async () => {
    const { user } = openLink('?event=blinken-meets-macron&country=FR');
    const entries = window.history.length;

    await user.click(screen.getByRole('button', { name: 'Close' }));

    expect(params().has('event')).toBe(false);
    expect(params().get('country')).toBe('FR');
    expect(window.history.length).toBe(entries);
  });

  it('keeps the language parameter of the page', async () => {
    const { user } = openLink('?lang=fr&event=blinken-meets-macron');
    await user.click(markNamed(LE_DRIAN, timeline()));
    expect(params().get('lang')).toBe('fr');
    expect(params().get('event')).toBe('le-drian-stab-in-the-back');
  });
});

describe('zooming', () => {
  it('writes the visible range into the link, and the link reopens the same stretch of time', async () => {
    const { user, unmount } = openLink('?event=blinken-meets-macron');
    await user.click(screen.getByRole('button', { name: 'Zoom in' }));
    await user.click(screen.getByRole('button', { name: 'Zoom in' }));

    const range = params().get('range');
    expect(range).toMatch(/^\d{4}-\d{2}-\d{2}(T\d{2}:\d{2}Z)?\/\d{4}-\d{2}-\d{2}(T\d{2}:\d{2}Z)?$/);
    const drawn = within(timeline())
      .getAllByRole('button')
      .map((mark) => mark.getAttribute('aria-label'))
      .sort();
    expect(drawn.length).toBeGreaterThan(0);
    expect(drawn.length).toBeLessThan(31);
    const link = window.location.search;

    stopSync?.();
    unmount();
    openLink(link);

    const reopened = within(timeline())
      .getAllByRole('button')
      .map((mark) => mark.getAttribute('aria-label'))
      .sort();
    expect(reopened).toEqual(drawn);
  });
});

describe('a link naming what the story does not have', () => {
  it('is opened without the unknown parts, which are reported in `ignored`', async () => {
    const { user, ignored } = openLink('?event=no-such-event&country=FR,ZZ&actor=nobody,emmanuel-macron');

    expect(ignored).toEqual(['event "no-such-event"', 'country "ZZ"', 'actor "nobody"']);
    expect(screen.queryByRole('complementary')).not.toBeInTheDocument();
    expect(filtersButton()).toHaveAccessibleName('Filters 2 chosen');
    await openFilters(user);
    expect(france()).toBeChecked();
    expect(screen.getByRole('checkbox', { name: /^Emmanuel Macron \d+$/ })).toBeChecked();
  });

  it('is corrected in the address bar', () => {
    openLink('?event=no-such-event&country=FR,ZZ');
    expect(params().has('event')).toBe(false);
    expect(params().get('country')).toBe('FR');
  });

  it('ignores a malformed range and reports it', () => {
    const { ignored } = openLink('?range=2021-10-05/2021-09-01&event=blinken-meets-macron');
    expect(ignored).toEqual(['range "2021-10-05/2021-09-01"']);
    expect(detailHeading()).toHaveTextContent(BLINKEN_MACRON);
  });
});
