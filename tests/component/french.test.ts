/**
 * The story in French: every interface string, country name and date is French, whether
 * the story starts in French or the reader switches language while reading.
 */
import { render, screen, within } from '@testing-library/svelte';
import userEvent from '@testing-library/user-event';
import { flushSync } from 'svelte';
import { describe, expect, it } from 'vitest';
import StoryView from '../../src/components/StoryView.svelte';
import { loadStory } from './story.ts';
import { useClicksWithoutDrag, useClientWidth, useResizeObserverStub } from './dom.ts';
import { detailDate, filtersButton, keyButton, markNamed, openFilters, openKey } from './helpers.ts';

useResizeObserverStub();
useClicksWithoutDrag();
useClientWidth(1000);

const AUKUS = 'Australia, UK and US unveil the AUKUS pact';
const LE_DRIAN = 'Le Drian calls AUKUS “a stab in the back”';
const MEETING_PLANNED = 'Biden and Macron to meet in Europe at month’s end';

function setup(locale: 'en' | 'fr' = 'fr') {
  const user = userEvent.setup();
  const story = loadStory(locale);
  render(StoryView, { story });
  return { user, story };
}

const timeline = () => screen.getByRole('group', { name: /^Chronologie\s?: / });

describe('in French', () => {
  it('the control bar and the filters speak French', async () => {
    const { user } = setup();
    expect(screen.getByRole('searchbox', { name: 'Rechercher dans les titres et les citations' })).toBeInTheDocument();
    expect(screen.getByRole('status')).toHaveTextContent(/^31 événements$/);
    expect(screen.getByRole('button', { name: 'Liste' })).toBeInTheDocument();
    expect(screen.getByRole('button', { name: 'Tout afficher' })).toBeInTheDocument();
    expect(screen.getByRole('button', { name: 'Zoom avant' })).toBeInTheDocument();
    expect(keyButton('fr')).toBeInTheDocument();
    expect(screen.queryByText('Clear all filters')).not.toBeInTheDocument();

    const panel = await openFilters(user, 'fr');
    expect(within(panel).getByRole('group', { name: 'Pays' })).toBeInTheDocument();
    expect(within(panel).getByRole('checkbox', { name: 'Grouper par pays' })).toBeInTheDocument();
    expect(within(panel).getByText('Acteurs', { selector: 'summary' })).toBeInTheDocument();
    expect(screen.queryByText('Filters')).not.toBeInTheDocument();
  });

  it('the key is titled “Comment lire ce graphique” and speaks French', async () => {
    const { user } = setup();
    const key = await openKey(user, 'fr');
    expect(within(key).getByText('Événement daté au jour près')).toBeInTheDocument();
    expect(within(key).getByText('Événement sur plusieurs jours')).toBeInTheDocument();
    expect(within(key).queryByText('Event on a known day')).not.toBeInTheDocument();
  });

  it('countries are named in French, and filtering says “2 événements sur 31”', async () => {
    const { user } = setup();
    await openFilters(user, 'fr');
    await user.click(screen.getByRole('checkbox', { name: /^Chine \d+$/ }));
    expect(screen.getByRole('status')).toHaveTextContent('2 événements sur 31');
    expect(screen.getByRole('checkbox', { name: /^États-Unis \d+$/ })).toBeInTheDocument();
    const chips = within(screen.getByRole('list', { name: 'Filtres actifs' }));
    expect(chips.getByRole('button', { name: 'Retirer le filtre Chine' })).toBeInTheDocument();
    expect(chips.getByRole('button', { name: 'Effacer tous les filtres' })).toBeEnabled();
    expect(filtersButton('fr')).toHaveAccessibleName('Filtres 1 choisi');
  });

  it('the timeline is labelled and explained in French', () => {
    setup();
    expect(timeline()).toHaveAccessibleDescription(/^Les flèches passent d’un événement à l’autre/);
  });

  it('a planned event’s mark says “prévu”, after its date as the detail gives it', async () => {
    const { user } = setup();
    const mark = markNamed(MEETING_PLANNED, timeline());
    expect(mark).toHaveAccessibleName(/, prévu$/);
    await user.click(mark);
    const date = detailDate(screen.getByRole('complementary', { name: MEETING_PLANNED }));
    expect(date).toMatch(/, prévu$/);
    expect(markNamed(MEETING_PLANNED, timeline())).toHaveAccessibleName(`${MEETING_PLANNED}, ${date}`);
  });

  it('the detail gives the date in French words', async () => {
    const { user } = setup();
    await user.click(markNamed(AUKUS, timeline()));
    expect(within(screen.getByRole('complementary', { name: AUKUS })).getByText('15 septembre 2021')).toBeInTheDocument();
    // And so does the mark's name, uncertain dates included.
    expect(markNamed(AUKUS, timeline())).toHaveAccessibleName(`${AUKUS}, 15 septembre 2021`);
    expect(markNamed(LE_DRIAN, timeline())).toHaveAccessibleName(`${LE_DRIAN}, 16 septembre 2021 (date incertaine)`);
  });

  it('a month-only planned date reads “octobre 2021 (date incertaine), prévu”', async () => {
    const { user } = setup();
    expect(markNamed(MEETING_PLANNED, timeline())).toHaveAccessibleName(`${MEETING_PLANNED}, octobre 2021 (date incertaine), prévu`);
    await user.click(markNamed(MEETING_PLANNED, timeline()));
    const panel = screen.getByRole('complementary', { name: MEETING_PLANNED });
    expect(within(panel).getByText('octobre 2021 (date incertaine), prévu')).toBeInTheDocument();
  });

  it('the detail’s headings, buttons and relation labels are French', async () => {
    const { user } = setup();
    await user.click(markNamed(LE_DRIAN, timeline()));
    const panel = screen.getByRole('complementary', { name: LE_DRIAN });

    expect(within(panel).getByRole('button', { name: 'Fermer' })).toBeInTheDocument();
    expect(within(panel).getByRole('heading', { name: 'Ce que disent les sources' })).toBeInTheDocument();
    expect(within(panel).getByRole('heading', { name: 'Événements liés' })).toBeInTheDocument();
    expect(within(panel).getByText('Répond à')).toBeInTheDocument();
    expect(within(panel).getAllByRole('button', { name: 'Lire dans son contexte' }).length).toBeGreaterThan(0);
    expect(within(panel).getByText(/^Comment cette date a été établie\s*:\s*Date déduite$/)).toBeInTheDocument();
    expect(within(panel).getByText('16 septembre 2021 (date incertaine)')).toBeInTheDocument();
  });

  it('the list view dates events in French', async () => {
    const { user } = setup();
    await user.click(screen.getByRole('button', { name: 'Liste' }));
    const list = screen.getByRole('list', { name: 'Liste' });
    const entry = within(list).getByRole('button', { name: LE_DRIAN }).closest('li') as HTMLElement;
    expect(entry).toHaveTextContent('16 septembre 2021 (date incertaine)');
    expect(entry).toHaveTextContent('France · Australie · États-Unis');
  });

  it('when nothing matches, says so in French', async () => {
    const { user } = setup();
    await user.type(screen.getByRole('searchbox'), 'zzzz');
    expect(screen.getByRole('status')).toHaveTextContent('0 événement sur 31');
    expect(screen.getByText('Aucun événement ne correspond à ces filtres.')).toBeInTheDocument();
  });
});

describe('switching language while reading', () => {
  it('turns the open interface and detail from English into French', async () => {
    const { user, story } = setup('en');
    await user.click(markNamed(AUKUS, screen.getByRole('group', { name: /^Timeline: / })));
    expect(screen.getByText('15 September 2021')).toBeInTheDocument();
    expect(markNamed(AUKUS)).toHaveAccessibleName(`${AUKUS}, 15 September 2021`);

    story.locale = 'fr';
    flushSync();

    expect(filtersButton('fr')).toBeInTheDocument();
    expect(keyButton('fr')).toBeInTheDocument();
    expect(screen.getByRole('status')).toHaveTextContent(/^31 événements$/);
    expect(within(screen.getByRole('complementary', { name: AUKUS })).getByText('15 septembre 2021')).toBeInTheDocument();
    expect(screen.getByRole('button', { name: 'Fermer' })).toBeInTheDocument();
    expect(screen.queryByText('15 September 2021')).not.toBeInTheDocument();
    // The mark's name, which carries the date, changes language with the rest.
    expect(markNamed(AUKUS, timeline())).toHaveAccessibleName(`${AUKUS}, 15 septembre 2021`);
  });
});
