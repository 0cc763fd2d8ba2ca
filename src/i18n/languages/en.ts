/** The interface's strings in English: the reference every other language's file is checked against (Strings). */
import type { PluralForms } from '../counting.ts';

const numbers = new Intl.NumberFormat('en');
const rules = new Intl.PluralRules('en');
const n = (count: number) => numbers.format(count);
/** The form of `forms` that `count` takes, its `#` the count in English's digits. */
const plural = (count: number, forms: PluralForms) => (forms[rules.select(count)] ?? forms.other).replace('#', () => n(count));

/**
 * The fields of the schema that have words where a problem is (src/i18n/problemWords.ts),
 * the same in every language (tests/unit/i18n/languages.test.ts); the lists among them have
 * words for one entry too. A quote's text has none: it is the quote itself.
 */
const FIELDS = new Set(
  'id title file origin name kind country role date dateBasis dateNote status countries actors summary quotes related tags media source speaker event type note url alt caption thumbnail credit description language schemaVersion sources events path'.split(
    ' ',
  ),
);
const LISTS = new Set(['countries', 'actors', 'quotes', 'related', 'tags']);
const events = (count: number) => plural(count, { one: '# event', other: '# events' });

export const en = {
  /** French sets a (narrow no-break) space before a colon; English does not. */
  colon: ': ',
  timeline: 'Timeline',
  timelineHelp:
    'Arrow keys move between events in time order, Enter opens one, + and − zoom, Home and End jump to the first and last event.',
  zoomIn: 'Zoom in',
  zoomOut: 'Zoom out',
  fitAll: 'Fit all',
  groupByCountry: 'Group by country',
  groupBy: 'Group by',
  groupNone: 'Nothing',
  groupCountry: 'Country',
  groupTag: 'Tag',
  tags: 'Tags',
  /** The lane of the events that carry no tag, when grouped by tag. */
  noTag: 'No tag',
  /** What a media link leads to; an image shown as a link when it cannot load. */
  mediaKind: { image: 'Image', video: 'Video', audio: 'Audio', page: 'Page' },
  mediaCredit: 'Credit',
  listView: 'List',
  timelineView: 'Timeline',
  viewMode: 'View',
  filters: 'Filters',
  countries: 'Countries',
  otherCountries: 'Other countries',
  /** The lane of the events that name no country, when grouped by country. */
  noCountry: 'No country',
  moreCountries: (count: number) => plural(count, { one: '# more country', other: '# more countries' }),
  actors: 'Actors',
  dateKnown: 'How the date is known',
  basisOption: { stated: 'Stated in the sources', relative: 'Worked out from the text', inferred: 'Inferred' },
  /** A chip, out of the panel: says it is the date that is inferred. */
  basisChip: { stated: 'Date stated', relative: 'Date worked out', inferred: 'Date inferred' },
  search: 'Search titles and quotes',
  /** Short enough for the search box on a phone; `search` stays its label. */
  searchHint: 'Search titles and quotes',
  clearFilters: 'Clear all filters',
  activeFilters: 'Active filters',
  removeFilter: (name: string) => `Remove filter ${name}`,
  /** After the count on the Filters button: "Filters 2 chosen", which starts with what the button shows. */
  // English does not agree the participle with the count; French does.
  chosen: (_count: number) => 'chosen',
  howToRead: 'How to read this',
  readMore: 'Read more',
  readingPath: 'Reading path',
  previous: 'Previous',
  next: 'Next',
  start: 'Start',
  placeOnPath: (index: number, total: number) => `${n(index)} of ${n(total)}`,
  followThread: (count: number) => `Follow this thread (${events(count)})`,
  inThread: (count: number) => `Following a thread of ${plural(count, { one: '# linked event', other: '# linked events' })}`,
  leaveThread: 'Leave the thread',
  threadWithContext: 'Include the events that set the scene (context links)',
  onAuthorsPath: 'On the author’s path',
  readInTimeOrder: 'Read in time order',
  storyInFull: (count: number) => `The story in full: ${events(count)}, with what the sources say`,
  /** A break in the vertical timeline, where empty time is cut out. */
  gapLater: (duration: string) => `${duration} later`,
  foldAgain: 'Fold these events again',
  readLess: 'Read less',
  showing: (shown: number, total: number) => (shown === total ? events(total) : `${n(shown)} of ${events(total)}`),
  noMatch: 'No event matches these filters.',
  noEvents: 'This story has no events yet.',
  close: 'Close',
  details: 'Event details',
  when: 'When',
  howDated: 'How this date was resolved',
  dateBasis: { stated: 'Date stated in the sources', relative: 'Date worked out from a relative expression', inferred: 'Date inferred' },
  who: 'Who',
  where: 'Countries',
  summary: 'Summary',
  quotes: 'What the sources say',
  source: 'Source',
  readInContext: 'Read in context',
  hideContext: 'Hide context',
  contextNotFound: 'This quote is not in its source as loaded.',
  andMore: (count: number) => `and ${n(count)} more`,
  showMore: (step: number) => `Show ${n(step)} more`,
  related: 'Related events',
  relation: {
    causes: 'Led to',
    'caused-by': 'Caused by',
    'responds-to': 'Responds to',
    'responded-by': 'Answered by',
    'follows-up': 'Follows up on',
    'followed-by': 'Followed up by',
    context: 'Context',
    'context-for': 'Context for',
  },
  linkTypes: { causes: 'causes', 'responds-to': 'responds to', 'follows-up': 'follows up', context: 'context' },
  legendLinks: 'Links',
  hiddenByFilters: 'hidden by the current filters',
  legendPoint: 'Event on a known day',
  legendSpan: 'Event over several days',
  legendApprox: 'Approximate or uncertain date',
  legendPlanned: 'Planned',
  legendInferred: 'Date inferred from context, not stated',
  legendCovered: 'Known only within this stretch (a month, a year, a window)',
  eventCount: events,
  language: 'Language',
  loading: 'Loading the timeline…',
  datasetInvalid: (count: number) => `This dataset has ${plural(count, { one: '# problem', other: '# problems' })}`,
  loadFailed: 'The timeline could not be loaded',
  retry: 'Retry',
  unknownInUrl: (what: string) => `The link named ${what} that this timeline does not have; it was ignored.`,
  sources: 'Sources',
  /** Leads the print's credit line for the images it does not show: "Images: AP, Reuters". */
  images: 'Images',
  downloadSvg: 'Download this view as SVG, for print',
  /** Citing an event or a quote (src/components/detail/CitePanel.svelte); the citation itself stays in English, as its style guide is. */
  cite: 'Cite',
  citeEvent: 'Cite this event',
  citeQuote: 'Cite this quote',
  citationStyle: 'Citation in Chicago style (17th edition, bibliography)',
  copy: 'Copy',
  copied: 'Copied',
  copyByHand: 'Selected: press Ctrl+C (⌘C on a Mac) to copy',
  permalink: 'Permanent link',
  accessedOn: (date: string) => `Accessed ${date}`,
  downloadCsl: 'Download CSL-JSON',
  downloadBibtex: 'Download BibTeX',
  closeCitation: 'Close the citation',
  citeLoading: 'Preparing the citation…',
  citeFailed: 'The citation could not be prepared.',
  linkedQuote: 'The quote this link points to',
  skipToList: 'Skip to the list of events',
  selected: 'selected',
  earlier: (count: number) => plural(count, { one: '# earlier event', other: '# earlier events' }),
  later: (count: number) => plural(count, { one: '# later event', other: '# later events' }),
  /** A cluster of events drawn as one mark when zoomed out; `days` is worded by describeDays. */
  clusterLabel: (count: number, days: string) => `${events(count)}, ${days}`,
  skippedEvents: (count: number) =>
    plural(count, {
      one: '# event of this dataset is not shown because of problems in it',
      other: '# events of this dataset are not shown because of problems in them',
    }),
  /**
   * Where a problem is, in words (src/i18n/problemWords.ts), e.g. "Event 15, “Super Bowl”: its
   * first quote". `%` stands for a number or a name.
   */
  problemAt: {
    dataset: 'the dataset',
    item: { sources: 'Source %', actors: 'Actor %', events: 'Event %', path: 'Step % of the path' } as Record<string, string>,
    /** The item's name after its number, with what comes between (Arabic's comma is "،"). */
    quoted: ', “%”',
    /**
     * A field of the schema, "its title", or one entry of a list field (`one`), "its quote": its
     * name in words, but for three; undefined for a key that is no field with words (or no list, for `one`).
     */
    field: (key: string, one?: boolean): string | undefined => {
      const noun =
        ({ url: 'address', alt: 'alt text', related: 'links' } as Record<string, string>)[key] ??
        key.replace(/[A-Z]/g, (capital) => ` ${capital.toLowerCase()}`);
      if (!FIELDS.has(key) || (one && !LISTS.has(key))) return undefined;
      return `its ${one ? noun.replace(/ies$/, 'y').replace(/s$/, '') : noun}`;
    },
    /** The `n`th (from 1) entry: "its first quote", … "its tenth quote", then "its quote 11". */
    nth: (entry: string, n: number) => {
      const ordinal = 'first second third fourth fifth sixth seventh eighth ninth tenth'.split(' ')[n - 1];
      return ordinal ? entry.replace(' ', ` ${ordinal} `) : `${entry} ${n}`;
    },
    the: (its: string) => its.replace(/^its /, 'the '),
    of: (part: string, whole: string) => `${part} of ${whole}`,
  },
};

export type Strings = typeof en;
