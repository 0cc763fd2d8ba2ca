/**
 * A story of decades names dozens of countries: the filters keep the most frequent in
 * sight and the rest behind a disclosure, and colours go to the most frequent only, so
 * that no two countries share a colour and the key says what grey means.
 */
import { render, screen, within } from '@testing-library/svelte';
import userEvent from '@testing-library/user-event';
import { describe, expect, it } from 'vitest';
import StoryView from '../../src/components/StoryView.svelte';
import { countryName } from '../../src/i18n/strings.ts';
import { validateDataset } from '../../src/model/validate.ts';
import { Story } from '../../src/state/story.svelte.ts';
import { generateDataset } from '../bench/generate.ts';
import { useClicksWithoutDrag, useClientWidth, useResizeObserverStub } from './dom.ts';
import { openFilters, openKey } from './helpers.ts';

useResizeObserverStub();
useClicksWithoutDrag();
useClientWidth(1000);

function worldStory(): Story {
  const generated = generateDataset({ events: 600, seed: 3 });
  const result = validateDataset(generated.dataset, { sourceTexts: generated.sourceTexts });
  if (!result.ok) throw new Error('the generated dataset does not validate');
  return new Story({ dataset: result.dataset, events: result.events, locale: 'en' });
}

const countryBoxes = () =>
  within(screen.getByRole('group', { name: 'Countries' }))
    .queryAllByRole('checkbox')
    .filter((box) => box.checkVisibility?.() ?? box.closest('details:not([open]) > .options') === null);

describe('a story with dozens of countries', () => {
  it('shows the twelve most frequent countries and the others behind "N more countries"', async () => {
    const user = userEvent.setup();
    const story = worldStory();
    expect(story.countries.length).toBeGreaterThan(20);
    render(StoryView, { story });
    await openFilters(user);
    const more = screen.getByText(`${story.countries.length - 12} more countries`);
    const inSight = countryBoxes();
    expect(
      inSight.map((box) =>
        box
          .closest('label')
          ?.textContent?.replace(/\s*\d+$/, '')
          .trim(),
      ),
    ).toEqual(story.countries.slice(0, 12).map((code) => countryName(code, 'en')));
    await user.click(more);
    expect(more.closest('details')?.open).toBe(true);
    expect(countryBoxes()).toHaveLength(story.countries.length);
  });

  it('opens the other countries by itself when a link arrives with one of them ticked', async () => {
    const user = userEvent.setup();
    const story = worldStory();
    const rare = story.countries.at(-1) as string;
    story.filters.set({ countries: [rare] });
    render(StoryView, { story });
    await openFilters(user);
    const box = screen.getByRole('checkbox', { name: new RegExp(`^${countryName(rare, 'en')} \\d+$`) });
    expect((box as HTMLInputElement).checked).toBe(true);
    expect(box.closest('details')?.open).toBe(true);
  });

  it('gives the six most frequent countries a colour each and the others grey, which the key names', async () => {
    const user = userEvent.setup();
    const story = worldStory();
    render(StoryView, { story });
    const legend = within(await openKey(user));
    const entries = legend.getAllByRole('listitem').slice(0, 7);
    expect(entries.map((entry) => entry.textContent?.trim())).toEqual([
      ...story.countries.slice(0, 6).map((code) => countryName(code, 'en')),
      'Other countries',
    ]);
    const colourOf = (entry: HTMLElement) => [...entry.classList].find((name) => /^c(\d|none)/.test(name));
    expect(new Set(entries.slice(0, 6).map(colourOf)).size).toBe(6);
    expect(entries.slice(0, 6).map(colourOf)).not.toContain('cnone');
    expect(colourOf(entries[6] as HTMLElement)).toBe('cnone');
  });
});
