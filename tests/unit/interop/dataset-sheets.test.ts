import { readFileSync } from 'node:fs';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  datasetToSheets,
  decodeList,
  decodeQuotes,
  decodeRelations,
  encodeQuotes,
  encodeRelations,
  sheetsToDataset,
  siblingSheetName,
  titleFromEventsFileName,
  type DatasetSheets,
} from '../../../src/interop/dataset-sheets.ts';
import { locateProblem } from '../../../src/interop/problem-location.ts';
import type { Dataset } from '../../../src/model/schema.ts';
import { validateDataset } from '../../../src/model/validate.ts';
import { datasetArbitrary } from './arbitraries.ts';
import { messages } from './helpers.ts';

function exportSheets(dataset: Dataset): DatasetSheets {
  const result = datasetToSheets(dataset);
  if (!result.ok) throw new Error(messages(result.notes).join('\n'));
  return result.sheets;
}

/** Sheets → dataset → the app's validator (shape and references; texts are checked elsewhere). */
function importSheets(sheets: Partial<DatasetSheets> & { events: string }, title = 'T', description?: string): Dataset {
  const result = sheetsToDataset(sheets, { title, description });
  if (!result.ok) throw new Error(messages(result.notes).join('\n'));
  const validation = validateDataset(result.dataset);
  if (!validation.ok) throw new Error(validation.problems.map((p) => `${p.path}: ${p.message}`).join('\n'));
  return validation.dataset;
}

const HEADER = 'id,title,date,dateBasis,dateNote,status,countries,actors,summary,tags,quotes,related';
const SOURCES = 'id,title,file\ns1,Source one,sources/s1.txt\n';
const ACTORS = 'id,name,kind,country,role\nann,Ann,person,fr,Envoy\n';

describe('cells', () => {
  it('lists are ";"-separated, line breaks also separate, blanks are ignored', () => {
    expect(decodeList(' FR ;DE;;\nGB ')).toEqual(['FR', 'DE', 'GB']);
    expect(decodeList('')).toEqual([]);
  });

  it('quotes are one per line: source|speaker|text, with the speaker optional', () => {
    expect(decodeQuotes('s1|ann|She said: a | b\n\n  s2||Unattributed  \ns3|Two parts')).toEqual({
      ok: true,
      value: [
        { source: 's1', speaker: 'ann', text: 'She said: a | b' },
        { source: 's2', text: 'Unattributed' },
        { source: 's3', text: 'Two parts' },
      ],
    });
    expect(
      encodeQuotes([
        { source: 's1', speaker: 'ann', text: 'a\nb' },
        { source: 's2', text: 'c' },
      ]),
    ).toBe('s1|ann|a b\ns2||c');
  });

  it('explains a quote line it cannot read', () => {
    expect(decodeQuotes('s1|ok\njust text')).toEqual({
      ok: false,
      reason: `line 2 'just text' has no "|": write source|speaker|text, or source||text without a speaker`,
    });
    expect(decodeQuotes('s1|a text with | a bar')).toEqual({
      ok: false,
      reason: `line 1: the speaker 'a text with' is not an actor id; when the quote has no speaker but contains "|", write source||text`,
    });
  });

  it('related is type:event-id with an optional note in parentheses', () => {
    const relations = [
      { event: 'a', type: 'causes' as const },
      { event: 'b', type: 'context' as const, note: ' anything; even (nested) parentheses ' },
      { event: 'c', type: 'follows-up' as const, note: '' },
    ];
    const cell = encodeRelations(relations);
    expect(cell).toBe('causes:a; context:b ( anything; even (nested) parentheses ); follows-up:c ()');
    expect(decodeRelations(cell)).toEqual({ ok: true, value: relations });
    expect(decodeRelations('responds-to : x\ncontext:y;')).toEqual({
      ok: true,
      value: [
        { event: 'x', type: 'responds-to' },
        { event: 'y', type: 'context' },
      ],
    });
  });

  it('explains a related cell it cannot read', () => {
    expect(decodeRelations('cause:x')).toEqual({
      ok: false,
      reason: "item 1: 'cause' is not a relation type (causes, responds-to, follows-up, context)",
    });
    expect(decodeRelations('causes:x; y')).toEqual({
      ok: false,
      reason: `item 2 'y' is not type:event-id (e.g. "responds-to:aukus-announced")`,
    });
    expect(decodeRelations('causes:x (open')).toEqual({ ok: false, reason: `item 1: the note's "(" is never closed` });
    expect(decodeRelations('causes:x y')).toEqual({ ok: false, reason: `item 1: expected ";" before 'y'` });
  });
});

describe('sheet file names', () => {
  it('finds the sources and actors sheets next to the events sheet', () => {
    expect(siblingSheetName('events.csv', 'sources')).toBe('sources.csv');
    expect(siblingSheetName('My story - Events.csv', 'actors')).toBe('My story - Actors.csv');
    expect(siblingSheetName('lantern-strait.events.csv', 'sources')).toBe('lantern-strait.sources.csv');
    expect(siblingSheetName('story.csv', 'actors')).toBe('story.actors.csv');
  });

  it('takes a title from the name of the events sheet', () => {
    expect(titleFromEventsFileName('My story - events.csv')).toBe('My story');
    expect(titleFromEventsFileName('events.csv')).toBe('');
  });
});

describe('sheetsToDataset', () => {
  it('reads the three sheets into a dataset', () => {
    const dataset = importSheets(
      {
        events: `${HEADER}\nmeeting,A meeting,2021-10-05,stated,Said so.,occurred,fr; de,ann,They met.,talks,"s1|ann|We met.\ns1||Briefly.",\n`,
        sources: SOURCES,
        actors: ACTORS,
      },
      'My story',
      'About it',
    );
    expect(dataset).toStrictEqual({
      schemaVersion: 1,
      title: 'My story',
      description: 'About it',
      sources: [{ id: 's1', title: 'Source one', file: 'sources/s1.txt' }],
      actors: [{ id: 'ann', name: 'Ann', kind: 'person', country: 'FR', role: 'Envoy' }],
      events: [
        {
          id: 'meeting',
          title: 'A meeting',
          date: '2021-10-05',
          dateBasis: 'stated',
          dateNote: 'Said so.',
          status: 'occurred',
          countries: ['FR', 'DE'],
          actors: ['ann'],
          summary: 'They met.',
          quotes: [
            { source: 's1', speaker: 'ann', text: 'We met.' },
            { source: 's1', text: 'Briefly.' },
          ],
          related: [],
          tags: ['talks'],
        },
      ],
    });
  });

  it('does without the optional list columns', () => {
    const dataset = importSheets({
      events: 'id,title,date,dateBasis,dateNote,status,summary,quotes\ne,E,2020,stated,N,planned,S,s1||Q\n',
      sources: SOURCES,
    });
    expect(dataset.events[0]).toMatchObject({ countries: [], actors: [], related: [], status: 'planned' });
  });

  it('names the row and column of a closed-vocabulary value or a cell it cannot read', () => {
    const result = sheetsToDataset(
      {
        events: `${HEADER}\n\ne,E,2020,guessed,N,happened,,,S,,s1-no-bar,causes:\n`,
        sources: SOURCES,
        actors: 'id,name,kind\nann,Ann,human\n',
      },
      { title: 'T' },
    );
    expect(messages(result.notes)).toEqual([
      `events sheet row 3, column quotes: line 1 's1-no-bar' has no "|": write source|speaker|text, or source||text without a speaker`,
      `events sheet row 3, column related: item 1 'causes:' is not type:event-id (e.g. "responds-to:aukus-announced")`,
      `events sheet row 3, column dateBasis: 'guessed': write one of stated, relative, inferred`,
      `events sheet row 3, column status: 'happened': write one of occurred, planned`,
      `actors sheet row 2, column kind: 'human': write one of person, government, organization, media`,
    ]);
  });

  it("lets the validator's paths be shown as rows and columns", () => {
    const result = sheetsToDataset(
      { events: `${HEADER}\n\n\ne,E,2020-13,stated,N,occurred,,nobody,S,,"s1||ok\ns9||Q",context:e\n`, sources: SOURCES },
      { title: 'T' },
    );
    if (!result.ok) throw new Error('unexpected');
    const validation = validateDataset(result.dataset);
    const located = validation.ok ? [] : validation.problems.map((p) => `${locateProblem(p.path, result.locations, true)}: ${p.message}`);
    // The date message is the EDTF parser's own; only where it points is ours to test.
    expect(located[0]).toMatch(/^events sheet row 4, column date: /);
    expect(located.slice(1)).toEqual([
      'events sheet row 4, column actors, item 1: no actor has the id "nobody"',
      'events sheet row 4, column quotes, line 2: no source has the id "s9"',
      'events sheet row 4, column related, item 1: an event cannot be related to itself',
    ]);
  });

  it('names a missing required column and a row cut short', () => {
    expect(messages(sheetsToDataset({ events: 'id,title,date\n' }, { title: 'T' }).notes)[0]).toBe(
      'events sheet row 1, column dateBasis: the header has no column dateBasis; the first row must name the columns (id, title, date, dateBasis, dateNote, status, countries, actors, summary, tags, quotes, related)',
    );
    expect(messages(sheetsToDataset({ events: `${HEADER}\ne,E,2020`, sources: SOURCES }, { title: 'T' }).notes)).toEqual([
      'events sheet row 2, column dateBasis: missing: the row has 3 cells but the header has 12 (columns dateBasis, dateNote, status, countries, actors, summary, tags, quotes, related are missing); is a delimiter missing, or a quote left open in the row above?',
    ]);
  });

  it('reads a sheet saved with ";" and a BOM, as Excel does in many locales', () => {
    const events = `\uFEFF${HEADER.replace(/,/g, ';')}\r\ne;"E; with a semicolon";2020;stated;N;occurred;FR,;;S;;s1||Q;\r\n`;
    // With ";" as the delimiter, lists use "," in vain: "FR," is one (invalid) country, which the validator reports.
    const result = sheetsToDataset({ events, sources: SOURCES }, { title: 'T' });
    expect(result.ok && result.dataset.events[0]?.title).toBe('E; with a semicolon');
    expect(result.ok && result.dataset.events[0]?.countries).toEqual(['FR,']);
  });
});

describe('ours → CSV → ours', () => {
  it('is lossless for the example dataset', () => {
    const example = validateDataset(JSON.parse(readFileSync('data/examples/lantern-strait.json', 'utf8')));
    if (!example.ok) throw new Error('the example is invalid');
    const { $schema, ...dataset } = example.dataset;
    expect($schema).toBeDefined();
    expect(importSheets(exportSheets(dataset), dataset.title, dataset.description)).toStrictEqual(dataset);
  });

  it('carries the shipped story’s windows and intervals unchanged', () => {
    const shipped = validateDataset(JSON.parse(readFileSync('data/events.json', 'utf8')));
    if (!shipped.ok) throw new Error('the shipped dataset is invalid');
    const { $schema, ...dataset } = shipped.dataset;
    expect($schema).toBeDefined();
    const back = importSheets(exportSheets(dataset), dataset.title, dataset.description);
    expect(back.events.map((event) => event.date)).toEqual(dataset.events.map((event) => event.date));
    expect(back.events.map((event) => event.date)).toEqual(
      expect.arrayContaining(['[2021-09-15..2021-09-26]', '[2020-11..2021-02]', '2021-10-05?/2021-10-06?']),
    );
  });

  it('is lossless for generated datasets full of awkward characters', () => {
    fc.assert(
      fc.property(datasetArbitrary, (generated) => {
        const dataset = validateDataset(generated);
        expect(dataset.ok ? [] : dataset.problems).toEqual([]);
        if (!dataset.ok) return;
        expect(importSheets(exportSheets(dataset.dataset), dataset.dataset.title, dataset.dataset.description)).toStrictEqual(
          dataset.dataset,
        );
      }),
      { numRuns: 200 },
    );
  });

  it('writes line breaks in quotes as spaces, and says so', () => {
    const result = datasetToSheets({
      schemaVersion: 1,
      title: 'T',
      sources: [{ id: 's', title: 'S', file: 'sources/s.txt' }],
      actors: [],
      events: [
        {
          id: 'e',
          title: 'E',
          date: '2020',
          dateBasis: 'stated',
          dateNote: 'N',
          status: 'occurred',
          countries: [],
          actors: [],
          summary: 'S',
          quotes: [{ source: 's', text: 'two\n  lines' }],
          related: [],
        },
      ],
    });
    expect(result.ok && result.sheets.events).toContain('s||two lines');
    expect(messages(result.notes)).toEqual([
      'event e: quote 1: its line breaks are written as spaces (a quote is one line of the cell; the verbatim rule ignores white space)',
    ]);
  });

  it('refuses what the sheet cannot hold rather than change it', () => {
    const result = datasetToSheets({
      schemaVersion: 1,
      title: 'T',
      sources: [],
      actors: [],
      events: [
        {
          id: 'e',
          title: 'E',
          date: '2020',
          dateBasis: 'stated',
          dateNote: 'N',
          status: 'occurred',
          countries: [],
          actors: [],
          summary: 'S',
          quotes: [{ source: 's', text: 'q' }],
          tags: ['a;b', ' padded'],
          related: [{ event: 'f', type: 'context', note: 'unbalanced )(' }],
        },
      ],
    });
    expect(result.ok).toBe(false);
    expect(messages(result.notes)).toEqual([
      `event e: the tag 'a;b' contains ";" or a line break, which separate tags in the sheet; change the tag to export`,
      `event e: the tag 'padded' has white space at an end (or is empty), which a cell does not keep; change the tag to export`,
      'event e: the note of the relation to f has unbalanced parentheses, which the related cell uses to delimit it',
    ]);
  });
});
