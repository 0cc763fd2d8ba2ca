/**
 * A dataset → CSV in TimelineJS's spreadsheet template, to paste into its Google sheet.
 * The sheet holds the title, summary, dates (start and end, to the day), status (as Type
 * "planned", which TimelineJS shows as an ordinary event) and one group per event;
 * everything else is listed in the notes.
 */
import { parseEdtf, type DatePoint } from '../model/edtf.ts';
import type { Dataset } from '../model/schema.ts';
import { plainTextToHtml } from './html-to-text.ts';
import { NoteCollector, type InteropNote } from './notes.ts';
import { writeSheet } from './sheet.ts';
import { PLANNED_TYPE, TIMELINEJS_COLUMNS, TITLE_TYPE, type TimelineJsColumn } from './timelinejs.ts';

export type TimelineJsExportResult = { ok: true; csv: string; notes: InteropNote[] } | { ok: false; notes: InteropNote[] };

type Row = Partial<Record<TimelineJsColumn, string>>;

function dateColumns(point: DatePoint, prefix: '' | 'End '): Row {
  return {
    [`${prefix}Year`]: String(point.year),
    [`${prefix}Month`]: point.month === undefined ? '' : String(point.month),
    [`${prefix}Day`]: point.day === undefined ? '' : String(point.day),
  };
}

/** The group TimelineJS shows an event in: its first tag, else its first country. */
export function groupOf(event: Dataset['events'][number]): string {
  return event.tags?.[0] ?? event.countries[0] ?? '';
}

export function datasetToTimelineJsCsv(dataset: Dataset): TimelineJsExportResult {
  const collector = new NoteCollector();
  const rows: Row[] = [
    {
      Type: TITLE_TYPE,
      Headline: plainTextToHtml(dataset.title),
      Text: plainTextToHtml(dataset.description ?? ''),
    },
  ];
  let droppedTags = 0;
  for (const event of dataset.events) {
    const where = `event ${event.id}`;
    const parsed = parseEdtf(event.date);
    if (!parsed.ok) {
      collector.error(where, `the date ${JSON.stringify(event.date)} cannot be read: ${parsed.reason}`);
      continue;
    }
    const { start, end, kind } = parsed.value;
    if (start.approximate || start.uncertain || end.approximate || end.uncertain) {
      collector.notCarriedOver(
        where,
        `the qualifier in ${event.date} not carried over: TimelineJS dates are neither approximate nor uncertain`,
      );
    }
    if (kind === 'window') {
      const open = parsed.value.openStart || parsed.value.openEnd;
      collector.notCarriedOver(
        where,
        open
          ? `the open end of the window ${event.date} not carried over: TimelineJS has no "on or before" or "on or after", so it holds the known date alone`
          : `the window ${event.date} written as the span it falls in: TimelineJS has no "one day between"`,
      );
    }
    if ((event.tags?.length ?? 0) > 1) droppedTags += 1;
    const closedWindow = kind === 'window' && !parsed.value.openStart && !parsed.value.openEnd;
    rows.push({
      ...dateColumns(start, ''),
      ...(kind === 'interval' || closedWindow ? dateColumns(end, 'End ') : {}),
      Headline: plainTextToHtml(event.title),
      Text: plainTextToHtml(event.summary),
      Group: groupOf(event),
      Type: event.status === 'planned' ? PLANNED_TYPE : '',
    });
  }
  if (collector.hasErrors) return { ok: false, notes: collector.notes };

  // One line for what no event can carry, rather than the same note on every event.
  collector.notCarriedOver(
    '',
    'ids, quotes and their sources, actors, countries (except as a Group), related events, dateBasis and dateNote not carried over: the TimelineJS template has no columns for them',
  );
  if (droppedTags > 0) {
    collector.notCarriedOver('', `tags after the first not carried over for ${droppedTags} events: TimelineJS has one Group per event`);
  }
  const csv = writeSheet(
    TIMELINEJS_COLUMNS,
    rows.map((row) => TIMELINEJS_COLUMNS.map((column) => row[column] ?? '')),
  );
  return { ok: true, csv, notes: collector.notes };
}
