/**
 * What the reader sees, as URL parameters, so a link reopens the same view. A link is
 * untrusted input: anything unknown or malformed is dropped and reported, never thrown.
 */
import type { FilterCriteria } from '../model/filter.ts';
import type { Story } from './story.svelte.ts';

export interface ViewParams extends FilterCriteria {
  event: string | null;
  /** Visible time range in UTC milliseconds, when the reader has zoomed or panned. */
  range: [number, number] | null;
  lanes: boolean;
  mode: 'timeline' | 'list';
}

export const DEFAULT_VIEW: ViewParams = { event: null, countries: [], actors: [], query: '', range: null, lanes: false, mode: 'timeline' };

export interface KnownValues {
  eventIds: ReadonlySet<string>;
  countries: ReadonlySet<string>;
  actors: ReadonlySet<string>;
}

/** What a link or an attribute may name in this story: its events, its countries, its actors. */
export function knownValues(story: Pick<Story, 'events' | 'countries' | 'actorsById'>): KnownValues {
  return {
    eventIds: new Set(story.events.map((event) => event.id)),
    countries: new Set(story.countries),
    actors: new Set(story.actorsById.keys()),
  };
}

const MAX_QUERY_LENGTH = 200;

/** Years before 0 or after 9999 take ISO 8601's expanded form, as toISOString writes them: "-000600-01-01". */
export function formatInstant(ms: number): string {
  const [date = '', time = ''] = new Date(ms).toISOString().split('T');
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
  if (view.countries.length) params.set('country', view.countries.join(','));
  if (view.actors.length) params.set('actor', view.actors.join(','));
  if (view.query.trim()) params.set('q', view.query);
  if (view.range) params.set('range', `${formatInstant(view.range[0])}/${formatInstant(view.range[1])}`);
  if (view.lanes) params.set('lanes', 'country');
  if (view.mode === 'list') params.set('view', 'list');
  return params;
}

function listParam(params: URLSearchParams, name: string): string[] {
  return (params.get(name) ?? '')
    .split(',')
    .map((value) => value.trim())
    .filter(Boolean);
}

export function fromSearchParams(params: URLSearchParams, known: KnownValues): { view: ViewParams; ignored: string[] } {
  const ignored: string[] = [];
  const keepKnown = (values: string[], allowed: ReadonlySet<string>, label: string) =>
    values.filter((value) => {
      if (allowed.has(value)) return true;
      ignored.push(`${label} "${value}"`);
      return false;
    });

  let event = params.get('event');
  if (event !== null && !known.eventIds.has(event)) {
    ignored.push(`event "${event}"`);
    event = null;
  }

  let range: [number, number] | null = null;
  const rangeText = params.get('range');
  if (rangeText !== null) {
    const [from, to, extra] = rangeText.split('/');
    const start = from ? parseInstant(from) : null;
    const end = to ? parseInstant(to) : null;
    if (start !== null && end !== null && extra === undefined && start < end) range = [start, end];
    else ignored.push(`range "${rangeText}"`);
  }

  return {
    view: {
      event,
      countries: keepKnown(listParam(params, 'country'), known.countries, 'country'),
      actors: keepKnown(listParam(params, 'actor'), known.actors, 'actor'),
      query: (params.get('q') ?? '').slice(0, MAX_QUERY_LENGTH),
      range,
      lanes: params.get('lanes') === 'country',
      mode: params.get('view') === 'list' ? 'list' : 'timeline',
    },
    ignored,
  };
}
