import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { createFilter, foldForSearch, type FilterCriteria } from '../../../src/model/filter.ts';
import type { TimelineEvent } from '../../../src/model/schema.ts';

type Facets = Pick<TimelineEvent, 'id' | 'countries' | 'actors' | 'title' | 'summary' | 'quotes'>;

function event(id: string, countries: string[], actors: string[], title = id): Facets {
  return { id, countries, actors, title, summary: '', quotes: [{ source: 's', text: 'quoted' }] };
}

const filterOf = (events: readonly Facets[]) => createFilter(events as TimelineEvent[]);
const criteria = (partial: Partial<FilterCriteria>): FilterCriteria => ({ countries: [], actors: [], query: '', ...partial });

/** The rule as a reader states it, one event at a time: OR within a facet, AND across facets. */
function keeps(entry: Facets, { countries, actors, query }: FilterCriteria): boolean {
  const text = foldForSearch([entry.title, entry.summary, ...entry.quotes.map((quote) => quote.text)].join('\n'));
  return (
    (countries.length === 0 || entry.countries.some((code) => countries.includes(code))) &&
    (actors.length === 0 || entry.actors.some((id) => actors.includes(id))) &&
    foldForSearch(query)
      .split(/\s+/)
      .filter(Boolean)
      .every((word) => text.includes(word))
  );
}

const sample = [
  event('a', ['FR'], ['macron'], 'Élysée statement'),
  event('b', ['FR', 'AU'], ['le-drian', 'morrison']),
  event('c', ['US'], ['biden']),
  event('d', ['AU', 'AU'], ['morrison']),
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

  it('agrees with the rule applied event by event, for any events and criteria', () => {
    const codes = fc.constantFrom('FR', 'US', 'AU', 'GB');
    const people = fc.constantFrom('macron', 'biden', 'morrison');
    const entries = fc.array(
      fc.record({
        countries: fc.array(codes, { maxLength: 3 }),
        actors: fc.array(people, { maxLength: 2 }),
        title: fc.constantFrom('Sub deal', 'Recall', 'Talks'),
      }),
      { maxLength: 12 },
    );
    const wanted = fc.record({
      countries: fc.uniqueArray(codes, { maxLength: 2 }),
      actors: fc.uniqueArray(people, { maxLength: 2 }),
      query: fc.constantFrom('', 'deal', 'TALKS', 're', 'sub deal', 'none'),
    });
    fc.assert(
      fc.property(entries, wanted, (raw, chosen) => {
        const events = raw.map((entry, i) => event(`e${i}`, entry.countries, entry.actors, entry.title));
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
      }),
    );
  });
});
