import { describe, expect, it } from 'vitest';
import { importTimelineJsCsv, importTimelineJsJson, type TimelineJsImportResult } from '../../../src/interop/timelinejs-import.ts';
import { TIMELINEJS_COLUMNS } from '../../../src/interop/timelinejs.ts';
import { isVerbatimIn } from '../../../src/model/validate.ts';
import { expectValid, fixture, messages } from './helpers.ts';

function imported(result: TimelineJsImportResult) {
  if (!result.ok) throw new Error(messages(result.notes).join('\n'));
  return { ...result, dataset: expectValid(result.dataset, result.sourceTexts) };
}

const importJson = (json: unknown) => importTimelineJsJson(json, { fileName: 'test.json' });
const importCsv = (csv: string) => importTimelineJsCsv(csv, { fileName: 'test.csv' });

/** A CSV with the given template columns; each row lists its cells by column. */
function sheet(rows: Partial<Record<(typeof TIMELINEJS_COLUMNS)[number], string>>[]): string {
  const quote = (cell: string) => (/[",\n]/.test(cell) ? `"${cell.replace(/"/g, '""')}"` : cell);
  return [TIMELINEJS_COLUMNS.join(','), ...rows.map((row) => TIMELINEJS_COLUMNS.map((column) => quote(row[column] ?? '')).join(','))].join(
    '\n',
  );
}

describe('TimelineJS JSON import', () => {
  const result = imported(importJson(JSON.parse(fixture('timelinejs-full.json'))));
  const byTitle = (title: string) => {
    const event = result.dataset.events.find((candidate) => candidate.title === title);
    if (event === undefined) throw new Error(`no event ${title}`);
    return event;
  };

  it('passes the validator, verbatim quotes included', () => {
    expect(result.dataset.events).toHaveLength(10);
  });

  it('takes the title slide as the dataset title and description, HTML reduced', () => {
    expect(result.dataset.title).toBe('Summits & Sanctions');
    expect(result.dataset.description).toBe('A fictional timeline, written to test the import.');
  });

  it('gives each date the precision of the filled fields', () => {
    expect(byTitle('The Treaty of Elm is signed').date).toBe('1989');
    expect(byTitle('Elm conference opens').date).toBe('1990-10');
    expect(byTitle('The council dissolves').date).toBe('1991-12-26');
    expect(byTitle('Signed in the afternoon').date).toBe('1992-02-07');
  });

  it('makes intervals of end dates, each end with its own precision', () => {
    expect(byTitle('The long winter session').date).toBe('1993-11/1994-01-01');
    expect(byTitle('Two years of talks').date).toBe('1995/1996');
  });

  it('names the source as the editor asks with sourceTitle', () => {
    const named = imported(
      importTimelineJsJson(JSON.parse(fixture('timelinejs-full.json')), {
        fileName: 'test.json',
        sourceTitle: 'The newsroom’s own timeline',
      }),
    );
    expect(named.dataset.sources[0]?.title).toBe('The newsroom’s own timeline');
  });

  it('fills what our format needs and TimelineJS lacks', () => {
    const event = byTitle('Elm conference opens');
    expect(event).toMatchObject({
      id: 'elm-conference-opens',
      dateBasis: 'stated',
      dateNote: 'Taken from the TimelineJS fields start_date.year, start_date.month (event 2 of test.json).',
      status: 'occurred',
      countries: [],
      actors: [],
      summary: 'Only the month — no day.',
      quotes: [{ source: 'test', text: 'Only the month — no day.' }],
      tags: ['Treaties'],
    });
    // Readers see the source under each quote: it is named after the story, never after the file.
    expect(result.dataset.sources).toEqual([{ id: 'test', title: result.dataset.title, file: 'sources/test.txt' }]);
    expect(result.dataset.sources[0]?.title).not.toContain('test.json');
    expect(result.dataset.actors).toEqual([]);
  });

  it('quotes each text as it stands in the generated source text', () => {
    const sourceText = result.sourceTexts[0]?.text ?? '';
    for (const event of result.dataset.events) expect(isVerbatimIn(event.quotes[0]?.text ?? '', sourceText)).toBe(true);
  });

  it('reduces HTML to plain text without running or keeping any script', () => {
    const event = byTitle('Talks resume & stall');
    expect(event.summary).toBe('First <paragraph> with "quotes" — and it’s fine.\n\nSecond paragraph.\nNew line here.');
    expect(result.sourceTexts[0]?.text).not.toMatch(/alert|color: red|<script|<p>/);
  });

  it('makes ids unique and takes a title from the text when there is no headline', () => {
    expect(result.dataset.events.map((event) => event.id)).toContain('the-treaty-of-elm-is-signed-2');
    expect(byTitle('A slide without a headline, whose text becomes the title.').id).toBe(
      'a-slide-without-a-headline-whose-text-becomes-the-title',
    );
  });

  it('reads the group "planned" as status planned, and keeps it as a tag', () => {
    expect(byTitle('A summit is scheduled')).toMatchObject({ status: 'planned', tags: ['Planned'] });
  });

  it('carries the media over, with the caption standing in for the missing alt text', () => {
    expect(byTitle('The council dissolves').media).toEqual({
      kind: 'image',
      url: 'https://example.org/photo.jpg',
      alt: 'Delegates leave the hall',
      caption: 'Delegates leave the hall',
      credit: 'Jane Doe',
    });
  });

  it('lists everything it could not carry over', () => {
    expect(messages(result.notes)).toEqual([
      "title slide: media.url 'https://example.org/cover.jpg' not carried over: a dataset has no cover media; give it to an event if it matters",
      "event 3: background.color '#123456' not carried over: the format has no slide backgrounds",
      "event 3: display_date 'Boxing Day 1991' not carried over: dates are shown from the date itself",
      "event 3: unique_id 'council-dissolves' not carried over: ids are made from headlines",
      "event 3: autolink 'false' not carried over: it is a display setting of TimelineJS",
      "event 3: media.thumbnail 'https://example.org/thumb.jpg' not carried over: an image is shown as itself; a thumbnail goes with a video, audio or page",
      "event 3: the image has no alt text: its caption stands in ('Delegates leave the hall'); write what the image shows in media.alt",
      "event 4: start_date.hour '14:30' not carried over: the format's dates stop at the day",
      "event 7: link 'https://example.org/x' in text.text not carried over: the text is plain text; its words are kept",
      "event 7: image 'https://example.org/i.png' in text.text not carried over: an event shows one media; put its address in media.url",
      'event 7: <script> in text.text removed with its content: it is code, not text',
      'event 7: <style> in text.text removed with its content: it is code, not text',
      "event 8: no headline: the title is taken from the start of the text ('A slide without a headline, whose text becomes the title.'); write a headline",
      'event 11: slide not carried over: it has neither a headline nor a text, and an event needs words that a source can back; write a headline or delete the slide',
      "era 1: era 'The end of the old order' not carried over: the format has no eras; the events inside it are imported",
    ]);
  });

  it('reports unknown keys, a cosmological scale and a time with seconds', () => {
    const result = importJson({
      scale: 'cosmological',
      extra: 1,
      events: [{ start_date: { year: 2000, hour: 9, minute: 5, second: 7, weekday: 'Mon' }, text: { headline: 'H' }, colour: 'red' }],
    });
    expect(messages(result.notes, 'not-carried-over')).toEqual([
      '"extra" not carried over: it is not part of the documented TimelineJS format',
      "scale 'cosmological' not carried over: the format has one, human time scale",
      "event 1: colour 'red' not carried over: it is not part of the documented TimelineJS format",
      "event 1: start_date.weekday 'Mon' not carried over: it is not part of the documented TimelineJS format",
      "event 1: start_date.hour '9:05:07' not carried over: the format's dates stop at the day",
    ]);
  });

  it('accepts negative (astronomical) years, as TimelineJS does', () => {
    const result = imported(
      importJson({ events: [{ start_date: { year: -43, month: 3, day: 15 }, text: { headline: 'Ides of March' } }] }),
    );
    expect(result.dataset.events[0]?.date).toBe('-0043-03-15');
  });

  it('explains input that is not a TimelineJS document', () => {
    expect(messages(importJson([1, 2]).notes)).toEqual([
      'this is not a TimelineJS JSON file: it must be an object with an "events" list ({ "title": …, "events": [ … ] })',
    ]);
    expect(messages(importJson({ events: [{ start_date: { year: { n: 1 } }, text: 'x' }] }).notes, 'error')).toEqual([
      'event 1: text must be an object',
      'event 1, start_date.year: expected text or a number, found an object',
    ]);
  });

  it('refuses a file with nothing to import', () => {
    expect(messages(importJson({ events: [] }).notes)).toEqual(['nothing to import: no slide has both a date and a headline or text']);
  });
});

describe('TimelineJS spreadsheet import', () => {
  const result = imported(importCsv(fixture('timelinejs-template.csv')));
  const events = result.dataset.events;

  it('reads every documented column of the template', () => {
    expect(events.map((event) => [event.date, event.title, event.status, event.tags ?? []])).toEqual([
      ['1989', 'The Treaty of Elm is signed', 'occurred', ['Treaties']],
      ['1990-10', 'Elm conference opens', 'occurred', ['Treaties']],
      ['1991-12-26', 'The council dissolves', 'occurred', []],
      ['1992-02-07', 'Signed in the afternoon', 'occurred', []],
      ['1993-11/1994-01-01', 'The long winter session', 'occurred', []],
      ['1995/1996', 'Two years of talks', 'occurred', ['Talks']],
      ['1997-03-01', 'Talks resume & stall', 'occurred', ['Talks']],
      ['2031-06', 'A summit is scheduled', 'planned', []],
    ]);
    expect(result.dataset.title).toBe('Summits & Sanctions');
    expect(result.dataset.description).toBe('A fictional timeline in the TimelineJS template.');
  });

  it('keeps quotes and line breaks of a quoted cell, and drops its script', () => {
    expect(events[6]?.summary).toBe('The delegate said: "We will not sign; not today."\nA second line, after a line break in the cell.');
  });

  it('names the columns it read in the date note', () => {
    expect(events[4]?.dateNote).toBe('Taken from the TimelineJS columns Year, Month, End Year, End Month, End Day (row 7 of test.csv).');
    expect(events[0]?.dateNote).toBe('Taken from the TimelineJS column Year (row 3 of test.csv).');
  });

  it('reports by row what it could not carry over, with row numbers as the spreadsheet shows them', () => {
    expect(messages(result.notes)).toEqual([
      "row 2: column Media 'https://example.org/cover.jpg' not carried over: a dataset has no cover media; give it to an event if it matters",
      "row 5: Display Date 'Boxing Day 1991' not carried over: dates are shown from the date itself",
      "row 5: Background '#123456' not carried over: the format has no slide backgrounds",
      "row 5: column Media Thumbnail 'https://example.org/thumb.jpg' not carried over: an image is shown as itself; a thumbnail goes with a video, audio or page",
      "row 5: the image has no alt text: its caption stands in ('Delegates leave the hall'); write what the image shows in the Alt Text column",
      "row 6: Time '14:30' not carried over: the format's dates stop at the day",
      "row 7: End Time '09:00' not carried over: the format's dates stop at the day",
      'row 10: <script> in column Text removed with its content: it is code, not text',
      "row 11: era 'The end of the old order' not carried over: the format has no eras; the events inside it are imported",
    ]);
  });

  it('reads an Excel export with a BOM, ";" delimiters, CRLF and an empty row', () => {
    const excel = imported(importTimelineJsCsv(fixture('timelinejs-excel-semicolon-bom.csv'), { fileName: 'statut-de-rome.csv' }));
    expect(excel.dataset.title).toBe('Statut de rome');
    expect(excel.dataset.events.map((event) => [event.id, event.date, event.summary])).toEqual([
      ['statut-de-rome-adopte', '1998-07-17', 'Le texte, adopté à Rome ; voté par 120 États, dit : "justice"'],
      ['entree-en-vigueur', '2002-07-01', 'Le Statut entre en vigueur.'],
    ]);
    expect(excel.eventLocations).toEqual(['row 2', 'row 4']);
  });

  it('lets the user give the title', () => {
    const titled = importTimelineJsCsv(sheet([{ Year: '2000', Headline: 'H' }]), { fileName: 'a.csv', title: 'My story' });
    expect(titled.ok && titled.dataset.title).toBe('My story');
  });

  it('accepts a sheet with only some of the columns, in any order', () => {
    const result = imported(importCsv('Headline,Year,Text\nA,2001,Text A\n'));
    expect(result.dataset.events[0]).toMatchObject({ title: 'A', date: '2001', summary: 'Text A' });
  });

  it('reports columns that are not in the template', () => {
    const result = importCsv('Year,Headline,Source URL\n2001,A,https://example.org\n');
    expect(messages(result.notes)).toEqual([
      "column 'Source URL' (filled in 1 rows) not carried over: it is not a column of the TimelineJS template",
    ]);
  });

  it('reads a Type it does not know as an event, and says so', () => {
    const result = importCsv(sheet([{ Year: '2001', Headline: 'A', Type: 'milestone' }]));
    expect(messages(result.notes)).toEqual([
      `row 2: Type 'milestone' not carried over: only "title", "era" and "planned" mean something here`,
    ]);
  });

  it('keeps only the first title row', () => {
    const result = importCsv(
      sheet([
        { Type: 'title', Headline: 'One' },
        { Type: 'title', Headline: 'Two' },
        { Year: '2001', Headline: 'A' },
      ]),
    );
    expect(result.ok && result.dataset.title).toBe('One');
    expect(messages(result.notes)).toEqual([
      "row 3: a second title slide 'Two' not carried over: a dataset has one title; give it a date and another Type to make it an event, or delete it",
    ]);
  });

  it('reports a day without a month, and keeps the year', () => {
    const result = imported(importCsv(sheet([{ Year: '2001', Day: '5', Headline: 'A' }])));
    expect(result.dataset.events[0]?.date).toBe('2001');
    expect(messages(result.notes)).toEqual(["row 2: Day '5' not carried over: a day needs a month"]);
  });

  it('accepts years that a spreadsheet wrote as decimals', () => {
    expect(imported(importCsv(sheet([{ Year: '2016.0', Month: '9', Headline: 'A' }]))).dataset.events[0]?.date).toBe('2016-09');
  });

  describe('errors name the row and the column', () => {
    const errors = (rows: Parameters<typeof sheet>[0]) => messages(importCsv(sheet(rows)).notes, 'error');

    it('an event without a year is skipped, and a sheet of only such rows imports nothing', () => {
      const result = importCsv(sheet([{ Headline: 'No year' }, { Year: '2001', Headline: 'Dated' }]));
      expect(result.ok && result.dataset.events.map((event) => event.title)).toEqual(['Dated']);
      expect(result.notes).toEqual([
        expect.objectContaining({
          where: 'row 2',
          message: "slide 'No year' not carried over: it has no date (column Year is empty); give it a year to import it",
          skipped: 'with no date',
        }),
      ]);
      expect(errors([{ Headline: 'No year' }])).toEqual(['nothing to import: no slide has both a date and a headline or text']);
    });

    it('values that are not numbers or are out of range', () => {
      expect(
        errors([
          { Year: 'MMXVI', Headline: 'A' },
          { Year: '2016', Month: '13', Headline: 'B' },
          { Year: '2016', Month: '1', Day: '0', Headline: 'C' },
        ]),
      ).toEqual([
        "row 2, column Year: 'MMXVI' is not a year (a whole number from -9999 to 9999)",
        "row 3, column Month: '13' is not a month (a whole number from 1 to 12)",
        "row 4, column Day: '0' is not a day of the month (a whole number from 1 to 31)",
      ]);
    });

    it('a day the month does not have', () => {
      expect(errors([{ Year: '2023', Month: '2', Day: '29', Headline: 'A' }])).toEqual([
        'row 2, column Day: 2023-02 has only 28 days, not 29',
      ]);
      expect(importCsv(sheet([{ Year: '2024', Month: '2', Day: '29', Headline: 'Leap' }])).ok).toBe(true);
    });

    it('an end before the start, and an end without a year', () => {
      expect(
        errors([
          { Year: '2020', 'End Year': '2019', Headline: 'A' },
          { Year: '2020', 'End Month': '3', Headline: 'B' },
        ]),
      ).toEqual([
        'row 2: the end date 2019 is before the start date 2020',
        'row 3, column End Year: empty, but other end-date fields are filled: an end date needs its year',
      ]);
      expect(errors([{ Year: '2020', Month: '5', 'End Year': '2020', 'End Month': '4', Headline: 'A' }])).toEqual([
        'row 2: the end date 2020-04 is before the start date 2020-05',
      ]);
    });

    it('a header without the required columns', () => {
      expect(messages(importCsv('Month,Day,Headline\n1,2,A\n').notes)).toEqual([
        'row 1, column Year: the header has no column Year; the first row must name the columns (Year, Month, Day, Time, End Year, End Month, End Day, End Time, Display Date, Headline, Text, Media, Media Credit, Media Caption, Media Thumbnail, Type, Group, Background, Alt Text, Media Alt)',
      ]);
    });

    it('a row cut short', () => {
      expect(messages(importCsv('Year,Month,Headline,Text\n2001,1,A,B\n2002,2\n').notes)).toEqual([
        'row 3, column Headline: missing: the row has 2 cells but the header has 4 (columns Headline, Text are missing); is a delimiter missing, or a quote left open in the row above?',
      ]);
    });
  });
});
