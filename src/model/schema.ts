/**
 * The dataset format: the one source of truth for the TypeScript types, the runtime
 * validator (shape) and the published JSON Schema (data/events.schema.json).
 * Rules that need the whole dataset (unique ids, references, calendar dates, verbatim
 * quotes) live in validate.ts, because a JSON Schema cannot express them.
 */
import * as v from 'valibot';

export const SCHEMA_VERSION = 1;

const nonEmpty = (what: string) => v.pipe(v.string(), v.trim(), v.nonEmpty(`${what} must not be empty`));

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

export const SourceSchema = v.object({
  id: IdSchema,
  title: v.pipe(nonEmpty('title'), v.description('A descriptive title of the source.')),
  file: v.pipe(nonEmpty('file'), v.description('Path of the source text, relative to the dataset file.')),
  origin: v.optional(
    v.pipe(v.string(), v.description('What the source itself says of its origin (agency, outlet), and nothing more.')),
  ),
});

export const ACTOR_KINDS = ['person', 'government', 'organization', 'media'] as const;

export const ActorSchema = v.object({
  id: IdSchema,
  name: nonEmpty('name'),
  kind: v.picklist(ACTOR_KINDS),
  country: v.optional(CountryCodeSchema),
  role: v.optional(v.pipe(v.string(), v.description('The role as the sources give it.'))),
});

export const DATE_BASES = ['stated', 'relative', 'inferred'] as const;
export const EVENT_STATUSES = ['occurred', 'planned'] as const;
export const RELATION_TYPES = ['causes', 'responds-to', 'follows-up', 'context'] as const;

export const QuoteSchema = v.object({
  source: IdSchema,
  text: v.pipe(nonEmpty('text'), v.description('Verbatim from the source text (white space aside).')),
  speaker: v.optional(v.pipe(IdSchema, v.description('Actor id of the person or body quoted.'))),
});

export const RelationSchema = v.object({
  event: IdSchema,
  type: v.picklist(RELATION_TYPES),
  note: v.optional(v.string()),
});

export const EventSchema = v.object({
  id: IdSchema,
  title: nonEmpty('title'),
  date: v.pipe(
    v.string(),
    v.description(
      'EDTF level 1 date: "2016", "2021-09", "2021-09-15", an interval "2021-10-05/2021-10-06", with the qualifiers ~ (approximate) and ? (uncertain).',
    ),
  ),
  dateBasis: v.picklist(DATE_BASES),
  dateNote: nonEmpty('dateNote'),
  status: v.picklist(EVENT_STATUSES),
  countries: v.array(CountryCodeSchema),
  actors: v.array(IdSchema),
  summary: nonEmpty('summary'),
  quotes: v.pipe(v.array(QuoteSchema), v.minLength(1, 'must hold at least one quote')),
  related: v.optional(v.array(RelationSchema), []),
  tags: v.optional(v.array(v.string())),
});

export const DatasetSchema = v.object({
  $schema: v.optional(v.string()),
  schemaVersion: v.literal(SCHEMA_VERSION),
  title: nonEmpty('title'),
  description: v.optional(v.string()),
  sources: v.array(SourceSchema),
  actors: v.array(ActorSchema),
  events: v.array(EventSchema),
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
