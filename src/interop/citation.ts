/**
 * Citations of an event (an entry in the timeline) and of a quote (its source, with the
 * quoted words), in three forms: a human citation in the Chicago Manual of Style, 17th
 * edition (bibliography entry for web content), CSL-JSON for reference managers (Zotero,
 * Pandoc's citeproc) and BibTeX for biblatex with biber (UTF-8 kept as it is).
 *
 * Pure and DOM-free: the detail loads it on demand when the reader presses Cite, so the
 * embed does not carry it. It imports nothing at run time (an event comes with its date
 * parsed), so the embed's chunk of it needs nothing from the element's module. It invents nothing: a source without author, publisher, date or
 * address is cited with its title and the timeline that quotes it, and names are written as
 * the dataset gives them (the format holds no family and given names to invert).
 * The human citation is in English whatever the interface's language: it follows an
 * English style guide, its words and its dates alike.
 */
import type { DatePoint, ParsedDate } from '../model/edtf.ts';
import type { Actor, Dataset, Quote, Source, TimelineEvent } from '../model/schema.ts';
import { slugify } from './slug.ts';

export const CITATION_STYLE = 'Chicago (17th ed.)';

export interface CitationInput {
  dataset: Pick<Dataset, 'title' | 'description' | 'language' | 'url' | 'publisher'> & {
    sources: readonly Source[];
    actors: readonly Actor[];
  };
  event: Pick<TimelineEvent, 'id' | 'title' | 'status' | 'summary'> & { parsedDate: ParsedDate };
  /** Cite this quote of the event (its source, with the words) rather than the event. */
  quote?: Quote | undefined;
  urls: {
    /** The timeline's address: the dataset's `url` when it has one, else where the reader reads it. */
    timeline: string;
    /** The event's permalink. */
    event: string;
    /** The quote's permalink, when a quote is cited. */
    quote?: string | undefined;
  };
  /** The day the reader reads it, YYYY-MM-DD in the reader's time zone. */
  accessed: string;
}

const MONTHS = 'January February March April May June July August September October November December'.split(' ');

function year(value: number): string {
  // Astronomical years: 0 is 1 BCE.
  return value > 0 ? String(value) : `${1 - value} BCE`;
}

/** "October 5, 2021", "October 2021", "2021", without qualifiers. */
function plainDate(point: DatePoint): string {
  const month = point.month === undefined ? '' : MONTHS[point.month - 1];
  if (point.precision === 'year' || !month) return year(point.year);
  if (point.precision === 'month') return `${month} ${year(point.year)}`;
  return `${month} ${point.day}, ${year(point.year)}`;
}

/** Chicago's marks: "ca." before an approximate date, "?" after an uncertain one. */
function qualified(point: DatePoint): string {
  return `${point.approximate ? 'ca. ' : ''}${plainDate(point)}${point.uncertain ? '?' : ''}`;
}

const isQualified = (point: DatePoint) => point.approximate || point.uncertain;

/** A range worded as Chicago runs them: "October 5–6, 2021", "September 30–October 2, 2021", "December 2021–February 2022". */
function range(start: DatePoint, end: DatePoint, dash = '–'): string {
  if (isQualified(start) || isQualified(end) || start.year !== end.year || start.precision !== end.precision || start.year <= 0) {
    return `${qualified(start)}${isQualified(start) || isQualified(end) ? ' – ' : dash}${qualified(end)}`;
  }
  const [startMonth, endMonth] = [MONTHS[(start.month ?? 1) - 1], MONTHS[(end.month ?? 1) - 1]];
  if (start.precision === 'year') return `${start.year}${dash}${end.year}`;
  if (start.precision === 'month') return `${startMonth}${dash}${endMonth} ${end.year}`;
  if (start.month === end.month) return `${startMonth} ${start.day}${dash}${end.day}, ${end.year}`;
  return `${startMonth} ${start.day}${dash}${endMonth} ${end.day}, ${end.year}`;
}

/** An event's date in a citation's words: "October 5, 2021?", "October 5–6, 2021", "between September 15 and 26, 2021". */
export function citationDate(date: ParsedDate): string {
  if (date.kind === 'point') return qualified(date.start);
  if (date.kind === 'interval') return range(date.start, date.end);
  if (date.openStart) return `on or before ${qualified(date.end)}`;
  if (date.openEnd) return `on or after ${qualified(date.start)}`;
  return `between ${range(date.start, date.end, ' and ')}`;
}

/** A sentence of the citation: its own final mark when it ends in one, else a period. */
function sentence(text: string): string {
  const trimmed = text.trim();
  return /[.?!]$/.test(trimmed) ? trimmed : `${trimmed}.`;
}

/** A title in quotation marks, the period inside them (Chicago). */
function quotedTitle(title: string): string {
  return `“${sentence(title)}”`;
}

function authorsOf(source: Source): string[] {
  const { author } = source;
  return author === undefined ? [] : typeof author === 'string' ? [author] : [...author];
}

/** "A", "A and B", "A, B, and C" (Chicago's serial comma). */
function nameList(names: readonly string[]): string {
  if (names.length <= 2) return names.join(' and ');
  return `${names.slice(0, -1).join(', ')}, and ${names[names.length - 1]}`;
}

/** A day, month or year as the format writes a source's publication ("2021-09-17", "2021-09", "2021"), checked by the validator. */
function dateOf(text: string): ParsedDate | undefined {
  const match = /^(\d{4})(?:-(\d{2})(?:-(\d{2}))?)?$/.exec(text);
  if (!match) return undefined;
  const [year, month, day] = match.slice(1).map((part) => (part === undefined ? undefined : Number(part)));
  const point: DatePoint = {
    year: year ?? 0,
    ...(month === undefined ? {} : { month }),
    ...(day === undefined ? {} : { day }),
    precision: day !== undefined ? 'day' : month !== undefined ? 'month' : 'year',
    approximate: false,
    uncertain: false,
  };
  return { kind: 'point', start: point, end: point, startMs: 0, endMs: 0 };
}

function accessedWords(accessed: string): string {
  const date = dateOf(accessed);
  return date ? plainDate(date.start) : accessed;
}

function sourceOf(input: CitationInput): Source | undefined {
  return input.quote && input.dataset.sources.find((source) => source.id === input.quote?.source);
}

function speakerOf(input: CitationInput): Actor | undefined {
  const id = input.quote?.speaker;
  return id === undefined ? undefined : input.dataset.actors.find((actor) => actor.id === id);
}

/**
 * The human citation, one paragraph of plain text. An event:
 * “Title.” Timeline title. Publisher. Timeline entry dated October 5, 2021?. Accessed May 4, 2025. https://…
 * A quote: “Words” — Speaker, quoted in Author. “Source title.” Publisher, September 17, 2021. Accessed …. https://…
 * (a source without an address is cited as its text in the timeline, at the quote's permalink).
 */
export function formatCitation(input: CitationInput): string {
  const { dataset, event, urls } = input;
  const accessed = `Accessed ${accessedWords(input.accessed)}.`;
  const source = sourceOf(input);
  if (input.quote) {
    const authors = source ? authorsOf(source) : [];
    const published = source?.published ? dateOf(source.published) : undefined;
    const parts = [
      authors.length ? sentence(nameList(authors)) : '',
      quotedTitle(source?.title ?? input.quote.source),
      source?.publisher
        ? sentence(`${source.publisher}${published ? `, ${plainDate(published.start)}` : ''}`)
        : published
          ? sentence(plainDate(published.start))
          : '',
      source?.url ? '' : `Source text in ${sentence(dataset.title)}`,
      accessed,
      sentence(source?.url ?? urls.quote ?? urls.event),
    ];
    const speaker = speakerOf(input);
    const words = `“${input.quote.text.trim().replace(/\s+/g, ' ')}”`;
    return `${words} — ${speaker ? `${speaker.name}, quoted in ` : ''}${parts.filter(Boolean).join(' ')}`;
  }
  const when = `Timeline entry dated ${citationDate(event.parsedDate)}${event.status === 'planned' ? ' (planned)' : ''}`;
  return [
    quotedTitle(event.title),
    sentence(dataset.title),
    dataset.publisher ? sentence(dataset.publisher) : '',
    sentence(when),
    accessed,
    sentence(urls.event),
  ]
    .filter(Boolean)
    .join(' ');
}

/** Keys and ids from the dataset's own ids, by kind, so an event and a source of the same id never clash. */
export function citationKeys(input: CitationInput): { timeline: string; event: string; source?: string } {
  const timeline = `timeline:${slugify(input.dataset.title) || 'story'}`;
  const event = `event:${input.event.id}`;
  return input.quote ? { timeline, event, source: `source:${input.quote.source}` } : { timeline, event };
}

/** CSL's date: date-parts at the date's precision, two for a range, `circa` for a qualified date. */
export interface CslDate {
  'date-parts'?: number[][];
  circa?: boolean;
  literal?: string;
}

export type CslItem = Record<string, unknown> & { id: string; type: string };

function parts(point: DatePoint): number[] {
  // CSL counts years without a year zero: astronomical 0 is 1 BC, written -1.
  const cslYear = point.year > 0 ? point.year : point.year - 1;
  return [cslYear, point.month, point.day].filter((part): part is number => part !== undefined);
}

export function cslDate(date: ParsedDate): CslDate {
  // CSL has no "on or before": the words stand as the date.
  if (date.openStart || date.openEnd) return { literal: citationDate(date) };
  const dateParts = date.kind === 'point' ? [parts(date.start)] : [parts(date.start), parts(date.end)];
  return isQualified(date.start) || isQualified(date.end) ? { 'date-parts': dateParts, circa: true } : { 'date-parts': dateParts };
}

function cslDay(text: string): CslDate | undefined {
  const date = dateOf(text);
  return date && cslDate(date);
}

/** What a quote says and who says it, for the notes of CSL and BibTeX. */
function quotedPassage(input: CitationInput): string {
  const speaker = speakerOf(input);
  const words = `Quoted: “${input.quote?.text.trim().replace(/\s+/g, ' ')}”${speaker ? ` (${speaker.name})` : ''}`;
  return `${words}. ${input.urls.quote ?? input.urls.event}`;
}

/** CSL-JSON: the timeline, the event as an entry in it, and, for a quote, its source with the quoted words in its note. */
export function toCslJson(input: CitationInput): CslItem[] {
  const { dataset, event, urls } = input;
  const keys = citationKeys(input);
  const accessed = cslDay(input.accessed);
  const language = dataset.language ? { language: dataset.language } : {};
  const timeline: CslItem = {
    id: keys.timeline,
    type: 'webpage',
    title: dataset.title,
    ...(dataset.description ? { abstract: dataset.description } : {}),
    ...(dataset.publisher ? { publisher: dataset.publisher } : {}),
    ...language,
    URL: urls.timeline,
    accessed,
  };
  const date = event.parsedDate;
  const entry: CslItem = {
    id: keys.event,
    type: 'entry',
    title: event.title,
    'container-title': dataset.title,
    ...(dataset.publisher ? { publisher: dataset.publisher } : {}),
    abstract: event.summary,
    issued: cslDate(date),
    ...(event.status === 'planned' ? { status: 'planned' } : {}),
    ...language,
    URL: urls.event,
    accessed,
  };
  const source = sourceOf(input);
  if (!input.quote || !keys.source) return [timeline, entry];
  const authors = source ? authorsOf(source) : [];
  const published = source?.published ? cslDay(source.published) : undefined;
  const cited: CslItem = {
    id: keys.source,
    type: source?.publisher ? 'article-newspaper' : 'document',
    title: source?.title ?? input.quote.source,
    ...(authors.length ? { author: authors.map((literal) => ({ literal })) } : {}),
    // CSL names a newspaper article's paper as its container.
    ...(source?.publisher ? { 'container-title': source.publisher, publisher: source.publisher } : {}),
    ...(published ? { issued: published } : {}),
    ...language,
    note: quotedPassage(input),
    ...(source?.url ? { URL: source.url } : {}),
    accessed,
  };
  return [timeline, entry, cited];
}

/** BibTeX's special characters, escaped for a braced field (biblatex reads UTF-8 as it is). */
export function bibtexEscape(text: string): string {
  return text.replace(/[{}%&$#_~^\\]/g, (character) => {
    switch (character) {
      case '~':
        return '\\textasciitilde{}';
      case '^':
        return '\\textasciicircum{}';
      case '\\':
        return '\\textbackslash{}';
      default:
        return `\\${character}`;
    }
  });
}

/** A url field is read verbatim: only what would unbalance the braces is percent-encoded. */
function bibtexUrl(url: string): string {
  return url.replace(/[{}\\]/g, (character) => `%${character.charCodeAt(0).toString(16).toUpperCase()}`);
}

/** biblatex's date field takes EDTF level 1 (~ ? %, intervals); a window has no such form and is said in the note. */
function bibtexDate(date: ParsedDate | undefined): string | undefined {
  if (date === undefined || date.kind === 'window') return undefined;
  const point = (p: DatePoint) =>
    `${p.year < 0 ? '-' : ''}${String(Math.abs(p.year)).padStart(4, '0')}${p.month ? `-${String(p.month).padStart(2, '0')}` : ''}${
      p.day ? `-${String(p.day).padStart(2, '0')}` : ''
    }${p.approximate && p.uncertain ? '%' : p.approximate ? '~' : p.uncertain ? '?' : ''}`;
  return date.kind === 'interval' ? `${point(date.start)}/${point(date.end)}` : point(date.start);
}

/** Fields written as they are: dates are EDTF, and the caller braces and escapes each author's name. */
const VERBATIM_FIELDS: ReadonlySet<string> = new Set(['date', 'urldate', 'author']);

function bibtexEntry(type: string, key: string, fields: [string, string | undefined][]): string {
  const body = fields
    .filter((field): field is [string, string] => field[1] !== undefined && field[1] !== '')
    .map(([name, value]) => {
      const written = name === 'url' ? bibtexUrl(value) : VERBATIM_FIELDS.has(name) ? value : bibtexEscape(value);
      return `  ${name} = {${written}}`;
    })
    .join(',\n');
  return `@${type}{${key},\n${body}\n}`;
}

/** BibTeX for biblatex: @online for the timeline, the event and a source with an address; @misc for a source without one. */
export function toBibtex(input: CitationInput): string {
  const { dataset, event, urls } = input;
  const keys = citationKeys(input);
  const entries = [
    bibtexEntry('online', keys.timeline, [
      ['title', dataset.title],
      ['organization', dataset.publisher],
      ['url', urls.timeline],
      ['urldate', input.accessed],
    ]),
  ];
  const date = event.parsedDate;
  const window = date.kind === 'window' ? `dated ${citationDate(date)}` : undefined;
  entries.push(
    bibtexEntry('online', keys.event, [
      ['title', event.title],
      ['organization', dataset.publisher],
      ['date', bibtexDate(date)],
      [
        'note',
        [`Entry in the timeline “${dataset.title}”`, window, event.status === 'planned' ? 'planned' : undefined].filter(Boolean).join(', '),
      ],
      ['url', urls.event],
      ['urldate', input.accessed],
    ]),
  );
  const source = sourceOf(input);
  if (input.quote && keys.source) {
    const authors = source ? authorsOf(source) : [];
    const published = source?.published ? dateOf(source.published) : undefined;
    entries.push(
      bibtexEntry(source?.url ? 'online' : 'misc', keys.source, [
        // Each name in braces: taken whole, as written, never split into family and given names.
        ['author', authors.length ? authors.map((name) => `{${bibtexEscape(name)}}`).join(' and ') : undefined],
        ['title', source?.title ?? input.quote.source],
        ['organization', source?.publisher],
        ['date', bibtexDate(published)],
        ['note', quotedPassage(input)],
        ['url', source?.url],
        ['urldate', source?.url ? input.accessed : undefined],
      ]),
    );
  }
  return `${entries.join('\n\n')}\n`;
}
