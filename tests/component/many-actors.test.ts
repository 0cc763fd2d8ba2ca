/**
 * A story with thousands of actors: opening the actor filter draws the most frequent hundred
 * and the ticked ones, says how many more there are and draws them a hundred at a time, so
 * that the page never stalls drawing a checkbox per actor.
 */
import { render, screen, within } from '@testing-library/svelte';
import userEvent from '@testing-library/user-event';
import { describe, expect, it } from 'vitest';
import StoryView from '../../src/components/StoryView.svelte';
import { validateDataset } from '../../src/model/validate.ts';
import { Story } from '../../src/state/story.svelte.ts';
import { generateDataset } from '../bench/generate.ts';
import { useClicksWithoutDrag, useClientWidth, useResizeObserverStub } from './dom.ts';
import { openFilters } from './helpers.ts';

useResizeObserverStub();
useClicksWithoutDrag();
useClientWidth(1000);

function crowdedStory(): Story {
  const generated = generateDataset({ events: 3000, actors: 1500, seed: 5 });
  const result = validateDataset(generated.dataset, { sourceTexts: generated.sourceTexts });
  if (!result.ok) throw new Error('the generated dataset does not validate');
  return new Story({ dataset: result.dataset, events: result.events, locale: 'en' });
}

const actorBoxes = () => within(screen.getByRole('group', { name: 'Actors' })).queryAllByRole('checkbox');

describe('a story with more actors than a reader scans', () => {
  it('draws the hundred most frequent, says how many more, and draws a hundred more on request', async () => {
    const user = userEvent.setup();
    const story = crowdedStory();
    const named = story.actorIdsInEvents.size;
    expect(named).toBeGreaterThan(250);
    render(StoryView, { story });
    const panel = await openFilters(user);
    await user.click(within(panel).getByText('Actors', { selector: 'summary' }));
    expect(actorBoxes()).toHaveLength(100);
    expect(screen.getByText(`and ${(named - 100).toLocaleString('en')} more`, { exact: false })).toBeInTheDocument();

    await user.click(screen.getByRole('button', { name: 'Show 100 more' }));
    expect(actorBoxes()).toHaveLength(200);
  });

  it('draws a ticked actor however rarely it is named, ticked', async () => {
    const user = userEvent.setup();
    const story = crowdedStory();
    const counts = new Map(story.counts.actors.map((entry) => [entry.value, entry.count]));
    const rarest = [...story.actorIdsInEvents].sort((a, b) => (counts.get(a) ?? 0) - (counts.get(b) ?? 0))[0] as string;
    story.filters.set({ actors: [rarest] });
    render(StoryView, { story });
    // The Filters panel opens with the actor list open, since an actor is ticked.
    await openFilters(user);
    const name = story.actorsById.get(rarest)?.name ?? '';
    const ticked = actorBoxes().filter((box) => (box as HTMLInputElement).checked);
    expect(ticked).toHaveLength(1);
    expect(ticked[0]?.closest('label')?.textContent).toContain(name);
    expect(actorBoxes()).toHaveLength(101);
  });
});
