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
