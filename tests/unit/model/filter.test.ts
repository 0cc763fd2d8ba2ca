import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { createFilter, foldForSearch, type FilterCriteria } from '../../../src/model/filter.ts';
import { DATE_BASES, type DateBasis, type TimelineEvent } from '../../../src/model/schema.ts';

type Facets = Pick<TimelineEvent, 'id' | 'countries' | 'actors' | 'tags' | 'dateBasis' | 'title' | 'summary' | 'quotes'>;

function event(id: string, countries: string[], actors: string[], title = id, dateBasis: DateBasis = 'stated', tags?: string[]): Facets {
  return { id, countries, actors, dateBasis, title, summary: '', quotes: [{ source: 's', text: 'quoted' }], ...(tags && { tags }) };
}

const filterOf = (events: readonly Facets[]) => createFilter(events as TimelineEvent[]);
const criteria = (partial: Partial<FilterCriteria>): FilterCriteria => ({
  countries: [],
  actors: [],
  tags: [],
  bases: [],
  query: '',
  ...partial,
});

/** The rule as a reader states it, one event at a time: OR within a facet, AND across facets. */
function keeps(entry: Facets, { countries, actors, tags, bases, query }: FilterCriteria): boolean {
  const text = foldForSearch([entry.title, entry.summary, ...entry.quotes.map((quote) => quote.text), ...(entry.tags ?? [])].join('\n'));
  return (
    (countries.length === 0 || entry.countries.some((code) => countries.includes(code))) &&
    (actors.length === 0 || entry.actors.some((id) => actors.includes(id))) &&
    (tags.length === 0 || (entry.tags ?? []).some((tag) => tags.includes(tag))) &&
    (bases.length === 0 || bases.includes(entry.dateBasis)) &&
    foldForSearch(query)
      .split(/\s+/)
      .filter(Boolean)
      .every((word) => text.includes(word))
  );
}

const sample = [
  event('a', ['FR'], ['macron'], 'Élysée statement'),
  event('b', ['FR', 'AU'], ['le-drian', 'morrison'], 'b', 'inferred'),
  event('c', ['US'], ['biden'], 'c', 'relative'),
  event('d', ['AU', 'AU'], ['morrison'], 'd', 'inferred'),
];

describe('createFilter', () => {
  it('keeps events of any chosen country and any chosen actor, in input order', () => {
    const filter = filterOf(sample);
    expect(filter(criteria({ countries: ['FR', 'US'] })).shown.map((e) => e.id)).toEqual(['a', 'b', 'c']);
    expect(filter(criteria({ countries: ['FR', 'AU'], actors: ['morrison'] })).shown.map((e) => e.id)).toEqual(['b', 'd']);
    expect([...filter(criteria({ actors: ['biden'] })).shownMask]).toEqual([0, 0, 1, 0]);
  });

  it('finds words without case or accents, every word of the query', () => {
    const filter = filterOf(sample);
    expect(filter(criteria({ query: 'elysee' })).shown.map((e) => e.id)).toEqual(['a']);
    expect(filter(criteria({ query: 'ÉLYSÉE statement' })).shown.map((e) => e.id)).toEqual(['a']);
    expect(filter(criteria({ query: 'elysee nowhere' })).shown).toEqual([]);
  });

  it('counts beside each choice what ticking it would show, an event listing a country twice once', () => {
    const { counts } = filterOf(sample)(criteria({ countries: ['FR'] }));
    // Countries are counted as if no country were ticked; actors within the ticked countries.
    expect(counts.countries).toEqual([
      { value: 'AU', count: 2 },
      { value: 'FR', count: 2 },
      { value: 'US', count: 1 },
    ]);
    expect(counts.actors).toEqual([
      { value: 'le-drian', count: 1 },
      { value: 'macron', count: 1 },
      { value: 'morrison', count: 1 },
    ]);
  });

  it('keeps the events of any chosen tag, finds a tag by search, and counts tags given the other facets', () => {
    const tagged = [
      event('a', ['FR'], [], 'a', 'stated', ['Diplomacy']),
      event('b', ['AU'], [], 'b', 'stated', ['Defence', 'Diplomacy']),
      event('c', ['FR'], [], 'c', 'stated'),
    ];
    const filter = filterOf(tagged);
    expect(filter(criteria({ tags: ['Defence'] })).shown.map((e) => e.id)).toEqual(['b']);
    expect(filter(criteria({ tags: ['Defence', 'Diplomacy'] })).shown.map((e) => e.id)).toEqual(['a', 'b']);
    expect(filter(criteria({ query: 'defence' })).shown.map((e) => e.id)).toEqual(['b']);
    expect(filter(criteria({ countries: ['FR'] })).counts.tags).toEqual([{ value: 'Diplomacy', count: 1 }]);
    expect(filter(criteria({ tags: ['Defence'] })).counts.tags).toEqual([
      { value: 'Diplomacy', count: 2 },
      { value: 'Defence', count: 1 },
    ]);
  });

  it('keeps the events of any chosen date basis, with the other facets, and counts each basis given the others', () => {
    const filter = filterOf(sample);
    expect(filter(criteria({ bases: ['inferred'] })).shown.map((e) => e.id)).toEqual(['b', 'd']);
    expect(filter(criteria({ bases: ['inferred', 'stated'] })).shown.map((e) => e.id)).toEqual(['a', 'b', 'd']);
    expect(filter(criteria({ bases: ['inferred'], countries: ['FR'] })).shown.map((e) => e.id)).toEqual(['b']);
    // In DATE_BASES order, a basis no event has left out.
    expect(filter(criteria({})).counts.bases).toEqual([
      { value: 'stated', count: 1 },
      { value: 'relative', count: 1 },
      { value: 'inferred', count: 2 },
    ]);
    // Bases are counted as if no basis were ticked; countries and actors within the ticked bases.
    const { counts } = filter(criteria({ bases: ['inferred'], countries: ['AU'] }));
    expect(counts.bases).toEqual([{ value: 'inferred', count: 2 }]);
    expect(counts.countries).toEqual([
      { value: 'AU', count: 2 },
      { value: 'FR', count: 1 },
    ]);
    expect(counts.actors).toEqual([
      { value: 'morrison', count: 2 },
      { value: 'le-drian', count: 1 },
    ]);
  });

  it('agrees with the rule applied event by event, for any events and criteria', () => {
    const codes = fc.constantFrom('FR', 'US', 'AU', 'GB');
    const people = fc.constantFrom('macron', 'biden', 'morrison');
    const labels = fc.constantFrom('Diplomacy', 'Defence', 'Trade');
    const entries = fc.array(
      fc.record({
        countries: fc.array(codes, { maxLength: 3 }),
        actors: fc.array(people, { maxLength: 2 }),
        title: fc.constantFrom('Sub deal', 'Recall', 'Talks'),
        basis: fc.constantFrom(...DATE_BASES),
        tags: fc.option(fc.array(labels, { maxLength: 2 }), { nil: undefined }),
      }),
      { maxLength: 12 },
    );
    const wanted = fc.record({
      countries: fc.uniqueArray(codes, { maxLength: 2 }),
      actors: fc.uniqueArray(people, { maxLength: 2 }),
      tags: fc.uniqueArray(labels, { maxLength: 2 }),
      bases: fc.uniqueArray(fc.constantFrom(...DATE_BASES), { maxLength: 2 }),
      query: fc.constantFrom('', 'deal', 'TALKS', 're', 'sub deal', 'none'),
    });
    fc.assert(
      fc.property(entries, wanted, (raw, chosen) => {
        const events = raw.map((entry, i) => event(`e${i}`, entry.countries, entry.actors, entry.title, entry.basis, entry.tags));
        const outcome = filterOf(events)(chosen);
        expect(outcome.shown).toEqual(events.filter((entry) => keeps(entry, chosen)));
        for (const { value, count } of outcome.counts.countries) {
          expect(count).toBe(
            events.filter((entry) => entry.countries.includes(value) && keeps(entry, { ...chosen, countries: [value] })).length,
          );
        }
        for (const { value, count } of outcome.counts.actors) {
          expect(count).toBe(events.filter((entry) => entry.actors.includes(value) && keeps(entry, { ...chosen, actors: [value] })).length);
        }
        for (const { value, count } of outcome.counts.tags) {
          expect(count).toBe(events.filter((entry) => entry.tags?.includes(value) && keeps(entry, { ...chosen, tags: [value] })).length);
        }
        const bases = DATE_BASES.map((basis) => ({
          value: basis,
          count: events.filter((entry) => entry.dateBasis === basis && keeps(entry, { ...chosen, bases: [basis] })).length,
        }));
        expect(outcome.counts.bases).toEqual(bases.filter(({ count }) => count > 0));
      }),
    );
  });
});
