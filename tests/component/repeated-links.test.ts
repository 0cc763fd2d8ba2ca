/**
 * A relation written twice reaches the viewer only if a story is built without the
 * validator (which refuses it). Even then the timeline and the detail draw it once: two
 * links with the same ends and type would share a key, and Svelte stops the page on that.
 */
import { readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { render, screen, within } from '@testing-library/svelte';
import userEvent from '@testing-library/user-event';
import { describe, expect, it } from 'vitest';
import StoryView from '../../src/components/StoryView.svelte';
import { collectSourceFiles, validateDataset } from '../../src/model/validate.ts';
import { Story } from '../../src/state/story.svelte.ts';
import { DATASET_FILE } from './story.ts';
import { useClicksWithoutDrag, useClientWidth, useResizeObserverStub } from './dom.ts';
import { markNamed } from './helpers.ts';

useResizeObserverStub();
useClicksWithoutDrag();
useClientWidth(1000);

const AUKUS = 'Australia, UK and US unveil the AUKUS pact';
const CONTRACT_SCRAPPED = 'Australia scraps its French submarine contract';
const LE_DRIAN = 'Le Drian calls AUKUS “a stab in the back”';

/** The shipped story, validated, then given Le Drian's "responds to AUKUS" a second time. */
function storyWithRepeatedLink(repeat: boolean): Story {
  const json: unknown = JSON.parse(readFileSync(DATASET_FILE, 'utf8'));
  const sourceTexts = new Map(collectSourceFiles(json).map((file) => [file, readFileSync(join(dirname(DATASET_FILE), file), 'utf8')]));
  const result = validateDataset(json, { sourceTexts });
  if (!result.ok) throw new Error('the shipped dataset does not validate');
  const events = result.events.map((event) =>
    repeat && event.id === 'le-drian-stab-in-the-back'
      ? { ...event, related: [...(event.related ?? []), { event: 'aukus-announced', type: 'responds-to' as const, note: 'Again.' }] }
      : event,
  );
  return new Story({ dataset: result.dataset, events, sourceTexts });
}

const timeline = () => screen.getByRole('group', { name: /^Timeline: / });
const detailPanel = () => screen.getByRole('complementary');

/** The titles under one label of the detail's "Related events". */
function relatedUnder(label: string): string[] {
  const term = within(detailPanel())
    .getAllByRole('term')
    .find((item) => item.textContent?.trim() === label);
  const titles: string[] = [];
  for (let item = term?.nextElementSibling; item && item.tagName === 'DD'; item = item.nextElementSibling) {
    const button = item.querySelector('button');
    if (button) titles.push(button.textContent?.trim() ?? '');
  }
  return titles;
}

describe('a relation written twice, in a story built without the validator', () => {
  it('is drawn once in the timeline and listed once in the detail of both its ends', async () => {
    const plain = render(StoryView, { story: storyWithRepeatedLink(false) });
    const linksWithoutRepeat = timeline().querySelectorAll('path.link').length;
    plain.unmount();

    const user = userEvent.setup();
    render(StoryView, { story: storyWithRepeatedLink(true) });
    expect(timeline().querySelectorAll('path.link')).toHaveLength(linksWithoutRepeat);

    await user.click(markNamed(LE_DRIAN, timeline()));
    expect(relatedUnder('Responds to')).toEqual([AUKUS, CONTRACT_SCRAPPED]);

    await user.click(within(detailPanel()).getByRole('button', { name: AUKUS }));
    expect(relatedUnder('Answered by').filter((title) => title === LE_DRIAN)).toEqual([LE_DRIAN]);
  });
});
