import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { filterDataset } from '../../../src/interop/dataset-view.ts';
import { validateDataset } from '../../../src/model/validate.ts';
import { messages } from './helpers.ts';

const example = (() => {
  const result = validateDataset(JSON.parse(readFileSync('data/examples/lantern-strait.json', 'utf8')));
  if (!result.ok) throw new Error('the example is invalid');
  return result.dataset;
})();

describe('filterDataset', () => {
  it('keeps everything without criteria', () => {
    expect(filterDataset(example, { countries: [], actors: [] })).toEqual({ dataset: example, notes: [] });
  });

  it('keeps the events of a country, and only the sources and actors they use', () => {
    const { dataset, notes } = filterDataset(example, { countries: ['qn'], actors: ['tomas-lund'] });
    expect(dataset.events.map((event) => event.id)).toEqual(['provisional-quota-agreed']);
    expect(dataset.sources.map((source) => source.id)).toEqual(['meridia-foreign-ministry-statements', 'harbour-gazette-report']);
    expect(dataset.actors.map((actor) => actor.id)).toEqual(['meridia-government', 'nordhavn-government', 'ilse-varga', 'tomas-lund']);
    expect(messages(notes)).toEqual([
      'event provisional-quota-agreed: relation follows-up:port-elin-talks left out: port-elin-talks is not in the filtered view',
      'event provisional-quota-agreed: relation context:lantern-strait-agreement-expires left out: lantern-strait-agreement-expires is not in the filtered view',
    ]);
    expect(validateDataset(dataset).ok).toBe(true);
  });

  it('widens within a facet: any of the actors', () => {
    const { dataset } = filterDataset(example, { countries: [], actors: ['harbour-gazette', 'ilse-varga'] });
    expect(dataset.events.map((event) => event.id)).toEqual(['nordhavn-seizes-sea-lark', 'provisional-quota-agreed', 'crews-greet-quota']);
  });
});
