/**
 * Lists the detail and the problem panels draw, at sizes that froze the page (issue 18):
 * each is capped with "and N more" (in the detail, with a button that draws more a step at
 * a time and moves focus to the first item it adds); repeated values cannot break a keyed list; a date the
 * words cannot hold reads as written; the quote in context is found only when asked for.
 */
import { render, screen, within } from '@testing-library/svelte';
import userEvent from '@testing-library/user-event';
import { describe, expect, it, vi } from 'vitest';
import DetailPanel from '../../src/components/DetailPanel.svelte';
import ErrorPanel from '../../src/components/ErrorPanel.svelte';
import SkippedEvents from '../../src/components/SkippedEvents.svelte';
import { Story } from '../../src/state/story.svelte.ts';
import { validateDataset, type ParsedEvent, type Problem } from '../../src/model/validate.ts';
import * as quoteContext from '../../src/model/quoteContext.ts';
import { longTranscriptDataset, manyRelationsDataset } from '../fixtures/hostile-sizes.ts';
import { SMALL_SOURCE, smallDataset } from './smallStory.ts';

vi.mock('../../src/model/quoteContext.ts', { spy: true });

function storyOf({ dataset, sourceTexts }: ReturnType<typeof manyRelationsDataset>): Story {
  const result = validateDataset(dataset, { sourceTexts });
  if (!result.ok) throw new Error(`${result.problems[0]?.path}: ${result.problems[0]?.message}`);
  return new Story({ dataset: result.dataset, events: result.events, sourceTexts: new Map(Object.entries(sourceTexts)), locale: 'en' });
}

function openDetail(story: Story, event: ParsedEvent) {
  const onfollow = vi.fn();
  render(DetailPanel, { story, event, onclose: () => {}, onfollow });
  return { panel: screen.getByRole('complementary'), onfollow };
}

describe('the detail of an event related to 2,000 others', () => {
  const story = storyOf(manyRelationsDataset(2_000));
  const hub = story.event('hub') as ParsedEvent;

  it('draws 25 of each group, says how many more, and draws 100 more at a time', async () => {
    const user = userEvent.setup();
    const { panel } = openDetail(story, hub);
    const entries = () => panel.querySelectorAll('.relations dd:not(.more)').length;
    // "Led to" (2,000) and "Responded to by" (2,000): 25 each.
    expect(entries()).toBe(50);
    expect(within(panel).getAllByText(/and 1,975 more/)).toHaveLength(2);

    await user.click(within(panel).getAllByRole('button', { name: 'Show 100 more' })[0] as HTMLElement);
    expect(entries()).toBe(150);
    expect(within(panel).getByText(/and 1,875 more/)).toBeInTheDocument();
    // Focus lands on the first event it added, the 26th.
    expect(document.activeElement).toHaveTextContent('Event spoke-25');
  });

  it('caps the countries too, and the date of every related event is in words', () => {
    const { panel } = openDetail(story, hub);
    expect(panel.querySelectorAll('.chips li')).toHaveLength(25);
    expect(within(panel).getByText(/and 35 more/)).toBeInTheDocument();
    expect(within(panel).getAllByText('2 January 2021').length).toBeGreaterThan(0);
  });
});

describe('data the validator refuses, handed to the view anyway', () => {
  const story = storyOf(manyRelationsDataset(3));
  const spoke = story.event('spoke-0') as ParsedEvent;

  it('repeated countries, actors and quotes, and a date that cannot be put in words, draw without a warning or a throw', () => {
    const broken: ParsedEvent = {
      ...spoke,
      countries: ['FR', 'US', 'FR'],
      actors: ['speaker', 'speaker'],
      quotes: [...spoke.quotes, ...spoke.quotes],
      parsedDate: { ...spoke.parsedDate, start: { ...spoke.parsedDate.start, month: Number.NaN } },
    };
    const { panel } = openDetail(story, broken);
    expect(panel.querySelectorAll('.chips li')).toHaveLength(3);
    expect(panel.querySelectorAll('.actors li')).toHaveLength(2);
    expect(within(panel).getAllByText('the delegation said', { selector: 'blockquote' })).toHaveLength(2);
    // The kicker gives the date as written.
    expect(within(panel).getByText(spoke.date)).toBeInTheDocument();
  });
});

describe('an event quoting a 2 MB transcript 50 times', () => {
  it('finds no quote in its source until the reader asks, then the one asked for', async () => {
    const user = userEvent.setup();
    const story = storyOf(longTranscriptDataset(2_000_000, 50));
    vi.mocked(quoteContext.quoteInContext).mockClear();
    const { panel } = openDetail(story, story.event('transcript') as ParsedEvent);
    // 25 quotes drawn, 25 more behind the button.
    expect(within(panel).getAllByRole('button', { name: 'Read in context' })).toHaveLength(25);
    expect(within(panel).getByText(/and 25 more/)).toBeInTheDocument();
    expect(quoteContext.quoteInContext).not.toHaveBeenCalled();

    await user.click(within(panel).getAllByRole('button', { name: 'Read in context' })[3] as HTMLElement);
    expect(quoteContext.quoteInContext).toHaveBeenCalledTimes(1);
    const context = panel.querySelector('p.context');
    expect(context?.querySelector('mark')?.textContent).toMatch(/^on point \d+ of the agenda, the delegation said {3}it would\nreturn/);
  });
});

describe('100,000 problems', () => {
  const problems: Problem[] = Array.from({ length: 100_000 }, (_, i) => ({ path: `events[${i}].date`, message: 'is not a day' }));

  it('the error panel draws 100 and says how many more', () => {
    render(ErrorPanel, { problems, locale: 'en' });
    const alert = screen.getByRole('alert');
    expect(alert.querySelectorAll('li:not(.more)')).toHaveLength(100);
    expect(within(alert).getByText('and 99,900 more')).toBeInTheDocument();
  });

  it('the list of skipped events draws 100, in French too', () => {
    render(SkippedEvents, { problems, locale: 'fr' });
    const status = screen.getByRole('status');
    expect(status.querySelectorAll('li:not(.more)')).toHaveLength(100);
    expect(within(status).getByText(/et 99\s900 de plus/)).toBeInTheDocument();
  });
});

describe('the error panel words where each problem is (issue 17)', () => {
  const RECALL = 'Macron recalls French ambassadors from Washington and Canberra';
  const dataset = smallDataset([
    { id: 'first-meeting', title: 'Ministers meet in Geneva', date: '2019-01-15' },
    { id: 'recall', title: RECALL, date: '2021-09-17' },
  ]);
  (dataset.events[1] as { quotes: { source: string; text: string }[] }).quotes[0] = { source: 'notes', text: 'Not in the notes.' };

  function problemsOf(input: unknown): Problem[] {
    const result = validateDataset(input, { sourceTexts: { 'notes.txt': SMALL_SOURCE } });
    expect(result.ok).toBe(false);
    return result.problems;
  }

  it('leads with the words, then the message, and keeps the path in code for authors', () => {
    const problems = problemsOf(dataset);
    render(ErrorPanel, { problems, locale: 'en', input: dataset });
    const item = screen.getByRole('alert').querySelector('li') as HTMLElement;
    expect(within(item).getByText('Event 2, “Macron recalls French ambassadors from Washington and…”: its first quote').tagName).toBe(
      'STRONG',
    );
    expect(item).toHaveTextContent(/: its first quote: not found verbatim in source "notes"/);
    expect(within(item).getByText('events[1].quotes[0].text').tagName).toBe('CODE');
  });

  it('in French too, and by number alone when the dataset is not at hand', () => {
    const problems = problemsOf(dataset);
    const { unmount } = render(ErrorPanel, { problems, locale: 'fr', input: dataset });
    // Guillemets with no-break spaces, and the narrow no-break space before the colon.
    expect(screen.getByRole('alert').querySelector('strong')?.textContent).toMatch(
      /^Événement 2, «\u00a0Macron recalls .*…\u00a0»\u202f: sa première citation$/,
    );
    unmount();
    render(ErrorPanel, { problems, locale: 'en' });
    expect(within(screen.getByRole('alert')).getByText('Event 2: its first quote')).toBeInTheDocument();
    expect(within(screen.getByRole('alert')).getByText('events[1].quotes[0].text')).toBeInTheDocument();
  });

  it('words a dataset that is not even an object', () => {
    render(ErrorPanel, { problems: problemsOf([1, 2]), locale: 'en', input: [1, 2] });
    const alert = screen.getByRole('alert');
    expect(within(alert).getByText('The dataset')).toBeInTheDocument();
    expect(alert).toHaveTextContent('The dataset: expected an object but got an array (root)');
  });
});
