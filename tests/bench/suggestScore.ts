/**
 * Scoring the suggester (issue 16), pure: given a text, the events expected from it and the
 * candidates the suggester made of it, how many events it found, how many of its candidates
 * were events, and how well the found ones agree on date, countries and actors.
 *
 * - A candidate matches an event when its quote overlaps, by character offsets in the text,
 *   one of the event's quotes. The event's quotes are located in the text with white space
 *   folded (a run of blanks, tabs or line breaks reads as one space; ends trimmed), as the
 *   dataset's verbatim rule allows; every place a quote stands counts.
 * - Two dates agree when, both widened to the coarser precision of the two (year, month or
 *   day), their ranges overlap: "2021-10" agrees with "2021-10-05", "2021-10-05" does not
 *   with "2021-10-06"; a window or an interval agrees with any date within its range. The
 *   ranges are the ones the layout draws (ParsedDate startMs/endMs; an open window reaches a
 *   unit of the next coarser precision past its known end). Qualifiers (~ ? %) are ignored.
 *   So "[..2021-10-05]" (on or before the publication day, what a suggester may say of an
 *   undated sentence) agrees with any day from 5 September to 5 October 2021: events found
 *   that way are counted apart (foundByOpenWindow), for the figures to be read with it.
 * - Strict agreement (foundStrict, recallStrict, datesStrict) asks more of the candidate's
 *   date: that it agree as above AND be bounded (no open window, "[..2021-10-05]" or
 *   "[2021-10-05..]") AND span no more than 31 days, or no more than the expected date itself
 *   (a candidate "2016" for an event dated "2016" is as precise as the event allows). So
 *   "on or before 5 October" and "September to October" no longer count as finding an event
 *   of 22 September; "2021-09" (30 days) or "2021-10-05?" still do. Widths are the ranges the
 *   layout draws (ParsedDate startMs/endMs, qualifiers ignored).
 * - An event is located when some candidate matches it by quote, and found when such a
 *   candidate also carries a date that agrees: the rule. Recall is found / events,
 *   precision the share of candidates that find some event. Located alone is too weak a
 *   test for these texts: nearly every sentence of the shipped sources is some event's
 *   quote, so taking every sentence as a candidate locates every event with a precision of
 *   0.9; the figures "by quote" are printed beside, for what they say. Date, country and
 *   actor agreement are over located events (over found ones, dates would agree always).
 *   One candidate may find several events (the dataset often quotes one sentence for two
 *   events, and the suggester makes one candidate of it), and several candidates may find
 *   one event.
 * - Countries agree when the sets are equal; Jaccard is |A ∩ B| / |A ∪ B| (1 for two empty sets).
 * - Actors agree by name: two names are the same actor when, folded (case, accents,
 *   apostrophes, hyphens), they are equal or the words of one are the last words of the
 *   other ("Blinken" and "Antony Blinken"), or when the candidate's actor id is the
 *   event's. The candidate's speaker counts among its actors. "Share" is the share of found
 *   events whose actors and the candidate's share at least one (or both have none); Jaccard
 *   as for countries (two empty sets agree).
 *
 * When several candidates match an event by quote, the one scored for date, countries and
 * actors is one whose date agrees, then the one overlapping the event's quotes most.
 */
import { parseEdtf, type ParsedDate, type Precision } from '../../src/model/edtf.ts';

export interface ScoreSpan {
  readonly start: number;
  readonly end: number;
}

/** What the scoring reads of a suggester's candidate (src/suggest's Candidate has all of it). */
export interface ScoredCandidate {
  readonly quote: ScoreSpan & { readonly text?: string };
  readonly date?: { readonly edtf: string };
  readonly countries: readonly { readonly code: string }[];
  readonly actors: readonly { readonly id?: string; readonly name: string }[];
  readonly speaker?: { readonly id?: string; readonly name: string };
}

/** An event expected from a text: its quotes from that text (verbatim, white space aside), date, countries and actors. */
export interface ExpectedEvent {
  readonly id: string;
  readonly quotes: readonly string[];
  readonly date: string;
  readonly countries: readonly string[];
  /** Actor names; ids alongside when known (the dataset's), matched against the candidate's ids too. */
  readonly actors: readonly { readonly name: string; readonly id?: string }[];
}

export interface EventScore {
  readonly id: string;
  /** Where the event's quotes stand in the text; empty when none was found there. */
  readonly spans: readonly ScoreSpan[];
  /** Quotes of the event that the text does not hold (white space folded). */
  readonly missingQuotes: readonly string[];
  /** Index of the candidate scored against the event; undefined when none matched by quote. */
  readonly candidate?: number;
  /** Some candidate's quote overlaps one of the event's. */
  readonly located: boolean;
  /** Located by a candidate whose date agrees. */
  readonly found: boolean;
  /** Found, but through a candidate date that is an open window ("[..2021-10-05]", "[2021-10-05..]"). */
  readonly foundByOpenWindow: boolean;
  /** Located by a candidate whose date agrees strictly (datesAgreeStrictly: bounded, at most 31 days or the event's width). */
  readonly foundStrict: boolean;
  readonly countriesEqual: boolean;
  readonly countriesJaccard: number;
  readonly actorsShared: boolean;
  readonly actorsJaccard: number;
  readonly expectedDate: string;
  readonly candidateDate?: string;
}

export interface TextScore {
  readonly events: readonly EventScore[];
  /** Per candidate: the ids of the events it matches by quote, and of those it finds (quote and date). */
  readonly candidates: readonly { readonly located: readonly string[]; readonly found: readonly string[] }[];
}

export interface Figures {
  readonly events: number;
  readonly candidates: number;
  /** Events some candidate's quote overlaps. */
  readonly located: number;
  /** Events located by a candidate whose date agrees. */
  readonly found: number;
  /** Of those, found through an open window: "on or before" the publication agrees with anything in the month before it. */
  readonly foundByOpenWindow: number;
  /** Events located by a candidate whose date agrees strictly (bounded, at most 31 days wide or no wider than the event's). */
  readonly foundStrict: number;
  /** Candidates overlapping some event's quote; and finding some event (quote and date). */
  readonly candidatesLocating: number;
  readonly candidatesFinding: number;
  /** Among located events. */
  readonly countriesEqual: number;
  readonly countriesJaccardSum: number;
  readonly actorsShared: number;
  readonly actorsJaccardSum: number;
  /** Events none of whose quotes the text holds: they cannot be found. */
  readonly unlocated: number;
}

export interface Rates {
  /** found / events: the recall. */
  readonly recall: number;
  /** located / events */
  readonly recallByQuote: number;
  /** candidatesFinding / candidates: the precision. */
  readonly precision: number;
  /** candidatesLocating / candidates */
  readonly precisionByQuote: number;
  /** found / located: of the events located, the share whose date agrees. */
  readonly dates: number;
  /** foundStrict / events: recall counting only bounded dates at most 31 days wide (or no wider than the event's). */
  readonly recallStrict: number;
  /** foundStrict / located. */
  readonly datesStrict: number;
  /** The rest: over located events. */
  readonly countriesEqual: number;
  readonly countriesJaccard: number;
  readonly actorsShared: number;
  readonly actorsJaccard: number;
}

// ---------------------------------------------------------------------------
// Locating quotes

/** The text with every run of white space as one space, and for each of its characters the offset it came from. */
function foldWithMap(text: string): { folded: string; from: number[] } {
  let folded = '';
  const from: number[] = [];
  let inBlank = false;
  for (let i = 0; i < text.length; i++) {
    const ch = text[i] as string;
    if (/\s/u.test(ch)) {
      if (!inBlank) {
        folded += ' ';
        from.push(i);
      }
      inBlank = true;
    } else {
      folded += ch;
      from.push(i);
      inBlank = false;
    }
  }
  return { folded, from };
}

export function foldWhiteSpace(text: string): string {
  return text.replace(/\s+/gu, ' ').trim();
}

/** Every place `quote` stands in `text`, white space folded, as offsets in `text` (end exclusive). */
export function locateQuote(text: string, quote: string): ScoreSpan[] {
  const needle = foldWhiteSpace(quote);
  if (needle === '') return [];
  const { folded, from } = foldWithMap(text);
  const spans: ScoreSpan[] = [];
  for (let at = folded.indexOf(needle); at !== -1; at = folded.indexOf(needle, at + 1)) {
    const last = from[at + needle.length - 1] as number;
    spans.push({ start: from[at] as number, end: last + 1 });
  }
  return spans;
}

/** Half-open ranges [start, end) overlap when they share a character. */
export function spansOverlap(a: ScoreSpan, b: ScoreSpan): boolean {
  return a.start < b.end && b.start < a.end;
}

function overlapLength(a: ScoreSpan, b: ScoreSpan): number {
  return Math.max(0, Math.min(a.end, b.end) - Math.max(a.start, b.start));
}

// ---------------------------------------------------------------------------
// Dates

const PRECISION_RANK: Record<Precision, number> = { year: 0, month: 1, day: 2 };

/** The coarsest precision of a date's ends. */
function precisionOf(date: ParsedDate): Precision {
  return PRECISION_RANK[date.start.precision] <= PRECISION_RANK[date.end.precision] ? date.start.precision : date.end.precision;
}

function utc(year: number, monthIndex: number, day: number): number {
  const date = new Date(0);
  date.setUTCFullYear(year, monthIndex, day);
  return date.getTime();
}

/** The first instant of the year, month or day holding `ms`. */
function unitStart(ms: number, precision: Precision): number {
  const date = new Date(ms);
  const year = date.getUTCFullYear();
  if (precision === 'year') return utc(year, 0, 1);
  if (precision === 'month') return utc(year, date.getUTCMonth(), 1);
  return utc(year, date.getUTCMonth(), date.getUTCDate());
}

/** The instant just after the year, month or day holding `ms`. */
function unitEnd(ms: number, precision: Precision): number {
  const date = new Date(ms);
  const year = date.getUTCFullYear();
  if (precision === 'year') return utc(year + 1, 0, 1);
  if (precision === 'month') return utc(year, date.getUTCMonth() + 1, 1);
  return utc(year, date.getUTCMonth(), date.getUTCDate() + 1);
}

/** The range of a date widened to whole units of `precision`. */
function widened(date: ParsedDate, precision: Precision): ScoreSpan {
  return { start: unitStart(date.startMs, precision), end: unitEnd(date.endMs - 1, precision) };
}

/**
 * Whether two EDTF dates agree at the coarser precision of the two (see the header); false
 * when either is missing or is no date.
 */
export function datesAgree(expected: string | undefined, suggested: string | undefined): boolean {
  if (expected === undefined || suggested === undefined) return false;
  const a = parseEdtf(expected.trim());
  const b = parseEdtf(suggested.trim());
  if (!a.ok || !b.ok) return false;
  const pa = precisionOf(a.value);
  const pb = precisionOf(b.value);
  const coarser = PRECISION_RANK[pa] <= PRECISION_RANK[pb] ? pa : pb;
  return spansOverlap(widened(a.value, coarser), widened(b.value, coarser));
}

/** The widest a candidate's date may be and still agree strictly, unless the expected date is wider. */
export const STRICT_MAX_DAYS = 31;
const DAY_MS = 86_400_000;

/**
 * Strict agreement (see the header): the dates agree, and the suggested one is bounded (no
 * open window) and spans at most STRICT_MAX_DAYS days, or no more than the expected date.
 */
export function datesAgreeStrictly(expected: string | undefined, suggested: string | undefined): boolean {
  if (!datesAgree(expected, suggested) || expected === undefined || suggested === undefined) return false;
  const a = parseEdtf(expected.trim());
  const b = parseEdtf(suggested.trim());
  if (!a.ok || !b.ok || b.value.openStart || b.value.openEnd || isOpenWindow(suggested)) return false;
  const width = b.value.endMs - b.value.startMs;
  return width <= STRICT_MAX_DAYS * DAY_MS || width <= a.value.endMs - a.value.startMs;
}

/** "[..2021-10-05]" or "[2021-10-05..]": on or before, on or after. */
export function isOpenWindow(edtf: string | undefined): boolean {
  return edtf !== undefined && /^\[(?:\.\.[^\]]+|[^\]]+\.\.)\]$/u.test(edtf.trim());
}

// ---------------------------------------------------------------------------
// Countries and actors

export function jaccard<T>(a: ReadonlySet<T>, b: ReadonlySet<T>): number {
  if (a.size === 0 && b.size === 0) return 1;
  let shared = 0;
  for (const item of a) if (b.has(item)) shared += 1;
  return shared / (a.size + b.size - shared);
}

export function setsEqual<T>(a: ReadonlySet<T>, b: ReadonlySet<T>): boolean {
  return a.size === b.size && [...a].every((item) => b.has(item));
}

/** A name's words, folded: lower case, no accents, apostrophes and hyphens as spaces. */
export function nameWords(name: string): string[] {
  return name
    .normalize('NFD')
    .replace(/\p{M}/gu, '')
    .toLowerCase()
    .replace(/[’'‘`\-‐‑–—.]/gu, ' ')
    .split(/\s+/u)
    .filter((word) => word !== '');
}

/** Two names of the same actor: equal once folded, or the words of one the last words of the other. */
export function sameName(a: string, b: string): boolean {
  const wa = nameWords(a);
  const wb = nameWords(b);
  if (wa.length === 0 || wb.length === 0) return false;
  const [short, long] = wa.length <= wb.length ? [wa, wb] : [wb, wa];
  const tail = long.slice(long.length - short.length);
  return short.every((word, i) => word === tail[i]);
}

type NamedActor = { readonly name: string; readonly id?: string };

function sameActor(expected: NamedActor, suggested: NamedActor): boolean {
  if (expected.id !== undefined && suggested.id !== undefined && expected.id === suggested.id) return true;
  return sameName(expected.name, suggested.name);
}

/** Pairs of expected and suggested actors, each used once (greedy, in order), and the Jaccard of the two sets. */
export function actorAgreement(expected: readonly NamedActor[], suggested: readonly NamedActor[]): { shared: number; jaccard: number } {
  const used = new Set<number>();
  let shared = 0;
  for (const actor of expected) {
    const index = suggested.findIndex((other, i) => !used.has(i) && sameActor(actor, other));
    if (index !== -1) {
      used.add(index);
      shared += 1;
    }
  }
  const union = expected.length + suggested.length - shared;
  return { shared, jaccard: union === 0 ? 1 : shared / union };
}

/** A candidate's actors with its speaker, each name once. */
export function candidateActors(candidate: ScoredCandidate): NamedActor[] {
  const all = candidate.speaker ? [...candidate.actors, candidate.speaker] : [...candidate.actors];
  const seen: NamedActor[] = [];
  for (const actor of all) {
    if (
      !seen.some(
        (other) => (actor.id !== undefined && other.id === actor.id) || nameWords(other.name).join(' ') === nameWords(actor.name).join(' '),
      )
    ) {
      seen.push(actor);
    }
  }
  return seen;
}

// ---------------------------------------------------------------------------
// Scoring a text

export function scoreText(text: string, expected: readonly ExpectedEvent[], candidates: readonly ScoredCandidate[]): TextScore {
  const located = expected.map((event) => {
    const spans: ScoreSpan[] = [];
    const missingQuotes: string[] = [];
    for (const quote of event.quotes) {
      const found = locateQuote(text, quote);
      if (found.length === 0) missingQuotes.push(quote);
      spans.push(...found);
    }
    return { event, spans, missingQuotes };
  });

  const candidateMatches = candidates.map(() => ({ located: [] as string[], found: [] as string[] }));
  const events: EventScore[] = located.map(({ event, spans, missingQuotes }) => {
    let best: { index: number; dated: boolean; overlap: number } | undefined;
    let foundStrict = false;
    candidates.forEach((candidate, index) => {
      if (!spans.some((span) => spansOverlap(span, candidate.quote))) return;
      const overlap = spans.reduce((sum, span) => sum + overlapLength(span, candidate.quote), 0);
      const dated = datesAgree(event.date, candidate.date?.edtf);
      if (datesAgreeStrictly(event.date, candidate.date?.edtf)) foundStrict = true;
      const entry = candidateMatches[index] as { located: string[]; found: string[] };
      entry.located.push(event.id);
      if (dated) entry.found.push(event.id);
      if (!best || (dated && !best.dated) || (dated === best.dated && overlap > best.overlap)) best = { index, dated, overlap };
    });
    const base = { id: event.id, spans, missingQuotes, expectedDate: event.date };
    if (!best) {
      return {
        ...base,
        located: false,
        found: false,
        foundByOpenWindow: false,
        foundStrict: false,
        countriesEqual: false,
        countriesJaccard: 0,
        actorsShared: false,
        actorsJaccard: 0,
      };
    }
    const candidate = candidates[best.index] as ScoredCandidate;
    const expectedCountries = new Set(event.countries);
    const suggestedCountries = new Set(candidate.countries.map((place) => place.code));
    const actors = actorAgreement(event.actors, candidateActors(candidate));
    return {
      ...base,
      candidate: best.index,
      located: true,
      found: best.dated,
      foundByOpenWindow: best.dated && isOpenWindow(candidate.date?.edtf),
      foundStrict,
      countriesEqual: setsEqual(expectedCountries, suggestedCountries),
      countriesJaccard: jaccard(expectedCountries, suggestedCountries),
      actorsShared: actors.shared > 0 || (event.actors.length === 0 && candidateActors(candidate).length === 0),
      actorsJaccard: actors.jaccard,
      ...(candidate.date ? { candidateDate: candidate.date.edtf } : {}),
    };
  });
  return { events, candidates: candidateMatches };
}

export function figuresOf(score: TextScore): Figures {
  const located = score.events.filter((event) => event.located);
  return {
    events: score.events.length,
    candidates: score.candidates.length,
    located: located.length,
    found: located.filter((event) => event.found).length,
    foundByOpenWindow: located.filter((event) => event.foundByOpenWindow).length,
    foundStrict: located.filter((event) => event.foundStrict).length,
    candidatesLocating: score.candidates.filter((candidate) => candidate.located.length > 0).length,
    candidatesFinding: score.candidates.filter((candidate) => candidate.found.length > 0).length,
    countriesEqual: located.filter((event) => event.countriesEqual).length,
    countriesJaccardSum: located.reduce((sum, event) => sum + event.countriesJaccard, 0),
    actorsShared: located.filter((event) => event.actorsShared).length,
    actorsJaccardSum: located.reduce((sum, event) => sum + event.actorsJaccard, 0),
    unlocated: score.events.filter((event) => event.spans.length === 0).length,
  };
}

export function addFigures(all: readonly Figures[]): Figures {
  const sum = (key: keyof Figures): number => all.reduce((total, figures) => total + figures[key], 0);
  return {
    events: sum('events'),
    candidates: sum('candidates'),
    located: sum('located'),
    found: sum('found'),
    foundByOpenWindow: sum('foundByOpenWindow'),
    foundStrict: sum('foundStrict'),
    candidatesLocating: sum('candidatesLocating'),
    candidatesFinding: sum('candidatesFinding'),
    countriesEqual: sum('countriesEqual'),
    countriesJaccardSum: sum('countriesJaccardSum'),
    actorsShared: sum('actorsShared'),
    actorsJaccardSum: sum('actorsJaccardSum'),
    unlocated: sum('unlocated'),
  };
}

/** Ratios of the figures; a ratio over nothing is 0 (nothing located: nothing agrees). */
export function ratesOf(figures: Figures): Rates {
  const ratio = (part: number, whole: number): number => (whole === 0 ? 0 : part / whole);
  return {
    recall: ratio(figures.found, figures.events),
    recallByQuote: ratio(figures.located, figures.events),
    precision: ratio(figures.candidatesFinding, figures.candidates),
    precisionByQuote: ratio(figures.candidatesLocating, figures.candidates),
    dates: ratio(figures.found, figures.located),
    recallStrict: ratio(figures.foundStrict, figures.events),
    datesStrict: ratio(figures.foundStrict, figures.located),
    countriesEqual: ratio(figures.countriesEqual, figures.located),
    countriesJaccard: ratio(figures.countriesJaccardSum, figures.located),
    actorsShared: ratio(figures.actorsShared, figures.located),
    actorsJaccard: ratio(figures.actorsJaccardSum, figures.located),
  };
}

// ---------------------------------------------------------------------------
// The shipped dataset as expected events

interface DatasetLike {
  readonly actors: readonly { readonly id: string; readonly name: string }[];
  readonly events: readonly {
    readonly id: string;
    readonly date: string;
    readonly countries: readonly string[];
    readonly actors: readonly string[];
    readonly quotes: readonly { readonly source: string; readonly text: string }[];
  }[];
}

/** The events quoting a source, with their quotes from it, as expected events (actors by name and id). */
export function expectedFromDataset(dataset: DatasetLike, sourceId: string): ExpectedEvent[] {
  const names = new Map(dataset.actors.map((actor) => [actor.id, actor.name]));
  return dataset.events
    .filter((event) => event.quotes.some((quote) => quote.source === sourceId))
    .map((event) => ({
      id: event.id,
      quotes: event.quotes.filter((quote) => quote.source === sourceId).map((quote) => quote.text),
      date: event.date,
      countries: event.countries,
      actors: event.actors.map((id) => ({ id, name: names.get(id) ?? id })),
    }));
}

// ---------------------------------------------------------------------------
// Targets (issue 16)

export interface ScoreTarget {
  readonly rate: keyof Rates;
  readonly label: string;
  readonly min: number;
}

export const TARGETS: readonly ScoreTarget[] = [
  { rate: 'recall', label: 'recall', min: 0.8 },
  { rate: 'precision', label: 'precision', min: 0.5 },
  { rate: 'dates', label: 'dates agree (of located)', min: 0.7 },
];

export function targetMet(rates: Rates, target: ScoreTarget): boolean {
  return rates[target.rate] >= target.min;
}

// ---------------------------------------------------------------------------
// A baseline to read the figures against

/**
 * What a suggester that reads nothing would score: every sentence (or line) of the text a
 * candidate, dated the publication day, with no countries or actors. Sentences end at . ! ?
 * (with a closing quote after) before white space, and at line breaks.
 */
export function baselineCandidates(text: string, published: string): ScoredCandidate[] {
  const candidates: ScoredCandidate[] = [];
  const pattern = /[^\s][^\n]*?(?:[.!?][”"»’']?(?=\s|$)|(?=\n)|$)/gu;
  for (let match = pattern.exec(text); match; match = pattern.exec(text)) {
    if (match[0] === '') {
      pattern.lastIndex += 1;
      continue;
    }
    candidates.push({
      quote: { start: match.index, end: match.index + match[0].length },
      date: { edtf: published },
      countries: [],
      actors: [],
    });
  }
  return candidates;
}
