/**
 * TimelineJS (JSON file or spreadsheet CSV) → a dataset of this project's format.
 *
 * TimelineJS has no sources, quotes, countries or actors, which our format requires, so the
 * import supplies them honestly: one source per imported file whose text is the imported
 * text itself (as plain text), and one quote per event taken verbatim from that text.
 * Whatever has no place in our format is reported as a note, never silently dropped.
 */
import { daysInMonth } from '../model/edtf.ts';
import type { Dataset, Source, TimelineEvent } from '../model/schema.ts';
import { htmlToPlainText } from './html-to-text.ts';
import { NoteCollector, quoteValue, type InteropNote } from './notes.ts';
import { readSheet, rowLocation, type SheetRow, type SheetSpec } from './sheet.ts';
import { slugify, uniqueSlug } from './slug.ts';
import { ERA_TYPE, PLANNED_TYPE, TIMELINEJS_COLUMNS, TITLE_TYPE } from './timelinejs.ts';

export interface TimelineJsImportOptions {
  /** Name of the imported file, e.g. "timeline.csv": names the source and appears in notes. */
  fileName: string;
  /** Overrides the title found in the file (its title slide) or derived from its name. */
  title?: string;
  /** The source's title as readers see it under each quote; the story's title by default, never the file's name. */
  sourceTitle?: string;
}

/** A text file the import creates; `file` is relative to the dataset file, as in Source.file. */
export interface GeneratedSourceText {
  file: string;
  text: string;
}

export type TimelineJsImportResult =
  | {
      ok: true;
      dataset: Dataset;
      sourceTexts: GeneratedSourceText[];
      /** Where each event came from ("row 4", "event 3"), by event index: for validator messages. */
      eventLocations: string[];
      notes: InteropNote[];
    }
  | { ok: false; notes: InteropNote[] };

/** One value of the input with the name its author knows it by: "Month" or "start_date.month". */
interface Field {
  name: string;
  value: string;
}

interface DateFields {
  year: Field;
  month: Field;
  day: Field;
  /** Time of day, which our dates do not hold. */
  time: Field;
}

/** A TimelineJS slide (spreadsheet row or JSON object) reduced to strings. */
interface SlideInput {
  where: string;
  /** How messages name a field: "column Year" in a sheet, "start_date.year" in JSON. */
  fieldPrefix: 'column ' | '';
  start: DateFields;
  end: DateFields;
  headline: Field;
  text: Field;
  group: Field;
  type: Field;
  /** Filled values that have no place in our format, each with the reason. */
  leftovers: { field: Field; why: string }[];
}

const WHY_MEDIA = 'the format has no media';
const WHY_TIME = "the format's dates stop at the day";
const WHY_DISPLAY_DATE = 'dates are shown from the date itself';
const WHY_BACKGROUND = 'the format has no slide backgrounds';

// ---------------------------------------------------------------------------------------------
// Spreadsheet CSV

const TIMELINEJS_SHEET: SheetSpec = {
  label: '',
  columns: TIMELINEJS_COLUMNS,
  // A sheet without Year cannot date anything, and without Headline and Text says nothing.
  required: ['Year', 'Headline'],
};

export function importTimelineJsCsv(csvText: string, options: TimelineJsImportOptions): TimelineJsImportResult {
  const sheet = readSheet(csvText, TIMELINEJS_SHEET);
  if (!sheet.ok) return sheet;
  const collector = new NoteCollector();
  collector.notes.push(...sheet.notes);
  for (const column of sheet.unknownColumns) {
    if (column.filledRows === 0) continue;
    collector.notCarriedOver(
      '',
      `column ${quoteValue(column.name)} (filled in ${column.filledRows} rows) not carried over: it is not a column of the TimelineJS template`,
    );
  }
  const slides = sheet.rows.map(slideFromRow);
  return slidesToDataset(slides, options, 'columns', collector);
}

function slideFromRow(row: SheetRow): SlideInput {
  const field = (name: string): Field => ({ name, value: row.cells.get(name) ?? '' });
  const leftovers: SlideInput['leftovers'] = [];
  const keepAside = (name: string, why: string) => {
    const value = row.cells.get(name) ?? '';
    if (value !== '') leftovers.push({ field: { name, value }, why });
  };
  keepAside('Display Date', WHY_DISPLAY_DATE);
  keepAside('Media', WHY_MEDIA);
  keepAside('Media Credit', WHY_MEDIA);
  keepAside('Media Caption', WHY_MEDIA);
  keepAside('Media Thumbnail', WHY_MEDIA);
  keepAside('Background', WHY_BACKGROUND);
  return {
    where: rowLocation(TIMELINEJS_SHEET, row.rowNumber),
    fieldPrefix: 'column ',
    start: { year: field('Year'), month: field('Month'), day: field('Day'), time: field('Time') },
    end: { year: field('End Year'), month: field('End Month'), day: field('End Day'), time: field('End Time') },
    headline: field('Headline'),
    text: field('Text'),
    group: field('Group'),
    type: field('Type'),
    leftovers,
  };
}

// ---------------------------------------------------------------------------------------------
// JSON

const KNOWN_DOCUMENT_KEYS = new Set(['title', 'events', 'eras', 'scale']);
const KNOWN_SLIDE_KEYS = new Set([
  'start_date',
  'end_date',
  'text',
  'media',
  'group',
  'display_date',
  'background',
  'autolink',
  'unique_id',
  'type',
]);
const KNOWN_DATE_KEYS = new Set(['year', 'month', 'day', 'hour', 'minute', 'second', 'millisecond', 'display_date', 'format']);

export function importTimelineJsJson(json: unknown, options: TimelineJsImportOptions): TimelineJsImportResult {
  const collector = new NoteCollector();
  if (!isRecord(json) || !Array.isArray(json.events)) {
    collector.error('', 'this is not a TimelineJS JSON file: it must be an object with an "events" list ({ "title": …, "events": [ … ] })');
    return { ok: false, notes: collector.notes };
  }
  for (const key of Object.keys(json)) {
    if (!KNOWN_DOCUMENT_KEYS.has(key)) {
      collector.notCarriedOver('', `"${key}" not carried over: it is not part of the documented TimelineJS format`);
    }
  }
  if (json.scale !== undefined && json.scale !== 'human') {
    collector.notCarriedOver('', `scale ${quoteValue(String(json.scale))} not carried over: the format has one, human time scale`);
  }

  const slides: SlideInput[] = [];
  if (json.title !== undefined) {
    const title = slideFromJson(json.title, 'title slide', collector);
    if (title !== undefined) {
      title.type = { name: 'type', value: TITLE_TYPE };
      slides.push(title);
    }
  }
  json.events.forEach((event, index) => {
    const slide = slideFromJson(event, `event ${index + 1}`, collector);
    if (slide !== undefined) slides.push(slide);
  });
  if (json.eras !== undefined) {
    if (!Array.isArray(json.eras)) {
      collector.error('', '"eras" must be a list');
    } else {
      json.eras.forEach((era, index) => {
        const slide = slideFromJson(era, `era ${index + 1}`, collector);
        if (slide !== undefined) {
          slide.type = { name: 'type', value: ERA_TYPE };
          slides.push(slide);
        }
      });
    }
  }
  return slidesToDataset(slides, options, 'fields', collector);
}

function slideFromJson(input: unknown, where: string, collector: NoteCollector): SlideInput | undefined {
  if (!isRecord(input)) {
    collector.error(where, 'must be an object with start_date and text');
    return undefined;
  }
  const leftovers: SlideInput['leftovers'] = [];
  for (const key of Object.keys(input)) {
    if (!KNOWN_SLIDE_KEYS.has(key)) {
      leftovers.push({
        field: { name: key, value: describeJsonValue(input[key]) },
        why: 'it is not part of the documented TimelineJS format',
      });
    }
  }
  const text = recordAt(input, 'text', where, collector);
  const media = recordAt(input, 'media', where, collector);
  const background = recordAt(input, 'background', where, collector);
  const scalar = (record: Record<string, unknown>, key: string, name: string): Field => ({
    name,
    value: scalarText(record[key], `${where}, ${name}`, collector),
  });

  for (const key of ['url', 'caption', 'credit', 'thumbnail', 'alt', 'title', 'link', 'link_target']) {
    const field = scalar(media, key, `media.${key}`);
    if (field.value !== '') leftovers.push({ field, why: WHY_MEDIA });
  }
  for (const key of Object.keys(background)) {
    const field = scalar(background, key, `background.${key}`);
    if (field.value !== '') leftovers.push({ field, why: WHY_BACKGROUND });
  }
  const displayDate = scalar(input, 'display_date', 'display_date');
  if (displayDate.value !== '') leftovers.push({ field: displayDate, why: WHY_DISPLAY_DATE });
  const uniqueId = scalar(input, 'unique_id', 'unique_id');
  if (uniqueId.value !== '') leftovers.push({ field: uniqueId, why: 'ids are made from headlines' });
  const autolink = scalar(input, 'autolink', 'autolink');
  if (autolink.value !== '') leftovers.push({ field: autolink, why: 'it is a display setting of TimelineJS' });

  return {
    where,
    fieldPrefix: '',
    start: dateFromJson(input, 'start_date', where, collector, leftovers),
    end: dateFromJson(input, 'end_date', where, collector, leftovers),
    headline: scalar(text, 'headline', 'text.headline'),
    text: scalar(text, 'text', 'text.text'),
    group: scalar(input, 'group', 'group'),
    type: scalar(input, 'type', 'type'),
    leftovers,
  };
}

function dateFromJson(
  slide: Record<string, unknown>,
  key: 'start_date' | 'end_date',
  where: string,
  collector: NoteCollector,
  leftovers: SlideInput['leftovers'],
): DateFields {
  const date = recordAt(slide, key, where, collector);
  const part = (name: string): Field => ({
    name: `${key}.${name}`,
    value: scalarText(date[name], `${where}, ${key}.${name}`, collector),
  });
  for (const name of Object.keys(date)) {
    if (!KNOWN_DATE_KEYS.has(name)) {
      leftovers.push({
        field: { name: `${key}.${name}`, value: describeJsonValue(date[name]) },
        why: 'it is not part of the documented TimelineJS format',
      });
    }
  }
  for (const name of ['display_date', 'format']) {
    const field = part(name);
    if (field.value !== '') leftovers.push({ field, why: WHY_DISPLAY_DATE });
  }
  const timeParts = ['hour', 'minute', 'second', 'millisecond'].map((name) => part(name).value);
  const [hour = '', minute = '', second = '', millisecond = ''] = timeParts;
  let time = '';
  if (timeParts.some((value) => value !== '')) {
    time = [hour || '0', (minute || '0').padStart(2, '0')].join(':');
    if (second !== '' || millisecond !== '') time += `:${(second || '0').padStart(2, '0')}`;
    if (millisecond !== '') time += `.${millisecond.padStart(3, '0')}`;
  }
  return { year: part('year'), month: part('month'), day: part('day'), time: { name: `${key}.hour`, value: time } };
}

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

function recordAt(parent: Record<string, unknown>, key: string, where: string, collector: NoteCollector): Record<string, unknown> {
  const value = parent[key];
  if (value === undefined || value === null) return {};
  if (isRecord(value)) return value;
  collector.error(where, `${key} must be an object`);
  return {};
}

/** TimelineJS accepts numbers and strings alike ("year": 2016 or "2016"). */
function scalarText(value: unknown, where: string, collector: NoteCollector): string {
  if (value === undefined || value === null) return '';
  if (typeof value === 'string') return value.trim();
  if (typeof value === 'number' || typeof value === 'boolean') return String(value);
  collector.error(where, `expected text or a number, found ${Array.isArray(value) ? 'a list' : 'an object'}`);
  return '';
}

function describeJsonValue(value: unknown): string {
  return typeof value === 'string' ? value : (JSON.stringify(value) ?? String(value));
}

// ---------------------------------------------------------------------------------------------
// Slides → dataset

interface ReadDate {
  edtf: string;
  /** yyyymmdd of the first and last day covered, for checking that an interval runs forward. */
  firstDay: number;
  lastDay: number;
  used: string[];
}

interface ImportedEvent {
  event: TimelineEvent;
  where: string;
  /** Plain-text headline and text as they stand in the generated source text. */
  headline: string;
  text: string;
}

function slidesToDataset(
  slides: SlideInput[],
  options: TimelineJsImportOptions,
  fieldWord: 'columns' | 'fields',
  collector: NoteCollector,
): TimelineJsImportResult {
  const sourceId = slugify(stripExtension(options.fileName)) || 'timelinejs-import';
  const sourceFile = `sources/${sourceId}.txt`;
  const takenIds = new Set<string>();
  const imported: ImportedEvent[] = [];
  let titleSlide: { headline: string; text: string } | undefined;

  for (const slide of slides) {
    const type = slide.type.value.toLowerCase();
    for (const { field, why } of slide.leftovers) {
      collector.notCarriedOver(slide.where, `${field.name} ${quoteValue(field.value)} not carried over: ${why}`);
    }
    const headline = reduceHtml(slide, slide.headline, collector);
    const text = reduceHtml(slide, slide.text, collector);

    if (type === TITLE_TYPE) {
      if (titleSlide === undefined) {
        titleSlide = { headline, text };
        reportUnusedDate(slide, collector, 'the title slide gives the dataset its title and description only');
      } else {
        collector.notCarriedOver(
          slide.where,
          `a second title slide ${quoteValue(headline || text)} not carried over: a dataset has one title`,
        );
      }
      continue;
    }
    if (type === ERA_TYPE) {
      collector.notCarriedOver(
        slide.where,
        `era ${quoteValue(headline || text || slide.start.year.value)} not carried over: the format has no eras`,
      );
      continue;
    }
    if (headline === '' && text === '') {
      collector.notCarriedOver(
        slide.where,
        'slide not carried over: it has neither a headline nor a text, and an event needs words that a source can back',
      );
      continue;
    }
    if (type !== '' && type !== PLANNED_TYPE) {
      collector.notCarriedOver(
        slide.where,
        `Type ${quoteValue(slide.type.value)} not carried over: only "title", "era" and "planned" mean something here`,
      );
    }

    const date = readInterval(slide, collector);
    if (date === undefined) continue;

    const title = headline !== '' ? headline : titleFromText(text);
    if (headline === '') collector.info(slide.where, `no headline: the title is taken from the start of the text (${quoteValue(title)})`);
    const summary = text !== '' ? text : headline;
    const group = slide.group.value;
    const planned = type === PLANNED_TYPE || group.toLowerCase() === PLANNED_TYPE;
    const event: TimelineEvent = {
      id: uniqueSlug(title, `event-${imported.length + 1}`, takenIds),
      title,
      date: date.edtf,
      dateBasis: 'stated',
      dateNote: `Taken from the TimelineJS ${date.used.length === 1 ? fieldWord.slice(0, -1) : fieldWord} ${date.used.join(', ')} (${slide.where} of ${options.fileName}).`,
      status: planned ? 'planned' : 'occurred',
      countries: [],
      actors: [],
      summary,
      // The text stands verbatim in the generated source, so the quote passes the verbatim rule.
      quotes: [{ source: sourceId, text: summary }],
      related: [],
      ...(group !== '' ? { tags: [group] } : {}),
    };
    imported.push({ event, where: slide.where, headline, text });
  }

  if (collector.hasErrors) return { ok: false, notes: collector.notes };
  if (imported.length === 0) {
    collector.error('', 'nothing to import: no slide has both a date and a headline or text');
    return { ok: false, notes: collector.notes };
  }

  const title = options.title ?? (titleSlide?.headline || titleFromFileName(options.fileName));
  const description = titleSlide?.text ?? '';
  const source: Source = {
    id: sourceId,
    title: options.sourceTitle ?? title,
    file: sourceFile,
  };
  const dataset: Dataset = {
    schemaVersion: 1,
    title,
    ...(description !== '' ? { description } : {}),
    sources: [source],
    actors: [],
    events: imported.map((entry) => entry.event),
  };
  return {
    ok: true,
    dataset,
    sourceTexts: [{ file: sourceFile, text: buildSourceText(options.fileName, title, description, imported) }],
    eventLocations: imported.map((entry) => entry.where),
    notes: collector.notes,
  };
}

function reduceHtml(slide: SlideInput, field: Field, collector: NoteCollector): string {
  if (field.value === '') return '';
  const reduced = htmlToPlainText(field.value);
  const label = `${slide.fieldPrefix}${field.name}`;
  for (const link of reduced.links) {
    collector.notCarriedOver(
      slide.where,
      `link ${quoteValue(link)} in ${label} not carried over: the text is plain text; its words are kept`,
    );
  }
  for (const image of reduced.images) {
    collector.notCarriedOver(slide.where, `image ${quoteValue(image)} in ${label} not carried over: ${WHY_MEDIA}`);
  }
  for (const element of new Set(reduced.removedElements)) {
    collector.notCarriedOver(slide.where, `<${element}> in ${label} removed with its content: it is code, not text`);
  }
  return reduced.text;
}

function reportUnusedDate(slide: SlideInput, collector: NoteCollector, why: string): void {
  for (const field of [slide.start.year, slide.start.month, slide.start.day, slide.end.year, slide.end.month, slide.end.day]) {
    if (field.value !== '') collector.notCarriedOver(slide.where, `${field.name} ${quoteValue(field.value)} not carried over: ${why}`);
  }
}

function readInterval(slide: SlideInput, collector: NoteCollector): ReadDate | undefined {
  if (slide.start.year.value === '') {
    collector.error(
      `${slide.where}, ${slide.fieldPrefix}${slide.start.year.name}`,
      'empty: every event needs a year (only the title and era slides may go without)',
    );
    return undefined;
  }
  const start = readPoint(slide, slide.start, collector);
  const hasEnd = [slide.end.year, slide.end.month, slide.end.day, slide.end.time].some((field) => field.value !== '');
  if (!hasEnd || start === undefined) return start;
  if (slide.end.year.value === '') {
    collector.error(
      `${slide.where}, ${slide.fieldPrefix}${slide.end.year.name}`,
      'empty, but other end-date fields are filled: an end date needs its year',
    );
    return undefined;
  }
  const end = readPoint(slide, slide.end, collector);
  if (end === undefined) return undefined;
  if (end.lastDay < start.firstDay) {
    collector.error(slide.where, `the end date ${end.edtf} is before the start date ${start.edtf}`);
    return undefined;
  }
  return { edtf: `${start.edtf}/${end.edtf}`, firstDay: start.firstDay, lastDay: end.lastDay, used: [...start.used, ...end.used] };
}

/** Precision follows the filled fields: year; year and month; or year, month and day. */
function readPoint(slide: SlideInput, date: DateFields, collector: NoteCollector): ReadDate | undefined {
  const whereField = (field: Field) => `${slide.where}, ${slide.fieldPrefix}${field.name}`;
  const whole = (field: Field, what: string, min: number, max: number): number | undefined | null => {
    if (field.value === '') return undefined;
    // Spreadsheets sometimes turn 2016 into "2016.0"; the value is still whole.
    const match = /^(-?\d+)(?:\.0+)?$/.exec(field.value);
    const number = match?.[1] === undefined ? Number.NaN : Number.parseInt(match[1], 10);
    if (!(number >= min && number <= max)) {
      collector.error(whereField(field), `${quoteValue(field.value)} is not ${what} (a whole number from ${min} to ${max})`);
      return null;
    }
    return number;
  };
  // TimelineJS years are JavaScript years, astronomical like EDTF's: -43 is 44 BC.
  const year = whole(date.year, 'a year', -9999, 9999);
  const month = whole(date.month, 'a month', 1, 12);
  const day = whole(date.day, 'a day of the month', 1, 31);
  if (year === null || month === null || day === null || year === undefined) return undefined;

  if (date.time.value !== '') {
    collector.notCarriedOver(slide.where, `${date.time.name} ${quoteValue(date.time.value)} not carried over: ${WHY_TIME}`);
  }
  const used = [date.year.name];
  const yearText = `${year < 0 ? '-' : ''}${String(Math.abs(year)).padStart(4, '0')}`;
  if (month === undefined) {
    if (day !== undefined) {
      collector.notCarriedOver(slide.where, `${date.day.name} ${quoteValue(date.day.value)} not carried over: a day needs a month`);
    }
    return { edtf: yearText, firstDay: year * 10000 + 101, lastDay: year * 10000 + 1231, used };
  }
  used.push(date.month.name);
  const monthText = `${yearText}-${String(month).padStart(2, '0')}`;
  const monthLength = daysInMonth(year, month);
  if (day === undefined) {
    return { edtf: monthText, firstDay: year * 10000 + month * 100 + 1, lastDay: year * 10000 + month * 100 + monthLength, used };
  }
  if (day > monthLength) {
    collector.error(whereField(date.day), `${monthText} has only ${monthLength} days, not ${day}`);
    return undefined;
  }
  used.push(date.day.name);
  const dayNumber = year * 10000 + month * 100 + day;
  return { edtf: `${monthText}-${String(day).padStart(2, '0')}`, firstDay: dayNumber, lastDay: dayNumber, used };
}

/** A title for a slide without headline: its first line, cut at a word near 80 characters. */
function titleFromText(text: string): string {
  const firstLine = text.split('\n')[0] ?? text;
  if (firstLine.length <= 80) return firstLine;
  const cut = firstLine.slice(0, 80);
  const lastSpace = cut.lastIndexOf(' ');
  return `${lastSpace > 40 ? cut.slice(0, lastSpace) : cut}…`;
}

function stripExtension(fileName: string): string {
  return fileName.replace(/\.[^./\\]*$/, '');
}

/** "nixon-in-china.csv" → "Nixon in china": a readable default until the user gives a title. */
function titleFromFileName(fileName: string): string {
  const words = stripExtension(fileName).replace(/[-_]+/g, ' ').trim();
  return words === '' ? 'Imported timeline' : words.charAt(0).toUpperCase() + words.slice(1);
}

/**
 * The imported text as a readable plain-text document. Every quote is a headline or text
 * that stands in it unchanged, which is what the verbatim rule checks.
 */
function buildSourceText(fileName: string, title: string, description: string, events: ImportedEvent[]): string {
  const lines = [
    `The TimelineJS file ${fileName}, converted to plain text by npm run import.`,
    'Each entry below is one slide: its date, headline and text, with HTML reduced to plain text.',
    '',
    title,
  ];
  if (description !== '') lines.push('', description);
  for (const { event, headline, text } of events) {
    lines.push('', '---', '', event.date);
    if (headline !== '') lines.push(headline);
    if (text !== '') lines.push('', text);
  }
  return `${lines.join('\n')}\n`;
}
