/**
 * The compact control bar: the search, a "Filters" button that opens the countries and
 * actors and says how many are chosen, and a "How to read this" button that opens the key.
 * Below it the status line and, once a filter is on, each filter as a chip the reader can
 * remove, with "Clear all filters" after them.
 */
import { render, screen, within } from '@testing-library/svelte';
import userEvent from '@testing-library/user-event';
import { describe, expect, it } from 'vitest';
import StoryView from '../../src/components/StoryView.svelte';
import { STRINGS } from '../../src/i18n/strings.ts';
import { loadStory } from './story.ts';
import { smallStory } from './smallStory.ts';
import { useClicksWithoutDrag, useClientWidth, usePrefersReducedMotion, useResizeObserverStub } from './dom.ts';
import { filtersButton, keyButton, openFilters, openKey } from './helpers.ts';

useResizeObserverStub();
useClicksWithoutDrag();
useClientWidth(1000);
usePrefersReducedMotion();

function setup(locale: 'en' | 'fr' = 'en') {
  const user = userEvent.setup();
  const story = loadStory(locale);
  render(StoryView, { story });
  return { user, story };
}

const status = () => screen.getByRole('status');
const checkbox = (label: string) => screen.getByRole('checkbox', { name: new RegExp(`^${label} \\d+$`) });
const searchBox = () => screen.getByRole('searchbox', { name: 'Search titles and quotes' });
const chipList = () => screen.queryByRole('list', { name: 'Active filters' });
const chip = (name: string) => within(chipList() as HTMLElement).getByRole('button', { name: `Remove filter ${name}` });
const chipNames = () =>
  within(chipList() as HTMLElement)
    .getAllByRole('button')
    .map((button) => button.getAttribute('aria-label') ?? button.textContent?.trim());
const openActors = (user: ReturnType<typeof userEvent.setup>) => user.click(screen.getByText('Actors', { selector: 'summary' }));

/** France, Jean-Yves Le Drian and “stab”: one event, Le Drian’s “stab in the back”. */
async function chooseThree(user: ReturnType<typeof userEvent.setup>) {
  await openFilters(user);
  await user.click(checkbox('France'));
  await openActors(user);
  await user.click(checkbox('Jean-Yves Le Drian'));
  await user.type(searchBox(), 'stab');
  expect(status()).toHaveTextContent('1 of 31 events');
}

describe('the “Filters” button', () => {
  it('opens and closes the panel of countries and actors, saying so with aria-expanded', async () => {
    const { user } = setup();
    const button = filtersButton();
    expect(button).toHaveAttribute('aria-expanded', 'false');
    expect(screen.queryByRole('region', { name: 'Filters' })).not.toBeInTheDocument();
    expect(screen.queryByRole('group', { name: 'Countries' })).not.toBeInTheDocument();

    await user.click(button);

    expect(button).toHaveAttribute('aria-expanded', 'true');
    const panel = screen.getByRole('region', { name: 'Filters' });
    expect(button).toHaveAttribute('aria-controls', panel.id);
    expect(within(panel).getByRole('group', { name: 'Countries' })).toBeInTheDocument();
    expect(within(panel).getByText('Actors', { selector: 'summary' })).toBeInTheDocument();
    expect(within(panel).getByRole('checkbox', { name: 'Group by country' })).toBeInTheDocument();

    await user.click(button);

    expect(button).toHaveAttribute('aria-expanded', 'false');
    expect(screen.queryByRole('region', { name: 'Filters' })).not.toBeInTheDocument();
  });

  it('says how many countries and actors are chosen: “Filters 2 chosen”', async () => {
    const { user } = setup();
    expect(filtersButton()).toHaveAccessibleName('Filters');

    await openFilters(user);
    await user.click(checkbox('France'));
    expect(filtersButton()).toHaveAccessibleName('Filters 1 chosen');
    await openActors(user);
    await user.click(checkbox('Jean-Yves Le Drian'));
    expect(filtersButton()).toHaveAccessibleName('Filters 2 chosen');

    // The words search; they are no country or actor chosen.
    await user.type(searchBox(), 'stab');
    expect(filtersButton()).toHaveAccessibleName('Filters 2 chosen');

    await user.click(checkbox('France'));
    expect(filtersButton()).toHaveAccessibleName('Filters 1 chosen');
  });

  it('keeps what was ticked when the panel is closed and opened again', async () => {
    const { user } = setup();
    await openFilters(user);
    await user.click(checkbox('China'));
    await user.click(filtersButton());
    expect(status()).toHaveTextContent('2 of 31 events');

    await openFilters(user);
    expect(checkbox('China')).toBeChecked();
  });
});

describe('the active filters', () => {
  it('are not listed, nor is “Clear all filters”, while no filter is on', () => {
    setup();
    expect(status()).toHaveTextContent(/^31 events$/);
    expect(chipList()).not.toBeInTheDocument();
    expect(screen.queryByRole('button', { name: 'Clear all filters' })).not.toBeInTheDocument();
  });

  it('show a chip for the search words, for each country and for each actor, then “Clear all filters”', async () => {
    const { user } = setup();
    await chooseThree(user);
    expect(chipNames()).toEqual(['Remove filter “stab”', 'Remove filter France', 'Remove filter Jean-Yves Le Drian', 'Clear all filters']);
    // The chip shows the value; its button says what pressing it does.
    expect(chip('France')).toHaveTextContent('France');
    expect(chip('“stab”')).toHaveTextContent('“stab”');
  });

  it('appear as soon as one filter is on, and “Clear all filters” with them', async () => {
    const { user } = setup();
    await user.type(searchBox(), 'submarine');
    expect(chip('“submarine”')).toBeInTheDocument();
    expect(within(chipList() as HTMLElement).getByRole('button', { name: 'Clear all filters' })).toBeInTheDocument();
  });

  it('a country’s chip removes that country only, and the count follows', async () => {
    const { user } = setup();
    await openFilters(user);
    await user.click(checkbox('France'));
    await user.click(checkbox('China'));
    await user.type(searchBox(), 'stab');
    // Le Drian’s “stab in the back” and China’s condemnation, at least.
    expect(status()).toHaveTextContent(/^([2-9]|\d\d) of 31 events$/);

    await user.click(chip('France'));

    expect(chipNames()).toEqual(['Remove filter “stab”', 'Remove filter China', 'Clear all filters']);
    expect(checkbox('France')).not.toBeChecked();
    expect(checkbox('China')).toBeChecked();
    expect(searchBox()).toHaveValue('stab');
    expect(filtersButton()).toHaveAccessibleName('Filters 1 chosen');
    expect(status()).toHaveTextContent('1 of 31 events');
  });

  it('the search chip empties the search box only, and the count follows', async () => {
    const { user } = setup();
    await chooseThree(user);

    await user.click(chip('“stab”'));

    expect(searchBox()).toHaveValue('');
    expect(chipNames()).toEqual(['Remove filter France', 'Remove filter Jean-Yves Le Drian', 'Clear all filters']);
    expect(checkbox('France')).toBeChecked();
    expect(checkbox('Jean-Yves Le Drian')).toBeChecked();
    expect(status()).toHaveTextContent('2 of 31 events');
  });

  it('an actor’s chip unticks that actor only, and the count follows', async () => {
    const { user } = setup();
    await chooseThree(user);
    await user.click(chip('“stab”'));

    await user.click(chip('Jean-Yves Le Drian'));

    expect(chipNames()).toEqual(['Remove filter France', 'Clear all filters']);
    expect(checkbox('Jean-Yves Le Drian')).not.toBeChecked();
    expect(checkbox('France')).toBeChecked();
    expect(status()).toHaveTextContent('25 of 31 events');
  });

  it('removing the last chip brings back every event and takes the list away', async () => {
    const { user } = setup();
    await openFilters(user);
    await user.click(checkbox('China'));
    expect(status()).toHaveTextContent('2 of 31 events');

    await user.click(chip('China'));

    expect(status()).toHaveTextContent(/^31 events$/);
    expect(chipList()).not.toBeInTheDocument();
    expect(checkbox('China')).not.toBeChecked();
    expect(filtersButton()).toHaveAccessibleName('Filters');
  });

  it('“Clear all filters” removes them all', async () => {
    const { user } = setup();
    await chooseThree(user);

    await user.click(screen.getByRole('button', { name: 'Clear all filters' }));

    expect(status()).toHaveTextContent(/^31 events$/);
    expect(chipList()).not.toBeInTheDocument();
    expect(screen.queryByRole('button', { name: 'Clear all filters' })).not.toBeInTheDocument();
    expect(searchBox()).toHaveValue('');
    expect(checkbox('France')).not.toBeChecked();
    expect(checkbox('Jean-Yves Le Drian')).not.toBeChecked();
    expect(filtersButton()).toHaveAccessibleName('Filters');
  });
});

describe('“How to read this”', () => {
  it('opens and closes the key, saying so with aria-expanded', async () => {
    const { user } = setup();
    const button = keyButton();
    expect(button).toHaveAttribute('aria-expanded', 'false');
    expect(screen.queryByRole('region', { name: 'How to read this' })).not.toBeInTheDocument();

    await user.click(button);

    expect(button).toHaveAttribute('aria-expanded', 'true');
    const key = screen.getByRole('region', { name: 'How to read this' });
    expect(button).toHaveAttribute('aria-controls', key.id);
    expect(within(key).getByText('Event on a known day')).toBeInTheDocument();

    await user.click(button);

    expect(button).toHaveAttribute('aria-expanded', 'false');
    expect(screen.queryByRole('region', { name: 'How to read this' })).not.toBeInTheDocument();
  });

  it('belongs to the timeline: the list view has neither the button nor the key', async () => {
    const { user } = setup();
    await openKey(user);
    await user.click(screen.getByRole('button', { name: 'List' }));
    expect(screen.queryByRole('button', { name: 'How to read this' })).not.toBeInTheDocument();
    expect(screen.queryByRole('region', { name: 'How to read this' })).not.toBeInTheDocument();
  });

  it('names the link types and planned events of a story that has them', async () => {
    const { user } = setup();
    const key = await openKey(user);
    const text = STRINGS.en;
    const links = within(key).getByRole('list', { name: text.legendLinks });
    expect(
      within(links)
        .getAllByRole('listitem')
        .map((item) => item.textContent?.trim()),
    ).toEqual([text.linkTypes.causes, text.linkTypes['responds-to'], text.linkTypes['follows-up'], text.linkTypes.context]);
    expect(within(key).getByText(text.legendPlanned)).toBeInTheDocument();
  });

  it('names only what the story draws: a story without links or plans lists no link type', async () => {
    const user = userEvent.setup();
    render(StoryView, {
      story: smallStory([
        { id: 'a', title: 'Ministers meet', date: '2019-01-15', countries: ['FR'] },
        { id: 'b', title: 'Talks resume', date: '2019-03-02', countries: ['DE'] },
      ]),
    });
    const text = STRINGS.en;
    const key = await openKey(user);

    expect(within(key).getByText('France')).toBeInTheDocument();
    expect(within(key).getByText('Germany')).toBeInTheDocument();
    expect(within(key).getByText(text.legendPoint)).toBeInTheDocument();
    expect(within(key).queryByRole('list', { name: text.legendLinks })).not.toBeInTheDocument();
    for (const type of Object.values(text.linkTypes)) expect(within(key).queryByText(type)).not.toBeInTheDocument();
    for (const absent of [text.legendSpan, text.legendCovered, text.legendPlanned, text.otherCountries]) {
      expect(within(key).queryByText(absent)).not.toBeInTheDocument();
    }
  });
});

describe('in French', () => {
  it('the bar, the chips and the key speak French', async () => {
    const { user } = setup('fr');
    expect(filtersButton('fr')).toHaveAccessibleName('Filtres');
    expect(keyButton('fr')).toHaveAttribute('aria-expanded', 'false');

    await openFilters(user, 'fr');
    await user.click(screen.getByRole('checkbox', { name: /^France \d+$/ }));
    await user.click(screen.getByRole('checkbox', { name: /^Chine \d+$/ }));
    await user.type(screen.getByRole('searchbox', { name: 'Rechercher dans les titres et les citations' }), 'sous-marin');

    expect(filtersButton('fr')).toHaveAccessibleName('Filtres 2 choisis');
    const chips = within(screen.getByRole('list', { name: 'Filtres actifs' }));
    expect(chips.getByRole('button', { name: 'Retirer le filtre “sous-marin”' })).toBeInTheDocument();
    expect(chips.getByRole('button', { name: 'Retirer le filtre France' })).toBeInTheDocument();
    expect(chips.getByRole('button', { name: 'Retirer le filtre Chine' })).toBeInTheDocument();
    expect(chips.getByRole('button', { name: 'Effacer tous les filtres' })).toBeInTheDocument();
    expect(screen.getByRole('status')).toHaveTextContent(/^(?:[01] événement|\d+ événements) sur 31$/);

    await user.click(chips.getByRole('button', { name: 'Retirer le filtre Chine' }));
    expect(filtersButton('fr')).toHaveAccessibleName('Filtres 1 choisi');

    const key = await openKey(user, 'fr');
    expect(keyButton('fr')).toHaveAttribute('aria-expanded', 'true');
    expect(within(key).getByRole('list', { name: 'Liens' })).toBeInTheDocument();
    expect(within(key).getByText('Événement daté au jour près')).toBeInTheDocument();
  });
});

describe('focus and memory of the controls', () => {
  it('keeps focus in the chips as they are removed, then gives it to the search box', async () => {
    const { user } = setup();
    await chooseThree(user);
    chip('France').focus();
    await user.keyboard('{Enter}');
    // The chip that took France's place has focus, not the page.
    expect(document.activeElement).toBe(chip('Jean-Yves Le Drian'));
    await user.keyboard('{Enter}');
    expect(document.activeElement).toBe(chip('“stab”'));
    await user.keyboard('{Enter}');
    expect(chipList()).not.toBeInTheDocument();
    expect(document.activeElement).toBe(searchBox());
  });

  it('gives focus to the search box after “Clear all filters”', async () => {
    const { user } = setup();
    await chooseThree(user);
    await user.click(screen.getByRole('button', { name: 'Clear all filters' }));
    expect(status()).toHaveTextContent('31 events');
    expect(document.activeElement).toBe(searchBox());
  });

  it('reopens the Filters panel as the reader left it, the actors open', async () => {
    const { user } = setup();
    const panel = await openFilters(user);
    await openActors(user);
    expect(within(panel).getByText('Actors', { selector: 'summary' }).closest('details')).toHaveAttribute('open');
    await user.click(filtersButton());
    expect(screen.queryByRole('region', { name: 'Filters' })).not.toBeInTheDocument();
    const reopened = await openFilters(user);
    expect(within(reopened).getByText('Actors', { selector: 'summary' }).closest('details')).toHaveAttribute('open');
    expect(checkbox('Jean-Yves Le Drian')).toBeVisible();
  });
});
