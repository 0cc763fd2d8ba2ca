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
function importSheets(sheets: Partial<DatasetSheets> & { events: string }, title?: string, description?: string): Dataset {
  const result = sheetsToDataset(sheets, { title: title ?? (sheets.story === undefined ? 'T' : undefined), description });
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
      'events sheet row 1, column dateBasis: the header has no column dateBasis; the first row must name the columns (id, title, date, dateBasis, dateNote, status, countries, actors, summary, tags, quotes, related, media, mediaKind, mediaAlt, mediaTitle, mediaCaption, mediaCredit, mediaThumbnail)',
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
    expect(importSheets(exportSheets(dataset))).toStrictEqual(dataset);
  });

  it('carries the shipped story’s windows and intervals unchanged', () => {
    const shipped = validateDataset(JSON.parse(readFileSync('data/events.json', 'utf8')));
    if (!shipped.ok) throw new Error('the shipped dataset is invalid');
    const { $schema, ...dataset } = shipped.dataset;
    expect($schema).toBeDefined();
    const back = importSheets(exportSheets(dataset));
    expect([back.title, back.description, back.language]).toEqual([dataset.title, dataset.description, 'en']);
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
        // The story sheet carries the title, description and language; the media columns the media.
        expect(importSheets(exportSheets(dataset.dataset))).toStrictEqual(dataset.dataset);
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

describe('media columns', () => {
  const MEDIA_HEADER = `${HEADER},media,mediaKind,mediaAlt,mediaTitle,mediaCaption,mediaCredit,mediaThumbnail`;
  const row = (media: string) => `e,E,2020,stated,N,occurred,,,S,,s1||Q,,${media}`;
  const read = (...rows: string[]) =>
    sheetsToDataset({ events: `${MEDIA_HEADER}\n${rows.join('\n')}\n`, sources: SOURCES }, { title: 'T' });

  it('writes them only when some event has media, so a story without any keeps its sheet', () => {
    const dataset: Dataset = {
      schemaVersion: 1,
      title: 'T',
      sources: [{ id: 's1', title: 'S', file: 'sources/s1.txt' }],
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
          quotes: [{ source: 's1', text: 'Q' }],
          related: [],
        },
      ],
    };
    expect(exportSheets(dataset).events.split('\n')[0]).toBe(HEADER);
    const media = { kind: 'image' as const, url: 'media/rome.jpg', alt: 'Two envoys shake hands', credit: 'AP' };
    const events = exportSheets({ ...dataset, events: dataset.events.map((event) => ({ ...event, media })) }).events;
    expect(events.split('\n').slice(0, 2)).toEqual([MEDIA_HEADER, row('media/rome.jpg,image,Two envoys shake hands,,,AP,')]);
  });

  it('reads a row with media and a row without', () => {
    const result = read(row('https://example.org/talks,page,,The talks,Live,,media/thumb.png'), row(',,,,,,').replace('e,E', 'f,F'));
    expect(result.ok && result.dataset.events.map((event) => event.media)).toEqual([
      { kind: 'page', url: 'https://example.org/talks', title: 'The talks', caption: 'Live', thumbnail: 'media/thumb.png' },
      undefined,
    ]);
    expect(messages(result.notes)).toEqual([]);
  });

  it('reads the kind from the address when the mediaKind cell is empty, and says so', () => {
    const result = read(row('media/Rome.JPG?v=2,,Envoys in Rome,,,,'), row('https://example.org/clip.mp4,,,,,,').replace('e,E', 'f,F'));
    expect(result.ok && result.dataset.events.map((event) => event.media?.kind)).toEqual(['image', 'page']);
    expect(messages(result.notes)).toEqual([
      'events sheet row 2, column mediaKind: empty, so the media is read as an image, from the ".jpg" of its address; write video, audio or page if it is not an image',
      `events sheet row 3, column mediaKind: empty, so the media is read as a page, a link the reader follows (its address does not end in an image's extension such as ".jpg"); write image, video or audio if it is one`,
    ]);
  });

  it('names the cell of media it cannot read, and the likely fix', () => {
    const result = read(
      row(',image,Envoys,,,AP,'),
      row('media/a.jpg,imgae,Envoys,,,,').replace('e,E', 'f,F'),
      row('media/a.jpg,Photo,Envoys,,,,').replace('e,E', 'g,G'),
      row('media/a.jpg,gallery,Envoys,,,,').replace('e,E', 'h,H'),
      row('media/a.jpg,,,,,,').replace('e,E', 'i,I'),
    );
    expect(result.ok).toBe(false);
    expect(messages(result.notes)).toEqual([
      'events sheet row 2, column media: empty, but mediaKind, mediaAlt, mediaCredit are filled: write the address of the image, video, audio or page in media (e.g. "https://example.org/photo.jpg", or "media/photo.jpg" next to the dataset), or empty those cells',
      `events sheet row 3, column mediaKind: 'imgae' is not a kind of media: did you mean "image"? (the kinds are image, video, audio, page)`,
      `events sheet row 4, column mediaKind: 'Photo' is not a kind of media: did you mean "image"? (the kinds are image, video, audio, page)`,
      `events sheet row 5, column mediaKind: 'gallery' is not a kind of media: write one of image, video, audio, page`,
      'events sheet row 6, column mediaKind: empty, so the media is read as an image, from the ".jpg" of its address; write video, audio or page if it is not an image',
      'events sheet row 6, column mediaAlt: empty, but an image needs its alt text: say in a sentence what the image shows, for readers who cannot see it (e.g. "Macron and Biden shake hands in Rome"); or, if the media is no image, write video, audio or page in mediaKind',
    ]);
  });

  it('reads a kind in capitals, and leaves the address to the validator, which points at the column', () => {
    const result = read(row('javascript:alert(1),VIDEO,,,,,'));
    if (!result.ok) throw new Error(messages(result.notes).join('\n'));
    expect(result.dataset.events[0]?.media?.kind).toBe('video');
    const validation = validateDataset(result.dataset);
    const located = validation.ok ? [] : validation.problems.map((p) => locateProblem(p.path, result.locations, true));
    expect(located).toEqual(['events sheet row 2, column media']);
  });
});

describe('story sheet', () => {
  const EVENTS = `${HEADER}\ne,E,2020,stated,N,occurred,,,S,,s1||Q,\n`;

  it('carries the title, description and language, under the title and description given', () => {
    const story = 'title,description,language\nThe Lantern Strait,"Two lines,\nof description",fr-CA\n';
    const dataset = importSheets({ events: EVENTS, sources: SOURCES, story });
    expect([dataset.title, dataset.description, dataset.language]).toEqual(['The Lantern Strait', 'Two lines,\nof description', 'fr-CA']);
    const given = sheetsToDataset({ events: EVENTS, sources: SOURCES, story }, { title: 'Given', description: 'Also given' });
    expect(given.ok && [given.dataset.title, given.dataset.description, given.dataset.language]).toEqual(['Given', 'Also given', 'fr-CA']);
  });

  it('falls back, and says which title it chose, when no story sheet gives one', () => {
    const fallback = { title: 'From the file name', description: 'Kept', language: 'en' };
    const result = sheetsToDataset({ events: EVENTS, sources: SOURCES, story: 'title,description\n,\n' }, { fallback });
    expect(result.ok && [result.dataset.title, result.dataset.description, result.dataset.language]).toEqual([
      'From the file name',
      'Kept',
      'en',
    ]);
    expect(messages(result.notes)).toEqual([
      'the dataset title is "From the file name"; write another in the title column of the story sheet, or give it with --title',
    ]);
    expect(messages(sheetsToDataset({ events: EVENTS, sources: SOURCES }).notes)).toEqual([
      'the dataset has no title: add a story sheet with a title column, or give the title with --title',
    ]);
  });

  it('names a second story and a language that is not a tag', () => {
    const result = sheetsToDataset(
      { events: EVENTS, sources: SOURCES, story: 'Title;Language;Notes\nOne;EN;x\nTwo;French;\n' },
      { title: 'T' },
    );
    expect(messages(result.notes)).toEqual([
      `story sheet: column 'Notes' (filled in 1 rows) not carried over: the columns are title, description, language`,
      'story sheet row 3: the story sheet holds one story, in row 2, but 2 rows are filled: keep its title, description and language in one row and delete the others',
      `story sheet row 2, column language: 'EN' is not a BCP 47 language tag: did you mean "en"?`,
    ]);
  });

  it('is found next to the events sheet', () => {
    expect(siblingSheetName('My story - events.csv', 'story')).toBe('My story - story.csv');
    expect(siblingSheetName('events.csv', 'story')).toBe('story.csv');
  });
});
