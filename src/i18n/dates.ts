/**
 * Dates in words, with their precision and certainty: "about 20 September 2021",
 * "5–6 October 2021", "octobre 2021, prévu", "between 15 and 26 September 2021". Month names come from date-fns; years are
 * written here, because date-fns pads them and abbreviates the French era.
 * English's words are here; every other language's are in its file under languages/, loaded
 * with its strings (loadLocale in strings.ts), and a language not loaded yet reads as English.
 * Embed stand-ins: date-fns and date-fns/locale become src/embed/slim/date-fns.ts and
 * date-fns-locale.ts in the embed build (src/embed/vite-plugin.ts).
 */
import { format, type Locale as DateFnsLocale } from 'date-fns';
import { enGB } from 'date-fns/locale';
import type { DatePoint, ParsedDate, Precision } from '../model/edtf.ts';
import type { Locale } from './strings.ts';

export type DateLocale = Locale;
export type DateStatus = 'occurred' | 'planned';

type Qualifier = 'approximate' | 'uncertain' | 'both';

export interface DateWords {
  dateFnsLocale: DateFnsLocale;
  /** The axis's pattern for a day of a month, in date-fns's tokens ("d MMM"; German "d. MMM"). */
  dayTick?: string;
  dayNumber: (day: number) => string;
  /** Joins a date's words, largest unit last ("5 October 2021"; Spanish "5 de octubre de 2021"). */
  join?: (words: readonly string[]) => string;
  /** Follows years before 1 AD (astronomical year 0 is 1 BC). */
  beforeChrist: string;
  approximate: (text: string, precision: Precision) => string;
  uncertain: (text: string) => string;
  planned: (text: string) => string;
  /** A window: one day (month, year) between two dates, given as their words. */
  between: (start: string, end: string, precision: Precision) => string;
  /** An open window: on or before, on or after its known date (given qualified, as `approximate` words it). */
  onOrBefore: (text: string, precision: Precision, approximate: boolean) => string;
  onOrAfter: (text: string, precision: Precision, approximate: boolean) => string;
  /** For an interval whose ends differ in certainty (French agrees them with "début" and "fin"). */
  endNotes: Record<'start' | 'end', Record<Qualifier, string>>;
  /** Between two end notes ("start approximate; end uncertain"). */
  noteSeparator?: string;
}

const ENGLISH: DateWords = {
  dateFnsLocale: enGB,
  dayNumber: (day) => String(day),
  beforeChrist: 'BC',
  approximate: (text) => `about ${text}`,
  uncertain: (text) => `${text} (uncertain)`,
  planned: (text) => `${text}, planned`,
  between: (start, end) => `between ${start} and ${end}`,
  onOrBefore: (text) => `on or before ${text}`,
  onOrAfter: (text) => `on or after ${text}`,
  endNotes: {
    start: { approximate: 'start approximate', uncertain: 'start uncertain', both: 'start approximate and uncertain' },
    end: { approximate: 'end approximate', uncertain: 'end uncertain', both: 'end approximate and uncertain' },
  },
};

/** The words of each language loaded so far; English is built in. */
const WORDS: Partial<Record<DateLocale, DateWords>> = { en: ENGLISH };

/** Called by loadLocale (strings.ts) with a language's words, before the language is shown. */
export function registerDateWords(locale: DateLocale, words: DateWords): void {
  WORDS[locale] = words;
}

const wordsOf = (locale: DateLocale): DateWords => WORDS[locale] ?? ENGLISH;

/** The date-fns locale and day pattern the axis labels its ticks with (src/layout/ticks.ts). */
export function axisWords(locale: DateLocale): { dateFnsLocale: DateFnsLocale; dayTick: string } {
  const words = wordsOf(locale);
  return { dateFnsLocale: words.dateFnsLocale, dayTick: words.dayTick ?? 'd MMM' };
}

const joinWords = (parts: readonly string[], words: DateWords) => (words.join ? words.join(parts) : parts.join(' '));

/** Between single words, as in "5–6" or "2016–2018"; spaced between phrases. */
const CLOSED_DASH = '–';
const SPACED_DASH = ' – ';

/** The date-fns pattern `MMMM` declines the month as within a date, `LLLL` names it alone. */
function monthName(month: number, pattern: 'MMMM' | 'LLLL', words: DateWords): string {
  // Any year and day will do for a month's name; noon keeps clear of time-zone edges.
  return format(new Date(2000, month - 1, 1, 12), pattern, { locale: words.dateFnsLocale });
}

function yearText(year: number, words: DateWords): string {
  return year >= 1 ? String(year) : `${1 - year} ${words.beforeChrist}`;
}

/** An astronomical year as a reader writes it: "2021", "50", "1 BC" (year 0), "501 av. J.-C." (-500). */
export function yearInWords(year: number, locale: DateLocale): string {
  return yearText(year, wordsOf(locale));
}

/** The words of a point, largest unit last: ["5", "October", "2021"]. */
function pointWords(point: DatePoint, words: DateWords): string[] {
  const year = yearText(point.year, words);
  if (point.month === undefined || point.precision === 'year') return [year];
  if (point.day === undefined || point.precision === 'month') return [monthName(point.month, 'LLLL', words), year];
  return [words.dayNumber(point.day), monthName(point.month, 'MMMM', words), year];
}

function joinRange(start: string, end: string): string {
  return start.includes(' ') || end.includes(' ') ? start + SPACED_DASH + end : start + CLOSED_DASH + end;
}

function qualify(text: string, point: DatePoint, words: DateWords): string {
  const approximate = point.approximate ? words.approximate(text, point.precision) : text;
  return point.uncertain ? words.uncertain(approximate) : approximate;
}

/** How many trailing words two lists share. */
function sharedEnding(a: readonly string[], b: readonly string[]): number {
  let shared = 0;
  while (shared < a.length && shared < b.length && a[a.length - 1 - shared] === b[b.length - 1 - shared]) shared += 1;
  return shared;
}

/**
 * An interval that writes once what both ends share: "5–6 October 2021",
 * "30 September – 2 October 2021". Ends of different precision share nothing, lest
 * "September 2021 – 15 September 2021" lose its month.
 */
function compactRange(start: DatePoint, end: DatePoint, words: DateWords): string {
  const from = pointWords(start, words);
  const to = pointWords(end, words);
  const shared = start.precision === end.precision ? sharedEnding(from, to) : 0;
  if (shared === from.length) return joinWords(from, words);
  const range = joinRange(joinWords(from.slice(0, from.length - shared), words), joinWords(to.slice(0, to.length - shared), words));
  return joinWords([range, ...from.slice(from.length - shared)], words);
}

const sameQualifiers = (a: DatePoint, b: DatePoint) => a.approximate === b.approximate && a.uncertain === b.uncertain;

function qualifierOf(point: DatePoint): Qualifier | undefined {
  if (point.approximate && point.uncertain) return 'both';
  if (point.approximate) return 'approximate';
  return point.uncertain ? 'uncertain' : undefined;
}

/** "(end uncertain)": a bare "(uncertain)" after an interval would read as covering all of it. */
function endNotes(start: DatePoint, end: DatePoint, words: DateWords): string {
  const startQualifier = qualifierOf(start);
  const endQualifier = qualifierOf(end);
  const notes = [
    startQualifier === undefined ? undefined : words.endNotes.start[startQualifier],
    endQualifier === undefined ? undefined : words.endNotes.end[endQualifier],
  ].filter((note) => note !== undefined);
  return `(${notes.join(words.noteSeparator ?? '; ')})`;
}

function describePoint(point: DatePoint, words: DateWords): string {
  return qualify(joinWords(pointWords(point, words), words), point, words);
}

/**
 * A window in words: "between 15 and 26 September 2021", "on or before 5 October 2021
 * (uncertain)", "le 15 septembre 2021 ou après". A closed window's ends carry no qualifier
 * (parseEdtf refuses them); an open window's known end may.
 */
function describeWindow(parsed: ParsedDate, words: DateWords): string {
  const { start, end } = parsed;
  if (parsed.openStart || parsed.openEnd) {
    const known = parsed.openStart ? end : start;
    const text = joinWords(pointWords(known, words), words);
    const approximate = known.approximate ? words.approximate(text, known.precision) : text;
    const open = parsed.openStart ? words.onOrBefore : words.onOrAfter;
    const phrase = open(approximate, known.precision, known.approximate);
    return known.uncertain ? words.uncertain(phrase) : phrase;
  }
  const from = pointWords(start, words);
  const to = pointWords(end, words);
  const shared = sharedEnding(from, to);
  if (shared === from.length && shared === to.length) return describePoint(start, words);
  const ending = from.slice(from.length - shared);
  const between = words.between(
    joinWords(from.slice(0, from.length - shared), words),
    joinWords(to.slice(0, to.length - shared), words),
    start.precision,
  );
  return joinWords([between, ...ending], words);
}

export function describeDate(parsed: ParsedDate, status: DateStatus, locale: DateLocale): string {
  const words = wordsOf(locale);
  const { start, end } = parsed;
  let text: string;
  if (parsed.kind === 'point') text = describePoint(start, words);
  else if (parsed.kind === 'window') text = describeWindow(parsed, words);
  else if (sameQualifiers(start, end)) text = qualify(compactRange(start, end, words), start, words);
  else text = `${compactRange(start, end, words)} ${endNotes(start, end, words)}`;
  return status === 'planned' ? words.planned(text) : text;
}

/**
 * An event's date in words, for every place that shows one (the marks' names, the rows, the
 * list, the detail, the story as text); a date the words cannot hold (none the validator
 * passes, but a story can be built without it) reads as written rather than throwing.
 */
export function eventDateInWords(event: { parsedDate: ParsedDate; status: DateStatus; date: string }, locale: DateLocale): string {
  try {
    return describeDate(event.parsedDate, event.status, locale);
  } catch {
    return event.date;
  }
}

/** The days from one instant to another, in UTC milliseconds, in words: "3–9 October 2021". */
export function describeDays(fromMs: number, toMs: number, locale: DateLocale): string {
  const day = (ms: number): DatePoint => {
    const date = new Date(ms);
    return {
      year: date.getUTCFullYear(),
      month: date.getUTCMonth() + 1,
      day: date.getUTCDate(),
      precision: 'day',
      approximate: false,
      uncertain: false,
    };
  };
  const start = day(Math.min(fromMs, toMs));
  const end = day(Math.max(fromMs, toMs));
  const sameDay = start.year === end.year && start.month === end.month && start.day === end.day;
  const words = wordsOf(locale);
  return sameDay ? describePoint(start, words) : compactRange(start, end, words);
}
