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
import { keyButton, openFilters } from './helpers.ts';

useResizeObserverStub();
useClicksWithoutDrag();
useClientWidth(1000);

const FIRST = 'Australia orders 12 French-built submarines';
const SECOND = 'Transatlantic ties fray under the Trump administration';

/**
 * The story as it opens in the app: zoomed onto its densest stretch (September–October
 * 2021), so the 2016 and 2017 events start off screen.
 */
function setup({ zoomed = true } = {}) {
  const user = userEvent.setup();
  const story = loadStory();
  if (zoomed) story.viewport.show('story', false);
  render(StoryView, { story });
  return { user, story };
}

const timeline = () => screen.getByRole('group', { name: /^Timeline: / });
const marks = () => within(timeline()).queryAllByRole('button');
const mark = (title: string) => within(timeline()).getByRole('button', { name: title });
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

    // "How to read this" is the bar's last control, and the status line below it is no tab stop.
    keyButton().focus();
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
    // A planned event's mark adds that it is planned to its title.
    expect(visited.map((name) => name?.replace(/, planned$/, ''))).toEqual(expected);
  });

  it('stop at the ends rather than wrapping round', async () => {
    const { user } = setup();
    const expected = await titlesInListOrder(user);
    mark(expected[5] as string).focus();

    await user.keyboard('{Home}{ArrowLeft}');
    expect(focusedName()).toBe(expected[0]);
    await user.keyboard('{End}{ArrowRight}');
    expect(focusedName()).toBe(expected.at(-1));
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
  it('is announced as “planned” after its title', () => {
    setup({ zoomed: false });
    expect(mark('Postponed Parly–Wallace talks to be held later, planned')).toBeInTheDocument();
    expect(mark('Biden and Macron to meet in Europe at month’s end, planned')).toBeInTheDocument();
  });
});

describe('Home and End', () => {
  it('jump to the first and the last event, panning to marks that were off screen', async () => {
    const { user } = setup();
    const expected = await titlesInListOrder(user);
    // Opened on September–October 2021, the 2016 submarine deal is not drawn.
    expect(within(timeline()).queryByRole('button', { name: FIRST })).not.toBeInTheDocument();
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
