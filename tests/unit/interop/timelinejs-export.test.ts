import { readFileSync } from 'node:fs';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { readSheet } from '../../../src/interop/sheet.ts';
import { datasetToTimelineJsCsv, groupOf } from '../../../src/interop/timelinejs-export.ts';
import { importTimelineJsCsv } from '../../../src/interop/timelinejs-import.ts';
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
