/**
 * The story in German and in Spanish: the controls, the counts, the countries and the dates
 * in words, and a switch of language while reading.
 */
import { render, screen, within } from '@testing-library/svelte';
import userEvent from '@testing-library/user-event';
import { flushSync } from 'svelte';
import { describe, expect, it } from 'vitest';
import StoryView from '../../src/components/StoryView.svelte';
import type { Locale } from '../../src/i18n/strings.ts';
import { loadStory } from './story.ts';
import { useClicksWithoutDrag, useClientWidth, useResizeObserverStub } from './dom.ts';
import { filtersButton, markNamed, openFilters, openKey } from './helpers.ts';

useResizeObserverStub();
useClicksWithoutDrag();
useClientWidth(1000);

const AUKUS = 'Australia, UK and US unveil the AUKUS pact';
const LE_DRIAN = 'Le Drian calls AUKUS “a stab in the back”';
const MEETING_PLANNED = 'Biden and Macron to meet in Europe at month’s end';

function setup(locale: Locale) {
  const user = userEvent.setup();
  const story = loadStory(locale);
  render(StoryView, { story });
  return { user, story };
}

describe('in German', () => {
  const timeline = () => screen.getByRole('group', { name: /^Zeitleiste: / });

  it('the controls, the count and the filters speak German', async () => {
    const { user } = setup('de');
    expect(screen.getByRole('searchbox', { name: 'Titel und Zitate durchsuchen' })).toBeInTheDocument();
    expect(screen.getByRole('status')).toHaveTextContent(/^31 Ereignisse$/);
    expect(screen.getByRole('button', { name: 'Alles zeigen' })).toBeInTheDocument();
    expect(screen.getByRole('button', { name: 'Vergrößern' })).toBeInTheDocument();
    expect(screen.getByRole('button', { name: 'Liste' })).toBeInTheDocument();

    await openFilters(user, 'de');
    await user.click(screen.getByRole('checkbox', { name: /^China \d+$/ }));
    expect(screen.getByRole('status')).toHaveTextContent('2 von 31 Ereignissen');
    expect(screen.getByRole('checkbox', { name: /^Vereinigte Staaten \d+$/ })).toBeInTheDocument();
    expect(
      within(screen.getByRole('list', { name: 'Aktive Filter' })).getByRole('button', { name: 'Filter China entfernen' }),
    ).toBeInTheDocument();
    expect(filtersButton('de')).toHaveAccessibleName('Filter 1 ausgewählt');
  });

  it('the key and the detail are German, with dates as German newsrooms write them', async () => {
    const { user } = setup('de');
    const key = await openKey(user, 'de');
    expect(within(key).getByText('Ereignis an einem bekannten Tag')).toBeInTheDocument();

    expect(markNamed(AUKUS, timeline())).toHaveAccessibleName(`${AUKUS}, 15. September 2021`);
    expect(markNamed(MEETING_PLANNED, timeline())).toHaveAccessibleName(`${MEETING_PLANNED}, Oktober 2021 (Datum unsicher), geplant`);
    await user.click(markNamed(LE_DRIAN, timeline()));
    const panel = screen.getByRole('complementary', { name: LE_DRIAN });
    expect(within(panel).getByText('16. September 2021 (Datum unsicher)')).toBeInTheDocument();
    expect(within(panel).getByRole('button', { name: 'Schließen' })).toBeInTheDocument();
    expect(within(panel).getByRole('heading', { name: 'Was die Quellen sagen' })).toBeInTheDocument();
    expect(within(panel).getByText('Reaktion auf')).toBeInTheDocument();
  });
});

describe('in Spanish', () => {
  const timeline = () => screen.getByRole('group', { name: /^Cronología: / });

  it('the controls, the count and the dates speak Spanish', async () => {
    const { user } = setup('es');
    expect(screen.getByRole('searchbox', { name: 'Buscar en títulos y citas' })).toBeInTheDocument();
    expect(screen.getByRole('status')).toHaveTextContent(/^31 acontecimientos$/);
    expect(screen.getByRole('button', { name: 'Ver todo' })).toBeInTheDocument();
    expect(screen.getByRole('button', { name: 'Acercar' })).toBeInTheDocument();
    expect(timeline()).toHaveAccessibleDescription(/^Las flechas pasan de un acontecimiento a otro/);

    expect(markNamed(AUKUS, timeline())).toHaveAccessibleName(`${AUKUS}, 15 de septiembre de 2021`);
    await user.click(markNamed(AUKUS, timeline()));
    const panel = screen.getByRole('complementary', { name: AUKUS });
    expect(within(panel).getByText('15 de septiembre de 2021')).toBeInTheDocument();
    expect(within(panel).getByRole('heading', { name: 'Lo que dicen las fuentes' })).toBeInTheDocument();
  });

  it('switches from English to Spanish while reading', async () => {
    const { user, story } = setup('en');
    await user.click(screen.getByRole('button', { name: 'List' }));
    story.locale = 'es';
    flushSync();
    const list = screen.getByRole('list', { name: 'Lista' });
    const entry = within(list).getByRole('button', { name: LE_DRIAN }).closest('li') as HTMLElement;
    expect(entry).toHaveTextContent('16 de septiembre de 2021 (fecha incierta)');
    expect(screen.queryByText('Fit all')).not.toBeInTheDocument();
  });
});
