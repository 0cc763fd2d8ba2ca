/**
 * The story as schema.org JSON-LD, for search engines and web archives: the timeline as a
 * CreativeWork, every event as an Event, every source as a CreativeWork the timeline cites
 * and its events are the subject of. The built app page carries it in its <head>
 * (src/app/prerender.ts); a data block, never run, so the strict CSP has nothing to refuse.
 */
import type { DatePoint, ParsedDate } from '../model/edtf.ts';
import type { Dataset, Source } from '../model/schema.ts';
import type { ParsedEvent } from '../model/validate.ts';
import { citationDate } from './citation.ts';
import { queryPermalink } from './permalink.ts';

type Node = Record<string, unknown>;

/** ISO 8601 at the date's own precision: "2021-09-15", "2021-09" or "2021"; no qualifier, which schema.org has no room for. */
function isoDate(point: DatePoint): string {
  const year = `${point.year < 0 ? '-' : ''}${String(Math.abs(point.year)).padStart(4, '0')}`;
  const month = point.month === undefined ? '' : `-${String(point.month).padStart(2, '0')}`;
  const day = point.day === undefined ? '' : `-${String(point.day).padStart(2, '0')}`;
  return point.precision === 'year' ? year : point.precision === 'month' ? year + month : year + month + day;
}

function dates(date: ParsedDate): Node {
  if (date.openStart) return { endDate: isoDate(date.end) };
  if (date.openEnd) return { startDate: isoDate(date.start) };
  if (date.kind === 'point') return { startDate: isoDate(date.start) };
  return { startDate: isoDate(date.start), endDate: isoDate(date.end) };
}

/** What the dates alone would misstate: a qualified date, or a window (one day between its ends, not a span), said in words. */
function dateCaveat(date: ParsedDate): string {
  if (date.kind === 'window') return ` (Date: ${citationDate(date)})`;
  const approximate = date.start.approximate || date.end.approximate;
  const uncertain = date.start.uncertain || date.end.uncertain;
  const how = approximate && uncertain ? 'approximate and uncertain' : approximate ? 'approximate' : uncertain ? 'uncertain' : '';
  return how ? ` (Date ${how}: ${citationDate(date)})` : '';
}

const sourceId = (source: Source) => `#source-${source.id}`;

function sourceNode(source: Source): Node {
  const authors = source.author === undefined ? [] : typeof source.author === 'string' ? [source.author] : source.author;
  return {
    '@type': 'CreativeWork',
    '@id': sourceId(source),
    name: source.title,
    ...(source.url ? { url: source.url } : {}),
    ...(source.publisher ? { publisher: { '@type': 'Organization', name: source.publisher } } : {}),
    ...(authors.length ? { author: authors.map((name) => ({ '@type': 'Person', name })) } : {}),
    ...(source.published ? { datePublished: source.published } : {}),
  };
}

export interface JsonLdOptions {
  /** Country names, in the page's language. */
  countryName: (code: string) => string;
  /**
   * Where the page is published: the dataset's `url` when it has one. Without it the
   * addresses are relative ("?event=…"), which JSON-LD resolves against the page's own.
   */
  pageUrl?: string | undefined;
}

export function storyJsonLd(dataset: Dataset, events: readonly ParsedEvent[], options: JsonLdOptions): Node {
  const base = options.pageUrl ?? dataset.url;
  const link = (id: string) => (base ? queryPermalink(base, { event: id }) : `?${new URLSearchParams({ event: id }).toString()}`);
  const sourcesById = new Map(dataset.sources.map((source) => [source.id, source]));
  const timeline: Node = {
    '@type': 'CreativeWork',
    '@id': '#timeline',
    name: dataset.title,
    ...(dataset.description ? { description: dataset.description } : {}),
    ...(dataset.language ? { inLanguage: dataset.language } : {}),
    ...(base ? { url: base } : {}),
    ...(dataset.publisher ? { publisher: { '@type': 'Organization', name: dataset.publisher } } : {}),
    citation: dataset.sources.map((source) => ({ '@id': sourceId(source) })),
    about: events.map((event) => ({ '@id': `#event-${event.id}` })),
  };
  const eventNodes = events.map((event): Node => {
    const cited = [...new Set(event.quotes.map((quote) => quote.source))].flatMap((id) => {
      const source = sourcesById.get(id);
      return source ? [{ '@id': sourceId(source) }] : [];
    });
    return {
      '@type': 'Event',
      '@id': `#event-${event.id}`,
      name: event.title,
      description: event.summary + dateCaveat(event.parsedDate),
      ...dates(event.parsedDate),
      // schema.org's default status: "taking place or has taken place as scheduled"; a planned event is scheduled too.
      eventStatus: 'https://schema.org/EventScheduled',
      ...(event.countries.length
        ? { location: event.countries.map((code) => ({ '@type': 'Country', name: options.countryName(code) })) }
        : {}),
      ...(dataset.language ? { inLanguage: dataset.language } : {}),
      url: link(event.id),
      subjectOf: cited,
    };
  });
  return { '@context': 'https://schema.org', '@graph': [timeline, ...eventNodes, ...dataset.sources.map(sourceNode)] };
}

/**
 * The JSON for a <script type="application/ld+json"> element: `<`, `>` and `&` as \u escapes,
 * so that no text of the dataset can close the element or open a comment, and the line and
 * paragraph separators, which old parsers take for line ends.
 */
export function jsonLdScriptText(value: unknown): string {
  return JSON.stringify(value).replace(/[<>&\u2028\u2029]/g, (character) => `\\u${character.charCodeAt(0).toString(16).padStart(4, '0')}`);
}
