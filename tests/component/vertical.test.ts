/**
 * The vertical timeline, as a reader meets it in a component narrower than 640 px (a
 * phone, a narrow article column): the events down the page in time order with their
 * dates in words, a break that says how much empty time it cuts, the keyboard path through
 * the rows, and the detail under the chosen row.
 */
import { render, screen, within } from '@testing-library/svelte';
import userEvent from '@testing-library/user-event';
import { describe, expect, it } from 'vitest';
import StoryView from '../../src/components/StoryView.svelte';
import { describeDate } from '../../src/i18n/dates.ts';
import type { Story } from '../../src/state/story.svelte.ts';
import { loadStory } from './story.ts';
import { smallStory } from './smallStory.ts';
import { useClientWidth, usePrefersReducedMotion, useResizeObserverStub } from './dom.ts';

useResizeObserverStub();
useClientWidth(375);
usePrefersReducedMotion();

function setup(story: Story = loadStory()) {
  const user = userEvent.setup();
  render(StoryView, { story });
  return { user, story };
}

const list = (name = 'Timeline') => screen.getByRole('list', { name });
const titles = () =>
  within(list())
    .getAllByRole('button', { pressed: false })
    .concat(within(list()).queryAllByRole('button', { pressed: true }));
const rowButton = (id: string) => list().querySelector<HTMLButtonElement>(`button[data-event-id="${id}"]`) as HTMLButtonElement;
const idsInOrder = () => [...list().querySelectorAll<HTMLElement>('button[data-event-id]')].map((button) => button.dataset.eventId);

describe('the vertical timeline of the AUKUS story', () => {
  it('lists every event down the page in time order, each with its whole title and its date in words', () => {
    const { story } = setup();
    expect(screen.queryByRole('img', { name: /timeline/i })).not.toBeInTheDocument();
    expect(idsInOrder()).toEqual(story.events.map((event) => event.id));
    for (const event of story.events) {
      const button = rowButton(event.id);
      expect(button).toHaveTextContent(event.title);
      // The date, with its precision and certainty, describes the title for a screen reader.
      expect(button).toHaveAccessibleDescription(new RegExp(`^${escape(describeDate(event.parsedDate, event.status, 'en'))}`));
    }
    expect(titles()).toHaveLength(story.events.length);
  });

  it('offers one tab stop; the arrows, Home and End walk the events in time order', async () => {
    const { user, story } = setup();
    const stops = [...list().querySelectorAll('button[data-event-id]')].filter((button) => button.getAttribute('tabindex') === '0');
    expect(stops).toHaveLength(1);
    rowButton(story.events[0]!.id).focus();
    await user.keyboard('{ArrowDown}');
    expect(document.activeElement).toBe(rowButton(story.events[1]!.id));
    await user.keyboard('{ArrowDown}{ArrowDown}{ArrowUp}');
    expect(document.activeElement).toBe(rowButton(story.events[2]!.id));
    await user.keyboard('{End}');
    expect(document.activeElement).toBe(rowButton(story.events.at(-1)!.id));
    await user.keyboard('{Home}');
    expect(document.activeElement).toBe(rowButton(story.events[0]!.id));
    expect(rowButton(story.events[0]!.id)).toHaveAttribute('tabindex', '0');
  });

  it('opens the detail right under the chosen row; Escape closes it and gives focus back to the row', async () => {
    const { user } = setup();
    const button = rowButton('aukus-announced');
    button.focus();
    await user.keyboard('{Enter}');
    const detail = screen.getByRole('complementary', { name: 'Australia, UK and US unveil the AUKUS pact' });
    expect(button).toHaveAttribute('aria-pressed', 'true');
    // In the list, after the row: not in a sheet at the end of the page.
    expect(button.closest('li')?.nextElementSibling?.contains(detail)).toBe(true);
    await user.keyboard('{Escape}');
    expect(screen.queryByRole('complementary', { name: 'Australia, UK and US unveil the AUKUS pact' })).not.toBeInTheDocument();
    await new Promise((resolve) => requestAnimationFrame(() => requestAnimationFrame(resolve)));
    await new Promise((resolve) => setTimeout(resolve, 50));
    expect(document.activeElement).toBe(rowButton('aukus-announced'));
  });

  it('follows the filters', async () => {
    const { story } = setup();
    story.filters.toggleCountry('CN');
    await Promise.resolve();
    await new Promise((resolve) => setTimeout(resolve, 0));
    expect(idsInOrder()).toEqual(story.shownEvents.map((event) => event.id));
    expect(idsInOrder()).toHaveLength(2);
  });
});

describe('a long empty stretch', () => {
  it('is cut by a break that says how long it is, between the rows it separates', () => {
    setup(
      smallStory([
        { id: 'deal-signed', title: 'The contract is signed', date: '2016-04-26' },
        { id: 'pact-announced', title: 'A new pact is announced', date: '2021-09-15' },
        { id: 'ambassadors-recalled', title: 'Ambassadors are recalled', date: '2021-09-17' },
        { id: 'leaders-talk', title: 'The leaders talk', date: '2021-09-22' },
      ]),
    );
    const items = [...list().children];
    const breakItem = items.find((item) => item.textContent?.includes('later'));
    expect(breakItem).toHaveTextContent('5 years later');
    const position = items.indexOf(breakItem as Element);
    expect(items[position - 1]).toContainElement(rowButton('deal-signed'));
    expect(items[position + 1]).toContainElement(rowButton('pact-announced'));
    // No break between events days apart.
    expect(items.filter((item) => item.textContent?.includes('later'))).toHaveLength(1);
  });

  it('is said in French too', () => {
    setup(
      smallStory(
        [
          { id: 'deal-signed', title: 'Le contrat est signé', date: '2016-04-26' },
          { id: 'pact-announced', title: 'Un pacte est annoncé', date: '2021-09-15' },
          { id: 'ambassadors-recalled', title: 'Les ambassadeurs sont rappelés', date: '2021-09-17' },
        ],
        { locale: 'fr' },
      ),
    );
    expect(within(list('Chronologie')).getByText('5 ans plus tard')).toBeInTheDocument();
  });
});

function escape(text: string): string {
  return text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}
