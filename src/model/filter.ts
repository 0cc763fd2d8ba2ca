/**
 * Which events a reader's filters keep. Within a facet the choices widen the view
 * (France OR China); across facets they narrow it (France AND Le Drian AND "stab").
 */
import { DATE_BASES, type DateBasis, type TimelineEvent } from './schema.ts';

export interface FilterCriteria {
  countries: readonly string[];
  actors: readonly string[];
  /** The author's tags (an imported TimelineJS story's groups). */
  tags: readonly string[];
  /** How the date is known: 'stated', 'relative', 'inferred'. */
  bases: readonly DateBasis[];
  query: string;
}

export const NO_FILTERS: FilterCriteria = { countries: [], actors: [], tags: [], bases: [], query: '' };

export function hasFilters(criteria: FilterCriteria): boolean {
  return (
    criteria.countries.length > 0 ||
    criteria.actors.length > 0 ||
    criteria.tags.length > 0 ||
    criteria.bases.length > 0 ||
    criteria.query.trim() !== ''
  );
}

/** The date bases a story's events use, in DATE_BASES order: the facet is worth showing when there are two or more. */
export function basesIn(events: readonly Pick<TimelineEvent, 'dateBasis'>[]): DateBasis[] {
  return DATE_BASES.filter((basis) => events.some((event) => event.dateBasis === basis));
}

/** Folds case and accents so "defense" finds "défense" and "le drian" finds "Le Drian". */
export function foldForSearch(text: string): string {
  return text.normalize('NFD').replace(/\p{M}/gu, '').toLowerCase();
}

export function searchableText(event: TimelineEvent): string {
  return foldForSearch([event.title, event.summary, ...event.quotes.map((quote) => quote.text), ...(event.tags ?? [])].join('\n'));
}

/**
 * One facet (countries, actors or tags) with its values numbered once per dataset: a filter pass
 * then tests and counts each event's values by number, in typed arrays, rather than by
 * string in maps (at 100,000 events, a fifth of the time of a filter change).
 */
interface FacetIndex {
  /** The value of each number. */
  readonly values: readonly string[];
  /** Event i's value numbers are numbers[starts[i]] up to numbers[starts[i + 1]], each once. */
  readonly starts: Uint32Array;
  readonly numbers: Uint32Array;
}

function indexFacet(lists: readonly (readonly string[])[]): FacetIndex {
  const numberOf = new Map<string, number>();
  const starts = new Uint32Array(lists.length + 1);
  const numbers: number[] = [];
  lists.forEach((list, i) => {
    starts[i] = numbers.length;
    for (const value of list) {
      let number = numberOf.get(value);
      if (number === undefined) numberOf.set(value, (number = numberOf.size));
      if (!listedSince(numbers, starts[i] as number, number)) numbers.push(number);
    }
  });
  starts[lists.length] = numbers.length;
  return { values: [...numberOf.keys()], starts, numbers: Uint32Array.from(numbers) };
}

/**
 * Whether `number` is in `numbers` from `from` on. Not `includes(number, from)`: under
 * Svelte's dev mode that call warns of a state proxy for every plain repeat it finds.
 */
function listedSince(numbers: readonly number[], from: number, number: number): boolean {
  for (let at = from; at < numbers.length; at++) if (numbers[at] === number) return true;
  return false;
}

/** 1 for each value chosen, or null when none is (the facet then keeps every event). */
function chosen(facet: FacetIndex, values: readonly string[]): Uint8Array | null {
  if (values.length === 0) return null;
  const wanted = new Set(values);
  return Uint8Array.from(facet.values, (value) => (wanted.has(value) ? 1 : 0));
}

function hasAny(facet: FacetIndex, event: number, wanted: Uint8Array | null): boolean {
  if (wanted === null) return true;
  for (let at = facet.starts[event] as number; at < (facet.starts[event + 1] as number); at++) {
    if (wanted[facet.numbers[at] as number] === 1) return true;
  }
  return false;
}

function count(facet: FacetIndex, event: number, counts: Uint32Array): void {
  for (let at = facet.starts[event] as number; at < (facet.starts[event + 1] as number); at++) {
    const number = facet.numbers[at] as number;
    counts[number] = (counts[number] as number) + 1;
  }
}

function hasEvery(searchable: string, words: readonly string[]): boolean {
  for (const word of words) if (!searchable.includes(word)) return false;
  return true;
}

export interface FacetCount {
  value: string;
  count: number;
}

export interface FacetCounts {
  countries: FacetCount[];
  actors: FacetCount[];
  tags: FacetCount[];
  /** In DATE_BASES order (stated, relative, inferred), those counted at least once. */
  bases: FacetCount[];
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

/** The values counted at least once, most frequent first, then in code-unit order. */
function counted(values: readonly string[], counts: Uint32Array): FacetCount[] {
  const counted: FacetCount[] = [];
  counts.forEach((count, number) => {
    if (count > 0) counted.push({ value: values[number] as string, count });
  });
  return counted;
}

function byCount(facet: FacetIndex, counts: Uint32Array): FacetCount[] {
  return counted(facet.values, counts).sort((a, b) => b.count - a.count || (a.value < b.value ? -1 : a.value > b.value ? 1 : 0));
}

/**
 * The filter of one dataset: the events kept and the facet counts, in one pass over the
 * events per change of criteria. Each event's tests (countries, actors, tags, date basis,
 * text) are made once and serve the shown list and every facet: a facet counts the events
 * that pass all the other tests. An event has one basis, so that facet is a number per
 * event rather than a list. The searchable texts are folded on the first search only: most
 * readers never type one, and folding 100,000 events' quotes takes a browser a fifth of a second.
 */
export function createFilter<E extends TimelineEvent>(events: readonly E[]): (criteria: FilterCriteria) => FilterOutcome<E> {
  const facets = [
    indexFacet(events.map((event) => event.countries)),
    indexFacet(events.map((event) => event.actors)),
    indexFacet(events.map((event) => event.tags ?? [])),
  ] as const;
  // 255 (no basis) for a value outside DATE_BASES: never kept by a basis filter, never counted.
  const basisOf = Uint8Array.from(events, (event) => DATE_BASES.indexOf(event.dateBasis) & 255);
  let searchable: string[] | undefined;
  return (criteria) => {
    const words = foldForSearch(criteria.query).split(/\s+/).filter(Boolean);
    if (words.length > 0) searchable ??= events.map(searchableText);
    const chosenValues = [criteria.countries, criteria.actors, criteria.tags];
    const wanted = facets.map((facet, f) => chosen(facet, chosenValues[f] as readonly string[]));
    const wantedBases = criteria.bases.length === 0 ? null : Uint8Array.from(DATE_BASES, (basis) => +criteria.bases.includes(basis));
    const shown: E[] = [];
    const shownMask = new Uint8Array(events.length);
    const facetCounts = facets.map((facet) => new Uint32Array(facet.values.length));
    const basisCounts = new Uint32Array(DATE_BASES.length);
    const passes = [false, false, false];
    for (let i = 0; i < events.length; i++) {
      if (words.length > 0 && !hasEvery((searchable as string[])[i] as string, words)) continue;
      const basis = basisOf[i] as number;
      let failed = 0;
      for (let f = 0; f < facets.length; f++) failed += +!(passes[f] = hasAny(facets[f] as FacetIndex, i, wanted[f] as Uint8Array | null));
      const based = wantedBases === null || wantedBases[basis] === 1;
      // A facet counts the event when every other test passes: when none fails, or only its own.
      if (based) {
        for (let f = 0; f < facets.length; f++) {
          if (failed === 0 || (failed === 1 && !passes[f])) count(facets[f] as FacetIndex, i, facetCounts[f] as Uint32Array);
        }
      }
      if (failed === 0 && basis < DATE_BASES.length) basisCounts[basis] = (basisCounts[basis] as number) + 1;
      if (failed === 0 && based) {
        shown.push(events[i] as E);
        shownMask[i] = 1;
      }
    }
    const [countries, actors, tags] = facets.map((facet, f) => byCount(facet, facetCounts[f] as Uint32Array)) as [
      FacetCount[],
      FacetCount[],
      FacetCount[],
    ];
    return { shown, shownMask, counts: { countries, actors, tags, bases: counted(DATE_BASES, basisCounts) } };
  };
}
