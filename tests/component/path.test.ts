/**
 * A reading path through the story (issue 14): the detail's Previous and Next, in time
 * order within the current filters, with where the reader is ("7 of 31"); ← and → in the
 * detail do the same; "Start" opens the first event; a thread ("Follow this thread") keeps
 * the events linked to one event, the others recede, and Previous and Next walk it; the
 * list view shows the thread as its own short list.
 */
import { render, screen, within } from '@testing-library/svelte';
import userEvent from '@testing-library/user-event';
import { describe, expect, it } from 'vitest';
import StoryView from '../../src/components/StoryView.svelte';
import { threadOf } from '../../src/model/relations.ts';
import { validateDataset } from '../../src/model/validate.ts';
import { Story } from '../../src/state/story.svelte.ts';
import { loadStory } from './story.ts';
import { SMALL_SOURCE, smallDataset } from './smallStory.ts';
import { useClicksWithoutDrag, useClientWidth, usePrefersReducedMotion, useResizeObserverStub } from './dom.ts';
import { markNamed, openFilters } from './helpers.ts';

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

const detail = () => screen.getByRole('complementary');
const heading = () => within(detail()).getByRole('heading', { level: 2 });
const path = () => within(detail()).getByRole('navigation', { name: 'Reading path' });
const next = () => within(path()).getByRole('button', { name: 'Next ›' });
const previous = () => within(path()).getByRole('button', { name: '‹ Previous' });

// A walk clicks through every event of the story, a few dozen renders: seconds of work on two
// shared cores while other test files run beside it, past Vitest's default 5 s.
const WALK_TIMEOUT_MS = 20_000;

describe('Previous and Next', () => {
  it(
    '“Start” opens the first event; Next walks every event in time order to the last, saying where the reader is',
    async () => {
      const { user, story } = setup();
      await user.click(screen.getByRole('button', { name: 'Start ›' }));
      expect(heading()).toHaveTextContent(story.events[0]!.title);
      expect(previous()).toBeDisabled();
      for (const [i, event] of story.events.entries()) {
        expect(heading()).toHaveTextContent(event.title);
        expect(path()).toHaveTextContent(`${i + 1} of ${story.events.length}`);
        if (i < story.events.length - 1) await user.click(next());
      }
      expect(next()).toBeDisabled();
      await user.click(previous());
      expect(heading()).toHaveTextContent(story.events.at(-2)!.title);
    },
    WALK_TIMEOUT_MS,
  );

  it('keeps to the events the filters show', async () => {
    const { user, story } = setup();
    await openFilters(user);
    await user.click(screen.getByRole('checkbox', { name: /^China \d+$/ }));
    const china = story.shownEvents;
    expect(china).toHaveLength(2);
    await user.click(screen.getByRole('button', { name: 'Start ›' }));
    expect(heading()).toHaveTextContent(china[0]!.title);
    expect(path()).toHaveTextContent('1 of 2');
    await user.click(next());
    expect(heading()).toHaveTextContent(china[1]!.title);
    expect(next()).toBeDisabled();
  });

  it('answers ← and → in the detail, and the timeline’s selection follows', async () => {
    const { user, story } = setup();
    await user.click(markNamed('Australia, UK and US unveil the AUKUS pact'));
    const at = story.events.findIndex((event) => event.id === 'aukus-announced');
    expect(heading()).toHaveFocus();
    await user.keyboard('{ArrowRight}');
    expect(heading()).toHaveTextContent(story.events[at + 1]!.title);
    expect(story.selectedId).toBe(story.events[at + 1]!.id);
    expect(markNamed(story.events[at + 1]!.title)).toHaveAttribute('aria-pressed', 'true');
    await user.keyboard('{ArrowLeft}{ArrowLeft}');
    expect(heading()).toHaveTextContent(story.events[at - 1]!.title);
  });

  it('speaks French', async () => {
    const { user, story } = setup('fr');
    await user.click(screen.getByRole('button', { name: 'Commencer ›' }));
    const nav = within(detail()).getByRole('navigation', { name: 'Parcours de lecture' });
    expect(nav).toHaveTextContent(`1 sur ${story.events.length}`);
    expect(within(nav).getByRole('button', { name: 'Suivant ›' })).toBeEnabled();
  });
});

describe('a thread', () => {
  it(
    'keeps the events linked to one, the others recede, and Previous and Next walk it',
    async () => {
      const { user, story } = setup();
      const expected = threadOf('china-condemns-aukus', story.linkIndex);
      const inThread = story.events.filter((event) => expected.has(event.id));
      expect(inThread.length).toBeGreaterThan(1);
      expect(inThread.length).toBeLessThan(story.events.length);

      await user.click(markNamed('China condemns AUKUS as “extremely irresponsible”'));
      await user.click(within(detail()).getByRole('button', { name: `Follow this thread (${inThread.length} events)` }));
      expect(story.thread).toBe('china-condemns-aukus');
      expect(within(detail()).getByText(`Following a thread of ${inThread.length} linked events`)).toBeInTheDocument();

      const at = inThread.findIndex((event) => event.id === 'china-condemns-aukus');
      expect(path()).toHaveTextContent(`${at + 1} of ${inThread.length}`);
      const receded = [...document.querySelectorAll('g.event.receded')].map((mark) => mark.getAttribute('data-event-id'));
      expect(receded.length).toBeGreaterThan(0);
      for (const id of receded) expect(expected.has(id ?? '')).toBe(false);
      for (const id of expected)
        expect(document.querySelector(`g.event[data-event-id="${id}"]`)?.classList.contains('receded') ?? false).toBe(false);

      await user.click(screen.getByRole('button', { name: 'Start ›' }));
      expect(heading()).toHaveTextContent(inThread[0]!.title);
      for (const event of inThread.slice(1)) {
        await user.click(next());
        expect(heading()).toHaveTextContent(event.title);
      }
      expect(next()).toBeDisabled();

      await user.click(within(detail()).getByRole('button', { name: 'Leave the thread' }));
      expect(story.thread).toBeNull();
      expect(document.querySelectorAll('g.event.receded')).toHaveLength(0);
    },
    WALK_TIMEOUT_MS,
  );

  it('goes on through context links only when the reader asks', async () => {
    const { user, story } = setup();
    const plain = threadOf('china-condemns-aukus', story.linkIndex);
    const withContext = threadOf('china-condemns-aukus', story.linkIndex, { withContext: true });
    expect(withContext.size).toBeGreaterThan(plain.size);
    await user.click(markNamed('China condemns AUKUS as “extremely irresponsible”'));
    await user.click(within(detail()).getByRole('button', { name: /^Follow this thread/ }));
    expect(within(detail()).getByText(`Following a thread of ${plain.size} linked events`)).toBeInTheDocument();
    await user.click(within(detail()).getByRole('checkbox', { name: /context links/ }));
    expect(within(detail()).getByText(`Following a thread of ${withContext.size} linked events`)).toBeInTheDocument();
    expect(story.threadIds).toEqual(withContext);
  });

  it('is its own short list in the list view', async () => {
    const { user, story } = setup();
    story.followThread('china-condemns-aukus');
    await user.click(screen.getByRole('button', { name: 'List' }));
    const list = screen.getByRole('list', { name: 'List' });
    const expected = story.events.filter((event) => threadOf('china-condemns-aukus', story.linkIndex).has(event.id));
    expect(
      within(list)
        .getAllByRole('button')
        .map((button) => button.textContent),
    ).toEqual(expected.map((event) => event.title));
    await user.click(screen.getByRole('button', { name: 'Leave the thread' }));
    expect(within(screen.getByRole('list', { name: 'List' })).getAllByRole('button')).toHaveLength(story.events.length);
  });
});

describe("an author's path", () => {
  function storyWithPath() {
    const data = {
      ...smallDataset(),
      path: [
        { event: 'treaty-signed', note: 'Begin at the signing, then go back to see how it came about.' },
        { event: 'first-meeting' },
        { event: 'draft-agreed', note: 'The draft settles what the treaty will say.' },
      ],
    };
    const sourceTexts = new Map([['notes.txt', SMALL_SOURCE]]);
    const result = validateDataset(data, { sourceTexts });
    if (!result.ok) throw new Error('the dataset with a path does not validate');
    return new Story({ dataset: result.dataset, events: result.events, sourceTexts });
  }

  it('is what Start walks, in the author’s order, with each step’s narration', async () => {
    const user = userEvent.setup();
    render(StoryView, { story: storyWithPath() });
    await user.click(screen.getByRole('button', { name: 'Start ›' }));
    expect(heading()).toHaveTextContent('The treaty is signed');
    expect(path()).toHaveTextContent('1 of 3');
    expect(detail()).toHaveTextContent('Begin at the signing, then go back to see how it came about.');
    await user.click(next());
    expect(heading()).toHaveTextContent('Ministers meet in Geneva');
    await user.click(next());
    expect(heading()).toHaveTextContent('A draft is agreed');
    expect(detail()).toHaveTextContent('The draft settles what the treaty will say.');
    expect(next()).toBeDisabled();

    // Back to time order: the same event, now 3 of 5, and no narration.
    await user.click(within(detail()).getByRole('button', { name: 'Read in time order' }));
    expect(path()).toHaveTextContent('3 of 5');
    expect(detail()).not.toHaveTextContent('The draft settles');
  });
});
