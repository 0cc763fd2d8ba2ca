/**
 * This project's own spreadsheet format, for editors who prefer a sheet to JSON: a workbook
 * of four sheets saved as CSV files, events, sources, actors and story. One row per event;
 * list cells are separated by ";"; the quotes and related cells have a small syntax of their
 * own that a person can type (see encodeQuotes and encodeRelations). An event's media takes
 * the columns media (its address), mediaKind, mediaAlt, mediaTitle, mediaCaption,
 * mediaCredit and mediaThumbnail, written only when some event has media. The story sheet
 * holds the dataset's title, description and language in one row; it is optional when
 * reading, and the CLI's --title and --description override it.
 *
 * datasetToSheets and sheetsToDataset are inverse for everything the sheets hold.
 */
import {
  ACTOR_KINDS,
  DATE_BASES,
  EVENT_STATUSES,
  MEDIA_KINDS,
  RELATION_TYPES,
  type Actor,
  type ActorKind,
  type Dataset,
  type DateBasis,
  type EventStatus,
  type Media,
  type MediaKind,
  type Quote,
  type Relation,
  type RelationType,
  type Source,
  type TimelineEvent,
} from '../model/schema.ts';
import { closest, didYouMean } from '../model/suggest.ts';
import { NoteCollector, quoteValue, type InteropNote } from './notes.ts';
import { readSheet, rowLocation, writeSheet, type SheetRow, type SheetSpec } from './sheet.ts';

export const EVENT_COLUMNS = [
  'id',
  'title',
  'date',
  'dateBasis',
  'dateNote',
  'status',
  'countries',
  'actors',
  'summary',
  'tags',
  'quotes',
  'related',
] as const;
/** An event's media, after the columns above; `media` is its address, as TimelineJS's sheet names it. */
export const MEDIA_COLUMNS = ['media', 'mediaKind', 'mediaAlt', 'mediaTitle', 'mediaCaption', 'mediaCredit', 'mediaThumbnail'] as const;
export const SOURCE_COLUMNS = ['id', 'title', 'file', 'origin'] as const;
export const ACTOR_COLUMNS = ['id', 'name', 'kind', 'country', 'role'] as const;
export const STORY_COLUMNS = ['title', 'description', 'language'] as const;

export const EVENTS_SHEET: SheetSpec = {
  label: 'events sheet',
  columns: [...EVENT_COLUMNS, ...MEDIA_COLUMNS],
  // Lists may be left out of the header entirely when a story has no tags or relations, and media when it has none.
  required: ['id', 'title', 'date', 'dateBasis', 'dateNote', 'status', 'summary', 'quotes'],
};
export const SOURCES_SHEET: SheetSpec = { label: 'sources sheet', columns: SOURCE_COLUMNS, required: ['id', 'title', 'file'] };
export const ACTORS_SHEET: SheetSpec = { label: 'actors sheet', columns: ACTOR_COLUMNS, required: ['id', 'name', 'kind'] };
export const STORY_SHEET: SheetSpec = { label: 'story sheet', columns: STORY_COLUMNS, required: [] };

/** The four CSV texts of a workbook. */
export interface DatasetSheets {
  events: string;
  sources: string;
  actors: string;
  story: string;
}

/** Row labels of each imported item, by index, so that validator paths can be shown as rows. */
export interface ItemLocations {
  events: string[];
  sources: string[];
  actors: string[];
}

// ---------------------------------------------------------------------------------------------
// Cells

const LIST_SEPARATOR = '; ';

/** "FR; DE" → ["FR", "DE"]. Line breaks separate too, since people press Alt+Enter in cells. */
export function decodeList(cell: string): string[] {
  return cell
    .split(/[;\r\n]/)
    .map((item) => item.trim())
    .filter((item) => item !== '');
}

export function encodeList(items: readonly string[]): string {
  return items.join(LIST_SEPARATOR);
}

/** Why a tag cannot stand in a ";"-separated cell, or undefined when it can. */
function tagProblem(tag: string): string | undefined {
  if (/[;\r\n]/.test(tag)) return 'contains ";" or a line break, which separate tags in the sheet';
  if (tag.trim() !== tag || tag === '') return 'has white space at an end (or is empty), which a cell does not keep';
  return undefined;
}

/**
 * Quotes, one per line of the cell: `source|speaker|text`, or `source||text` when nobody in
 * particular speaks. The text is everything after the second "|", so it may contain "|".
 * A quote is one line: line breaks inside a quote are written as spaces, which the verbatim
 * rule ignores.
 */
export function encodeQuotes(quotes: readonly Quote[]): string {
  return quotes.map((quote) => `${quote.source}|${quote.speaker ?? ''}|${oneLine(quote.text)}`).join('\n');
}

export function oneLine(text: string): string {
  return text.replace(/\s*[\r\n]+\s*/g, ' ');
}

const SLUG = /^[a-z0-9]+(?:-[a-z0-9]+)*$/;

export type CellResult<T> = { ok: true; value: T } | { ok: false; reason: string };

export function decodeQuotes(cell: string): CellResult<Quote[]> {
  const quotes: Quote[] = [];
  const lines = cell
    .split(/\r?\n|\r/)
    .map((line) => line.trim())
    .filter((line) => line !== '');
  for (const [index, line] of lines.entries()) {
    const at = `line ${index + 1}`;
    const firstBar = line.indexOf('|');
    if (firstBar === -1) {
      return { ok: false, reason: `${at} ${quoteValue(line)} has no "|": write source|speaker|text, or source||text without a speaker` };
    }
    const source = line.slice(0, firstBar).trim();
    const rest = line.slice(firstBar + 1);
    const secondBar = rest.indexOf('|');
    // `source|text` is accepted too: it is what people write when there is no speaker.
    const speaker = secondBar === -1 ? '' : rest.slice(0, secondBar).trim();
    const text = (secondBar === -1 ? rest : rest.slice(secondBar + 1)).trim();
    if (speaker !== '' && !SLUG.test(speaker)) {
      return {
        ok: false,
        reason: `${at}: the speaker ${quoteValue(speaker)} is not an actor id; when the quote has no speaker but contains "|", write source||text`,
      };
    }
    quotes.push(speaker === '' ? { source, text } : { source, speaker, text });
  }
  return { ok: true, value: quotes };
}

/**
 * Relations: `type:event-id`, with an optional note in parentheses, separated by ";":
 * `responds-to:aukus-announced; context:recall (the recall came first)`. The note may hold
 * anything, ";" included, as long as its parentheses are balanced.
 */
export function encodeRelations(relations: readonly Relation[]): string {
  return relations
    .map((relation) => `${relation.type}:${relation.event}${relation.note === undefined ? '' : ` (${relation.note})`}`)
    .join(LIST_SEPARATOR);
}

export function hasBalancedParentheses(text: string): boolean {
  let depth = 0;
  for (const char of text) {
    if (char === '(') depth += 1;
    else if (char === ')' && --depth < 0) return false;
  }
  return depth === 0;
}

export function decodeRelations(cell: string): CellResult<Relation[]> {
  const relations: Relation[] = [];
  const itemPattern = /[\s;]*([A-Za-z-]+)\s*:\s*([^\s;()]+)[^\S\r\n]*/y;
  let position = 0;
  const skipSeparators = () => {
    while (position < cell.length && /[\s;]/.test(cell[position] ?? '')) position += 1;
  };
  skipSeparators();
  while (position < cell.length) {
    const number = relations.length + 1;
    itemPattern.lastIndex = position;
    const match = itemPattern.exec(cell);
    if (match === null || match[1] === undefined || match[2] === undefined) {
      return {
        ok: false,
        reason: `item ${number} ${quoteValue(cell.slice(position))} is not type:event-id (e.g. "responds-to:aukus-announced")`,
      };
    }
    const type = match[1];
    if (!(RELATION_TYPES as readonly string[]).includes(type)) {
      return { ok: false, reason: `item ${number}: ${quoteValue(type)} is not a relation type (${RELATION_TYPES.join(', ')})` };
    }
    position = itemPattern.lastIndex;
    let note: string | undefined;
    if (cell[position] === '(') {
      const noteEnd = closingParenthesis(cell, position);
      if (noteEnd === -1) return { ok: false, reason: `item ${number}: the note's "(" is never closed` };
      note = cell.slice(position + 1, noteEnd);
      position = noteEnd + 1;
    }
    relations.push({ event: match[2], type: type as RelationType, ...(note === undefined ? {} : { note }) });
    const separator = /^[^\S\r\n]*(?:[;\r\n]|$)/.exec(cell.slice(position));
    if (separator === null) {
      return { ok: false, reason: `item ${number}: expected ";" before ${quoteValue(cell.slice(position).trim())}` };
    }
    skipSeparators();
  }
  return { ok: true, value: relations };
}

/** Index of the ")" that closes the "(" at `open`, or -1. */
function closingParenthesis(text: string, open: number): number {
  let depth = 0;
  for (let index = open; index < text.length; index += 1) {
    if (text[index] === '(') depth += 1;
    else if (text[index] === ')' && --depth === 0) return index;
  }
  return -1;
}

// ---------------------------------------------------------------------------------------------
// Dataset → sheets

export type SheetsExportResult = { ok: true; sheets: DatasetSheets; notes: InteropNote[] } | { ok: false; notes: InteropNote[] };

export function datasetToSheets(dataset: Dataset): SheetsExportResult {
  const collector = new NoteCollector();
  const eventRows = dataset.events.map((event) => {
    const where = `event ${event.id}`;
    for (const tag of event.tags ?? []) {
      const problem = tagProblem(tag);
      if (problem !== undefined) collector.error(where, `the tag ${quoteValue(tag)} ${problem}; change the tag to export`);
    }
    event.quotes.forEach((quote, index) => {
      if (/[\r\n]/.test(quote.text)) {
        collector.info(
          where,
          `quote ${index + 1}: its line breaks are written as spaces (a quote is one line of the cell; the verbatim rule ignores white space)`,
        );
      }
    });
    for (const relation of event.related) {
      if (relation.note !== undefined && !hasBalancedParentheses(relation.note)) {
        collector.error(
          where,
          `the note of the relation to ${relation.event} has unbalanced parentheses, which the related cell uses to delimit it`,
        );
      }
    }
    return [
      event.id,
      event.title,
      event.date,
      event.dateBasis,
      event.dateNote,
      event.status,
      encodeList(event.countries),
      encodeList(event.actors),
      event.summary,
      encodeList(event.tags ?? []),
      encodeQuotes(event.quotes),
      encodeRelations(event.related),
    ];
  });
  if (collector.hasErrors) return { ok: false, notes: collector.notes };
  // The media columns only when there is media: a story without any keeps the sheet it always had.
  const withMedia = dataset.events.some((event) => event.media !== undefined);
  const eventColumns = withMedia ? [...EVENT_COLUMNS, ...MEDIA_COLUMNS] : EVENT_COLUMNS;
  const eventCells = withMedia ? eventRows.map((row, index) => [...row, ...mediaCells(dataset.events[index]?.media)]) : eventRows;
  const sourceRows = dataset.sources.map((source) => [source.id, source.title, source.file, source.origin ?? '']);
  const actorRows = dataset.actors.map((actor) => [actor.id, actor.name, actor.kind, actor.country ?? '', actor.role ?? '']);
  return {
    ok: true,
    sheets: {
      events: writeSheet(eventColumns, eventCells),
      sources: writeSheet(SOURCE_COLUMNS, sourceRows),
      actors: writeSheet(ACTOR_COLUMNS, actorRows),
      story: writeSheet(STORY_COLUMNS, [[dataset.title, dataset.description ?? '', dataset.language ?? '']]),
    },
    notes: collector.notes,
  };
}

/** The cells of MEDIA_COLUMNS, in their order. */
function mediaCells(media: Media | undefined): string[] {
  if (media === undefined) return MEDIA_COLUMNS.map(() => '');
  return [media.url, media.kind, media.alt ?? '', media.title ?? '', media.caption ?? '', media.credit ?? '', media.thumbnail ?? ''];
}

// ---------------------------------------------------------------------------------------------
// Sheets → dataset

export interface SheetsImportOptions {
  /** The dataset title, over the story sheet's (the CLI's --title). */
  title?: string;
  /** The dataset description, over the story sheet's (the CLI's --description). */
  description?: string;
  /** What to use when neither the options above nor a story sheet give a value (e.g. the dataset being replaced). */
  fallback?: { title?: string; description?: string; language?: string };
}

export type SheetsImportResult =
  { ok: true; dataset: Dataset; locations: ItemLocations; notes: InteropNote[] } | { ok: false; notes: InteropNote[] };

/**
 * Reads the sheets into a dataset. Cell syntax and the closed vocabularies (dateBasis,
 * status, kind, relation types, media kinds) are checked here, with the row and column;
 * everything else (ids, dates, references, verbatim quotes) is left to validateDataset, whose
 * paths `locateProblem` turns back into rows. A missing sources or actors sheet reads as
 * empty; a missing story sheet leaves the title, description and language to the options.
 */
export function sheetsToDataset(
  sheets: { events: string; sources?: string; actors?: string; story?: string },
  options: SheetsImportOptions = {},
): SheetsImportResult {
  const collector = new NoteCollector();
  const eventsSheet = readSheet(sheets.events, EVENTS_SHEET);
  const sourcesSheet = sheets.sources === undefined ? undefined : readSheet(sheets.sources, SOURCES_SHEET);
  const actorsSheet = sheets.actors === undefined ? undefined : readSheet(sheets.actors, ACTORS_SHEET);
  const storySheet = sheets.story === undefined ? undefined : readSheet(sheets.story, STORY_SHEET);
  for (const [sheet, spec] of [
    [eventsSheet, EVENTS_SHEET],
    [sourcesSheet, SOURCES_SHEET],
    [actorsSheet, ACTORS_SHEET],
    [storySheet, STORY_SHEET],
  ] as const) {
    if (sheet === undefined) continue;
    collector.notes.push(...sheet.notes);
    if (!sheet.ok) continue;
    for (const column of sheet.unknownColumns) {
      if (column.filledRows > 0) {
        collector.notCarriedOver(
          spec.label,
          `column ${quoteValue(column.name)} (filled in ${column.filledRows} rows) not carried over: the columns are ${spec.columns.join(', ')}`,
        );
      }
    }
  }
  if (!eventsSheet.ok || sourcesSheet?.ok === false || actorsSheet?.ok === false || storySheet?.ok === false) {
    return { ok: false, notes: collector.notes };
  }

  const events = eventsSheet.rows.map((row) => eventFromRow(row, collector));
  const sources = (sourcesSheet?.rows ?? []).map((row) => sourceFromRow(row));
  const actors = (actorsSheet?.rows ?? []).map((row) => actorFromRow(row, collector));
  const story = storySheet === undefined ? {} : storyFromRows(storySheet.rows, collector);
  const title = options.title ?? story.title ?? options.fallback?.title;
  if (title === undefined) {
    collector.error(
      storySheet === undefined ? '' : rowLocation(STORY_SHEET, storySheet.rows[0]?.rowNumber ?? 2, 'title'),
      storySheet === undefined
        ? 'the dataset has no title: add a story sheet with a title column, or give the title with --title'
        : 'empty: write the title of the story, as readers will see it above the timeline',
    );
  } else if (options.title === undefined && story.title === undefined) {
    collector.info(
      '',
      `the dataset title is ${JSON.stringify(title)}${storySheet === undefined ? ' (no story sheet)' : ''}; write another in the title column of the story sheet, or give it with --title`,
    );
  }
  if (collector.hasErrors || title === undefined) return { ok: false, notes: collector.notes };

  const description = options.description ?? story.description ?? options.fallback?.description;
  const language = story.language ?? options.fallback?.language;
  const dataset: Dataset = {
    schemaVersion: 1,
    title,
    ...(description !== undefined && description !== '' ? { description } : {}),
    ...(language !== undefined && language !== '' ? { language } : {}),
    sources,
    actors,
    events,
  };
  const label = (spec: SheetSpec) => (row: SheetRow) => rowLocation(spec, row.rowNumber);
  return {
    ok: true,
    dataset,
    locations: {
      events: eventsSheet.rows.map(label(EVENTS_SHEET)),
      sources: (sourcesSheet?.rows ?? []).map(label(SOURCES_SHEET)),
      actors: (actorsSheet?.rows ?? []).map(label(ACTORS_SHEET)),
    },
    notes: collector.notes,
  };
}

/** The story sheet's one row: its filled cells. */
function storyFromRows(rows: readonly SheetRow[], collector: NoteCollector): { title?: string; description?: string; language?: string } {
  const [row, ...more] = rows;
  if (more.length > 0) {
    collector.error(
      rowLocation(STORY_SHEET, more[0]?.rowNumber ?? 3),
      `the story sheet holds one story, in row ${row?.rowNumber ?? 2}, but ${more.length + 1} rows are filled: keep its title, description and language in one row and delete the others`,
    );
  }
  if (row === undefined) return {};
  const title = optionalCell(row, 'title');
  const description = optionalCell(row, 'description');
  const language = optionalCell(row, 'language');
  if (language !== undefined && !LANGUAGE_TAG.test(language)) {
    // "EN" and "fr_CA" are the usual slips; the tag's first part is written in lower case.
    const [first = '', ...rest] = language.replace(/_/g, '-').split('-');
    const meant = [first.toLowerCase(), ...rest].join('-');
    collector.error(
      rowLocation(STORY_SHEET, row.rowNumber, 'language'),
      `${quoteValue(language)} is not a BCP 47 language tag` +
        (LANGUAGE_TAG.test(meant)
          ? didYouMean(meant)
          : ': write the language of the texts as a tag, e.g. "en", "fr" or "fr-CA", or leave the cell empty'),
    );
  }
  return {
    ...(title === undefined ? {} : { title }),
    ...(description === undefined ? {} : { description }),
    ...(language === undefined ? {} : { language }),
  };
}

/** As DatasetSchema's language. */
const LANGUAGE_TAG = /^[a-z]{2,3}(?:-[A-Za-z0-9]{2,8})*$/;

function cell(row: SheetRow, column: string): string {
  return row.cells.get(column) ?? '';
}

function optionalCell(row: SheetRow, column: string): string | undefined {
  const value = cell(row, column);
  return value === '' ? undefined : value;
}

function picked<T extends string>(row: SheetRow, spec: SheetSpec, column: string, options: readonly T[], collector: NoteCollector): T {
  const value = cell(row, column);
  if (!(options as readonly string[]).includes(value)) {
    collector.error(
      rowLocation(spec, row.rowNumber, column),
      `${value === '' ? 'empty' : quoteValue(value)}: write one of ${options.join(', ')}`,
    );
  }
  return value as T;
}

function eventFromRow(row: SheetRow, collector: NoteCollector): TimelineEvent {
  const where = (column: string) => rowLocation(EVENTS_SHEET, row.rowNumber, column);
  const quotes = decodeQuotes(cell(row, 'quotes'));
  if (!quotes.ok) collector.error(where('quotes'), quotes.reason);
  const related = decodeRelations(cell(row, 'related'));
  if (!related.ok) collector.error(where('related'), related.reason);
  const tags = decodeList(cell(row, 'tags'));
  const media = mediaFromRow(row, collector);
  return {
    id: cell(row, 'id'),
    title: cell(row, 'title'),
    date: cell(row, 'date'),
    dateBasis: picked<DateBasis>(row, EVENTS_SHEET, 'dateBasis', DATE_BASES, collector),
    dateNote: cell(row, 'dateNote'),
    status: picked<EventStatus>(row, EVENTS_SHEET, 'status', EVENT_STATUSES, collector),
    // Country codes are capitals by definition; "fr" can only mean FR.
    countries: decodeList(cell(row, 'countries')).map((code) => code.toUpperCase()),
    actors: decodeList(cell(row, 'actors')),
    summary: cell(row, 'summary'),
    quotes: quotes.ok ? quotes.value : [],
    related: related.ok ? related.value : [],
    ...(tags.length > 0 ? { tags } : {}),
    ...(media === undefined ? {} : { media }),
  };
}

/** Extensions of the images a browser shows, by which an empty mediaKind reads as image. */
const IMAGE_EXTENSIONS = new Set(['jpg', 'jpeg', 'png', 'gif', 'webp', 'avif', 'svg']);

/** Words editors write for a kind of media, and the kind they mean. */
const MEDIA_KIND_WORDS: Record<string, MediaKind> = {
  photo: 'image',
  photograph: 'image',
  picture: 'image',
  img: 'image',
  illustration: 'image',
  film: 'video',
  clip: 'video',
  sound: 'audio',
  podcast: 'audio',
  link: 'page',
  web: 'page',
  website: 'page',
  article: 'page',
  url: 'page',
};

/** The extension of an address's last path segment, in lower case, or "". */
function extensionOf(url: string): string {
  const path = url.replace(/[?#].*$/, '').replace(/^[A-Za-z]+:\/\/[^/]*/, '');
  const name = path.slice(path.lastIndexOf('/') + 1);
  const dot = name.lastIndexOf('.');
  return dot > 0 ? name.slice(dot + 1).toLowerCase() : '';
}

function mediaFromRow(row: SheetRow, collector: NoteCollector): Media | undefined {
  const where = (column: string) => rowLocation(EVENTS_SHEET, row.rowNumber, column);
  const url = cell(row, 'media');
  if (url === '') {
    const filled = MEDIA_COLUMNS.filter((column) => column !== 'media' && cell(row, column) !== '');
    if (filled.length > 0) {
      collector.error(
        where('media'),
        `empty, but ${filled.join(', ')} ${filled.length === 1 ? 'is' : 'are'} filled: write the address of the image, video, audio or page in media (e.g. "https://example.org/photo.jpg", or "media/photo.jpg" next to the dataset), or empty ${filled.length === 1 ? 'that cell' : 'those cells'}`,
      );
    }
    return undefined;
  }

  const kindCell = cell(row, 'mediaKind');
  let kind: MediaKind;
  let inferred = false;
  if (kindCell === '') {
    const extension = extensionOf(url);
    inferred = true;
    kind = IMAGE_EXTENSIONS.has(extension) ? 'image' : 'page';
    collector.info(
      where('mediaKind'),
      kind === 'image'
        ? `empty, so the media is read as an image, from the ".${extension}" of its address; write video, audio or page if it is not an image`
        : `empty, so the media is read as a page, a link the reader follows (its address does not end in an image's extension such as ".jpg"); write image, video or audio if it is one`,
    );
  } else {
    const written = kindCell.toLowerCase();
    if ((MEDIA_KINDS as readonly string[]).includes(written)) {
      kind = written as MediaKind;
    } else {
      kind = 'page';
      const meant = MEDIA_KIND_WORDS[written] ?? closest(written, MEDIA_KINDS);
      collector.error(
        where('mediaKind'),
        `${quoteValue(kindCell)} is not a kind of media` +
          (meant === undefined
            ? `: write one of ${MEDIA_KINDS.join(', ')}`
            : `${didYouMean(meant)} (the kinds are ${MEDIA_KINDS.join(', ')})`),
      );
    }
  }

  const alt = optionalCell(row, 'mediaAlt');
  // The validator says so too, but of the media as a whole; here the cell to fill can be named.
  if (kind === 'image' && alt === undefined) {
    collector.error(
      where('mediaAlt'),
      `empty, but an image needs its alt text: say in a sentence what the image shows, for readers who cannot see it (e.g. "Macron and Biden shake hands in Rome")${inferred ? '; or, if the media is no image, write video, audio or page in mediaKind' : ''}`,
    );
  }
  const title = optionalCell(row, 'mediaTitle');
  const caption = optionalCell(row, 'mediaCaption');
  const thumbnail = optionalCell(row, 'mediaThumbnail');
  const credit = optionalCell(row, 'mediaCredit');
  return {
    kind,
    url,
    ...(alt === undefined ? {} : { alt }),
    ...(title === undefined ? {} : { title }),
    ...(caption === undefined ? {} : { caption }),
    ...(thumbnail === undefined ? {} : { thumbnail }),
    ...(credit === undefined ? {} : { credit }),
  };
}

function sourceFromRow(row: SheetRow): Source {
  const origin = optionalCell(row, 'origin');
  return { id: cell(row, 'id'), title: cell(row, 'title'), file: cell(row, 'file'), ...(origin === undefined ? {} : { origin }) };
}

function actorFromRow(row: SheetRow, collector: NoteCollector): Actor {
  const country = optionalCell(row, 'country')?.toUpperCase();
  const role = optionalCell(row, 'role');
  return {
    id: cell(row, 'id'),
    name: cell(row, 'name'),
    kind: picked<ActorKind>(row, ACTORS_SHEET, 'kind', ACTOR_KINDS, collector),
    ...(country === undefined ? {} : { country }),
    ...(role === undefined ? {} : { role }),
  };
}

// ---------------------------------------------------------------------------------------------
// File names of a workbook's sheets

/**
 * The file name of a sibling sheet: the last "events" in the name becomes "sources",
 * "actors" or "story", so "events.csv" goes with "sources.csv", and Google Sheets' downloads
 * "My story - events.csv" with "My story - sources.csv". A name without "events" gets a
 * suffix: "story.csv" → "story.sources.csv".
 */
export function siblingSheetName(eventsFileName: string, sheet: 'sources' | 'actors' | 'story'): string {
  const at = eventsFileName.toLowerCase().lastIndexOf('events');
  if (at !== -1) {
    const found = eventsFileName.slice(at, at + 'events'.length);
    const replacement =
      found === 'EVENTS' ? sheet.toUpperCase() : found.startsWith('E') ? sheet.charAt(0).toUpperCase() + sheet.slice(1) : sheet;
    return eventsFileName.slice(0, at) + replacement + eventsFileName.slice(at + 'events'.length);
  }
  const dot = eventsFileName.lastIndexOf('.');
  return dot > 0 ? `${eventsFileName.slice(0, dot)}.${sheet}${eventsFileName.slice(dot)}` : `${eventsFileName}.${sheet}`;
}

/** "My story - events.csv" → "My story"; "events.csv" → "" (no title in the name). */
export function titleFromEventsFileName(eventsFileName: string): string {
  return eventsFileName
    .replace(/\.[^.]*$/, '')
    .replace(/[\s._-]*events$/i, '')
    .trim();
}
