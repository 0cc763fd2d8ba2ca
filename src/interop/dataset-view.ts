/**
 * A filtered view of a dataset for export: the events of some countries or actors, with
 * just the sources and actors they use, so that the view is a valid dataset of its own.
 */
import { createFilter } from '../model/filter.ts';
import type { Dataset } from '../model/schema.ts';
import { NoteCollector, type InteropNote } from './notes.ts';

export interface ViewCriteria {
  /** Keep events with any of these countries (ISO codes); empty keeps all. */
  countries: readonly string[];
  /** Keep events with any of these actor ids; empty keeps all. */
  actors: readonly string[];
}

/** Same semantics as the reader's filters in the app: OR within a facet, AND across facets. */
export function filterDataset(dataset: Dataset, criteria: ViewCriteria): { dataset: Dataset; notes: InteropNote[] } {
  const collector = new NoteCollector();
  const filter = {
    countries: criteria.countries.map((code) => code.toUpperCase()),
    actors: criteria.actors,
    tags: [],
    bases: [],
    query: '',
  };
  const keptIds = new Set(createFilter(dataset.events)(filter).shown.map((event) => event.id));

  const events = dataset.events
    .filter((event) => keptIds.has(event.id))
    .map((event) => {
      const related = event.related.filter((relation) => keptIds.has(relation.event));
      for (const relation of event.related) {
        if (!keptIds.has(relation.event)) {
          // A relation to an event outside the view would make the view invalid.
          collector.notCarriedOver(
            `event ${event.id}`,
            `relation ${relation.type}:${relation.event} left out: ${relation.event} is not in the filtered view`,
          );
        }
      }
      return { ...event, related };
    });

  const usedSources = new Set(events.flatMap((event) => event.quotes.map((quote) => quote.source)));
  const usedActors = new Set(
    events.flatMap((event) => [...event.actors, ...event.quotes.flatMap((quote) => (quote.speaker === undefined ? [] : [quote.speaker]))]),
  );
  return {
    dataset: {
      ...dataset,
      sources: dataset.sources.filter((source) => usedSources.has(source.id)),
      actors: dataset.actors.filter((actor) => usedActors.has(actor.id)),
      events,
    },
    notes: collector.notes,
  };
}
