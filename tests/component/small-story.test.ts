/**
 * A small story, as a TimelineJS import gives it: five events, no country, no actor, no
 * link. It opens whole, and shows no empty facet, lane or legend entry: no "Filters" button
 * (so no "Countries" heading, no "Actors" disclosure, no "Group by country"), no link type
 * or planned mark in the key, and a lane of events without a country says so in words.
 */
import { render, screen, within } from '@testing-library/svelte';
import userEvent from '@testing-library/user-event';
import { describe, expect, it } from 'vitest';
import StoryView from '../../src/components/StoryView.svelte';
import { STRINGS } from '../../src/i18n/strings.ts';
import { FIVE_EVENTS, smallStory } from './smallStory.ts';
import { useClicksWithoutDrag, useClientWidth, usePrefersReducedMotion, useResizeObserverStub } from './dom.ts';
import { openFilters, openKey } from './helpers.ts';

useResizeObserverStub();
useClicksWithoutDrag();
useClientWidth(1000);
usePrefersReducedMotion();

const timeline = () => document.querySelector('svg[role="group"]') as SVGSVGElement;
const drawnIds = () => [...timeline().querySelectorAll('[data-event-id]')].map((mark) => mark.getAttribute('data-event-id'));
const edgeButtons = () => screen.queryAllByRole('button', { name: /\d+ (earlier|later) events?/ });

describe('a five-event story', () => {
  it('opens with all five events drawn and no “earlier” or “later” button', () => {
    const story = smallStory();
    story.viewport.show('story', false);
    render(StoryView, { story });
    expect(drawnIds().sort()).toEqual(FIVE_EVENTS.map((event) => event.id).sort());
    expect(edgeButtons()).toHaveLength(0);
  });
});

describe('a story without countries, actors or links', () => {
  for (const locale of ['en', 'fr'] as const) {
    it(`shows no empty facet, toggle or legend entry (${locale})`, async () => {
      const user = userEvent.setup();
      const text = STRINGS[locale];
      render(StoryView, { story: smallStory(undefined, { locale }) });
      // Nothing to filter by but words: the search stays, the Filters button and its panel do not.
      expect(screen.getByRole('searchbox', { name: text.search })).toBeInTheDocument();
      expect(screen.queryByRole('button', { name: new RegExp(`^${text.filters}`) })).toBeNull();
      expect(screen.queryByRole('region', { name: text.filters })).toBeNull();
      expect(screen.queryByRole('group', { name: text.countries })).toBeNull();
      expect(screen.queryByText(text.countries)).toBeNull();
      expect(screen.queryByText(text.actors)).toBeNull();
      expect(screen.queryByRole('checkbox', { name: text.groupByCountry })).toBeNull();

      const key = await openKey(user, locale);
      expect(within(key).getByText(text.legendPoint)).toBeInTheDocument();
      for (const absent of [text.legendSpan, text.legendCovered, text.legendPlanned, text.otherCountries]) {
        expect(within(key).queryByText(absent)).toBeNull();
      }
      expect(within(key).queryByText(new RegExp(text.legendApprox))).toBeNull();
      expect(within(key).queryByRole('list', { name: text.legendLinks })).toBeNull();
      for (const type of Object.values(text.linkTypes)) expect(within(key).queryByText(type)).toBeNull();
      // Nothing in the page is named by a bare dash.
      expect(screen.queryByText('—')).toBeNull();
    });

    it(`names the lane of events without a country in words (${locale})`, () => {
      const story = smallStory(undefined, { locale });
      story.lanes = 'country';
      render(StoryView, { story });
      const label = timeline().querySelector('.lane-label');
      expect(label?.textContent).toBe(STRINGS[locale].noCountry);
    });
  }

  it('shows what a story does use: its countries, its actors, its link types and planned events', async () => {
    const user = userEvent.setup();
    const story = smallStory(
      [
        { id: 'a', title: 'Ministers meet', date: '2019-01-15', countries: ['FR'], actors: ['minister'] },
        { id: 'b', title: 'A summit is planned', date: '2019-06', status: 'planned', related: [{ event: 'a', type: 'follows-up' }] },
      ],
      { actors: [{ id: 'minister', name: 'The minister', kind: 'person' }] },
    );
    render(StoryView, { story });
    const text = STRINGS.en;
    const filters = await openFilters(user);
    expect(within(filters).getByText(text.countries)).toBeInTheDocument();
    expect(within(filters).getByText(text.actors)).toBeInTheDocument();
    expect(within(filters).getByRole('checkbox', { name: text.groupByCountry })).toBeInTheDocument();
    const key = await openKey(user);
    expect(within(key).getByText(text.legendPlanned)).toBeInTheDocument();
    expect(within(key).getByText(text.legendCovered)).toBeInTheDocument();
    const links = within(key).getByRole('list', { name: text.legendLinks });
    expect(
      within(links)
        .getAllByRole('listitem')
        .map((item) => item.textContent?.trim()),
    ).toEqual([text.linkTypes['follows-up']]);
  });
});
