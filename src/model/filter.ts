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

function matchesCountries(event: TimelineEvent, countries: readonly string[]): boolean {
  return countries.length === 0 || event.countries.some((code) => countries.includes(code));
}

function matchesActors(event: TimelineEvent, actors: readonly string[]): boolean {
  return actors.length === 0 || event.actors.some((id) => actors.includes(id));
}

function matchesQuery(searchable: string, query: string): boolean {
  const words = foldForSearch(query).split(/\s+/).filter(Boolean);
  return words.every((word) => searchable.includes(word));
}

/**
 * Builds a matcher once per filter change; the searchable text of each event is computed
 * once per dataset, so typing in the search box does not re-fold every quote.
 */
export function createMatcher<E extends TimelineEvent>(events: readonly E[]) {
  const searchable = new Map(events.map((event) => [event.id, searchableText(event)]));
  return (event: E, criteria: FilterCriteria): boolean =>
    matchesCountries(event, criteria.countries) &&
    matchesActors(event, criteria.actors) &&
    matchesQuery(searchable.get(event.id) ?? searchableText(event), criteria.query);
}

export interface FacetCount {
  value: string;
  count: number;
}

/**
 * How many events each choice would show, given the other facets: the count beside
 * "China" answers "what do I get if I tick it?", which is what a reader wants to know.
 */
export function facetCounts<E extends TimelineEvent>(
  events: readonly E[],
  criteria: FilterCriteria,
  matcher: (event: E, criteria: FilterCriteria) => boolean,
): { countries: FacetCount[]; actors: FacetCount[] } {
  const countries = new Map<string, number>();
  const actors = new Map<string, number>();
  const withoutCountries = { ...criteria, countries: [] };
  const withoutActors = { ...criteria, actors: [] };
  for (const event of events) {
    if (matcher(event, withoutCountries)) {
      for (const code of new Set(event.countries)) countries.set(code, (countries.get(code) ?? 0) + 1);
    }
    if (matcher(event, withoutActors)) {
      for (const id of new Set(event.actors)) actors.set(id, (actors.get(id) ?? 0) + 1);
    }
  }
  const sorted = (counts: Map<string, number>) =>
    [...counts].map(([value, count]) => ({ value, count })).sort((a, b) => b.count - a.count || a.value.localeCompare(b.value));
  return { countries: sorted(countries), actors: sorted(actors) };
}
