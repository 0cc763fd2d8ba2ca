/**
 * A small story built in the test, validated as the app validates any dataset: by default
 * five day-dated events over a few months, with no country, no actor and no link (as a
 * TimelineJS import gives them).
 */
import { validateDataset, formatProblem } from '../../src/model/validate.ts';
import { Story } from '../../src/state/story.svelte.ts';
import type { Locale } from '../../src/i18n/strings.ts';

export const SMALL_SOURCE = 'The minister met her counterpart. Talks resumed in spring. A treaty was signed.';

export interface SmallEvent {
  readonly id: string;
  readonly title: string;
  readonly date: string;
  readonly status?: 'occurred' | 'planned';
  readonly countries?: readonly string[];
  readonly actors?: readonly string[];
  readonly related?: readonly { event: string; type: string }[];
  readonly tags?: readonly string[];
  readonly media?: Readonly<Record<string, string>>;
}

export const FIVE_EVENTS: readonly SmallEvent[] = [
  { id: 'first-meeting', title: 'Ministers meet in Geneva', date: '2019-01-15' },
  { id: 'talks-resume', title: 'Talks resume', date: '2019-03-02' },
  { id: 'draft-agreed', title: 'A draft is agreed', date: '2019-05-20' },
  { id: 'treaty-signed', title: 'The treaty is signed', date: '2019-08-09' },
  { id: 'treaty-ratified', title: 'Parliament ratifies it', date: '2019-11-28' },
];

export function smallDataset(events: readonly SmallEvent[] = FIVE_EVENTS, actors: readonly unknown[] = []) {
  return {
    schemaVersion: 1,
    title: 'A small story',
    sources: [{ id: 'notes', title: 'Notes', file: 'notes.txt' }],
    actors,
    events: events.map((event) => ({
      id: event.id,
      title: event.title,
      date: event.date,
      dateBasis: 'stated',
      dateNote: 'As the notes give it.',
      status: event.status ?? 'occurred',
      countries: event.countries ?? [],
      actors: event.actors ?? [],
      summary: event.title,
      quotes: [{ source: 'notes', text: 'Talks resumed in spring.' }],
      related: event.related ?? [],
      ...(event.tags && { tags: event.tags }),
      ...(event.media && { media: event.media }),
    })),
  };
}

export function smallStory(
  events: readonly SmallEvent[] = FIVE_EVENTS,
  { locale = 'en', actors = [] }: { locale?: Locale; actors?: readonly unknown[] } = {},
): Story {
  const sourceTexts = new Map([['notes.txt', SMALL_SOURCE]]);
  const result = validateDataset(smallDataset(events, actors), { sourceTexts });
  if (!result.ok) throw new Error(`the small dataset does not validate:\n${result.problems.map(formatProblem).join('\n')}`);
  if (result.events.length !== events.length) throw new Error('the small dataset lost events');
  return new Story({ dataset: result.dataset, events: result.events, sourceTexts, locale });
}
