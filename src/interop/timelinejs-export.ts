/**
 * A dataset → TimelineJS: a CSV in its spreadsheet template, to paste into its Google sheet,
 * or its JSON format. Both hold the title, summary, dates (start and end, to the day), status
 * (as Type "planned", which TimelineJS shows as an ordinary event), one group per event and
 * the event's media (address, caption, credit, thumbnail; alt text in the sheet's "Alt Text"
 * column; the JSON also the media's title, and the event's id as its unique_id); everything
 * else is listed in the notes.
 */
import { parseEdtf, type DatePoint } from '../model/edtf.ts';
import type { Dataset, Media } from '../model/schema.ts';
import { plainTextToHtml } from './html-to-text.ts';
import { NoteCollector, quoteValue, type InteropNote } from './notes.ts';
import { writeSheet } from './sheet.ts';
import {
  PLANNED_TYPE,
  TIMELINEJS_COLUMNS,
  TITLE_TYPE,
  type TimelineJsColumn,
  type TimelineJsDate,
  type TimelineJsDocument,
  type TimelineJsSlide,
} from './timelinejs.ts';

export type TimelineJsExportResult = { ok: true; csv: string; notes: InteropNote[] } | { ok: false; notes: InteropNote[] };
export type TimelineJsJsonExportResult = { ok: true; json: TimelineJsDocument; notes: InteropNote[] } | { ok: false; notes: InteropNote[] };

/**
 * The column TimelineJS's sheet reader takes an image's alt text from, though the template
 * does not list it; written after the template's columns, and only when some image has alt text.
 */
export const ALT_TEXT_COLUMN = 'Alt Text';

type Column = TimelineJsColumn | typeof ALT_TEXT_COLUMN;
type Row = Partial<Record<Column, string>>;

/** The group TimelineJS shows an event in: its first tag, else its first country. */
export function groupOf(event: Dataset['events'][number]): string {
  return event.tags?.[0] ?? event.countries[0] ?? '';
}

/** What both TimelineJS formats hold of an event. */
interface ExportedEvent {
  id: string;
  start: DatePoint;
  end?: DatePoint;
  headline: string;
  text: string;
  group: string;
  planned: boolean;
  media?: Media;
}

/** Reads the dates of every event, and notes what neither TimelineJS format can hold. */
function exportedEvents(dataset: Dataset, collector: NoteCollector, unique_id: boolean): ExportedEvent[] {
  const exported: ExportedEvent[] = [];
  let droppedTags = 0;
  const relative: string[] = [];
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
    if (event.media !== undefined && !/^https?:/i.test(event.media.url)) relative.push(event.media.url);
    const closedWindow = kind === 'window' && !parsed.value.openStart && !parsed.value.openEnd;
    exported.push({
      id: event.id,
      start,
      ...(kind === 'interval' || closedWindow ? { end } : {}),
      headline: event.title,
      text: event.summary,
      group: groupOf(event),
      planned: event.status === 'planned',
      ...(event.media === undefined ? {} : { media: event.media }),
    });
  }
  if (collector.hasErrors) return exported;

  // One line for what no event can carry, rather than the same note on every event.
  collector.notCarriedOver(
    '',
    `${unique_id ? '' : 'ids, '}quotes and their sources, actors, countries (except as a Group), related events, dateBasis and dateNote not carried over: the TimelineJS ${unique_id ? 'format' : 'template'} has no ${unique_id ? 'fields' : 'columns'} for them`,
  );
  if (droppedTags > 0) {
    collector.notCarriedOver('', `tags after the first not carried over for ${droppedTags} events: TimelineJS has one Group per event`);
  }
  if (dataset.events.some((event) => event.media !== undefined)) {
    collector.info(
      '',
      'media kinds are not written: TimelineJS tells an image from a video, a sound or a page by its address, and embeds the videos, sounds and pages it recognises (YouTube, Vimeo, SoundCloud…) where this app shows a link',
    );
  }
  if (relative.length > 0) {
    collector.info(
      '',
      `media at addresses relative to the dataset (${relative.length} events, e.g. ${quoteValue(relative[0] ?? '', 40)}) written as they are: TimelineJS reads them relative to the page that shows the timeline; put the files there, or write their full http(s) addresses`,
    );
  }
  return exported;
}

// ---------------------------------------------------------------------------------------------
// The spreadsheet template

function dateColumns(point: DatePoint, prefix: '' | 'End '): Row {
  return {
    [`${prefix}Year`]: String(point.year),
    [`${prefix}Month`]: point.month === undefined ? '' : String(point.month),
    [`${prefix}Day`]: point.day === undefined ? '' : String(point.day),
  };
}

export function datasetToTimelineJsCsv(dataset: Dataset): TimelineJsExportResult {
  const collector = new NoteCollector();
  const events = exportedEvents(dataset, collector, false);
  if (collector.hasErrors) return { ok: false, notes: collector.notes };
  const rows: Row[] = [
    {
      Type: TITLE_TYPE,
      Headline: plainTextToHtml(dataset.title),
      Text: plainTextToHtml(dataset.description ?? ''),
    },
    ...events.map((event): Row => ({
      ...dateColumns(event.start, ''),
      ...(event.end === undefined ? {} : dateColumns(event.end, 'End ')),
      Headline: plainTextToHtml(event.headline),
      Text: plainTextToHtml(event.text),
      Group: event.group,
      Type: event.planned ? PLANNED_TYPE : '',
      ...(event.media === undefined
        ? {}
        : {
            Media: event.media.url,
            'Media Credit': plainTextToHtml(event.media.credit ?? ''),
            'Media Caption': plainTextToHtml(event.media.caption ?? ''),
            'Media Thumbnail': event.media.thumbnail ?? '',
            [ALT_TEXT_COLUMN]: event.media.alt ?? '',
          }),
    })),
  ];
  const titled = events.filter((event) => event.media?.title !== undefined).length;
  if (titled > 0) {
    collector.notCarriedOver(
      '',
      `the titles of media not carried over for ${titled} events: the TimelineJS template has no column for them`,
    );
  }
  const columns: readonly Column[] = events.some((event) => event.media?.alt !== undefined)
    ? [...TIMELINEJS_COLUMNS, ALT_TEXT_COLUMN]
    : TIMELINEJS_COLUMNS;
  const csv = writeSheet(
    columns,
    rows.map((row) => columns.map((column) => row[column] ?? '')),
  );
  return { ok: true, csv, notes: collector.notes };
}

// ---------------------------------------------------------------------------------------------
// JSON

function jsonDate(point: DatePoint): TimelineJsDate {
  return {
    year: point.year,
    ...(point.month === undefined ? {} : { month: point.month }),
    ...(point.day === undefined ? {} : { day: point.day }),
  };
}

/** TimelineJS shows caption and credit as HTML, and alt and title as the attributes they are. */
function jsonMedia(media: Media): NonNullable<TimelineJsSlide['media']> {
  return {
    url: media.url,
    ...(media.caption === undefined ? {} : { caption: plainTextToHtml(media.caption) }),
    ...(media.credit === undefined ? {} : { credit: plainTextToHtml(media.credit) }),
    ...(media.thumbnail === undefined ? {} : { thumbnail: media.thumbnail }),
    ...(media.alt === undefined ? {} : { alt: media.alt }),
    ...(media.title === undefined ? {} : { title: media.title }),
  };
}

/** The dataset as a TimelineJS JSON document, for a timeline that loads its data from a file. */
export function datasetToTimelineJsJson(dataset: Dataset): TimelineJsJsonExportResult {
  const collector = new NoteCollector();
  const events = exportedEvents(dataset, collector, true);
  if (collector.hasErrors) return { ok: false, notes: collector.notes };
  const json: TimelineJsDocument = {
    title: {
      text: { headline: plainTextToHtml(dataset.title), ...(dataset.description ? { text: plainTextToHtml(dataset.description) } : {}) },
    },
    events: events.map((event): TimelineJsSlide & { type?: string } => ({
      start_date: jsonDate(event.start),
      ...(event.end === undefined ? {} : { end_date: jsonDate(event.end) }),
      text: { headline: plainTextToHtml(event.headline), text: plainTextToHtml(event.text) },
      ...(event.group === '' ? {} : { group: event.group }),
      ...(event.media === undefined ? {} : { media: jsonMedia(event.media) }),
      unique_id: event.id,
      // Not TimelineJS's: our importer reads it as status "planned", as in the sheet's Type column.
      ...(event.planned ? { type: PLANNED_TYPE } : {}),
    })),
  };
  return { ok: true, json, notes: collector.notes };
}
