import { readFileSync } from 'node:fs';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { readSheet } from '../../../src/interop/sheet.ts';
import { ALT_TEXT_COLUMN, datasetToTimelineJsCsv, datasetToTimelineJsJson, groupOf } from '../../../src/interop/timelinejs-export.ts';
import { importTimelineJsCsv, importTimelineJsJson } from '../../../src/interop/timelinejs-import.ts';
import { TIMELINEJS_COLUMNS } from '../../../src/interop/timelinejs.ts';
import type { Dataset } from '../../../src/model/schema.ts';
import { normalizeWhiteSpace, validateDataset } from '../../../src/model/validate.ts';
import { datasetArbitrary } from './arbitraries.ts';
import { expectValid, messages } from './helpers.ts';

function exportCsv(dataset: Dataset): string {
  const result = datasetToTimelineJsCsv(dataset);
  if (!result.ok) throw new Error(messages(result.notes).join('\n'));
  return result.csv;
}

function reimport(csv: string): Dataset {
  const result = importTimelineJsCsv(csv, { fileName: 'exported.csv' });
  if (!result.ok) throw new Error(messages(result.notes).join('\n'));
  return expectValid(result.dataset, result.sourceTexts);
}

/** What a TimelineJS sheet holds of an event; HTML keeps no runs of white space. */
function sheetView(dataset: Dataset) {
  const text = (value: string) => normalizeWhiteSpace(value).trim();
  return {
    title: text(dataset.title),
    description: text(dataset.description ?? ''),
    events: dataset.events.map((event) => ({
      title: text(event.title),
      summary: text(event.summary),
      // A window becomes the span it falls in, or its known date when it is open (TimelineJS has neither).
      date: event.date
        .replace(/[~?%]/g, '')
        .replace(/^\[\.\.(.+)\]$|^\[(.+)\.\.\]$/u, '$1$2')
        .replace(/^\[(.+)\.\.(.+)\]$/u, '$1/$2'),
      status: event.status,
      group: groupOf(event),
    })),
  };
}

const afterRoundTrip = (dataset: Dataset) => {
  const back = reimport(exportCsv(dataset));
  return {
    ...sheetView(back),
    events: back.events.map((event, index) => ({ ...sheetView(back).events[index], group: event.tags?.[0] ?? '' })),
  };
};

const example = (() => {
  const result = validateDataset(JSON.parse(readFileSync('data/examples/lantern-strait.json', 'utf8')));
  if (!result.ok) throw new Error('the example is invalid');
  return result.dataset;
})();

describe('dataset → TimelineJS sheet', () => {
  const csv = exportCsv(example);
  const sheet = readSheet(csv, { label: '', columns: TIMELINEJS_COLUMNS, required: TIMELINEJS_COLUMNS });
  const rows = sheet.ok ? sheet.rows.map((row) => Object.fromEntries([...row.cells].filter(([, value]) => value !== ''))) : [];

  it('writes the template columns in the template order, then a title row', () => {
    expect(csv.split('\n')[0]).toBe(TIMELINEJS_COLUMNS.join(','));
    expect(rows[0]).toEqual({ Type: 'title', Headline: example.title, Text: example.description });
  });

  it('writes dates, end dates, headline, text and group', () => {
    expect(rows[1]).toEqual({
      Year: '2019',
      Month: '3',
      Day: '31',
      Headline: 'The Lantern Strait fisheries agreement expires',
      Text: 'The fisheries agreement between Meridia and Nordhavn on the Lantern Strait expired without an extension.',
      Group: 'fisheries',
    });
    expect(rows[4]).toMatchObject({ Year: '2019', Month: '6', Day: '15', 'End Year': '2019', 'End Month': '6', 'End Day': '30' });
    expect(rows[8]).toMatchObject({ Year: '2020', Type: 'planned' });
  });

  it('escapes the text for TimelineJS, which renders it as HTML', () => {
    expect(rows[2]?.Text).toBe(
      `A Nordhavn patrol boat boarded and seized a Meridian trawler in the Lantern Strait; Meridia's foreign minister called it "an unfriendly act".`,
    );
    const risky = exportCsv({
      ...example,
      events: [{ ...(example.events[0] as Dataset['events'][number]), summary: '<script>x</script> & co\nnext' }],
    });
    expect(risky).toContain('&lt;script&gt;x&lt;/script&gt; &amp; co<br>next');
  });

  it('uses the first country as the group when there is no tag', () => {
    const event = { ...(example.events[0] as Dataset['events'][number]), tags: undefined, countries: ['QN', 'QM'] };
    expect(groupOf(event)).toBe('QN');
  });

  it('lists what the sheet cannot hold', () => {
    const result = datasetToTimelineJsCsv(example);
    expect(messages(result.notes)).toEqual([
      'event crews-greet-quota: the qualifier in 2019-09-06? not carried over: TimelineJS dates are neither approximate nor uncertain',
      'ids, quotes and their sources, actors, countries (except as a Group), related events, dateBasis and dateNote not carried over: the TimelineJS template has no columns for them',
      'tags after the first not carried over for 2 events: TimelineJS has one Group per event',
    ]);
  });
});

describe('dataset → TimelineJS sheet → dataset', () => {
  it('keeps every field the sheet holds, for the example', () => {
    expect(afterRoundTrip(example)).toStrictEqual(sheetView(example));
  });

  it('writes a window as the span it falls in, an open one as its known date, and says so', () => {
    const base = example.events[0] as Dataset['events'][number];
    const events = [
      { ...base, id: 'between', date: '[2021-09-15..2021-09-26]' },
      { ...base, id: 'before', date: '[..2021-10-05?]' },
    ];
    const result = datasetToTimelineJsCsv({ ...example, events });
    if (!result.ok) throw new Error(messages(result.notes).join('\n'));
    expect(reimport(result.csv).events.map((event) => event.date)).toEqual(['2021-09-15/2021-09-26', '2021-10-05']);
    expect(messages(result.notes)).toEqual(
      expect.arrayContaining([
        'event between: the window [2021-09-15..2021-09-26] written as the span it falls in: TimelineJS has no "one day between"',
        'event before: the open end of the window [..2021-10-05?] not carried over: TimelineJS has no "on or before" or "on or after", so it holds the known date alone',
      ]),
    );
  });

  it('keeps years before the common era, which TimelineJS reads as negative numbers', () => {
    const ides = { ...(example.events[0] as Dataset['events'][number]), date: '-0043-03-15/-0043-03-17' };
    const csv = exportCsv({ ...example, events: [ides] });
    expect(csv.split('\n')[2]).toMatch(/^-43,3,15,,-43,3,17,/);
    expect(reimport(csv).events[0]?.date).toBe('-0043-03-15/-0043-03-17');
  });

  it('keeps every field the sheet holds, for generated datasets', () => {
    fc.assert(
      fc.property(datasetArbitrary, (generated) => {
        const dataset = validateDataset(generated);
        if (!dataset.ok) throw new Error('the generator made an invalid dataset');
        expect(afterRoundTrip(dataset.dataset)).toStrictEqual(sheetView(dataset.dataset));
      }),
      { numRuns: 100 },
    );
  });
});

describe('media in TimelineJS', () => {
  const [first, second, third] = example.events as [Dataset['events'][number], Dataset['events'][number], Dataset['events'][number]];
  const withMedia: Dataset = {
    ...example,
    events: [
      {
        ...first,
        media: {
          kind: 'image',
          url: 'https://example.org/harbour.jpg',
          alt: 'Trawlers moored in the harbour',
          caption: 'The fleet <in port> & waiting',
          credit: 'AP',
        },
      },
      {
        ...second,
        media: {
          kind: 'video',
          url: 'https://www.youtube.com/watch?v=abc',
          title: 'The boarding, filmed from the deck',
          thumbnail: 'https://example.org/boarding.png',
          credit: 'Reuters',
        },
      },
      { ...third, media: { kind: 'page', url: 'media/report.html', caption: 'The report' } },
      ...example.events.slice(3),
    ],
  };

  it('fills the Media columns of the sheet, and Alt Text after them when an image has some', () => {
    const result = datasetToTimelineJsCsv(withMedia);
    if (!result.ok) throw new Error(messages(result.notes).join('\n'));
    const columns = [...TIMELINEJS_COLUMNS, ALT_TEXT_COLUMN];
    expect(result.csv.split('\n')[0]).toBe(columns.join(','));
    const sheet = readSheet(result.csv, { label: '', columns, required: columns });
    const media = sheet.ok
      ? sheet.rows.slice(1, 4).map((row) => columns.filter((c) => /Media|Alt/.test(c)).map((c) => row.cells.get(c) ?? ''))
      : [];
    expect(media).toEqual([
      ['https://example.org/harbour.jpg', 'AP', 'The fleet &lt;in port&gt; &amp; waiting', '', 'Trawlers moored in the harbour'],
      ['https://www.youtube.com/watch?v=abc', 'Reuters', '', 'https://example.org/boarding.png', ''],
      ['media/report.html', '', 'The report', '', ''],
    ]);
    expect(messages(result.notes)).toEqual(
      expect.arrayContaining([
        'the titles of media not carried over for 1 events: the TimelineJS template has no column for them',
        `media at addresses relative to the dataset (1 events, e.g. 'media/report.html') written as they are: TimelineJS reads them relative to the page that shows the timeline; put the files there, or write their full http(s) addresses`,
      ]),
    );
    // Without media, the sheet is the template as it was.
    expect(exportCsv(example).split('\n')[0]).toBe(TIMELINEJS_COLUMNS.join(','));
  });

  it('writes TimelineJS JSON with the media, ids as unique_id and planned events typed', () => {
    const result = datasetToTimelineJsJson(withMedia);
    if (!result.ok) throw new Error(messages(result.notes).join('\n'));
    const { json } = result;
    expect(json.title).toEqual({ text: { headline: example.title, text: example.description } });
    expect(json.events.slice(0, 3)).toEqual([
      {
        start_date: { year: 2019, month: 3, day: 31 },
        text: { headline: first.title, text: first.summary },
        group: 'fisheries',
        media: {
          url: 'https://example.org/harbour.jpg',
          caption: 'The fleet &lt;in port&gt; &amp; waiting',
          credit: 'AP',
          alt: 'Trawlers moored in the harbour',
        },
        unique_id: first.id,
      },
      expect.objectContaining({
        media: {
          url: 'https://www.youtube.com/watch?v=abc',
          credit: 'Reuters',
          thumbnail: 'https://example.org/boarding.png',
          title: 'The boarding, filmed from the deck',
        },
      }),
      expect.objectContaining({ media: { url: 'media/report.html', caption: 'The report' } }),
    ]);
    expect(json.events[3]).toMatchObject({ end_date: { year: 2019, month: 6, day: 30 } });
    expect(json.events[7]).toMatchObject({ type: 'planned' });
    expect(json.events.every((slide) => JSON.stringify(slide).includes('"unique_id"'))).toBe(true);
    expect(messages(result.notes, 'not-carried-over')).toContain(
      'quotes and their sources, actors, countries (except as a Group), related events, dateBasis and dateNote not carried over: the TimelineJS format has no fields for them',
    );
  });

  it('gives back the media through the TimelineJS importer, from the sheet and from JSON', () => {
    const csv = datasetToTimelineJsCsv(withMedia);
    const json = datasetToTimelineJsJson(withMedia);
    if (!csv.ok || !json.ok) throw new Error('the export failed');
    const fromCsv = importTimelineJsCsv(csv.csv, { fileName: 'exported.csv' });
    const fromJson = importTimelineJsJson(JSON.parse(JSON.stringify(json.json)), { fileName: 'exported.json' });
    if (!fromCsv.ok || !fromJson.ok) throw new Error('the import failed');
    const media = withMedia.events.slice(0, 3).map((event) => event.media);
    // The sheet has no column for a media title.
    expect(fromCsv.dataset.events.slice(0, 3).map((event) => event.media)).toEqual(
      media.map((m) => (m === undefined ? m : (({ title: _title, ...rest }) => rest)(m))),
    );
    expect(fromJson.dataset.events.slice(0, 3).map((event) => event.media)).toEqual(media);
    expect(sheetView(fromJson.dataset).events).toEqual(sheetView(withMedia).events);
  });
});
