/**
 * Which events a reader's filters keep. Within a facet the choices widen the view
 * (France OR China); across facets they narrow it (France AND Le Drian AND "stab").
 */
import type { TimelineEvent } from './schema.ts';

export interface FilterCriteria {
  countries: readonly string[];
  actors: readonly string[];
  query: string;
}

export const NO_FILTERS: FilterCriteria = { countries: [], actors: [], query: '' };

export function hasFilters(criteria: FilterCriteria): boolean {
  return criteria.countries.length > 0 || criteria.actors.length > 0 || criteria.query.trim() !== '';
}

/** Folds case and accents so "defense" finds "défense" and "le drian" finds "Le Drian". */
export function foldForSearch(text: string): string {
  return text.normalize('NFD').replace(/\p{M}/gu, '').toLowerCase();
}

export function searchableText(event: TimelineEvent): string {
  return foldForSearch([event.title, event.summary, ...event.quotes.map((quote) => quote.text)].join('\n'));
}

/** The criteria read once per change, not once per event. */
interface CompiledCriteria {
  readonly countries: ReadonlySet<string> | null;
  readonly actors: ReadonlySet<string> | null;
  readonly words: readonly string[];
}

function compile(criteria: FilterCriteria): CompiledCriteria {
  return {
    countries: criteria.countries.length > 0 ? new Set(criteria.countries) : null,
    actors: criteria.actors.length > 0 ? new Set(criteria.actors) : null,
    words: foldForSearch(criteria.query).split(/\s+/).filter(Boolean),
  };
}

function hasAny(values: readonly string[], wanted: ReadonlySet<string> | null): boolean {
  if (wanted === null) return true;
  for (const value of values) if (wanted.has(value)) return true;
  return false;
}

function hasEvery(searchable: string, words: readonly string[]): boolean {
  for (const word of words) if (!searchable.includes(word)) return false;
  return true;
}

/** Counts `value` once per event, even when an event lists it twice. */
function countOnce(counts: Map<string, number>, values: readonly string[]): void {
  for (let i = 0; i < values.length; i++) {
    const value = values[i] as string;
    if (values.indexOf(value) === i) counts.set(value, (counts.get(value) ?? 0) + 1);
  }
}

export interface FacetCount {
  value: string;
  count: number;
}

export interface FacetCounts {
  countries: FacetCount[];
  actors: FacetCount[];
}

export interface FilterOutcome<E> {
  /** The events the criteria keep, in input order. */
  readonly shown: readonly E[];
  /** 1 at the input position of each event kept, 0 elsewhere. */
  readonly shownMask: Uint8Array;
  /**
   * How many events each choice would show, given the other facets: the count beside
   * "China" answers "what do I get if I tick it?", which is what a reader wants to know.
   */
  readonly counts: FacetCounts;
}

const byCount = (counts: Map<string, number>): FacetCount[] =>
  [...counts].map(([value, count]) => ({ value, count })).sort((a, b) => b.count - a.count || (a.value < b.value ? -1 : a.value > b.value ? 1 : 0));

/**
 * The filter of one dataset: the events kept and the facet counts, in one pass over the
 * events per change of criteria. Each event's three tests (countries, actors, text) are
 * made once and serve the shown list and both facets. The searchable texts are folded on
 * the first search only: most readers never type one, and folding 100,000 events' quotes
 * takes a browser a fifth of a second.
 */
export function createFilter<E extends TimelineEvent>(events: readonly E[]): (criteria: FilterCriteria) => FilterOutcome<E> {
  let searchable: string[] | undefined;
  return (criteria) => {
    const compiled = compile(criteria);
    if (compiled.words.length > 0) searchable ??= events.map(searchableText);
    const shown: E[] = [];
    const shownMask = new Uint8Array(events.length);
    const countries = new Map<string, number>();
    const actors = new Map<string, number>();
    for (let i = 0; i < events.length; i++) {
      const event = events[i] as E;
      const text = compiled.words.length === 0 || hasEvery((searchable as string[])[i] as string, compiled.words);
      if (!text) continue;
      const country = hasAny(event.countries, compiled.countries);
      const actor = hasAny(event.actors, compiled.actors);
      if (actor) countOnce(countries, event.countries);
      if (country) countOnce(actors, event.actors);
      if (country && actor) {
        shown.push(event);
        shownMask[i] = 1;
      }
    }
    return { shown, shownMask, counts: { countries: byCount(countries), actors: byCount(actors) } };
  };
}
