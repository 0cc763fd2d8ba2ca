/**
 * The dataset format: the one source of truth for the TypeScript types, the runtime
 * validator (shape) and the published JSON Schema (data/events.schema.json).
 * Rules that need the whole dataset (unique ids, references, calendar dates, verbatim
 * quotes) live in validate.ts, because a JSON Schema cannot express them.
 */
import * as v from 'valibot';
import { parseEdtf } from './edtf.ts';

export const SCHEMA_VERSION = 1;

/**
 * Text a reader sees. The limits are generous for their job (a headline, a paragraph, a
 * quote) and keep a mistaken or hostile value from freezing the reader's browser: laying
 * out one unbroken word of 100,000 characters takes a browser tens of seconds.
 */
export const TEXT_LIMITS = { name: 200, title: 300, role: 500, note: 2_000, text: 5_000 } as const;

const tooLong = (limit: number) => (issue: { received: string }) =>
  `is ${Number(issue.received).toLocaleString('en')} characters long; at most ${limit.toLocaleString('en')} are allowed`;

const nonEmpty = (what: string, limit: number) =>
  v.pipe(v.string(), v.trim(), v.nonEmpty(`${what} must not be empty`), v.maxLength(limit, tooLong(limit)));
const limited = (limit: number) => v.pipe(v.string(), v.maxLength(limit, tooLong(limit)));

/** Ids are readable slugs so that they can stand in a URL and in a hand-written file. */
export const IdSchema = v.pipe(
  v.string(),
  v.regex(/^[a-z0-9]+(?:-[a-z0-9]+)*$/, 'must be a slug of lower-case letters, digits and single hyphens, e.g. "blinken-meets-macron"'),
  v.description('A readable slug: lower-case letters, digits and single hyphens.'),
);

export const CountryCodeSchema = v.pipe(
  v.string(),
  v.regex(/^[A-Z]{2}$/, 'must be an ISO 3166-1 alpha-2 code in capitals, e.g. "FR"'),
  v.description('ISO 3166-1 alpha-2 country code, e.g. "FR". Names are derived with Intl.DisplayNames.'),
);

/**
 * Where a story or a source is published: a web address only (a citation's link must never
 * lead to a `javascript:` or `data:` address).
 */
export const WebUrlSchema = v.pipe(
  v.string(),
  v.trim(),
  v.maxLength(TEXT_LIMITS.note, tooLong(TEXT_LIMITS.note)),
  v.regex(/^[Hh][Tt][Tt][Pp][Ss]?:\/\/[^\s/?#]+\S*$/, 'must be an http(s) address, e.g. "https://example.org/story"'),
);

/** A day, a month or a year, unqualified: when a source was published, as the source itself gives it. */
export const PublishedSchema = v.pipe(
  v.string(),
  v.regex(
    /^\d{4}(?:-(?:0[1-9]|1[0-2])(?:-(?:0[1-9]|[12]\d|3[01]))?)?$/,
    'must be a day, a month or a year (EDTF), e.g. "2021-09-17", "2021-09" or "2021"',
  ),
  // The pattern lets "2021-02-30" through; the calendar does not (a check the JSON Schema leaves to the validator).
  v.check((text) => parseEdtf(text).ok, 'is not a day of the calendar'),
);

export const SourceSchema = v.object({
  id: IdSchema,
  title: v.pipe(nonEmpty('title', TEXT_LIMITS.title), v.description('A descriptive title of the source.')),
  file: v.pipe(nonEmpty('file', TEXT_LIMITS.note), v.description('Path of the source text, relative to the dataset file.')),
  origin: v.optional(
    v.pipe(limited(TEXT_LIMITS.note), v.description('What the source itself says of its origin (agency, outlet), and nothing more.')),
  ),
  url: v.optional(v.pipe(WebUrlSchema, v.description('Where the source is published (http or https), for citations.'))),
  publisher: v.optional(
    v.pipe(
      nonEmpty('publisher', TEXT_LIMITS.name),
      v.description('Who published the source (an outlet, an agency, a ministry), for citations.'),
    ),
  ),
  author: v.optional(
    v.pipe(
      v.union([nonEmpty('author', TEXT_LIMITS.name), v.pipe(v.array(nonEmpty('author', TEXT_LIMITS.name)), v.maxLength(100))]),
      v.description('Who wrote the source: a name, or a list of names, as the source gives them.'),
    ),
  ),
  published: v.optional(
    v.pipe(PublishedSchema, v.description('When the source was published: a day, a month or a year (EDTF, e.g. "2021-09-17").')),
  ),
});

export const ACTOR_KINDS = ['person', 'government', 'organization', 'media'] as const;

export const ActorSchema = v.object({
  id: IdSchema,
  name: nonEmpty('name', TEXT_LIMITS.name),
  kind: v.picklist(ACTOR_KINDS),
  country: v.optional(CountryCodeSchema),
  role: v.optional(v.pipe(limited(TEXT_LIMITS.role), v.description('The role as the sources give it.'))),
});

export const DATE_BASES = ['stated', 'relative', 'inferred'] as const;
export const EVENT_STATUSES = ['occurred', 'planned'] as const;
export const RELATION_TYPES = ['causes', 'responds-to', 'follows-up', 'context'] as const;

export const QuoteSchema = v.object({
  source: IdSchema,
  text: v.pipe(nonEmpty('text', TEXT_LIMITS.text), v.description('Verbatim from the source text (white space aside).')),
  speaker: v.optional(v.pipe(IdSchema, v.description('Actor id of the person or body quoted.'))),
});

export const RelationSchema = v.object({
  event: IdSchema,
  type: v.picklist(RELATION_TYPES),
  note: v.optional(limited(TEXT_LIMITS.note)),
});

export const MEDIA_KINDS = ['image', 'video', 'audio', 'page'] as const;

/**
 * Where media may be: a web address (http or https) or a path relative to the dataset file.
 * No other scheme: a `javascript:` or `data:` address in a dataset must never reach a link or an image.
 */
export const MediaUrlSchema = v.pipe(
  v.string(),
  v.trim(),
  v.nonEmpty('url must not be empty'),
  v.maxLength(TEXT_LIMITS.note, tooLong(TEXT_LIMITS.note)),
  v.regex(
    /^(?:[Hh][Tt][Tt][Pp][Ss]?:\/\/[^\s/?#]+\S*|(?![A-Za-z][A-Za-z0-9+.-]*:)(?!\/\/)\S+)$/,
    'must be an http(s) address, e.g. "https://example.org/photo.jpg", or a path relative to the dataset file, e.g. "media/photo.jpg"',
  ),
);

export const MediaSchema = v.object({
  kind: v.pipe(
    v.picklist(MEDIA_KINDS),
    v.description('image: shown in the detail; video, audio and page: a link the reader follows (never an embedded third-party frame).'),
  ),
  url: MediaUrlSchema,
  alt: v.optional(
    v.pipe(limited(TEXT_LIMITS.note), v.description('What the image shows, for readers who cannot see it. Required for an image.')),
  ),
  title: v.optional(v.pipe(limited(TEXT_LIMITS.title), v.description('The title of the video, audio or page, shown as the link.'))),
  caption: v.optional(limited(TEXT_LIMITS.note)),
  thumbnail: v.optional(
    v.pipe(MediaUrlSchema, v.description('A small image shown with the link to a video, audio or page; an address like url.')),
  ),
  credit: v.optional(v.pipe(limited(TEXT_LIMITS.name), v.description('Who made the media, as it is to be credited.'))),
});

export const EventSchema = v.object({
  id: IdSchema,
  title: nonEmpty('title', TEXT_LIMITS.title),
  date: v.pipe(
    v.string(),
    v.description(
      'EDTF date: "2016", "2021-09", "2021-09-15"; an interval "2021-10-05/2021-10-06" for what lasted; with the qualifiers ~ (approximate), ? (uncertain) and % (both) after a date or an interval end; or, for what happened once on an unknown day, a window (EDTF level 2): "[2021-09-15..2021-09-26]" (one day between, both ends of the same precision and unqualified), "[..2021-10-05]" (on or before), "[2021-09-15..]" (on or after).',
    ),
  ),
  dateBasis: v.picklist(DATE_BASES),
  dateNote: nonEmpty('dateNote', TEXT_LIMITS.note),
  status: v.picklist(EVENT_STATUSES),
  countries: v.array(CountryCodeSchema),
  actors: v.array(IdSchema),
  summary: nonEmpty('summary', TEXT_LIMITS.text),
  quotes: v.pipe(v.array(QuoteSchema), v.minLength(1, 'must hold at least one quote')),
  related: v.optional(v.array(RelationSchema), []),
  tags: v.optional(v.array(limited(TEXT_LIMITS.name))),
  media: v.optional(MediaSchema),
});

export const PathStepSchema = v.object({
  event: IdSchema,
  note: v.optional(v.pipe(limited(TEXT_LIMITS.note), v.description('A line of narration shown with the event on the path.'))),
});

export const DatasetSchema = v.object({
  $schema: v.optional(v.string()),
  schemaVersion: v.literal(SCHEMA_VERSION),
  title: nonEmpty('title', TEXT_LIMITS.title),
  description: v.optional(limited(TEXT_LIMITS.text)),
  language: v.optional(
    v.pipe(
      v.string(),
      v.regex(/^[a-z]{2,3}(?:-[A-Za-z0-9]{2,8})*$/, 'must be a BCP 47 language tag, e.g. "en" or "fr-CA"'),
      v.description(
        'Language of the texts (titles, summaries, quotes), as a BCP 47 tag. The interface follows the reader; this lets screen readers voice the texts in their own language.',
      ),
    ),
  ),
  url: v.optional(v.pipe(WebUrlSchema, v.description('Where the story is published (http or https): the address its citations give.'))),
  publisher: v.optional(v.pipe(nonEmpty('publisher', TEXT_LIMITS.name), v.description('Who publishes the story, for citations.'))),
  sources: v.array(SourceSchema),
  actors: v.array(ActorSchema),
  events: v.array(EventSchema),
  path: v.optional(
    v.pipe(
      v.array(PathStepSchema),
      v.description(
        'An author’s path through the story: the events in the order to read them, each with an optional line of narration. When present, the reader’s Start walks it instead of time order.',
      ),
    ),
  ),
});

export type Source = v.InferOutput<typeof SourceSchema>;
export type Actor = v.InferOutput<typeof ActorSchema>;
export type ActorKind = (typeof ACTOR_KINDS)[number];
export type Quote = v.InferOutput<typeof QuoteSchema>;
export type Relation = v.InferOutput<typeof RelationSchema>;
export type RelationType = (typeof RELATION_TYPES)[number];
export type DateBasis = (typeof DATE_BASES)[number];
export type EventStatus = (typeof EVENT_STATUSES)[number];
export type TimelineEvent = v.InferOutput<typeof EventSchema>;
export type Dataset = v.InferOutput<typeof DatasetSchema>;
export type Media = v.InferOutput<typeof MediaSchema>;
export type MediaKind = (typeof MEDIA_KINDS)[number];
export type PathStep = v.InferOutput<typeof PathStepSchema>;
