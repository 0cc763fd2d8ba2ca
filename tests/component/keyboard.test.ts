/**
 * The timeline from the keyboard: one mark is the tab stop; the arrow keys walk the
 * events in time order, Home and End jump to the ends, Enter opens the detail. The view
 * pans so the focused mark is drawn, even when it was off screen.
 */
import { render, screen, waitFor, within } from '@testing-library/svelte';
import userEvent from '@testing-library/user-event';
import { describe, expect, it } from 'vitest';
import { tick } from 'svelte';
import StoryView from '../../src/components/StoryView.svelte';
import { loadStory } from './story.ts';
import { useClicksWithoutDrag, useClientWidth, useResizeObserverStub } from './dom.ts';
import { describeDate } from '../../src/i18n/dates.ts';
import { STRINGS, type Locale } from '../../src/i18n/strings.ts';
import { detailDate, markName, markNamed, openFilters, queryMarkNamed } from './helpers.ts';

useResizeObserverStub();
useClicksWithoutDrag();
useClientWidth(1000);

const FIRST = 'Australia orders 12 French-built submarines';
const SECOND = 'Transatlantic ties fray under the Trump administration';

/**
 * The story as it opens in the app: zoomed onto its densest stretch (September–October
 * 2021), so the 2016 and 2017 events start off screen.
 */
function setup({ zoomed = true, locale = 'en' as Locale } = {}) {
  const user = userEvent.setup();
  const story = loadStory(locale);
  if (zoomed) story.viewport.show('story', false);
  render(StoryView, { story });
  return { user, story };
}

const timeline = (locale: Locale = 'en') =>
  screen.getByRole('group', { name: new RegExp(`^${STRINGS[locale].timeline}${STRINGS[locale].colon}`) });
const marks = (locale: Locale = 'en') => within(timeline(locale)).queryAllByRole('button');
const mark = (title: string) => markNamed(title, timeline());
const focusedName = () => document.activeElement?.getAttribute('aria-label');

/** The titles in the list view, which lists the events in time order. */
async function titlesInListOrder(user: ReturnType<typeof userEvent.setup>): Promise<string[]> {
  await user.click(screen.getByRole('button', { name: 'List' }));
  const titles = within(screen.getByRole('list', { name: 'List' }))
    .getAllByRole('button')
    .map((button) => button.textContent?.trim() ?? '');
  await user.click(screen.getByRole('button', { name: 'Timeline' }));
  return titles;
}

describe('the timeline’s tab stop', () => {
  it('is a single mark: Tab enters the timeline once, not once per event', () => {
    setup({ zoomed: false });
    const tabbable = marks().filter((element) => element.getAttribute('tabindex') === '0');
    expect(tabbable).toHaveLength(1);
    expect(marks()).toHaveLength(31);
  });

  it('is reachable with Tab from the control bar as the story opens, zoomed on its densest stretch', async () => {
    const { user } = setup();
    await tick(); // the opening zoom is applied once the timeline has measured its width
    // The first event (2016) is off screen, so the tab stop must be a mark that is drawn.
    const tabStops = marks().filter((element) => element.getAttribute('tabindex') === '0');
    expect(tabStops).toHaveLength(1);

    // "Start" is the bar's last control here (no Embed button outside the app), and the status line after it is no tab stop.
    screen.getByRole('button', { name: 'Start ›' }).focus();
    await user.tab();
    expect(tabStops[0]).toHaveFocus();
  });

  it('says how to use it: the timeline is described by its keyboard help', () => {
    setup();
    expect(timeline()).toHaveAccessibleDescription(/Arrow keys move between events in time order/);
  });
});

describe('arrow keys', () => {
  it('ArrowRight moves focus to the next event in time order, ArrowLeft back', async () => {
    const { user } = setup({ zoomed: false });
    mark(FIRST).focus();

    await user.keyboard('{ArrowRight}');
    expect(mark(SECOND)).toHaveFocus();

    await user.keyboard('{ArrowLeft}');
    expect(mark(FIRST)).toHaveFocus();
  });

  it('walk every event in the same order as the list view', async () => {
    const { user } = setup();
    const expected = await titlesInListOrder(user);
    expect(expected).toHaveLength(31);

    marks()[0]?.focus();
    await user.keyboard('{Home}');
    const visited = [focusedName()];
    for (let i = 1; i < expected.length; i += 1) {
      await user.keyboard('{ArrowRight}');
      visited.push(focusedName());
    }
    // Each mark's name is its title, then its date in words.
    expect(visited).toEqual(expected.map((title) => expect.stringMatching(markName(title))));
  });

  it('stop at the ends rather than wrapping round', async () => {
    const { user } = setup();
    const expected = await titlesInListOrder(user);
    mark(expected[5] as string).focus();

    await user.keyboard('{Home}{ArrowLeft}');
    expect(focusedName()).toMatch(markName(expected[0] as string));
    await user.keyboard('{End}{ArrowRight}');
    expect(focusedName()).toMatch(markName(expected.at(-1) as string));
  });

  it('make the focused mark the tab stop', async () => {
    const { user } = setup({ zoomed: false });
    mark(FIRST).focus();
    await user.keyboard('{ArrowRight}');

    expect(mark(SECOND)).toHaveAttribute('tabindex', '0');
    expect(mark(FIRST)).toHaveAttribute('tabindex', '-1');
  });
});

describe('a planned event', () => {
  it('is announced as “planned” after its title and its date, as the detail gives the date', async () => {
    const { user } = setup({ zoomed: false });
    for (const title of ['Postponed Parly–Wallace talks to be held later', 'Biden and Macron to meet in Europe at month’s end']) {
      expect(mark(title)).toHaveAccessibleName(/, planned$/);
      mark(title).focus();
      await user.keyboard('{Enter}');
      const date = detailDate(screen.getByRole('complementary', { name: title }));
      expect(date).toMatch(/, planned$/);
      expect(mark(title)).toHaveAccessibleName(`${title}, ${date}`);
      await user.keyboard('{Escape}');
      // Focus is back on the mark a frame later; wait for it, lest it come back after the next mark is focused.
      await waitFor(() => expect(mark(title)).toHaveFocus());
    }
  });
});

describe('Home and End', () => {
  it('jump to the first and the last event, panning to marks that were off screen', async () => {
    const { user } = setup();
    const expected = await titlesInListOrder(user);
    // Opened on September–October 2021, the 2016 submarine deal is not drawn.
    expect(queryMarkNamed(FIRST, timeline())).not.toBeInTheDocument();
    marks()[0]?.focus();

    await user.keyboard('{Home}');
    expect(mark(FIRST)).toHaveFocus();

    await user.keyboard('{End}');
    expect(mark(expected.at(-1) as string)).toHaveFocus();
  });
});

describe('Enter', () => {
  it('opens the detail of the focused event', async () => {
    const { user } = setup({ zoomed: false });
    mark(FIRST).focus();
    await user.keyboard('{ArrowRight}{Enter}');

    const panel = screen.getByRole('complementary', { name: SECOND });
    expect(within(panel).getByRole('heading', { level: 2 })).toHaveFocus();
    expect(mark(SECOND)).toHaveAttribute('aria-pressed', 'true');
  });

  it('then Escape closes it and the arrows carry on from that event', async () => {
    const { user } = setup({ zoomed: false });
    mark(FIRST).focus();
    await user.keyboard('{ArrowRight}{Enter}');
    await user.keyboard('{Escape}');

    expect(screen.queryByRole('complementary')).not.toBeInTheDocument();
    await waitFor(() => expect(mark(SECOND)).toHaveFocus());
    await user.keyboard('{ArrowLeft}');
    expect(mark(FIRST)).toHaveFocus();
  });

  it('Space opens the detail too', async () => {
    const { user } = setup({ zoomed: false });
    mark(FIRST).focus();
    await user.keyboard(' ');
    expect(screen.getByRole('complementary', { name: FIRST })).toBeInTheDocument();
  });
});

describe('with a filter on', () => {
  it('the arrows skip the events the filters hide', async () => {
    const { user } = setup();
    await openFilters(user);
    await user.click(screen.getByRole('checkbox', { name: /^China \d+$/ }));
    const shown = marks().map((element) => element.getAttribute('aria-label'));
    expect(shown).toHaveLength(2);

    marks()[0]?.focus();
    await user.keyboard('{Home}');
    const first = focusedName();
    await user.keyboard('{ArrowRight}');
    const second = focusedName();
    await user.keyboard('{ArrowRight}');

    expect([first, second].sort()).toEqual([...shown].sort());
    expect(focusedName()).toBe(second);
  });
});

describe('walking the marks with the arrow keys, a screen-reader user', () => {
  it.each(['en', 'fr'] as const)('hears each event’s title and its date in words, with its precision (%s)', async (locale) => {
    const { user, story } = setup({ locale });
    /** The event a mark stands for, and what its name should say: its title and its date as the detail and the list say it. */
    const expectedName = (element: Element) => {
      const event = story.event(element.getAttribute('data-event-id') ?? '');
      if (!event) throw new Error(`this mark stands for no event: ${element.outerHTML.slice(0, 200)}`);
      return { id: event.id, name: `${event.title}, ${describeDate(event.parsedDate, event.status, locale)}` };
    };

    marks(locale)[0]?.focus();
    await user.keyboard('{Home}');
    const heard: string[] = [];
    const visited: string[] = [];
    for (let i = 0; i < story.shownEvents.length; i += 1) {
      if (i > 0) await user.keyboard('{ArrowRight}');
      const focused = document.activeElement as HTMLElement;
      expect(timeline(locale)).toContainElement(focused);
      const { id, name } = expectedName(focused);
      expect(focused).toHaveAccessibleName(name);
      heard.push(name);
      visited.push(id);
    }

    // Every shown event, each once, in time order.
    expect(visited).toEqual(story.shownEvents.map((event) => event.id));
    // The walk heard dates of every kind: uncertain and planned ones among them.
    const words =
      locale === 'en' ? { uncertain: ' (uncertain)', planned: ', planned' } : { uncertain: ' (date incertaine)', planned: ', prévu' };
    expect(heard.filter((name) => name.includes(words.uncertain)).length).toBeGreaterThan(5);
    expect(heard.filter((name) => name.endsWith(words.planned))).toHaveLength(2);
    // And every mark drawn where the walk ended says the same.
    for (const element of marks(locale)) expect(element).toHaveAccessibleName(expectedName(element).name);
  });
});
