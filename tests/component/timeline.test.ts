/**
 * Moving about the timeline with its own controls: zoom in and out, "Fit all", the
 * "earlier" and "later" buttons at the edges, the + and − keys, and grouping by country.
 */
import { render, screen, within } from '@testing-library/svelte';
import userEvent from '@testing-library/user-event';
import { describe, expect, it } from 'vitest';
import StoryView from '../../src/components/StoryView.svelte';
import { loadStory } from './story.ts';
import { useClicksWithoutDrag, useClientWidth, usePrefersReducedMotion, useResizeObserverStub } from './dom.ts';
import { markNamed, openFilters, openKey, queryMarkNamed } from './helpers.ts';

useResizeObserverStub();
useClicksWithoutDrag();
useClientWidth(1000);
usePrefersReducedMotion();

function setup({ zoomed = false } = {}) {
  const user = userEvent.setup();
  const story = loadStory();
  if (zoomed) story.viewport.show('story', false);
  render(StoryView, { story });
  return { user, story };
}

const timeline = () => screen.getByRole('group', { name: /^Timeline: / });
const drawn = () =>
  within(timeline())
    .queryAllByRole('button')
    .map((mark) => mark.getAttribute('aria-label') ?? '');
const edgeButton = (side: 'earlier' | 'later') => screen.queryByRole('button', { name: new RegExp(`\\d+ ${side} events?`) });
const countOn = (button: HTMLElement | null) => Number(/(\d+)/.exec(button?.textContent ?? '')?.[1] ?? 0);

describe('zooming', () => {
  it('“Zoom in” draws fewer events and says how many lie beyond each edge', async () => {
    const { user } = setup();
    expect(drawn()).toHaveLength(31);
    expect(edgeButton('earlier')).not.toBeInTheDocument();
    expect(edgeButton('later')).not.toBeInTheDocument();

    await user.click(screen.getByRole('button', { name: 'Zoom in' }));
    await user.click(screen.getByRole('button', { name: 'Zoom in' }));

    const shown = drawn().length;
    expect(shown).toBeLessThan(31);
    // Every event not drawn is counted at an edge (a long span may be both drawn and counted).
    expect(countOn(edgeButton('earlier')) + countOn(edgeButton('later'))).toBeGreaterThanOrEqual(31 - shown);
  });

  it('“Zoom out” after “Zoom in” shows the whole story again', async () => {
    const { user } = setup();
    await user.click(screen.getByRole('button', { name: 'Zoom in' }));
    await user.click(screen.getByRole('button', { name: 'Zoom out' }));
    expect(drawn()).toHaveLength(31);
  });

  it('the + and − keys zoom from a focused mark', async () => {
    const { user } = setup();
    markNamed('Australia, UK and US unveil the AUKUS pact', timeline()).focus();

    await user.keyboard('++');
    expect(drawn().length).toBeLessThan(31);

    await user.keyboard('--');
    expect(drawn()).toHaveLength(31);
  });
});

describe('the story as it opens', () => {
  it('shows its densest stretch, with the earlier events counted at the left edge', () => {
    setup({ zoomed: true });
    expect(queryMarkNamed('Australia orders 12 French-built submarines', timeline())).not.toBeInTheDocument();
    expect(markNamed('Macron and Blinken meet in Paris to mend the AUKUS rift', timeline())).toBeInTheDocument();
    expect(countOn(edgeButton('earlier'))).toBeGreaterThan(0);
    expect(countOn(edgeButton('earlier')) + countOn(edgeButton('later'))).toBeGreaterThanOrEqual(31 - drawn().length);
  });

  it('“Fit all” shows every event', async () => {
    const { user } = setup({ zoomed: true });
    await user.click(screen.getByRole('button', { name: 'Fit all' }));
    expect(drawn()).toHaveLength(31);
    expect(edgeButton('earlier')).not.toBeInTheDocument();
  });

  it('the “earlier events” button brings the nearest earlier event into view', async () => {
    const { user } = setup({ zoomed: true });
    const before = countOn(edgeButton('earlier'));
    const drawnBefore = drawn();

    await user.click(edgeButton('earlier') as HTMLElement);

    expect(countOn(edgeButton('earlier'))).toBeLessThan(before);
    expect(drawn().filter((title) => !drawnBefore.includes(title)).length).toBeGreaterThan(0);
  });
});

describe('grouping by country', () => {
  it('labels a lane for each country, in the legend’s order', async () => {
    const { user } = setup();
    const key = await openKey(user);
    const legend = within(key).getAllByRole('list')[0] as HTMLElement;
    const countries = within(legend)
      .getAllByRole('listitem')
      .map((item) => item.textContent?.trim());

    const filters = await openFilters(user);
    await user.click(within(filters).getByRole('checkbox', { name: 'Group by country' }));

    const lanes = [...timeline().querySelectorAll('.lane-label')].map((label) => label.textContent);
    expect(lanes.length).toBeGreaterThan(1);
    expect(countries).toEqual(expect.arrayContaining(lanes));
    expect(lanes).toEqual(countries.filter((name) => lanes.includes(name ?? '')));
    expect(drawn()).toHaveLength(31);
  });
});
