/**
 * What the reader sees, as URL parameters, so a link reopens the same view. A link is
 * untrusted input: anything unknown or malformed is dropped and reported, never thrown.
 */
import type { FilterCriteria } from '../model/filter.ts';
import type { LaneGrouping } from './story.svelte.ts';
import { DATE_BASES, type DateBasis } from '../model/schema.ts';
import { dataExtent } from '../layout/timeScale.ts';
import type { Story } from './story.svelte.ts';
import { quoteKey } from '../interop/permalink.ts';

export interface ViewParams extends FilterCriteria {
  event: string | null;
  /** The key (interop/permalink.ts quoteKey) of the event's quote a permalink points at: shown marked. */
  quote: string | null;
  /** The event whose thread the reader follows. */
  thread: string | null;
  /** Visible time range in UTC milliseconds, when the reader has zoomed or panned. */
  range: [number, number] | null;
  /** What the timeline's lanes group the events by, or null for one lane. */
  lanes: LaneGrouping;
  mode: 'timeline' | 'list';
}

export const DEFAULT_VIEW: ViewParams = {
  event: null,
  quote: null,
  thread: null,
  countries: [],
  actors: [],
  tags: [],
  bases: [],
  query: '',
  range: null,
  lanes: null,
  mode: 'timeline',
};

export interface KnownValues {
  eventIds: ReadonlySet<string>;
  countries: ReadonlySet<string>;
  actors: ReadonlySet<string>;
  tags: ReadonlySet<string>;
  /** The keys of an event's quotes, for a link's `quote=`. */
  quoteKeys?: (eventId: string) => ReadonlySet<string>;
  /** The story's span with wide margins: a range wholly outside it shows nothing of the story. */
  span?: readonly [number, number];
}

/** What a link or an attribute may name in this story: its events, its countries, its actors, its tags. */
export function knownValues(story: Pick<Story, 'events' | 'countries' | 'actorsById' | 'tags' | 'event'>): KnownValues {
  return {
    // Hashed on demand: only a link's one event needs its quotes' keys.
    quoteKeys: (id) => new Set(story.event(id)?.quotes.map(quoteKey)),
    eventIds: new Set(story.events.map((event) => event.id)),
    countries: new Set(story.countries),
    actors: new Set(story.actorsById.keys()),
    tags: new Set(story.tags),
    // Margins of the span itself on each side: wider than the timeline's own (5 %, plus room for labels).
    span:
      dataExtent(
        story.events.map((event) => event.parsedDate),
        { marginRatio: 1, minMarginMs: 7 * 86_400_000 },
      ) ?? undefined,
  };
}

const MAX_QUERY_LENGTH = 200;
/** Longer parameters are ignored whole: no id, list of ids or range needs this much, and a 2 MB link must not cost a freeze. */
export const MAX_PARAM_LENGTH = 4000;
/** What `Date` can hold: ±100,000,000 days around 1970. */
export const MAX_DATE_MS = 8.64e15;

/** Years before 0 or after 9999 take ISO 8601's expanded form, as toISOString writes them: "-000600-01-01". */
export function formatInstant(ms: number): string {
  // Kept inside what Date can hold, so that formatting never throws.
  const [date = '', time = ''] = new Date(Math.max(-MAX_DATE_MS, Math.min(MAX_DATE_MS, ms || 0))).toISOString().split('T');
  return time === '00:00:00.000Z' ? date : `${date}T${time.slice(0, 5)}Z`;
}

function parseInstant(text: string): number | null {
  if (!/^(?:\d{4}|[+-]\d{6})-\d{2}-\d{2}(T\d{2}:\d{2}Z)?$/.test(text)) return null;
  const ms = Date.parse(text.includes('T') ? text : `${text}T00:00Z`);
  // Some engines roll "2021-02-30" over to 2 March instead of rejecting it.
  if (!Number.isFinite(ms) || !new Date(ms).toISOString().startsWith(text.replace('Z', ''))) return null;
  return ms;
}

export function toSearchParams(view: ViewParams): URLSearchParams {
  const params = new URLSearchParams();
  if (view.event) params.set('event', view.event);
  if (view.event && view.quote) params.set('quote', view.quote);
  if (view.thread) params.set('thread', view.thread);
  if (view.countries.length) params.set('country', view.countries.join(','));
  if (view.actors.length) params.set('actor', view.actors.join(','));
  if (view.tags.length) params.set('tag', view.tags.join(','));
  if (view.bases.length) params.set('basis', view.bases.join(','));
  if (view.query.trim()) params.set('q', view.query);
  if (view.range?.every(Number.isFinite)) params.set('range', `${formatInstant(view.range[0])}/${formatInstant(view.range[1])}`);
  if (view.lanes) params.set('lanes', view.lanes);
  if (view.mode === 'list') params.set('view', 'list');
  return params;
}

function listParam(value: string | null): string[] {
  return (value ?? '')
    .split(',')
    .map((value) => value.trim())
    .filter(Boolean);
}

/** The date bases a link, an attribute or `setFilters` may name. */
export const KNOWN_BASES: ReadonlySet<string> = new Set(DATE_BASES);

/** At most this many ignored values are named in the notice; the rest are counted. */
const MAX_NAMED = 10;

/** `lanes=country`, or `lanes=tag` when the story has tags; anything else is one lane. */
function laneGrouping(value: string | null, known: KnownValues): LaneGrouping {
  return value === 'country' || (value === 'tag' && known.tags.size > 0) ? value : null;
}

export function fromSearchParams(params: URLSearchParams, known: KnownValues): { view: ViewParams; ignored: string[] } {
  const ignored: string[] = [];
  const ignore = (label: string, value: string) => ignored.push(`${label} "${value.length > 80 ? `${value.slice(0, 80)}…` : value}"`);
  // A parameter over the limit is dropped whole, unread.
  const get = (name: string) => {
    const value = params.get(name);
    if (value === null || value.length <= MAX_PARAM_LENGTH) return value;
    ignore(name, value);
    return null;
  };
  const keepKnown = (name: string, allowed: ReadonlySet<string>) =>
    listParam(get(name)).filter((value) => {
      if (allowed.has(value)) return true;
      ignore(name, value);
      return false;
    });

  const knownEvent = (name: string) => {
    const id = get(name);
    if (id === null || known.eventIds.has(id)) return id;
    ignore(name, id);
    return null;
  };
  const event = knownEvent('event');
  const thread = knownEvent('thread');
  // A quote is one of the event's: without a known event, or with a key none of its quotes has, it names nothing.
  let quote = get('quote');
  if (quote !== null && (event === null || !known.quoteKeys?.(event).has(quote))) {
    ignore('quote', quote);
    quote = null;
  }

  let range: [number, number] | null = null;
  const rangeText = get('range');
  if (rangeText !== null) {
    const [from, to, extra] = rangeText.split('/');
    const start = from ? parseInstant(from) : null;
    const end = to ? parseInstant(to) : null;
    const span = known.span;
    // A range wholly outside the story would show an empty axis: the story opens where it does instead.
    const outside = span !== undefined && end !== null && start !== null && (end <= span[0] || start >= span[1]);
    if (start !== null && end !== null && extra === undefined && start < end && !outside) range = [start, end];
    else ignore('range', rangeText);
  }

  const countries = keepKnown('country', known.countries);
  const actors = keepKnown('actor', known.actors);
  const tags = keepKnown('tag', known.tags);
  const bases = keepKnown('basis', KNOWN_BASES) as DateBasis[];
  const more = ignored.length - MAX_NAMED;
  return {
    view: {
      event,
      quote,
      thread,
      countries,
      actors,
      tags,
      bases,
      query: (params.get('q') ?? '').slice(0, MAX_QUERY_LENGTH),
      range,
      lanes: laneGrouping(params.get('lanes'), known),
      mode: params.get('view') === 'list' ? 'list' : 'timeline',
    },
    ignored: more > 1 ? [...ignored.slice(0, MAX_NAMED), `${more} more`] : ignored,
  };
}
