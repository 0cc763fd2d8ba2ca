/**
 * How each date is known (issue 14): the Filters panel's "How the date is known" facet, with
 * its counts, combined with the other filters, as chips and in the link's count on the bar;
 * and the open caret that marks an inferred date in the picture, which the key explains
 * only for a story that has one.
 */
import { render, screen, within } from '@testing-library/svelte';
import userEvent from '@testing-library/user-event';
import { describe, expect, it } from 'vitest';
import StoryView from '../../src/components/StoryView.svelte';
import { STRINGS, type Locale } from '../../src/i18n/strings.ts';
import type { DateBasis } from '../../src/model/schema.ts';
import { loadStory } from './story.ts';
import { smallStory } from './smallStory.ts';
import { useClicksWithoutDrag, useClientWidth, useResizeObserverStub } from './dom.ts';
import { filtersButton, openFilters, openKey } from './helpers.ts';

useResizeObserverStub();
useClicksWithoutDrag();
useClientWidth(1000);

function setup(locale: Locale = 'en') {
  const user = userEvent.setup();
  const story = loadStory(locale);
  render(StoryView, { story });
  const count = (basis: DateBasis) => story.events.filter((event) => event.dateBasis === basis).length;
  return { user, story, count };
}

const status = () => screen.getByRole('status').textContent?.trim();

describe('the facet "How the date is known"', () => {
  it('counts the events of each basis, in the order stated, worked out, inferred', async () => {
    const { user, count } = setup();
    const panel = await openFilters(user);
    const group = within(panel).getByRole('group', { name: 'How the date is known' });
    const options = within(group)
      .getAllByRole('checkbox')
      .map((box) => box.closest('label')?.textContent?.replace(/\s+/g, ' ').trim());
    expect(options).toEqual([
      `Stated in the sources ${count('stated')}`,
      `Worked out from the text ${count('relative')}`,
      `Inferred ${count('inferred')}`,
    ]);
    expect(count('stated') + count('relative') + count('inferred')).toBe(31);
  });

  it('ticking "Inferred" leaves the inferred dates, with a chip and a count on the bar', async () => {
    const { user, story, count } = setup();
    const panel = await openFilters(user);
    await user.click(within(panel).getByRole('checkbox', { name: /^Inferred \d+$/ }));
    expect(status()).toBe(`${count('inferred')} of 31 events`);
    expect(story.shownEvents.every((event) => event.dateBasis === 'inferred')).toBe(true);
    expect(filtersButton()).toHaveAccessibleName('Filters 1 chosen');
    const chips = screen.getByRole('list', { name: 'Active filters' });
    expect(within(chips).getByRole('button', { name: 'Remove filter Date inferred' })).toBeInTheDocument();

    // With a country: both at once, and each facet counts given the other.
    await user.click(within(panel).getByRole('checkbox', { name: /^France \d+$/ }));
    const frenchInferred = story.events.filter((event) => event.dateBasis === 'inferred' && event.countries.includes('FR')).length;
    expect(status()).toBe(`${frenchInferred} of 31 events`);
    const frenchStated = story.events.filter((event) => event.dateBasis === 'stated' && event.countries.includes('FR')).length;
    expect(within(panel).getByRole('checkbox', { name: `Stated in the sources ${frenchStated}` })).not.toBeChecked();
    expect(filtersButton()).toHaveAccessibleName('Filters 2 chosen');

    await user.click(within(chips).getByRole('button', { name: 'Remove filter Date inferred' }));
    expect(story.filters.bases).toEqual([]);
    expect(status()).toBe(`${story.events.filter((event) => event.countries.includes('FR')).length} of 31 events`);
  });

  it('speaks French', async () => {
    const { user, count } = setup('fr');
    const panel = await openFilters(user, 'fr');
    const group = within(panel).getByRole('group', { name: 'Comment la date est connue' });
    await user.click(within(group).getByRole('checkbox', { name: `Déduite ${count('inferred')}` }));
    expect(screen.getByRole('button', { name: 'Retirer le filtre Date déduite' })).toBeInTheDocument();
    expect(within(group).getByRole('checkbox', { name: `Donnée par les sources ${count('stated')}` })).toBeInTheDocument();
    expect(within(group).getByRole('checkbox', { name: `Calculée d’après le texte ${count('relative')}` })).toBeInTheDocument();
  });

  it('is left out of a story whose dates are all known the same way', async () => {
    const user = userEvent.setup();
    render(StoryView, { story: smallStory() });
    // Five stated dates, no country, no actor: nothing to filter by, so no Filters button.
    expect(screen.queryByRole('button', { name: /^Filters/ })).toBeNull();
    expect(screen.queryByRole('group', { name: 'How the date is known' })).toBeNull();
    const key = await openKey(user);
    expect(within(key).queryByText(STRINGS.en.legendInferred)).toBeNull();
    expect(document.querySelectorAll('.event .caret')).toHaveLength(0);
  });
});

describe('the caret of an inferred date', () => {
  it('is drawn on exactly the marks of inferred dates', () => {
    const { story } = setup();
    const drawn = [...document.querySelectorAll<SVGGElement>('g.event[data-event-id]')];
    expect(drawn.length).toBeGreaterThan(0);
    for (const mark of drawn) {
      const event = story.event(mark.dataset.eventId ?? '');
      expect(mark.querySelectorAll('.caret'), mark.dataset.eventId).toHaveLength(event?.dateBasis === 'inferred' ? 1 : 0);
    }
    expect(drawn.some((mark) => mark.querySelector('.caret'))).toBe(true);
    expect(drawn.some((mark) => !mark.querySelector('.caret'))).toBe(true);
  });

  it('is explained by the key of a story with inferred dates', async () => {
    const { user } = setup();
    const key = await openKey(user);
    expect(within(key).getByText(STRINGS.en.legendInferred)).toBeInTheDocument();
  });
});
