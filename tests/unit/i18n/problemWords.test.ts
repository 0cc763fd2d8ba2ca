// @vitest-environment node
import { describe, expect, it } from 'vitest';
import { problemWords } from '../../../src/i18n/problemWords.ts';
import { validateDataset } from '../../../src/model/validate.ts';

const input = {
  schemaVersion: 1,
  title: 'A story',
  sources: [{ id: 'elysee', title: 'Statement of the Élysée', file: 'elysee.txt' }, { id: 'no-title' }],
  actors: [
    { id: 'macron', name: 'Emmanuel Macron', kind: 'person' },
    { id: 'nameless', name: 42 },
  ],
  events: [
    { id: 'kick-off', title: 42 },
    ...Array.from({ length: 13 }, (_, i) => ({ id: `e-${i + 1}` })),
    { id: 'super-bowl', title: 'Super Bowl', quotes: [] },
  ],
  path: [{ event: 'super-bowl' }],
};

const en = (path: string, data: unknown = input) => problemWords(path, data, 'en');
const fr = (path: string, data: unknown = input) => problemWords(path, data, 'fr');

describe('a problem path in words', () => {
  it('names an event by its title, and its parts', () => {
    expect(en('events[14].quotes[0].text')).toBe('Event 15, “Super Bowl”: its first quote');
    expect(fr('events[14].quotes[0].text')).toBe('Événement 15, «\u00a0Super Bowl\u00a0»\u202f: sa première citation');
    expect(en('events[14].date')).toBe('Event 15, “Super Bowl”: its date');
    expect(fr('events[14].date')).toBe('Événement 15, «\u00a0Super Bowl\u00a0»\u202f: sa date');
    expect(en('events[14].dateNote')).toBe('Event 15, “Super Bowl”: its date note');
    expect(en('events[14].dateBasis')).toBe('Event 15, “Super Bowl”: its date basis');
    expect(fr('events[14].dateBasis')).toBe('Événement 15, «\u00a0Super Bowl\u00a0»\u202f: sa base de datation');
    expect(en('events[14]')).toBe('Event 15, “Super Bowl”');
  });

  it('names an item by its id when its title is not a string, and by its number alone when it has neither', () => {
    expect(en('events[0].title')).toBe('Event 1, “kick-off”: its title');
    expect(en('actors[1].kind')).toBe('Actor 2, “nameless”: its kind');
    expect(en('events[99].id')).toBe('Event 100: its id');
    expect(en('events[0].id', { events: [7] })).toBe('Event 1: its id');
    expect(en('events[0].id', { events: [{ title: '   ', id: null }] })).toBe('Event 1: its id');
  });

  it('counts the entries of a list in words to the tenth, then in figures', () => {
    const quote = (j: number) => en(`events[14].quotes[${j}].text`);
    expect(quote(1)).toBe('Event 15, “Super Bowl”: its second quote');
    expect(quote(9)).toBe('Event 15, “Super Bowl”: its tenth quote');
    expect(quote(10)).toBe('Event 15, “Super Bowl”: its quote 11');
    expect(fr('events[14].quotes[1].text')).toMatch(/: sa deuxième citation$/);
    expect(fr('events[14].quotes[10].text')).toMatch(/: sa citation 11$/);
    expect(fr('events[14].countries[0]')).toMatch(/: son premier pays$/);
  });

  it('covers every path the validator writes', () => {
    const cases: [string, string, string][] = [
      ['(root)', 'The dataset', 'Le jeu de données'],
      ['title', 'The title of the dataset', 'Le titre du jeu de données'],
      ['description', 'The description of the dataset', 'La description du jeu de données'],
      ['language', 'The language of the dataset', 'La langue du jeu de données'],
      ['schemaVersion', 'The schema version of the dataset', 'La version de schéma du jeu de données'],
      ['events', 'The events of the dataset', 'Les événements du jeu de données'],
      ['path', 'The path of the dataset', 'Le parcours du jeu de données'],
      [
        'sources[0].id',
        'Source 1, “Statement of the Élysée”: its id',
        'Source 1, «\u00a0Statement of the Élysée\u00a0»\u202f: son identifiant',
      ],
      ['sources[1].title', 'Source 2, “no-title”: its title', 'Source 2, «\u00a0no-title\u00a0»\u202f: son titre'],
      [
        'sources[0].file',
        'Source 1, “Statement of the Élysée”: its file',
        'Source 1, «\u00a0Statement of the Élysée\u00a0»\u202f: son fichier',
      ],
      [
        'sources[0].origin',
        'Source 1, “Statement of the Élysée”: its origin',
        'Source 1, «\u00a0Statement of the Élysée\u00a0»\u202f: son origine',
      ],
      ['actors[0].name', 'Actor 1, “Emmanuel Macron”: its name', 'Acteur 1, «\u00a0Emmanuel Macron\u00a0»\u202f: son nom'],
      ['actors[0].country', 'Actor 1, “Emmanuel Macron”: its country', 'Acteur 1, «\u00a0Emmanuel Macron\u00a0»\u202f: son pays'],
      ['actors[0].role', 'Actor 1, “Emmanuel Macron”: its role', 'Acteur 1, «\u00a0Emmanuel Macron\u00a0»\u202f: son rôle'],
      ['events[2].status', 'Event 3, “e-2”: its status', 'Événement 3, «\u00a0e-2\u00a0»\u202f: son statut'],
      ['events[2].summary', 'Event 3, “e-2”: its summary', 'Événement 3, «\u00a0e-2\u00a0»\u202f: son résumé'],
      ['events[2].countries[2]', 'Event 3, “e-2”: its third country', 'Événement 3, «\u00a0e-2\u00a0»\u202f: son troisième pays'],
      ['events[2].actors[0]', 'Event 3, “e-2”: its first actor', 'Événement 3, «\u00a0e-2\u00a0»\u202f: son premier acteur'],
      ['events[2].quotes', 'Event 3, “e-2”: its quotes', 'Événement 3, «\u00a0e-2\u00a0»\u202f: ses citations'],
      ['events[2].quotes[0]', 'Event 3, “e-2”: its first quote', 'Événement 3, «\u00a0e-2\u00a0»\u202f: sa première citation'],
      [
        'events[2].quotes[0].source',
        'Event 3, “e-2”: the source of its first quote',
        'Événement 3, «\u00a0e-2\u00a0»\u202f: la source de sa première citation',
      ],
      [
        'events[2].quotes[1].speaker',
        'Event 3, “e-2”: the speaker of its second quote',
        'Événement 3, «\u00a0e-2\u00a0»\u202f: l’auteur de sa deuxième citation',
      ],
      ['events[2].related[0]', 'Event 3, “e-2”: its first link', 'Événement 3, «\u00a0e-2\u00a0»\u202f: son premier lien'],
      [
        'events[2].related[0].event',
        'Event 3, “e-2”: the event of its first link',
        'Événement 3, «\u00a0e-2\u00a0»\u202f: l’événement de son premier lien',
      ],
      [
        'events[2].related[3].type',
        'Event 3, “e-2”: the type of its fourth link',
        'Événement 3, «\u00a0e-2\u00a0»\u202f: le type de son quatrième lien',
      ],
      [
        'events[2].related[0].note',
        'Event 3, “e-2”: the note of its first link',
        'Événement 3, «\u00a0e-2\u00a0»\u202f: la note de son premier lien',
      ],
      ['events[2].tags[4]', 'Event 3, “e-2”: its fifth tag', 'Événement 3, «\u00a0e-2\u00a0»\u202f: son cinquième mot-clé'],
      ['events[2].media', 'Event 3, “e-2”: its media', 'Événement 3, «\u00a0e-2\u00a0»\u202f: son média'],
      ['events[2].media.url', 'Event 3, “e-2”: the address of its media', 'Événement 3, «\u00a0e-2\u00a0»\u202f: l’adresse de son média'],
      [
        'events[2].media.alt',
        'Event 3, “e-2”: the alt text of its media',
        'Événement 3, «\u00a0e-2\u00a0»\u202f: le texte alternatif de son média',
      ],
      ['events[2].media.kind', 'Event 3, “e-2”: the kind of its media', 'Événement 3, «\u00a0e-2\u00a0»\u202f: le type de son média'],
      [
        'events[2].media.caption',
        'Event 3, “e-2”: the caption of its media',
        'Événement 3, «\u00a0e-2\u00a0»\u202f: la légende de son média',
      ],
      ['path[0]', 'Step 1 of the path', 'Étape 1 du parcours'],
      ['path[0].event', 'Step 1 of the path: its event', 'Étape 1 du parcours\u202f: son événement'],
      ['path[2].note', 'Step 3 of the path: its note', 'Étape 3 du parcours\u202f: sa note'],
    ];
    for (const [path, english, french] of cases) {
      expect(en(path), path).toBe(english);
      expect(fr(path), path).toBe(french);
    }
  });

  it('words every problem of a broken dataset beyond "the dataset"', () => {
    const broken = {
      schemaVersion: 0,
      title: '',
      language: 'French',
      sources: [{ id: 'Bad Id', title: 'T', file: 'missing.txt', origin: 4 }],
      actors: [{ id: 'a', name: 'A', kind: 'robot', country: 'uk' }],
      events: [
        {
          id: 'e',
          title: 'An event',
          date: 'Sept 5 2021',
          dateBasis: 'guessed',
          dateNote: '',
          status: 'occurred',
          countries: ['fr', 'FR', 'FR'],
          actors: ['b'],
          summary: 'S',
          quotes: [{ source: 'nope', text: 'x', speaker: 'zz' }],
          related: [
            { event: 'e', type: 'causes' },
            { event: 'f', type: 'likes' },
          ],
          tags: [3],
          media: { kind: 'image', url: 'javascript:alert(1)' },
        },
      ],
      path: [{ event: 'nowhere' }],
    };
    const result = validateDataset(broken, { sourceTexts: {} });
    expect(result.ok).toBe(false);
    expect(result.problems.length).toBeGreaterThan(15);
    for (const { path } of result.problems) {
      const words = en(path, broken);
      expect(words === 'The dataset' || words === 'Event 1, “An event”', `${path}: ${words}`).toBe(false);
      expect(fr(path, broken), path).not.toMatch(/^Le jeu de données$/);
    }
  });

  it('never throws, and words an unknown path as far as it knows it', () => {
    expect(en('events[3].nonsense.deeper')).toBe('Event 4, “e-3”');
    expect(en('events[3].media.nonsense')).toBe('Event 4, “e-3”: its media');
    expect(en('events[3].quotes[0].nonsense')).toBe('Event 4, “e-3”: its first quote');
    expect(en('events[3].quotes.nonsense')).toBe('Event 4, “e-3”: its quotes');
    expect(en('["odd key"].x')).toBe('The dataset');
    expect(en('constructor')).toBe('The dataset');
    expect(en('events[0].__proto__')).toBe('Event 1, “kick-off”');
    expect(en('toString[0]')).toBe('The dataset');
    expect(en('')).toBe('The dataset');
    for (const data of [undefined, null, 7, 'text', [], { events: 'no list' }, { events: [null, 5, 'x'] }]) {
      expect(problemWords('events[1].title', data, 'en')).toBe('Event 2: its title');
    }
    const name = { events: [{ id: 'x', title: '$& $1 %' }] };
    expect(en('events[0].date', name)).toBe('Event 1, “$& $1 %”: its date');
  });

  it('shortens a long title to one line', () => {
    const words = en('events[0].title', { events: [{ title: `A very\nlong title ${'word '.repeat(2_000)}` }] });
    expect(words).toMatch(/^Event 1, “A very long title word word( word)*…”: its title$/);
    expect(words.length).toBeLessThan(100);
    const unbroken = en('events[0].title', { events: [{ title: '😀'.repeat(5_000) }] });
    expect(unbroken.length).toBeLessThan(100);
    // No half of an emoji at the cut.
    expect(unbroken).not.toMatch(/[\ud800-\udbff](?![\udc00-\udfff])/);
    expect(en('events[0]', { events: [{ title: 'Macron recalls French ambassadors from Washington and Canberra' }] })).toBe(
      'Event 1, “Macron recalls French ambassadors from Washington and…”',
    );
  });
});
