/**
 * Seeded synthetic datasets in the project's own format (src/model/schema.ts), for the
 * benchmark and for anyone who wants a big timeline to try: N events over decades, many
 * countries and actors, day points, month- and year-precision dates, intervals, `~`, `?`
 * and `%` qualifiers, planned events, related links (never to itself, always resolving),
 * and quotes that stand verbatim in a few generated source texts. The same options give
 * the same dataset, byte for byte, on any machine: only the seeded PRNG below decides.
 *
 *   tsx tests/bench/generate.ts --events 10000 --seed 1 --out /tmp/x/events.json
 *
 * writes the dataset and its source texts (sources/*.txt beside it).
 */
import { mkdirSync, writeFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { pathToFileURL } from 'node:url';
import { parseArgs } from 'node:util';
import { daysInMonth } from '../../src/model/edtf.ts';
import {
  RELATION_TYPES,
  SCHEMA_VERSION,
  type Actor,
  type ActorKind,
  type Dataset,
  type DateBasis,
  type Quote,
  type Relation,
  type Source,
  type TimelineEvent,
} from '../../src/model/schema.ts';

// ---------------------------------------------------------------------------
// Randomness

/** mulberry32: a tiny, fast 32-bit PRNG; floats in [0, 1). */
export function mulberry32(seed: number): () => number {
  let state = seed >>> 0;
  return () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

class Random {
  readonly #next: () => number;
  constructor(seed: number) {
    this.#next = mulberry32(seed);
  }
  float(): number {
    return this.#next();
  }
  /** An integer in [min, max]. */
  int(min: number, max: number): number {
    return min + Math.floor(this.#next() * (max - min + 1));
  }
  chance(p: number): boolean {
    return this.#next() < p;
  }
  pick<T>(items: readonly T[]): T {
    if (items.length === 0) throw new Error('pick from an empty list');
    return items[Math.floor(this.#next() * items.length)] as T;
  }
  /** Standard normal, Box–Muller. */
  normal(): number {
    const u = 1 - this.#next();
    const v = this.#next();
    return Math.sqrt(-2 * Math.log(u)) * Math.cos(2 * Math.PI * v);
  }
}

/** Picks by weight through a cumulative table and a binary search: O(log n) a draw. */
class WeightedPicker<T> {
  readonly #items: readonly T[];
  readonly #cumulative: Float64Array;
  constructor(items: readonly T[], weights: readonly number[]) {
    this.#items = items;
    this.#cumulative = new Float64Array(items.length);
    let total = 0;
    weights.forEach((weight, i) => {
      total += weight;
      this.#cumulative[i] = total;
    });
  }
  pick(random: Random): T {
    const target = random.float() * (this.#cumulative[this.#cumulative.length - 1] ?? 0);
    let lo = 0;
    let hi = this.#cumulative.length - 1;
    while (lo < hi) {
      const mid = (lo + hi) >>> 1;
      if ((this.#cumulative[mid] as number) <= target) lo = mid + 1;
      else hi = mid;
    }
    return this.#items[lo] as T;
  }
}

/** Zipf-like weights 1/(rank+1)^s: a few countries and actors dominate, as in real news. */
const zipfWeights = (count: number, s = 1) => Array.from({ length: count }, (_, rank) => 1 / (rank + 1) ** s);

// ---------------------------------------------------------------------------
// Vocabulary (fixed tables, so that the output never depends on the machine's ICU data)

interface Country {
  code: string;
  name: string;
  capital: string;
}

export const COUNTRIES: readonly Country[] = [
  { code: 'US', name: 'the United States', capital: 'Washington' },
  { code: 'CN', name: 'China', capital: 'Beijing' },
  { code: 'FR', name: 'France', capital: 'Paris' },
  { code: 'GB', name: 'the United Kingdom', capital: 'London' },
  { code: 'RU', name: 'Russia', capital: 'Moscow' },
  { code: 'DE', name: 'Germany', capital: 'Berlin' },
  { code: 'JP', name: 'Japan', capital: 'Tokyo' },
  { code: 'IN', name: 'India', capital: 'New Delhi' },
  { code: 'BR', name: 'Brazil', capital: 'Brasília' },
  { code: 'AU', name: 'Australia', capital: 'Canberra' },
  { code: 'CA', name: 'Canada', capital: 'Ottawa' },
  { code: 'IT', name: 'Italy', capital: 'Rome' },
  { code: 'ES', name: 'Spain', capital: 'Madrid' },
  { code: 'TR', name: 'Turkey', capital: 'Ankara' },
  { code: 'ZA', name: 'South Africa', capital: 'Pretoria' },
  { code: 'NG', name: 'Nigeria', capital: 'Abuja' },
  { code: 'EG', name: 'Egypt', capital: 'Cairo' },
  { code: 'SA', name: 'Saudi Arabia', capital: 'Riyadh' },
  { code: 'IR', name: 'Iran', capital: 'Tehran' },
  { code: 'IL', name: 'Israel', capital: 'Jerusalem' },
  { code: 'PK', name: 'Pakistan', capital: 'Islamabad' },
  { code: 'ID', name: 'Indonesia', capital: 'Jakarta' },
  { code: 'KR', name: 'South Korea', capital: 'Seoul' },
  { code: 'KP', name: 'North Korea', capital: 'Pyongyang' },
  { code: 'MX', name: 'Mexico', capital: 'Mexico City' },
  { code: 'AR', name: 'Argentina', capital: 'Buenos Aires' },
  { code: 'UA', name: 'Ukraine', capital: 'Kyiv' },
  { code: 'PL', name: 'Poland', capital: 'Warsaw' },
  { code: 'SE', name: 'Sweden', capital: 'Stockholm' },
  { code: 'NO', name: 'Norway', capital: 'Oslo' },
  { code: 'NL', name: 'the Netherlands', capital: 'The Hague' },
  { code: 'BE', name: 'Belgium', capital: 'Brussels' },
  { code: 'CH', name: 'Switzerland', capital: 'Bern' },
  { code: 'AT', name: 'Austria', capital: 'Vienna' },
  { code: 'GR', name: 'Greece', capital: 'Athens' },
  { code: 'VN', name: 'Vietnam', capital: 'Hanoi' },
  { code: 'TH', name: 'Thailand', capital: 'Bangkok' },
  { code: 'PH', name: 'the Philippines', capital: 'Manila' },
  { code: 'MY', name: 'Malaysia', capital: 'Kuala Lumpur' },
  { code: 'SG', name: 'Singapore', capital: 'Singapore' },
  { code: 'NZ', name: 'New Zealand', capital: 'Wellington' },
  { code: 'KE', name: 'Kenya', capital: 'Nairobi' },
  { code: 'ET', name: 'Ethiopia', capital: 'Addis Ababa' },
  { code: 'MA', name: 'Morocco', capital: 'Rabat' },
  { code: 'DZ', name: 'Algeria', capital: 'Algiers' },
  { code: 'CL', name: 'Chile', capital: 'Santiago' },
  { code: 'CO', name: 'Colombia', capital: 'Bogotá' },
  { code: 'PE', name: 'Peru', capital: 'Lima' },
  { code: 'QA', name: 'Qatar', capital: 'Doha' },
  { code: 'AE', name: 'the United Arab Emirates', capital: 'Abu Dhabi' },
];

const GIVEN_NAMES = [
  'Amara',
  'Bruno',
  'Chen',
  'Dalia',
  'Emil',
  'Farah',
  'Goran',
  'Hana',
  'Ines',
  'Jonas',
  'Kenji',
  'Lena',
  'Marek',
  'Nadia',
  'Omar',
  'Priya',
  'Quentin',
  'Rosa',
  'Sven',
  'Tariq',
  'Uma',
  'Viktor',
  'Wen',
  'Ximena',
  'Yusuf',
  'Zofia',
];
const FAMILY_NAMES = [
  'Abara',
  'Bergstrom',
  'Castell',
  'Dubois',
  'Eriksen',
  'Fontaine',
  'Garcia',
  'Haddad',
  'Ivanova',
  'Jensen',
  'Kowalski',
  'Lindqvist',
  'Moreau',
  'Nakamura',
  'Okafor',
  'Petrov',
  'Quiroga',
  'Rahman',
  'Santos',
  'Takahashi',
  'Umarov',
  'Vasquez',
  'Weber',
  'Xu',
  'Yilmaz',
  'Zhang',
];
const PERSON_ROLES = ['foreign minister', 'prime minister', 'president', 'ambassador', 'trade minister', 'defence minister', 'envoy'];
const ORGANIZATIONS = [
  'the Security Council',
  'the Trade Organization',
  'the Maritime Forum',
  'the Energy Agency',
  'the Development Bank',
  'the Refugee Agency',
  'the Arms Control Group',
  'the Climate Fund',
  'the Fisheries Commission',
  'the Health Assembly',
];
const GOVERNMENT_BODIES = ['Government', 'Foreign Ministry', 'Defence Ministry', 'Trade Ministry', 'Presidency'];
const MEDIA = ['Daily Herald', 'Morning Post', 'World Wire', 'Evening Courier', 'Global Gazette', 'Press Digest'];

const TOPICS = [
  'fisheries',
  'trade tariffs',
  'the border dispute',
  'climate finance',
  'maritime security',
  'grain exports',
  'energy supplies',
  'refugee resettlement',
  'arms control',
  'debt relief',
  'water rights',
  'nuclear inspections',
  'visa rules',
  'a ceasefire',
  'airspace access',
  'prisoner exchanges',
  'rare earth exports',
  'a pipeline',
];
const AGREEMENTS = [
  'a trade accord',
  'a defence pact',
  'a fisheries treaty',
  'a memorandum of understanding',
  'a ceasefire agreement',
  'a visa waiver',
  'an energy deal',
  'a joint declaration',
  'a border protocol',
  'a science partnership',
];
const VERBS_SAID = ['said', 'told reporters', 'declared', 'stated', 'insisted', 'warned', 'confirmed'];

// ---------------------------------------------------------------------------
// Options

export interface GenerateOptions {
  /** Number of events. */
  readonly events: number;
  readonly seed: number;
  /** Source texts; default 6. Every quote stands verbatim in one of them. */
  readonly sources?: number;
  /** Actors; default 2·√events, between 24 and 600. */
  readonly actors?: number;
  /** Countries, the most frequent first; default all of COUNTRIES (50). */
  readonly countries?: number;
  /** First and last year of the events; default 1990–2025. */
  readonly fromYear?: number;
  readonly toYear?: number;
  /** Sentences in each source text; default 120 (some 10 kB, a long article). */
  readonly sentencesPerSource?: number;
}

export interface GeneratedDataset {
  readonly dataset: Dataset;
  /** Source texts keyed by each source's `file`, as validateDataset's sourceTexts expects. */
  readonly sourceTexts: Readonly<Record<string, string>>;
}

export function defaultActorCount(events: number): number {
  return Math.min(600, Math.max(24, Math.round(2 * Math.sqrt(events))));
}

function slug(text: string): string {
  return text
    .normalize('NFD')
    .replace(/\p{M}/gu, '')
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-+|-+$/g, '');
}

const pad = (value: number, width: number) => String(value).padStart(width, '0');
const capitalise = (text: string) => text.charAt(0).toUpperCase() + text.slice(1);

// ---------------------------------------------------------------------------
// Actors

function makeActors(random: Random, count: number, countries: readonly Country[]): Actor[] {
  const actors: Actor[] = [];
  const usedIds = new Set<string>();
  const uniqueId = (base: string) => {
    let id = slug(base);
    for (let n = 2; usedIds.has(id); n++) id = `${slug(base)}-${n}`;
    usedIds.add(id);
    return id;
  };
  for (let i = 0; i < count; i++) {
    const country = countries[i % countries.length] as Country;
    const roll = random.float();
    let kind: ActorKind;
    let name: string;
    let role: string | undefined;
    if (roll < 0.7) {
      kind = 'person';
      name = `${random.pick(GIVEN_NAMES)} ${random.pick(FAMILY_NAMES)}`;
      role = `${capitalise(random.pick(PERSON_ROLES))} of ${country.name}`;
    } else if (roll < 0.85) {
      kind = 'government';
      name = `${random.pick(GOVERNMENT_BODIES)} of ${country.name}`;
    } else if (roll < 0.95) {
      kind = 'organization';
      name = capitalise(random.pick(ORGANIZATIONS));
      role = 'International body';
    } else {
      kind = 'media';
      name = `The ${random.pick(MEDIA)}`;
    }
    const actor: Actor = { id: uniqueId(name), name, kind };
    if (kind === 'person' || kind === 'government') actor.country = country.code;
    if (role !== undefined) actor.role = role;
    actors.push(actor);
  }
  return actors;
}

// ---------------------------------------------------------------------------
// Sources: texts made of sentences, from which quotes are cut at word boundaries

interface SourceSentences {
  readonly source: Source;
  readonly sentences: readonly string[];
}

function sentence(random: Random, countries: readonly Country[], actors: readonly Actor[]): string {
  const a = random.pick(countries);
  const b = random.pick(countries);
  const who = random.pick(actors).name;
  const topic = random.pick(TOPICS);
  switch (random.int(0, 7)) {
    case 0:
      return `${who} ${random.pick(VERBS_SAID)} that talks on ${topic} with ${b.name} had made real progress in ${a.capital}.`;
    case 1:
      return `Officials in ${a.capital} described the meeting on ${topic} as frank, long and at times difficult.`;
    case 2:
      return `${capitalise(a.name)} and ${b.name} agreed to meet again before the end of the year to settle ${topic}.`;
    case 3:
      return `"We will not accept any deal on ${topic} that ignores our partners," ${who} ${random.pick(VERBS_SAID)}.`;
    case 4:
      return `The delegation from ${b.name} left ${a.capital} without a joint statement, according to people familiar with the talks.`;
    case 5:
      return `Diplomats said the dispute over ${topic} had strained relations between ${a.name} and ${b.name} for months.`;
    case 6:
      return `${who} is expected to travel to ${b.capital} next week to sign ${random.pick(AGREEMENTS)}.`;
    default:
      return `Analysts warned that the row over ${topic} could spill into other areas of cooperation.`;
  }
}

function makeSources(
  random: Random,
  count: number,
  sentencesPerSource: number,
  countries: readonly Country[],
  actors: readonly Actor[],
): SourceSentences[] {
  return Array.from({ length: count }, (_, i) => {
    const id = `digest-${pad(i + 1, 2)}`;
    const sentences = Array.from({ length: sentencesPerSource }, () => sentence(random, countries, actors));
    const source: Source = {
      id,
      title: `Synthetic diplomatic news digest no. ${i + 1}`,
      file: `sources/${id}.txt`,
    };
    if (i % 2 === 0) source.origin = 'Generated for the benchmark; no outlet.';
    return { source, sentences };
  });
}

/** Paragraphs of five sentences; quotes never span two sentences, so never a paragraph break. */
function sourceText(sentences: readonly string[]): string {
  const paragraphs: string[] = [];
  for (let i = 0; i < sentences.length; i += 5) paragraphs.push(sentences.slice(i, i + 5).join(' '));
  return `${paragraphs.join('\n\n')}\n`;
}

/** A run of whole words from one sentence: 5 to 14 words, or the whole sentence when shorter. */
function quoteFrom(random: Random, text: string): string {
  const words = text.split(' ');
  const length = Math.min(words.length, random.int(5, 14));
  const start = random.int(0, words.length - length);
  return words.slice(start, start + length).join(' ');
}

// ---------------------------------------------------------------------------
// Dates

const DAY_MS = 86_400_000;

interface DayDate {
  year: number;
  month: number;
  day: number;
}

function dayOf(ms: number): DayDate {
  const date = new Date(ms);
  return { year: date.getUTCFullYear(), month: date.getUTCMonth() + 1, day: date.getUTCDate() };
}

const formatDay = (d: DayDate) => `${pad(d.year, 4)}-${pad(d.month, 2)}-${pad(d.day, 2)}`;
const formatMonth = (d: DayDate) => `${pad(d.year, 4)}-${pad(d.month, 2)}`;

function qualifier(random: Random): string {
  const roll = random.float();
  if (roll < 0.07) return '~';
  if (roll < 0.12) return '?';
  if (roll < 0.13) return '%';
  return '';
}

interface DateChoice {
  date: string;
  precision: 'day' | 'month' | 'year';
  interval: boolean;
}

/** A date around `ms`, clamped inside [minMs, maxMs]: points, intervals, coarse precisions. */
function dateAround(random: Random, ms: number, maxMs: number): DateChoice {
  const start = dayOf(ms);
  const roll = random.float();
  if (roll < 0.64) return { date: formatDay(start) + qualifier(random), precision: 'day', interval: false };
  if (roll < 0.78) {
    const end = dayOf(Math.min(maxMs, ms + random.int(1, 20) * DAY_MS));
    return { date: `${formatDay(start)}${qualifier(random)}/${formatDay(end)}${qualifier(random)}`, precision: 'day', interval: true };
  }
  if (roll < 0.88) return { date: formatMonth(start) + qualifier(random), precision: 'month', interval: false };
  if (roll < 0.92) return { date: pad(start.year, 4) + qualifier(random), precision: 'year', interval: false };
  if (roll < 0.97) {
    const end = dayOf(Math.min(maxMs, ms + random.int(31, 200) * DAY_MS));
    const to = end.year === start.year && end.month === start.month ? formatDay(end) : formatMonth(end);
    return { date: `${formatMonth(start)}/${to}`, precision: 'month', interval: true };
  }
  // A day start and a month end: "2003-04-10/2003-06", an end known only to the month.
  const end = dayOf(Math.min(maxMs, ms + random.int(20, 90) * DAY_MS));
  const endText = end.year === start.year && end.month === start.month ? formatDay(end) : formatMonth(end);
  return { date: `${formatDay(start)}/${endText}${qualifier(random)}`, precision: 'day', interval: true };
}

const DATE_NOTES: Record<DateBasis, readonly string[]> = {
  stated: ['The source prints the date.', 'Dated in the report itself.', 'The digest gives the day.'],
  relative: [
    '"Last week" in a report of the following Monday.',
    '"Tuesday" in a dispatch of that week.',
    '"Earlier this month" in a later report.',
  ],
  inferred: [
    'Inferred from the order of events in the digest.',
    'Inferred from a later reference to the meeting.',
    'Inferred: the report names the season only.',
  ],
};

function dateBasis(random: Random): DateBasis {
  const roll = random.float();
  return roll < 0.7 ? 'stated' : roll < 0.9 ? 'relative' : 'inferred';
}

// ---------------------------------------------------------------------------
// Events

/** The event's first two countries; an event with one names another country in its title only. */
function twoCountries(random: Random, countries: readonly Country[]): [Country, Country] {
  const [a, b] = countries as [Country, ...Country[]];
  if (b) return [a, b];
  const other = random.pick(COUNTRIES);
  return [a, other.code === a.code ? (COUNTRIES.find((country) => country.code !== a.code) as Country) : other];
}

function title(random: Random, countries: readonly Country[], actors: readonly Actor[]): string {
  const [a, b] = twoCountries(random, countries);
  const person = actors.find((actor) => actor.kind === 'person')?.name;
  const other = actors.find((actor) => actor.kind === 'person' && actor.name !== person)?.name;
  const topic = random.pick(TOPICS);
  switch (random.int(0, 9)) {
    case 0:
      return `${capitalise(a.name)} and ${b.name} sign ${random.pick(AGREEMENTS)}`;
    case 1:
      return person ? `${person} visits ${b.capital}` : `Delegation from ${a.name} visits ${b.capital}`;
    case 2:
      return `${capitalise(a.name)} recalls its ambassador to ${b.name}`;
    case 3:
      return `Talks on ${topic} open in ${a.capital}`;
    case 4:
      return person && other ? `${person} meets ${other}` : `Envoys of ${a.name} and ${b.name} meet`;
    case 5:
      return `${capitalise(a.name)} imposes sanctions over ${topic}`;
    case 6:
      return `${capitalise(a.name)} and ${b.name} restore ties`;
    case 7:
      return `Joint statement on ${topic}`;
    case 8:
      return `Summit in ${a.capital} on ${topic}`;
    default:
      return `${capitalise(a.name)} protests to ${b.name}`;
  }
}

function summary(random: Random, countries: readonly Country[]): string {
  const [a, b] = twoCountries(random, countries);
  return `A synthetic event between ${a.name} and ${b.name} about ${random.pick(TOPICS)}, generated for the benchmark.`;
}

/** Distinct picks, drawn until `count` are found or `tries` run out. */
function distinct<T>(draw: () => T, count: number, tries = count * 4): T[] {
  const found = new Set<T>();
  for (let i = 0; i < tries && found.size < count; i++) found.add(draw());
  return [...found];
}

/** Event times: two thirds spread evenly, a third in short crises, which make dense stretches. */
function eventTimes(random: Random, count: number, fromMs: number, toMs: number): number[] {
  const span = toMs - fromMs;
  const crises = Array.from({ length: Math.max(3, Math.round(count / 400)) }, () => fromMs + random.float() * span);
  const times: number[] = [];
  for (let i = 0; i < count; i++) {
    const ms = random.chance(0.66) ? fromMs + random.float() * span : random.pick(crises) + random.normal() * 20 * DAY_MS;
    times.push(Math.min(toMs, Math.max(fromMs, ms)));
  }
  return times.sort((x, y) => x - y);
}

export function generateDataset(options: GenerateOptions): GeneratedDataset {
  const { events: eventCount, seed } = options;
  if (!Number.isInteger(eventCount) || eventCount < 0) throw new Error(`events must be a whole number, got ${eventCount}`);
  const fromYear = options.fromYear ?? 1990;
  const toYear = options.toYear ?? 2025;
  if (!(fromYear <= toYear)) throw new Error(`fromYear ${fromYear} is after toYear ${toYear}`);
  const random = new Random(seed);

  const countries = COUNTRIES.slice(0, Math.max(1, Math.min(COUNTRIES.length, options.countries ?? COUNTRIES.length)));
  const countryPicker = new WeightedPicker(countries, zipfWeights(countries.length, 0.9));
  const actors = makeActors(random, Math.max(1, options.actors ?? defaultActorCount(eventCount)), countries);
  const actorsByCountry = new Map<string, Actor[]>();
  for (const actor of actors) {
    if (!actor.country) continue;
    const list = actorsByCountry.get(actor.country);
    if (list) list.push(actor);
    else actorsByCountry.set(actor.country, [actor]);
  }
  const actorPicker = new WeightedPicker(actors, zipfWeights(actors.length, 0.6));

  const sources = makeSources(random, Math.max(1, options.sources ?? 6), Math.max(1, options.sentencesPerSource ?? 120), countries, actors);
  const fromMs = Date.UTC(fromYear, 0, 1);
  const lastDay = Date.UTC(toYear, 11, daysInMonth(toYear, 12));

  const events: TimelineEvent[] = [];
  const times = eventTimes(random, eventCount, fromMs, lastDay);
  times.forEach((ms, index) => {
    const countryCount = random.chance(0.55) ? 1 : random.chance(0.78) ? 2 : 3;
    const eventCountries = distinct(() => countryPicker.pick(random), countryCount);
    const actorCount = random.int(0, 3);
    const eventActors = distinct(() => {
      const local = actorsByCountry.get(random.pick(eventCountries).code);
      return local && random.chance(0.7) ? random.pick(local) : actorPicker.pick(random);
    }, actorCount);

    const when = dateAround(random, ms, lastDay);
    const basis = dateBasis(random);
    const eventTitle = title(random, eventCountries, eventActors);
    const quotes: Quote[] = Array.from({ length: random.chance(0.8) ? 1 : 2 }, () => {
      const from = random.pick(sources);
      const quote: Quote = { source: from.source.id, text: quoteFrom(random, random.pick(from.sentences)) };
      if (eventActors.length > 0 && random.chance(0.5)) quote.speaker = random.pick(eventActors).id;
      return quote;
    });

    // Links go back in time to one of the last 60 events, never to the event itself.
    const related: Relation[] = [];
    if (index > 0 && random.chance(0.25)) {
      const targets = distinct(() => index - random.int(1, Math.min(60, index)), random.chance(0.75) ? 1 : 2);
      for (const target of targets) {
        const relation: Relation = { event: eventId(target, events), type: random.pick(RELATION_TYPES) };
        if (random.chance(0.2)) relation.note = 'A link drawn by the generator.';
        related.push(relation);
      }
    }

    const event: TimelineEvent = {
      id: `${slug(eventTitle).split('-').slice(0, 5).join('-')}-${index + 1}`,
      title: eventTitle,
      date: when.date,
      dateBasis: basis,
      dateNote: random.pick(DATE_NOTES[basis]),
      status: random.chance(0.04) ? 'planned' : 'occurred',
      countries: eventCountries.map((country) => country.code),
      actors: eventActors.map((actor) => actor.id),
      summary: summary(random, eventCountries),
      quotes,
      related,
    };
    if (random.chance(0.2)) event.tags = [random.pick(TOPICS)];
    events.push(event);
  });

  const dataset: Dataset = {
    schemaVersion: SCHEMA_VERSION,
    title: `Synthetic diplomatic timeline: ${eventCount} events, ${fromYear}–${toYear} (seed ${seed})`,
    description: 'Generated by tests/bench/generate.ts for the benchmark. Every quote stands verbatim in one of the generated digests.',
    sources: sources.map((item) => item.source),
    actors,
    events,
  };
  const sourceTexts: Record<string, string> = {};
  for (const item of sources) sourceTexts[item.source.file] = sourceText(item.sentences);
  return { dataset, sourceTexts };
}

function eventId(index: number, events: readonly TimelineEvent[]): string {
  const event = events[index];
  if (!event) throw new Error(`no event at ${index}`);
  return event.id;
}

/** Writes the dataset to `outFile` and its source texts beside it; returns the files written. */
export function writeGenerated(generated: GeneratedDataset, outFile: string, pretty = false): string[] {
  const dir = dirname(resolve(outFile));
  mkdirSync(dir, { recursive: true });
  writeFileSync(outFile, `${JSON.stringify(generated.dataset, null, pretty ? 2 : undefined)}\n`);
  const written = [outFile];
  for (const [file, text] of Object.entries(generated.sourceTexts)) {
    const path = join(dir, file);
    mkdirSync(dirname(path), { recursive: true });
    writeFileSync(path, text);
    written.push(path);
  }
  return written;
}

// ---------------------------------------------------------------------------
// CLI

const USAGE = 'usage: tsx tests/bench/generate.ts --events N [--seed S] --out path/events.json [--sources K] [--actors A] [--pretty]';

function wholeNumber(name: string, text: string | undefined, fallback?: number): number {
  if (text === undefined) {
    if (fallback === undefined) throw new Error(`--${name} is required\n${USAGE}`);
    return fallback;
  }
  const value = Number(text);
  if (!Number.isInteger(value) || value < 0) throw new Error(`--${name} must be a whole number, got "${text}"`);
  return value;
}

export function main(argv: readonly string[]): number {
  try {
    const { values } = parseArgs({
      args: [...argv],
      options: {
        events: { type: 'string' },
        seed: { type: 'string' },
        out: { type: 'string' },
        sources: { type: 'string' },
        actors: { type: 'string' },
        pretty: { type: 'boolean', default: false },
      },
      strict: true,
    });
    if (!values.out) throw new Error(`--out is required\n${USAGE}`);
    const options: GenerateOptions = {
      events: wholeNumber('events', values.events),
      seed: wholeNumber('seed', values.seed, 1),
      ...(values.sources !== undefined ? { sources: wholeNumber('sources', values.sources) } : {}),
      ...(values.actors !== undefined ? { actors: wholeNumber('actors', values.actors) } : {}),
    };
    const generated = generateDataset(options);
    const written = writeGenerated(generated, values.out, values.pretty);
    const links = generated.dataset.events.reduce((sum, event) => sum + (event.related?.length ?? 0), 0);
    console.log(
      `${values.out}: ${generated.dataset.events.length} events, ${generated.dataset.actors.length} actors, ` +
        `${links} links, ${generated.dataset.sources.length} sources (${written.length} files, seed ${options.seed})`,
    );
    return 0;
  } catch (error) {
    console.error(error instanceof Error ? error.message : String(error));
    return 1;
  }
}

if (process.argv[1] && import.meta.url === pathToFileURL(process.argv[1]).href) {
  process.exitCode = main(process.argv.slice(2));
}
