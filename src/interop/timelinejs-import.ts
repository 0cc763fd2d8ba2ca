/**
 * TimelineJS (JSON file or spreadsheet CSV) → a dataset of this project's format.
 *
 * TimelineJS has no sources, quotes, countries or actors, which our format requires, so the
 * import supplies them honestly: one source per imported file whose text is the imported
 * text itself (as plain text), and the quotes of each event taken verbatim from that text:
 * the slide's <blockquote>s, with their speakers as actors, or else the slide's text.
 * Media come along when the format can carry them safely (an http(s) address or a file next
 * to the dataset, never embed code). Whatever has no place in our format is reported as a
 * note, never silently dropped; the notes carry a group and an example so that a report can
 * list each kind once (notes.ts, formatReport).
 */
import * as v from 'valibot';
import { daysInMonth } from '../model/edtf.ts';
import { MediaUrlSchema, TEXT_LIMITS, type Actor, type Dataset, type Media, type Source, type TimelineEvent } from '../model/schema.ts';
import { decodeEntities, htmlToPlainText } from './html-to-text.ts';
import { NoteCollector, quoteValue, type ImportCount, type InteropNote } from './notes.ts';
import { readSheet, rowLocation, type SheetRow, type SheetSpec } from './sheet.ts';
import { slugify, uniqueSlug } from './slug.ts';
import {
  ERA_TYPE,
  isTemplatePlaceholder,
  mediaKindOf,
  PLANNED_TYPE,
  TIMELINEJS_COLUMNS,
  TIMELINEJS_OPTIONAL_COLUMNS,
  TITLE_TYPE,
} from './timelinejs.ts';

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
      /** How many slides were read and became events, for the report's first and last lines. */
      count: ImportCount;
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
  media: MediaFields;
  /** Filled values that have no place in our format, each with the reason. */
  leftovers: { field: Field; why: string }[];
}

interface MediaFields {
  url: Field;
  caption: Field;
  credit: Field;
  thumbnail: Field;
  alt: Field;
  title: Field;
  /** Where TimelineJS links the media to; used as its address only when there is no url. */
  link: Field;
}

const WHY_TIME = "the format's dates stop at the day";
const WHY_DISPLAY_DATE = 'dates are shown from the date itself';
const WHY_BACKGROUND = 'the format has no slide backgrounds';
const WHY_UNDOCUMENTED = 'it is not part of the documented TimelineJS format';

/**
 * The kinds of note, as the grouped report heads them: what happened, why, and the likely fix.
 * Each note of a kind also says all of this for its own place.
 */
export const NOTE_GROUPS = {
  time: "Time of day dropped (the format's dates stop at the day; if the hour matters, say it in the text)",
  displayDate: 'Display dates dropped (readers see each date worded from the date itself; say more in the text if needed)',
  background: 'Slide backgrounds dropped (the format has none)',
  undocumented: 'Fields that TimelineJS does not document, dropped (check their spelling against the TimelineJS docs)',
  display: 'TimelineJS display settings dropped (the reader decides how to show each event)',
  link: 'Links in the text dropped (the text is plain; its words are kept; an address that matters belongs in Media)',
  textImage: 'Images inside the text dropped (an event shows one media: put the image address in Media)',
  code: 'Code removed from the text with its content (scripts, styles and embeds are never shown to readers)',
  template: "TimelineJS template notes dropped (instructions the template ships, not the story's text; delete them from the sheet)",
  altStandIn: 'Images without alt text: the caption or headline stands in (write what each image shows in Alt Text or media.alt)',
  unsafeMedia: 'Media left out: the format cannot carry them safely (give the http(s) address of the image, video or page)',
  embed: 'Embed code replaced by the address it shows (check that the link works on its own)',
  protocol: 'Addresses starting with // completed with https: (check that they open)',
  mediaLink: 'Media links dropped (the media links to its own address; put the other address in the text or a source)',
  thumbnail: 'Thumbnails dropped (an image is shown as itself; give a thumbnail to a video, audio or page only)',
  tooLong: 'Media texts cut to the length the format allows (shorten them in the sheet)',
  speaker: 'Speakers of quotes added as actors of kind person (change the kind of a government, organisation or outlet in the actors list)',
  titleMedia: 'Title slide media dropped (a dataset has no cover media; give it to an event if it matters)',
  noHeadline: 'Slides without headline: the title is the start of the text (write a headline)',
  noDate: 'Slides with no date skipped (give each a Year to import it)',
  era: 'Eras skipped (the format has no eras; the events inside them are imported)',
  empty: 'Slides with neither headline nor text skipped (an event needs words that a source can back)',
  secondTitle: 'Extra title slides skipped (a dataset has one title: make it an event with a date, or delete it)',
} as const;

// ---------------------------------------------------------------------------------------------
// Spreadsheet CSV

const TIMELINEJS_SHEET: SheetSpec = {
  label: '',
  columns: [...TIMELINEJS_COLUMNS, ...TIMELINEJS_OPTIONAL_COLUMNS],
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
  return slidesToDataset(slides, options, 'columns', collector, ['row', 'rows']);
}

function slideFromRow(row: SheetRow): SlideInput {
  const field = (name: string): Field => ({ name, value: row.cells.get(name) ?? '' });
  const leftovers: SlideInput['leftovers'] = [];
  const keepAside = (name: string, why: string) => {
    const value = row.cells.get(name) ?? '';
    if (value !== '') leftovers.push({ field: { name, value }, why });
  };
  keepAside('Display Date', WHY_DISPLAY_DATE);
  keepAside('Background', WHY_BACKGROUND);
  const altColumn = TIMELINEJS_OPTIONAL_COLUMNS.find((name) => (row.cells.get(name) ?? '') !== '') ?? 'Alt Text';
  return {
    where: rowLocation(TIMELINEJS_SHEET, row.rowNumber),
    fieldPrefix: 'column ',
    start: { year: field('Year'), month: field('Month'), day: field('Day'), time: field('Time') },
    end: { year: field('End Year'), month: field('End Month'), day: field('End Day'), time: field('End Time') },
    headline: field('Headline'),
    text: field('Text'),
    group: field('Group'),
    type: field('Type'),
    media: {
      url: field('Media'),
      caption: field('Media Caption'),
      credit: field('Media Credit'),
      thumbnail: field('Media Thumbnail'),
      alt: field(altColumn),
      title: { name: 'Media Title', value: '' },
      link: { name: 'Media Link', value: '' },
    },
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
const KNOWN_MEDIA_KEYS = new Set(['url', 'caption', 'credit', 'thumbnail', 'alt', 'title', 'link', 'link_target']);
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
  return slidesToDataset(slides, options, 'fields', collector, ['slide', 'slides']);
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
        why: WHY_UNDOCUMENTED,
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

  for (const key of Object.keys(media)) {
    if (!KNOWN_MEDIA_KEYS.has(key)) {
      leftovers.push({ field: { name: `media.${key}`, value: describeJsonValue(media[key]) }, why: WHY_UNDOCUMENTED });
    }
  }
  const linkTarget = scalar(media, 'link_target', 'media.link_target');
  if (linkTarget.value !== '') leftovers.push({ field: linkTarget, why: 'it is a display setting of TimelineJS' });
  const mediaField = (key: keyof MediaFields) => scalar(media, key, `media.${key}`);
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
    media: {
      url: mediaField('url'),
      caption: mediaField('caption'),
      credit: mediaField('credit'),
      thumbnail: mediaField('thumbnail'),
      alt: mediaField('alt'),
      title: mediaField('title'),
      link: mediaField('link'),
    },
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
        why: WHY_UNDOCUMENTED,
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

/** A quote found in a <blockquote>: its words, and who said them as the slide attributes them. */
interface FoundQuote {
  text: string;
  /** The attribution as written ("Edith Clarke, first female professor…"), shown under the quote in the source text. */
  attribution: string;
  speaker?: { name: string; role?: string };
}

interface ImportedEvent {
  event: TimelineEvent;
  where: string;
  /** Plain-text headline, text and quotes as they stand in the generated source text. */
  headline: string;
  text: string;
  quotes: FoundQuote[];
}

/** The groups of the notes that stand for a leftover, by the reason it was left. */
const LEFTOVER_GROUPS: Record<string, string> = {
  [WHY_DISPLAY_DATE]: NOTE_GROUPS.displayDate,
  [WHY_BACKGROUND]: NOTE_GROUPS.background,
  [WHY_UNDOCUMENTED]: NOTE_GROUPS.undocumented,
  'it is a display setting of TimelineJS': NOTE_GROUPS.display,
};

/** Speakers met so far, by name: the same name is the same actor. */
class Speakers {
  readonly actors: Actor[] = [];
  private readonly byName = new Map<string, string>();
  private readonly taken = new Set<string>();

  idOf(speaker: NonNullable<FoundQuote['speaker']>, where: string, collector: NoteCollector): string {
    const key = speaker.name.toLowerCase().replace(/\s+/g, ' ');
    const known = this.byName.get(key);
    if (known !== undefined) return known;
    const id = uniqueSlug(speaker.name, `speaker-${this.actors.length + 1}`, this.taken);
    this.byName.set(key, id);
    this.actors.push({ id, name: speaker.name, kind: 'person', ...(speaker.role !== undefined ? { role: speaker.role } : {}) });
    collector.info(
      where,
      `${quoteValue(speaker.name)} is quoted: added as the actor "${id}", of kind person (change the kind if a government, organisation or outlet speaks)`,
      { group: NOTE_GROUPS.speaker, example: `${quoteValue(speaker.name)} → "${id}"` },
    );
    return id;
  }
}

function slidesToDataset(
  slides: SlideInput[],
  options: TimelineJsImportOptions,
  fieldWord: 'columns' | 'fields',
  collector: NoteCollector,
  unit: ImportCount['unit'],
): TimelineJsImportResult {
  const sourceId = slugify(stripExtension(options.fileName)) || 'timelinejs-import';
  const sourceFile = `sources/${sourceId}.txt`;
  const takenIds = new Set<string>();
  const imported: ImportedEvent[] = [];
  const speakers = new Speakers();
  let titleSlide: { headline: string; text: string } | undefined;

  for (const slide of slides) {
    const type = slide.type.value.toLowerCase();
    for (const { field, why } of slide.leftovers) {
      if (isTemplatePlaceholder(field.value, field.name)) {
        templateNote(slide, `${slide.fieldPrefix}${field.name}`, field.value, collector);
        continue;
      }
      collector.notCarriedOver(slide.where, `${field.name} ${quoteValue(field.value)} not carried over: ${why}`, {
        ...(LEFTOVER_GROUPS[why] !== undefined ? { group: LEFTOVER_GROUPS[why] } : {}),
        example: `${field.name} ${quoteValue(field.value, 30)}`,
      });
    }

    if (type === TITLE_TYPE) {
      const headline = readText(slide, slide.headline, collector);
      const text = readText(slide, slide.text, collector);
      if (titleSlide === undefined) {
        titleSlide = { headline, text };
        reportUnusedDate(slide, collector, 'the title slide gives the dataset its title and description only');
        const url = slide.media.url.value;
        if (url !== '' && !isTemplatePlaceholder(url, slide.media.url.name)) {
          collector.notCarriedOver(
            slide.where,
            `${slide.fieldPrefix}${slide.media.url.name} ${quoteValue(url)} not carried over: a dataset has no cover media; give it to an event if it matters`,
            { group: NOTE_GROUPS.titleMedia, example: quoteValue(url, 40) },
          );
        }
      } else {
        collector.notCarriedOver(
          slide.where,
          `a second title slide ${quoteValue(headline || text)} not carried over: a dataset has one title; give it a date and another Type to make it an event, or delete it`,
          { group: NOTE_GROUPS.secondTitle, example: quoteValue(headline || text, 40), skipped: 'extra title' },
        );
      }
      continue;
    }
    if (type === ERA_TYPE) {
      const name = readText(slide, slide.headline, collector, false) || readText(slide, slide.text, collector, false);
      collector.notCarriedOver(
        slide.where,
        `era ${quoteValue(name || slide.start.year.value)} not carried over: the format has no eras; the events inside it are imported`,
        { group: NOTE_GROUPS.era, example: quoteValue(name || slide.start.year.value, 40), skipped: 'era' },
      );
      continue;
    }

    // Read quietly first: a skipped slide's links and code need no notes of their own.
    const preview = readSlideWords(slide, new NoteCollector());
    if (preview.headline === '' && preview.text === '' && preview.quotes.length === 0) {
      collector.notCarriedOver(
        slide.where,
        'slide not carried over: it has neither a headline nor a text, and an event needs words that a source can back; write a headline or delete the slide',
        { group: NOTE_GROUPS.empty, skipped: 'with no headline or text' },
      );
      continue;
    }
    if (slide.start.year.value === '') {
      const name = preview.headline || preview.text || preview.quotes[0]?.text || '';
      collector.notCarriedOver(
        slide.where,
        `slide ${quoteValue(name)} not carried over: it has no date (${slide.fieldPrefix}${slide.start.year.name} is empty); give it a year to import it`,
        { group: NOTE_GROUPS.noDate, example: quoteValue(name, 40), skipped: 'with no date' },
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
    const { headline, text, quotes } = readSlideWords(slide, collector);

    const firstQuote = quotes[0]?.text ?? '';
    const title = headline !== '' ? headline : titleFromText(text || firstQuote);
    if (headline === '') {
      collector.info(slide.where, `no headline: the title is taken from the start of the text (${quoteValue(title)}); write a headline`, {
        group: NOTE_GROUPS.noHeadline,
        example: quoteValue(title, 40),
      });
    }
    const summary = text !== '' ? text : headline !== '' ? headline : firstQuote;
    const group = slide.group.value;
    const planned = type === PLANNED_TYPE || group.toLowerCase() === PLANNED_TYPE;
    const media = readMedia(slide, headline, collector);
    const actors: string[] = [];
    const eventQuotes: TimelineEvent['quotes'] = [];
    for (const quote of quotes) {
      // A quote repeated (in the text and again as the media) is one quote.
      if (eventQuotes.some((known) => known.text === quote.text)) continue;
      const speaker = quote.speaker === undefined ? undefined : speakers.idOf(quote.speaker, slide.where, collector);
      if (speaker !== undefined && !actors.includes(speaker)) actors.push(speaker);
      eventQuotes.push({ source: sourceId, text: quote.text, ...(speaker !== undefined ? { speaker } : {}) });
    }
    // Without a <blockquote>, the slide's own words stand verbatim in the generated source: they are the quote.
    if (eventQuotes.length === 0) eventQuotes.push({ source: sourceId, text: summary });
    const event: TimelineEvent = {
      id: uniqueSlug(title, `event-${imported.length + 1}`, takenIds),
      title,
      date: date.edtf,
      dateBasis: 'stated',
      dateNote: `Taken from the TimelineJS ${date.used.length === 1 ? fieldWord.slice(0, -1) : fieldWord} ${date.used.join(', ')} (${slide.where} of ${options.fileName}).`,
      status: planned ? 'planned' : 'occurred',
      countries: [],
      actors,
      summary,
      quotes: eventQuotes,
      related: [],
      ...(group !== '' ? { tags: [group] } : {}),
      ...(media !== undefined ? { media } : {}),
    };
    const uniqueQuotes = quotes.filter((quote, index) => quotes.findIndex((other) => other.text === quote.text) === index);
    imported.push({ event, where: slide.where, headline, text, quotes: uniqueQuotes });
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
    actors: speakers.actors,
    events: imported.map((entry) => entry.event),
  };
  return {
    ok: true,
    dataset,
    sourceTexts: [{ file: sourceFile, text: buildSourceText(options.fileName, title, description, imported) }],
    eventLocations: imported.map((entry) => entry.where),
    notes: collector.notes,
    count: { unit, read: slides.length, events: imported.length, title: titleSlide !== undefined },
  };
}

// ---------------------------------------------------------------------------------------------
// Text: template notes dropped, quotes found

/** Knight Lab's template marks its instructions so: <span class="tl-note">Embed sound clips from Soundcloud.</span> */
const TL_NOTE = /<span\b[^>]*\bclass\s*=\s*["']?[^"'>]*\btl-note\b[^>]*>([\s\S]*?)<\/span\s*>/gi;
const BLOCKQUOTE = /<blockquote\b[^>]*>([\s\S]*?)(?:<\/blockquote\s*>|$)/gi;

function templateNote(slide: SlideInput, label: string, text: string, collector: NoteCollector): void {
  collector.notCarriedOver(
    slide.where,
    `${quoteValue(text)} in ${label} dropped: it is a note of the TimelineJS template, not the story's text; delete it from the sheet`,
    { group: NOTE_GROUPS.template, example: quoteValue(text, 40) },
  );
}

/** Drops the template's marked notes from HTML, saying so. */
function stripTemplateNotes(slide: SlideInput, field: Field, html: string, collector: NoteCollector): string {
  return html.replace(TL_NOTE, (_whole, inner: string) => {
    const words = htmlToPlainText(inner).text;
    if (words !== '') templateNote(slide, `${slide.fieldPrefix}${field.name}`, words, collector);
    return ' ';
  });
}

/** Plain text of HTML, without the template's notes and placeholder paragraphs. */
function readText(slide: SlideInput, field: Field, collector: NoteCollector, report = true): string {
  const quiet = new NoteCollector();
  const target = report ? collector : quiet;
  return cleanText(slide, field, stripTemplateNotes(slide, field, field.value, target), target);
}

function cleanText(slide: SlideInput, field: Field, html: string, collector: NoteCollector): string {
  const reduced = reduceHtml(slide, { ...field, value: html }, collector);
  const kept = reduced.split('\n\n').filter((paragraph) => {
    if (!isTemplatePlaceholder(paragraph, field.name)) return true;
    templateNote(slide, `${slide.fieldPrefix}${field.name}`, paragraph, collector);
    return false;
  });
  return kept.join('\n\n').trim();
}

/** The slide's headline, its text outside any <blockquote>, and the quotes of its text and media. */
function readSlideWords(slide: SlideInput, collector: NoteCollector): { headline: string; text: string; quotes: FoundQuote[] } {
  const headline = readText(slide, slide.headline, collector);
  const quotes: FoundQuote[] = [];
  const outside = stripTemplateNotes(slide, slide.text, slide.text.value, collector).replace(BLOCKQUOTE, (_whole, inner: string) => {
    const quote = readQuote(slide, slide.text, inner, collector);
    if (quote !== undefined) quotes.push(quote);
    return '<p>';
  });
  const text = cleanText(slide, slide.text, outside, collector);
  if (/<blockquote\b/i.test(slide.media.url.value)) {
    const media = slide.media.url;
    const rest = stripTemplateNotes(slide, media, media.value, collector).replace(BLOCKQUOTE, (_whole, inner: string) => {
      const quote = readQuote(slide, media, inner, collector);
      if (quote !== undefined) quotes.push(quote);
      return ' ';
    });
    const left = htmlToPlainText(rest);
    if (left.text !== '') {
      collector.notCarriedOver(
        slide.where,
        `${quoteValue(left.text)} after the quote in ${slide.fieldPrefix}${media.name} not carried over: only the <blockquote> is read as a quote; move the words into the text`,
      );
    }
  }
  return { headline, text, quotes };
}

/** A <blockquote>'s words, and its speaker from <cite> or a closing "— Name". */
function readQuote(slide: SlideInput, field: Field, inner: string, collector: NoteCollector): FoundQuote | undefined {
  const cite = /<cite\b[^>]*>([\s\S]*?)(?:<\/cite\s*>|$)/i.exec(inner);
  let attribution = cite === null ? '' : htmlToPlainText(cite[1] ?? '').text;
  const body = cite === null ? inner : inner.replace(cite[0], ' ');
  let text = reduceHtml(slide, { ...field, value: body }, collector);
  if (attribution === '') {
    const closing = trailingAttribution(text);
    if (closing !== undefined) ({ text, attribution } = closing);
  }
  attribution = attribution.replace(/^[\s—―–-]+/, '').trim();
  if (text === '') {
    collector.notCarriedOver(
      slide.where,
      `an empty <blockquote> in ${slide.fieldPrefix}${field.name} not carried over: it has no words to quote`,
    );
    return undefined;
  }
  const speaker = speakerOf(attribution);
  return { text, attribution, ...(speaker !== undefined ? { speaker } : {}) };
}

/** "…work. — Edith Clarke" or "…work.\n&mdash; Edith Clarke": the words, and whom they are attributed to. */
function trailingAttribution(text: string): { text: string; attribution: string } | undefined {
  const match = /(^|\n|[.!?…"”’»)]\s*)(?:—|―|–|--)\s*([^\n—―–]{2,200})$/.exec(text);
  if (match === null) return undefined;
  const quoted = text.slice(0, match.index + (match[1] ?? '').length).trim();
  if (quoted === '') return undefined;
  return { text: quoted, attribution: (match[2] ?? '').trim() };
}

const NAME_SUFFIX = /^(?:jr|sr|ii|iii|iv|phd|md)\b\.?/i;

/**
 * "Edith Clarke, first female professor of electrical engineering" → name and role;
 * "Jane Doe (@janedoe) June 1, 2020" (a tweet's signature) → the name only.
 */
function speakerOf(attribution: string): FoundQuote['speaker'] {
  const signature = attribution.replace(/\s*\(@\w+\)[\s\S]*$/, '').trim();
  let cut = -1;
  for (let comma = signature.indexOf(','); comma !== -1; comma = signature.indexOf(',', comma + 1)) {
    if (!NAME_SUFFIX.test(signature.slice(comma + 1).trim())) {
      cut = comma;
      break;
    }
  }
  const name = (cut === -1 ? signature : signature.slice(0, cut)).trim();
  const role = cut === -1 ? '' : signature.slice(cut + 1).trim();
  if (name === '' || name.length > 100 || slugify(name) === '') return undefined;
  return { name, ...(role !== '' ? { role: fit(role, TEXT_LIMITS.role) } : {}) };
}

// ---------------------------------------------------------------------------------------------
// Media

type Resolved = { ok: true; url: string; from?: 'iframe' | 'protocol' } | { ok: false; why: string; what: string };

const FILE_PATH = /^(?:\.{1,2}\/)*(?:[\w.~%+-]+\/)*[\w.~%+-]*\w\.[A-Za-z0-9]{2,5}(?:[?#]\S*)?$/;

/**
 * An address the format may carry: http(s), or a file next to the dataset. Embed code is
 * never carried, but an <iframe>'s address is; a data: or javascript: address never is.
 */
function resolveAddress(raw: string): Resolved {
  let value = raw.trim();
  let from: 'iframe' | 'protocol' | undefined;
  if (/<iframe\b/i.test(value)) {
    const src = /<iframe\b[^>]*?\ssrc\s*=\s*(?:"([^"]*)"|'([^']*)'|([^\s>]+))/i.exec(value);
    value = decodeEntities(src?.[1] ?? src?.[2] ?? src?.[3] ?? '').trim();
    if (value === '') return { ok: false, what: 'embed code', why: 'it is an <iframe> embed with no address (src) to link to' };
    from = 'iframe';
  } else if (/<[A-Za-z!/]/.test(value)) {
    return { ok: false, what: 'embed code', why: 'it is HTML code (an embed snippet), which the format never shows' };
  }
  // Browsers ignore control characters and spaces inside a scheme: "java\tscript:" still runs.
  // eslint-disable-next-line no-control-regex
  const compact = value.replace(/[\s\u0000-\u001f]+/g, '').toLowerCase();
  if (compact.startsWith('data:'))
    return {
      ok: false,
      what: 'a data: address',
      why: 'it is a data: address (the file itself pasted as text): put the file online and give its address',
    };
  if (compact.startsWith('javascript:') || compact.startsWith('vbscript:')) {
    return {
      ok: false,
      what: `a ${compact.split(':')[0] ?? ''}: address`,
      why: `it is a ${compact.split(':')[0] ?? ''}: address, which would run code in the reader's browser`,
    };
  }
  if (value.startsWith('//')) {
    value = `https:${value}`;
    from ??= 'protocol';
  }
  const scheme = /^([A-Za-z][A-Za-z0-9+.-]*):/.exec(value)?.[1];
  if (scheme !== undefined && !/^https?$/i.test(scheme)) {
    return {
      ok: false,
      what: `a ${scheme}: address`,
      why: `it is a ${scheme}: address; only http(s) addresses and files next to the dataset can be shown`,
    };
  }
  if (scheme === undefined && !FILE_PATH.test(value)) {
    return {
      ok: false,
      what: 'not an address',
      why: 'it is neither a web address nor the name of a file next to the dataset ("media/photo.jpg")',
    };
  }
  if (/\s/.test(value)) {
    return { ok: false, what: 'spaces in the address', why: "the address has spaces in it: copy it again from the browser's address bar" };
  }
  if (!v.is(MediaUrlSchema, value)) return { ok: false, what: 'not an address', why: 'it is not an address the format accepts' };
  return { ok: true, url: value, ...(from !== undefined ? { from } : {}) };
}

function fit(text: string, limit: number): string {
  return text.length <= limit ? text : `${text.slice(0, limit - 1).trimEnd()}…`;
}

/** The slide's media as the format holds it, or undefined with a note saying why. */
function readMedia(slide: SlideInput, headline: string, collector: NoteCollector): Media | undefined {
  const fields = slide.media;
  const label = (field: Field) => `${slide.fieldPrefix}${field.name}`;
  const refuse = (field: Field, value: string, { why, what }: { why: string; what: string }) =>
    collector.notCarriedOver(
      slide.where,
      `${label(field)} ${quoteValue(value)} not carried over: ${why}; give the http(s) address of the image, video or page`,
      {
        group: NOTE_GROUPS.unsafeMedia,
        example: `${quoteValue(value, 30)} (${what})`,
      },
    );
  const plain = (field: Field) => (field.value === '' ? '' : readText(slide, field, collector));

  let urlField = fields.url;
  let raw = urlField.value;
  if (raw !== '' && isTemplatePlaceholder(raw, urlField.name)) {
    templateNote(slide, label(urlField), raw, collector);
    raw = '';
  }
  // A <blockquote> as media is a quote (readSlideWords took it), not media.
  if (/<blockquote\b/i.test(raw)) raw = '';
  const link = fields.link.value;
  if (raw === '' && link !== '') {
    urlField = fields.link;
    raw = link;
  } else if (link !== '') {
    collector.notCarriedOver(
      slide.where,
      `${label(fields.link)} ${quoteValue(link)} not carried over: the media links to its own address; put this one in the text if it matters`,
      { group: NOTE_GROUPS.mediaLink, example: quoteValue(link, 40) },
    );
  }
  if (raw === '') {
    const orphans = [fields.caption, fields.credit, fields.thumbnail, fields.alt, fields.title].filter(
      (field) => field.value !== '' && !isTemplatePlaceholder(field.value, field.name),
    );
    for (const field of orphans) {
      collector.notCarriedOver(
        slide.where,
        `${label(field)} ${quoteValue(field.value)} not carried over: there is no media for it to describe; give the media's address in ${label(fields.url)}`,
      );
    }
    return undefined;
  }
  const resolved = resolveAddress(raw);
  if (!resolved.ok) {
    refuse(urlField, raw, resolved);
    return undefined;
  }
  if (resolved.from === 'iframe') {
    collector.info(
      slide.where,
      `${label(urlField)}: the embed code is replaced by the address it shows, ${quoteValue(resolved.url)}; check that the link works on its own`,
      {
        group: NOTE_GROUPS.embed,
        example: quoteValue(resolved.url, 40),
      },
    );
  } else if (resolved.from === 'protocol') {
    collector.info(
      slide.where,
      `${label(urlField)}: the address starting with // is completed as ${quoteValue(resolved.url)}; check that it opens`,
      {
        group: NOTE_GROUPS.protocol,
        example: quoteValue(resolved.url, 40),
      },
    );
  }
  const kind = mediaKindOf(resolved.url);
  const url = resolved.url;

  const cut = (field: Field, text: string, limit: number) => {
    if (text.length <= limit) return text;
    collector.info(slide.where, `${label(field)} is ${text.length} characters long: cut to the ${limit} the format allows; shorten it`, {
      group: NOTE_GROUPS.tooLong,
      example: `${label(field)} (${text.length})`,
    });
    return fit(text, limit);
  };
  const caption = cut(fields.caption, plain(fields.caption), TEXT_LIMITS.note);
  const credit = cut(fields.credit, plain(fields.credit), TEXT_LIMITS.name);
  const title = cut(fields.title, plain(fields.title), TEXT_LIMITS.title);
  let alt = cut(fields.alt, plain(fields.alt), TEXT_LIMITS.note);

  let thumbnail: string | undefined;
  const thumbnailRaw = fields.thumbnail.value;
  if (thumbnailRaw !== '' && !isTemplatePlaceholder(thumbnailRaw, fields.thumbnail.name)) {
    if (kind === 'image') {
      collector.notCarriedOver(
        slide.where,
        `${label(fields.thumbnail)} ${quoteValue(thumbnailRaw)} not carried over: an image is shown as itself; a thumbnail goes with a video, audio or page`,
        { group: NOTE_GROUPS.thumbnail, example: quoteValue(thumbnailRaw, 40) },
      );
    } else {
      const resolvedThumbnail = resolveAddress(thumbnailRaw);
      if (resolvedThumbnail.ok) thumbnail = resolvedThumbnail.url;
      else refuse(fields.thumbnail, thumbnailRaw, resolvedThumbnail);
    }
  } else if (thumbnailRaw !== '') {
    templateNote(slide, label(fields.thumbnail), thumbnailRaw, collector);
  }

  if (kind === 'image' && alt === '') {
    const standIn = caption !== '' ? 'caption' : 'headline';
    alt = fit(caption !== '' ? caption : headline || title || 'Image', TEXT_LIMITS.note);
    collector.info(
      slide.where,
      `the image has no alt text: its ${standIn} stands in (${quoteValue(alt)}); write what the image shows in ${slide.fieldPrefix === '' ? 'media.alt' : 'the Alt Text column'}`,
      { group: NOTE_GROUPS.altStandIn, example: `${standIn} ${quoteValue(alt, 30)}` },
    );
  }
  return {
    kind,
    url,
    ...(alt !== '' && kind === 'image' ? { alt } : {}),
    ...(title !== '' ? { title } : {}),
    ...(caption !== '' ? { caption } : {}),
    ...(thumbnail !== undefined ? { thumbnail } : {}),
    ...(credit !== '' ? { credit } : {}),
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
      { group: NOTE_GROUPS.link, example: quoteValue(link, 40) },
    );
  }
  for (const image of reduced.images) {
    collector.notCarriedOver(
      slide.where,
      `image ${quoteValue(image)} in ${label} not carried over: an event shows one media; put its address in ${slide.fieldPrefix === '' ? 'media.url' : 'the Media column'}`,
      { group: NOTE_GROUPS.textImage, example: quoteValue(image, 40) },
    );
  }
  for (const element of new Set(reduced.removedElements)) {
    collector.notCarriedOver(slide.where, `<${element}> in ${label} removed with its content: it is code, not text`, {
      group: NOTE_GROUPS.code,
      example: `<${element}>`,
    });
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
    collector.notCarriedOver(slide.where, `${date.time.name} ${quoteValue(date.time.value)} not carried over: ${WHY_TIME}`, {
      group: NOTE_GROUPS.time,
      example: quoteValue(date.time.value),
    });
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
    'Each entry below is one slide: its date, headline, text and quotes, with HTML reduced to plain text.',
    '',
    title,
  ];
  if (description !== '') lines.push('', description);
  for (const { event, headline, text, quotes } of events) {
    lines.push('', '---', '', event.date);
    if (headline !== '') lines.push(headline);
    if (text !== '') lines.push('', text);
    // A quote stands whole, then whom the slide attributes it to, as a reader of the file would see it.
    for (const quote of quotes) {
      lines.push('', quote.text);
      if (quote.attribution !== '') lines.push(`— ${quote.attribution}`);
    }
  }
  return `${lines.join('\n')}\n`;
}
