/**
 * A story with no events yet says so, in the reader's language, in the timeline and in the
 * list; "no event matches these filters" is kept for filters that leave nothing.
 */
import { render, screen } from '@testing-library/svelte';
import userEvent from '@testing-library/user-event';
import { describe, expect, it } from 'vitest';
import StoryView from '../../src/components/StoryView.svelte';
import { validateDataset } from '../../src/model/validate.ts';
import { Story } from '../../src/state/story.svelte.ts';
import { STRINGS, type Locale } from '../../src/i18n/strings.ts';
import { loadStory } from './story.ts';
import { useClicksWithoutDrag, useClientWidth, useResizeObserverStub } from './dom.ts';

useResizeObserverStub();
useClicksWithoutDrag();
useClientWidth(1000);

function emptyStory(locale: Locale): Story {
  const result = validateDataset({ schemaVersion: 1, title: 'A story to come', sources: [], actors: [], events: [] });
  if (!result.ok) throw new Error('an empty dataset should be valid');
  return new Story({ dataset: result.dataset, events: result.events, locale });
}

describe('a story with no events', () => {
  for (const [locale, listButton, saying] of [
    ['en', 'List', 'This story has no events yet.'],
    ['fr', 'Liste', 'Cette chronologie ne compte encore aucun événement.'],
  ] as const) {
    it(`says it has no events yet, not that filters hide them (${locale})`, async () => {
      const user = userEvent.setup();
      render(StoryView, { story: emptyStory(locale) });
      const noMatch = STRINGS[locale].noMatch;
      expect(screen.getByText(saying)).toBeVisible();
      expect(screen.queryByText(noMatch)).toBeNull();

      await user.click(screen.getByRole('button', { name: listButton }));
      expect(screen.getByText(saying)).toBeVisible();
      expect(screen.queryByText(noMatch)).toBeNull();
    });
  }
});

describe('a story whose filters leave nothing', () => {
  it('still says that no event matches these filters', async () => {
    const user = userEvent.setup();
    const story = loadStory();
    render(StoryView, { story });
    story.filters.set({ query: 'no event says this zzzz' });
    expect(await screen.findByText(STRINGS.en.noMatch)).toBeVisible();
    expect(screen.queryByText(STRINGS.en.noEvents)).toBeNull();
    await user.click(screen.getByRole('button', { name: 'List' }));
    expect(screen.getByText(STRINGS.en.noMatch)).toBeVisible();
  });
});
