/**
 * Dates a sentence gives, as the format's EDTF at the precision the words allow (issue 16).
 * Pure: no DOM, no Node APIs. chrono-node (en, fr) finds the absolute dates and the weekdays;
 * a few patterns of ours find what it misses or reads too loosely: a bare year ("in 2016",
 * "en 2016") and the relative periods ("last week", "earlier this week", "later this month",
 * "a few days after", "la semaine dernière", "plus tard ce mois-ci").
 *
 * How each kind is resolved, `anchor` being the publication date:
 * - a full date ("September 22, 2021", "22 septembre 2021") → that day, 'stated';
 * - a day without a year ("September 15") → that day in the year that puts it on or before
 *   the anchor (after it when the sentence speaks of the future), 'stated' (the words give the
 *   day; the note says the year came from the anchor);
 * - a month ("May 2020") → "2020-05", a year ("in 2016") → "2016", 'stated';
 * - a weekday ("Tuesday", "on Saturday", "mardi") → a weekday without its week is uncertain.
 *   We give the day, marked `?`, rather than a window of the seven days before the anchor:
 *   the weekday is what the words say, and a window would throw it away. The day is the last
 *   such weekday on or before the anchor (a paper out on a Tuesday says "on Tuesday" of that
 *   day) in a sentence in the past; the next on or after it when the sentence speaks of the
 *   future or the weekday follows "through", "until", "next", "jusqu'à", "prochain";
 *   "last Monday", "lundi dernier" → strictly before. 'relative', and the note says so;
 * - "yesterday", "today", "three days ago", "hier", "il y a trois jours" → that day, 'relative';
 * - "last week", "la semaine dernière" → the window of that week (Monday to Sunday); "this
 *   week" → the window of the week up to the anchor (from it, in the future); "earlier this
 *   week" → Monday to the day before the anchor; "later this week" → the day after to Sunday;
 * - "this month" → the month; "later this month" → the window from the day after the anchor
 *   to the month's end; "at the end of this month", "fin du mois" → its last third (21 to the
 *   end, the thirds' convention of src/model/datePhrase.ts); "last month", "next month",
 *   "last year", "this year" → that month or year;
 * - "a few days after", "a few days earlier", "quelques jours après" → relative to another
 *   event the sentence names, not to the anchor: the window of the fourteen days up to the
 *   anchor (the future: the fourteen after it), since "a few" days from an event that is itself
 *   recent news. "A few days ago" → the window from seven to two days before the anchor.
 * With no anchor, nothing relative, nor a day without a year, is resolved: the caller gets a
 * note for each instead.
 */
import * as chrono from 'chrono-node';
import { daysInMonth } from '../model/edtf.ts';
import { wordRegExp } from './words.ts';

export type Language = 'en' | 'fr';
export type DateBasis = 'stated' | 'relative' | 'inferred';

export interface DateMention {
  start: number;
  end: number;
  text: string;
  edtf: string;
  dateBasis: DateBasis;
  dateNote: string;
  /** 3 a day, 2 a month or a short window, 1 a year or a long window: how precise. */
  rank: number;
}

export interface Day {
  year: number;
  month: number;
  day: number;
}

const DAY_MS = 86_400_000;
const toMs = (d: Day) => Date.UTC(d.year, d.month - 1, d.day);
const fromMs = (ms: number): Day => {
  const date = new Date(ms);
  return { year: date.getUTCFullYear(), month: date.getUTCMonth() + 1, day: date.getUTCDate() };
};
const addDays = (d: Day, days: number): Day => fromMs(toMs(d) + days * DAY_MS);
const pad = (n: number, width = 2) => String(n).padStart(width, '0');
export const dayEdtf = (d: Day) => `${pad(d.year, 4)}-${pad(d.month)}-${pad(d.day)}`;
const monthEdtf = (year: number, month: number) => `${pad(year, 4)}-${pad(month)}`;
const windowEdtf = (from: Day, to: Day) => (toMs(from) === toMs(to) ? dayEdtf(from) : `[${dayEdtf(from)}..${dayEdtf(to)}]`);
/** 0 Sunday … 6 Saturday. */
const weekdayOf = (d: Day) => new Date(toMs(d)).getUTCDay();
/** The Monday of d's week (weeks run Monday to Sunday, ISO 8601). */
const mondayOf = (d: Day) => addDays(d, -((weekdayOf(d) + 6) % 7));

export function parseAnchor(published: string | undefined): Day | undefined {
  if (published === undefined) return undefined;
  const match = /^(\d{4})-(\d{2})-(\d{2})$/.exec(published);
  if (!match) return undefined;
  const day = { year: Number(match[1]), month: Number(match[2]), day: Number(match[3]) };
  if (day.month < 1 || day.month > 12 || day.day < 1 || day.day > daysInMonth(day.year, day.month)) return undefined;
  return day;
}

const WEEKDAYS: Record<Language, string[]> = {
  en: ['Sunday', 'Monday', 'Tuesday', 'Wednesday', 'Thursday', 'Friday', 'Saturday'],
  fr: ['dimanche', 'lundi', 'mardi', 'mercredi', 'jeudi', 'vendredi', 'samedi'],
};

const FRENCH_FUTURE = wordRegExp(/\b(?:va|vont|doit|doivent|devra|devront|prochaine?s?|à venir)\b|\b\p{L}{3,}(?:era|eront|ira|iront)\b/iu);

/** Does the sentence speak of what is to come? Modal and future forms; the past is the default of news. */
export function speaksOfFuture(sentence: string, language: Language): boolean {
  if (language === 'fr') {
    return FRENCH_FUTURE.test(sentence);
  }
  return /\b(?:will|shall|is due to|are due to|is set to|are set to|plans? to|is to|are to|going to|would like|upcoming|next)\b|'ll\b/i.test(
    sentence,
  );
}

type Resolved = Omit<DateMention, 'start' | 'end' | 'text'> | string;

interface Found {
  start: number;
  end: number;
  text: string;
  resolve: (anchor: Day | undefined, future: boolean) => Resolved;
}

const quoteWords = (words: string) => `'${words}'`;

/** The relative periods chrono misses or reads as one day. */
function relativePatterns(language: Language): { pattern: RegExp; resolve: (words: string) => Found['resolve'] }[] {
  const week =
    (kind: 'last' | 'this' | 'earlier' | 'later' | 'next') =>
    (words: string) =>
    (anchor: Day | undefined, future: boolean): Resolved => {
      if (!anchor) return `${quoteWords(words)} is relative and no publication date was given: not resolved`;
      const monday = mondayOf(anchor);
      const sunday = addDays(monday, 6);
      const at = `publication (${dayEdtf(anchor)})`;
      let from: Day;
      let to: Day;
      let how: string;
      if (kind === 'last')
        [from, to, how] = [addDays(monday, -7), addDays(monday, -1), `the week (Monday to Sunday) before the week of ${at}`];
      else if (kind === 'next')
        [from, to, how] = [addDays(monday, 7), addDays(monday, 13), `the week (Monday to Sunday) after the week of ${at}`];
      else if (kind === 'earlier')
        [from, to, how] = [
          monday,
          toMs(anchor) > toMs(monday) ? addDays(anchor, -1) : anchor,
          `from the Monday of the week of ${at} to the day before`,
        ];
      else if (kind === 'later')
        [from, to, how] = [
          toMs(anchor) < toMs(sunday) ? addDays(anchor, 1) : anchor,
          sunday,
          `from the day after ${at} to that week's Sunday`,
        ];
      else if (future) [from, to, how] = [anchor, sunday, `the rest of the week of ${at}, the sentence speaking of what is to come`];
      else [from, to, how] = [monday, anchor, `the week of ${at}, from its Monday to that day`];
      const edtf = windowEdtf(from, to);
      return { edtf, dateBasis: 'relative', dateNote: `${quoteWords(words)}, ${how}: ${edtf}`, rank: 2 };
    };
  const month =
    (kind: 'last' | 'this' | 'later' | 'end' | 'next') =>
    (words: string) =>
    (anchor: Day | undefined): Resolved => {
      if (!anchor) return `${quoteWords(words)} is relative and no publication date was given: not resolved`;
      const at = `publication (${dayEdtf(anchor)})`;
      const last = daysInMonth(anchor.year, anchor.month);
      if (kind === 'this' || kind === 'last' || kind === 'next') {
        const shift = kind === 'last' ? -1 : kind === 'next' ? 1 : 0;
        const index = anchor.year * 12 + anchor.month - 1 + shift;
        const edtf = monthEdtf(Math.floor(index / 12), (index % 12) + 1);
        const how =
          kind === 'this' ? `the month of ${at}` : kind === 'last' ? `the month before that of ${at}` : `the month after that of ${at}`;
        return { edtf, dateBasis: 'relative', dateNote: `${quoteWords(words)}, ${how}: ${edtf}`, rank: 2 };
      }
      if (kind === 'later') {
        const from = anchor.day < last ? addDays(anchor, 1) : anchor;
        const edtf = windowEdtf(from, { ...anchor, day: last });
        return {
          edtf,
          dateBasis: 'relative',
          dateNote: `${quoteWords(words)}, from the day after ${at} to the month's end: ${edtf}`,
          rank: 2,
        };
      }
      const from = { ...anchor, day: Math.max(21, Math.min(anchor.day, last)) };
      const edtf = windowEdtf(from, { ...anchor, day: last });
      return {
        edtf,
        dateBasis: 'relative',
        dateNote: `${quoteWords(words)}, the last third (from the 21st) of the month of ${at}: ${edtf}`,
        rank: 2,
      };
    };
  const year =
    (shift: number) =>
    (words: string) =>
    (anchor: Day | undefined): Resolved => {
      if (!anchor) return `${quoteWords(words)} is relative and no publication date was given: not resolved`;
      const edtf = pad(anchor.year + shift, 4);
      return {
        edtf,
        dateBasis: 'relative' as const,
        dateNote: `${quoteWords(words)}, the year of publication${shift ? ' less one' : ''}: ${edtf}`,
        rank: 1,
      };
    };
  const fewDays =
    (kind: 'ago' | 'around') =>
    (words: string) =>
    (anchor: Day | undefined, future: boolean): Resolved => {
      if (!anchor) return `${quoteWords(words)} is relative and no publication date was given: not resolved`;
      const at = `publication (${dayEdtf(anchor)})`;
      if (kind === 'ago') {
        const edtf = windowEdtf(addDays(anchor, -7), addDays(anchor, -2));
        return {
          edtf,
          dateBasis: 'relative',
          dateNote: `${quoteWords(words)}, 'a few' read as two to seven days before ${at}: ${edtf}`,
          rank: 2,
        };
      }
      const [from, to] = future ? [anchor, addDays(anchor, 14)] : [addDays(anchor, -14), anchor];
      const edtf = windowEdtf(from, to);
      return {
        edtf,
        dateBasis: 'relative',
        dateNote: `${quoteWords(words)} counts from another event the sentence names, not from the anchor: the window of the fourteen days ${future ? 'after' : 'up to'} ${at}: ${edtf}`,
        rank: 1,
      };
    };
  if (language === 'fr') {
    return [
      { pattern: wordRegExp(/\b(?:plus tôt|en début de|au début de) (?:cette|la) semaine\b/giu), resolve: week('earlier') },
      { pattern: wordRegExp(/\b(?:plus tard|en fin de|à la fin de) (?:cette|la) semaine\b/giu), resolve: week('later') },
      { pattern: wordRegExp(/\bla semaine (?:dernière|passée)\b/giu), resolve: week('last') },
      { pattern: wordRegExp(/\bla semaine prochaine\b/giu), resolve: week('next') },
      { pattern: wordRegExp(/\bcette semaine\b/giu), resolve: week('this') },
      {
        pattern: wordRegExp(/\b(?:plus tard (?:ce|dans le) mois(?:-ci)?|d'ici la fin du mois|d’ici la fin du mois)\b/giu),
        resolve: month('later'),
      },
      { pattern: wordRegExp(/\b(?:à la |en )?fin (?:du|de ce) mois(?:-ci)?\b/giu), resolve: month('end') },
      { pattern: wordRegExp(/\ble mois (?:dernier|passé)\b/giu), resolve: month('last') },
      { pattern: wordRegExp(/\ble mois prochain\b/giu), resolve: month('next') },
      { pattern: wordRegExp(/\bce mois(?:-ci)?\b/giu), resolve: month('this') },
      { pattern: wordRegExp(/\b(?:l'an|l’an|l'année|l’année) (?:dernier|dernière|passée?)\b/giu), resolve: year(-1) },
      { pattern: wordRegExp(/\bcette année\b/giu), resolve: year(0) },
      { pattern: wordRegExp(/\bil y a quelques jours\b/giu), resolve: fewDays('ago') },
      { pattern: wordRegExp(/\bquelques jours (?:après|plus tard|avant|plus tôt|auparavant)\b/giu), resolve: fewDays('around') },
    ];
  }
  return [
    { pattern: /\bearlier this week\b/gi, resolve: week('earlier') },
    { pattern: /\blater this week\b/gi, resolve: week('later') },
    { pattern: /\blast week\b/gi, resolve: week('last') },
    { pattern: /\bnext week\b/gi, resolve: week('next') },
    { pattern: /\bthis week\b/gi, resolve: week('this') },
    { pattern: /\blater this month\b/gi, resolve: month('later') },
    { pattern: /\b(?:(?:at|by) )?the end of (?:this|the) month\b/gi, resolve: month('end') },
    { pattern: /\blast month\b/gi, resolve: month('last') },
    { pattern: /\bnext month\b/gi, resolve: month('next') },
    { pattern: /\b(?:earlier )?this month\b/gi, resolve: month('this') },
    { pattern: /\blast year\b/gi, resolve: year(-1) },
    { pattern: /\bthis year\b/gi, resolve: year(0) },
    { pattern: /\ba few days ago\b/gi, resolve: fewDays('ago') },
    { pattern: /\b(?:a few|several) days (?:after|later|before|earlier)\b/gi, resolve: fewDays('around') },
  ];
}

/** A bare year after a preposition ("in 2016", "en 2016", "since 1999"); not an amount ("$2016bn"). */
const YEAR_PATTERN = wordRegExp(
  /\b(?:in|since|until|by|during|from|of|en|depuis|jusqu'en|jusqu’en|dès|de|année|year)\s+(1[5-9]\d\d|20\d\d)\b(?![\d,.]\d|\s*(?:bn|m\b|%|dollars|euros))/giu,
);

/**
 * A month with its year ("mai 2020", "in February 2023"): a stated month. chrono.fr misses the
 * French month-year without a day ("lancée en mai 2020"), a common way to date background.
 * A day before the month ("3 mai 2020") is chrono's, found first.
 */
const MONTHS: Record<string, number> = {};
for (const [i, names] of [
  'janvier january jan',
  'février fevrier february feb',
  'mars march mar',
  'avril april apr',
  'mai may',
  'juin june jun',
  'juillet july jul',
  'août aout august aug',
  'septembre september sept sep',
  'octobre october oct',
  'novembre november nov',
  'décembre decembre december dec',
].entries())
  for (const name of names.split(' ')) MONTHS[name] = i + 1;
const MONTH_YEAR_PATTERN = wordRegExp(
  new RegExp(`\\b(${Object.keys(MONTHS).join('|')})\\.?\\s+(1[5-9]\\d\\d|20\\d\\d)\\b(?![\\d,.]\\d)`, 'giu'),
);

type Components = chrono.ParsedComponents;

/** The chrono result read at the precision its words give. */
function fromChrono(result: chrono.ParsedResult, language: Language, sentence: string): Found['resolve'] | undefined {
  const c: Components = result.start;
  const words = result.text.trim();
  const tags = result.tags();
  if (tags.has('casualReference/now')) return undefined; // "now" dates no event: "there is now an opportunity"
  const certain = (unit: chrono.Component) => c.isCertain(unit);
  const relativeTag = [...tags].some((tag) => tag.startsWith('result/relativeDate') || tag.startsWith('casualReference'));
  const y = c.get('year');
  const m = c.get('month');
  const d = c.get('day');
  if (y === null || m === null || d === null) return undefined;

  if (relativeTag) {
    // "yesterday", "today", "three days ago", "hier", "il y a trois jours": a day from the anchor.
    return (anchor) => {
      if (!anchor) return `${quoteWords(words)} is relative and no publication date was given: not resolved`;
      const edtf = dayEdtf({ year: y, month: m, day: d });
      return {
        edtf,
        dateBasis: 'relative',
        dateNote: `${quoteWords(words)}, counted from publication (${dayEdtf(anchor)}): ${edtf}`,
        rank: 3,
      };
    };
  }
  if (certain('month') && certain('day')) {
    const end = result.end;
    if (certain('year')) {
      const edtf = dayEdtf({ year: y, month: m, day: d });
      if (end && end.isCertain('day')) {
        const endDay = { year: end.get('year') ?? y, month: end.get('month') ?? m, day: end.get('day') ?? d };
        if (toMs(endDay) > toMs({ year: y, month: m, day: d })) {
          const interval = `${edtf}/${dayEdtf(endDay)}`;
          return () => ({ edtf: interval, dateBasis: 'stated', dateNote: `Stated: ${quoteWords(words)}, ${interval}`, rank: 3 });
        }
      }
      return () => ({ edtf, dateBasis: 'stated', dateNote: `Stated: ${quoteWords(words)}, ${edtf}`, rank: 3 });
    }
    return (anchor, future) => {
      if (!anchor) return `${quoteWords(words)} gives no year and no publication date was given: not resolved`;
      let year = anchor.year;
      const candidate = (yy: number) => toMs({ year: yy, month: m, day: Math.min(d, daysInMonth(yy, m)) });
      if (!future && candidate(year) > toMs(anchor)) year -= 1;
      if (future && candidate(year) < toMs(anchor)) year += 1;
      const edtf = dayEdtf({ year, month: m, day: Math.min(d, daysInMonth(year, m)) });
      return {
        edtf,
        dateBasis: 'stated',
        dateNote: `Stated: ${quoteWords(words)}, with no year: the year that puts it ${future ? 'on or after' : 'on or before'} publication (${dayEdtf(anchor)}): ${edtf}`,
        rank: 3,
      };
    };
  }
  if (certain('month') && !certain('day')) {
    if (certain('year')) {
      const edtf = monthEdtf(y, m);
      return () => ({ edtf, dateBasis: 'stated', dateNote: `Stated: ${quoteWords(words)}, ${edtf}`, rank: 2 });
    }
    return (anchor, future) => {
      if (!anchor) return `${quoteWords(words)} gives no year and no publication date was given: not resolved`;
      let year = anchor.year;
      if (!future && m > anchor.month) year -= 1;
      if (future && m < anchor.month) year += 1;
      const edtf = monthEdtf(year, m);
      return {
        edtf,
        dateBasis: 'stated',
        dateNote: `Stated: ${quoteWords(words)}, with no year: the year of publication (${dayEdtf(anchor)}): ${edtf}`,
        rank: 2,
      };
    };
  }
  const weekday = c.get('weekday');
  if (certain('weekday') && weekday !== null) {
    const before = sentence.slice(Math.max(0, result.index - 20), result.index).toLowerCase();
    const lower = words.toLowerCase();
    const strictlyBefore = wordRegExp(/\b(?:last|dernier|dernière)\b/u).test(lower);
    const forward =
      wordRegExp(/\b(?:next|prochain|prochaine)\b/u).test(lower) ||
      wordRegExp(/\b(?:through|until|till|jusqu'à|jusqu’à|jusqu'au|jusqu’au)\s*$/u).test(before);
    const name = WEEKDAYS[language][weekday] ?? words;
    return (anchor, future) => {
      if (!anchor) return `${quoteWords(words)} is a weekday and no publication date was given: not resolved`;
      const ahead = forward || (future && !strictlyBefore);
      let day = anchor;
      if (ahead) while (weekdayOf(day) !== weekday) day = addDays(day, 1);
      else {
        if (strictlyBefore) day = addDays(day, -1);
        while (weekdayOf(day) !== weekday) day = addDays(day, -1);
      }
      const edtf = `${dayEdtf(day)}?`;
      const which = ahead
        ? `the ${name} on or after publication (${dayEdtf(anchor)})`
        : `the ${name} ${strictlyBefore ? 'before' : 'on or before'} publication (${dayEdtf(anchor)})`;
      return {
        edtf,
        dateBasis: 'relative',
        dateNote: `${quoteWords(words)}, ${which}: ${dayEdtf(day)}; a weekday without its week, so marked uncertain (?)`,
        rank: 3,
      };
    };
  }
  return undefined;
}

/** Date mentions in text[start, end), offsets into text, in order. Notes for what could not be resolved are pushed to `notes`. */
export function findDates(
  text: string,
  start: number,
  end: number,
  language: Language,
  anchor: Day | undefined,
  notes: string[],
): DateMention[] {
  const sentence = text.slice(start, end);
  const future = speaksOfFuture(sentence, language);
  const found: Found[] = [];
  const overlaps = (a: number, b: number) => found.some((f) => a < f.end && f.start < b);
  const add = (at: number, words: string, resolve: Found['resolve']) => {
    // Keep the words exactly as written, trimmed of the spaces and punctuation around them.
    const lead = words.length - words.trimStart().length;
    const trimmed = words.trim().replace(/[,;:.]+$/u, '');
    const s = start + at + lead;
    const e = s + trimmed.length;
    if (trimmed === '' || overlaps(s, e)) return;
    found.push({ start: s, end: e, text: text.slice(s, e), resolve });
  };
  for (const { pattern, resolve } of relativePatterns(language)) {
    for (const match of sentence.matchAll(pattern)) add(match.index ?? 0, match[0], resolve(match[0]));
  }
  const parser = language === 'fr' ? chrono.fr : chrono.en;
  const reference = anchor ? new Date(Date.UTC(anchor.year, anchor.month - 1, anchor.day, 12)) : new Date(Date.UTC(2000, 0, 1, 12));
  let results: chrono.ParsedResult[];
  try {
    results = parser.parse(sentence, { instant: reference, timezone: 0 });
  } catch {
    results = []; // chrono failing on odd input leaves our own patterns
  }
  for (const result of results) {
    const resolve = fromChrono(result, language, sentence);
    if (resolve) add(result.index, result.text, resolve);
  }
  for (const match of sentence.matchAll(MONTH_YEAR_PATTERN)) {
    const month = MONTHS[match[1]!.toLowerCase()]!;
    const edtf = monthEdtf(Number(match[2]), month);
    const words = match[0];
    add(match.index ?? 0, words, () => ({ edtf, dateBasis: 'stated', dateNote: `Stated: ${quoteWords(words)}, ${edtf}`, rank: 2 }));
  }
  for (const match of sentence.matchAll(YEAR_PATTERN)) {
    const year = match[1]!;
    const at = (match.index ?? 0) + match[0].length - year.length;
    const words = match[0];
    add(at, year, () => ({ edtf: year, dateBasis: 'stated', dateNote: `Stated: ${quoteWords(words)}, the year ${year}`, rank: 1 }));
  }
  const out: DateMention[] = [];
  for (const f of found.sort((a, b) => a.start - b.start)) {
    const resolved = f.resolve(anchor, future);
    if (typeof resolved === 'string') notes.push(resolved);
    else out.push({ start: f.start, end: f.end, text: f.text, ...resolved });
  }
  return out;
}
