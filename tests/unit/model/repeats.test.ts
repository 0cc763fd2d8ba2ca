/**
 * A repeated entry in an event's lists (countries, actors, tags, quotes, related) is an
 * error with its place, its reason and its fix; a viewer leaves out just that event.
 */
import { describe, expect, it } from 'vitest';
import { formatProblem, validateDataset, type ValidateOptions } from '../../../src/model/validate.ts';
import { validateOrSalvage } from '../../../src/model/salvage.ts';
import { allLinks, indexLinks, relationsOf } from '../../../src/model/relations.ts';
import type { TimelineEvent } from '../../../src/model/schema.ts';

const SOURCE_TEXTS = { 'sources/statement.txt': 'The ministers welcome the creation of the partnership and will meet again.' };
const withTexts: ValidateOptions = { sourceTexts: SOURCE_TEXTS };

function anEvent(id: string, extra: Record<string, unknown> = {}) {
  return {
    id,
    title: `Event ${id}`,
    date: '2021-09-15',
    dateBasis: 'stated',
    dateNote: 'Dated in the statement.',
    status: 'occurred',
    countries: ['AU', 'FR'],
    actors: ['minister', 'government'],
    summary: 'Something happens.',
    quotes: [{ source: 'statement', text: 'welcome the creation', speaker: 'minister' }],
    ...extra,
  };
}

function dataset(events: unknown[]) {
  return {
    schemaVersion: 1,
    title: 'Repeats',
    sources: [{ id: 'statement', title: 'Joint statement', file: 'sources/statement.txt' }],
    actors: [
      { id: 'minister', name: 'The minister', kind: 'person', country: 'FR' },
      { id: 'government', name: 'The government', kind: 'government' },
    ],
    events,
  };
}

/** Problems of a dataset whose second event (events[1]) has `extra` for fields. */
function problemsWith(extra: Record<string, unknown>): string[] {
  const data = dataset([anEvent('first'), anEvent('second', extra)]);
  return validateDataset(data, withTexts).problems.map(formatProblem);
}

describe('the validator refuses repeated entries, saying where, why and what to do', () => {
  it('a country listed twice, at the repeat, naming the first', () => {
    expect(problemsWith({ countries: ['FR', 'US', 'FR'] })).toEqual([
      'events[1].countries[2]: "FR" is listed twice (also at countries[0]); remove the repeat',
    ]);
  });

  it('an actor listed three times, at each repeat', () => {
    expect(problemsWith({ actors: ['minister', 'minister', 'government', 'minister'] })).toEqual([
      'events[1].actors[1]: "minister" is listed 3 times (also at actors[0]); remove the repeat',
      'events[1].actors[3]: "minister" is listed 3 times (also at actors[0]); remove the repeat',
    ]);
  });

  it('a tag listed twice', () => {
    expect(problemsWith({ tags: ['crisis', 'navy', 'crisis'] })).toEqual([
      'events[1].tags[2]: "crisis" is listed twice (also at tags[0]); remove the repeat',
    ]);
  });

  it('two relations to the same event with the same type, whatever their notes', () => {
    expect(
      problemsWith({
        related: [
          { event: 'first', type: 'responds-to', note: 'A day later.' },
          { event: 'first', type: 'context' },
          { event: 'first', type: 'responds-to' },
        ],
      }),
    ).toEqual(['events[1].related[2]: the relation "responds-to" to "first" is listed twice (also at related[0]); remove the repeat']);
  });

  it('the same quote twice, white space aside, with the same speaker', () => {
    expect(
      problemsWith({
        quotes: [
          { source: 'statement', text: 'welcome the creation', speaker: 'minister' },
          { source: 'statement', text: ' welcome  the\ncreation ', speaker: 'minister' },
        ],
      }),
    ).toEqual(['events[1].quotes[1]: the quote " welcome  the\\ncreation " is listed twice (also at quotes[0]); remove the repeat']);
  });

  it('accepts lists whose entries differ: relations of two types, the same words from two speakers, tags that differ in case', () => {
    expect(
      problemsWith({
        countries: ['FR', 'US'],
        related: [
          { event: 'first', type: 'responds-to' },
          { event: 'first', type: 'context' },
        ],
        quotes: [
          { source: 'statement', text: 'welcome the creation', speaker: 'minister' },
          { source: 'statement', text: 'welcome the creation', speaker: 'government' },
          { source: 'statement', text: 'welcome the creation' },
        ],
        tags: ['Crisis', 'crisis'],
      }),
    ).toEqual([]);
  });

  it('reports repeats in every broken event at once, alongside the other problems', () => {
    const data = dataset([
      anEvent('first', { countries: ['AU', 'AU'] }),
      anEvent('second', { date: '2021-02-30', actors: ['government', 'government'] }),
    ]);
    expect(validateDataset(data, withTexts).problems.map(formatProblem)).toEqual([
      'events[0].countries[1]: "AU" is listed twice (also at countries[0]); remove the repeat',
      'events[1].date: "2021-02-30" is not a day of the calendar',
      'events[1].actors[1]: "government" is listed twice (also at actors[0]); remove the repeat',
    ]);
  });
});

describe('a viewer leaves out just the event with a repeat', () => {
  it('shows the others, says why the one was skipped, and drops the links to it', () => {
    const data = dataset([
      anEvent('first', { related: [{ event: 'second', type: 'causes' }] }),
      anEvent('second', { countries: ['FR', 'US', 'FR'] }),
      anEvent('third', { related: [{ event: 'first', type: 'follows-up' }] }),
    ]);
    const result = validateOrSalvage(data, withTexts);
    expect(result.ok).toBe(true);
    if (!result.ok) return;
    expect(result.events.map((event) => event.id)).toEqual(['first', 'third']);
    expect(result.skipped.map(formatProblem)).toEqual([
      'events[1].countries[2]: "FR" is listed twice (also at countries[0]); remove the repeat',
    ]);
    expect(result.events[0]?.related).toEqual([]);
  });
});

describe('links built from events that were not validated', () => {
  it('are each drawn once, so the timeline and the detail never meet a repeat', () => {
    const events = [
      anEvent('a', {
        related: [
          { event: 'b', type: 'causes', note: 'First note.' },
          { event: 'b', type: 'causes', note: 'Second note.' },
          { event: 'b', type: 'context' },
        ],
      }),
      anEvent('b'),
    ] as unknown as TimelineEvent[];
    const links = allLinks(events);
    expect(links).toEqual([
      { from: 'a', to: 'b', type: 'causes', note: 'First note.' },
      { from: 'a', to: 'b', type: 'context' },
    ]);
    expect(relationsOf('b', indexLinks(links))).toEqual([
      { label: 'caused-by', links: [{ label: 'caused-by', eventId: 'a', note: 'First note.' }] },
      { label: 'context-for', links: [{ label: 'context-for', eventId: 'a' }] },
    ]);
  });
});
