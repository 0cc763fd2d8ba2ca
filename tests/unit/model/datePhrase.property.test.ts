import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { readDatePhrase, type DatePhraseOptions } from '../../../src/model/datePhrase.ts';
import { formatEdtf, parseEdtf, type ParsedDate } from '../../../src/model/edtf.ts';
import { describeDate } from '../../../src/i18n/dates.ts';
import { DAY_MS, aDay, dayStart, lastDay, monthStart, pad, parsedOf, twoDays, type Day } from './generatedDays.ts';

const EN_MONTHS = [
  'January',
  'February',
  'March',
  'April',
  'May',
  'June',
  'July',
  'August',
  'September',
  'October',
  'November',
  'December',
];
const EN_SHORT = ['Jan', 'Feb', 'Mar', 'Apr', 'May', 'Jun', 'Jul', 'Aug', 'Sept', 'Oct', 'Nov', 'Dec'];
const FR_MONTHS = ['janvier', 'février', 'mars', 'avril', 'mai', 'juin', 'juillet', 'août', 'septembre', 'octobre', 'novembre', 'décembre'];
const FR_SHORT = ['janv.', 'févr.', 'mars', 'avr.', 'mai', 'juin', 'juil.', 'août', 'sept.', 'oct.', 'nov.', 'déc.'];
const EN_WEEKDAYS = ['Sunday', 'Monday', 'Tuesday', 'Wednesday', 'Thursday', 'Friday', 'Saturday'];
const FR_WEEKDAYS = ['dimanche', 'lundi', 'mardi', 'mercredi', 'jeudi', 'vendredi', 'samedi'];

const EN: DatePhraseOptions = { locale: 'en' };
const FR: DatePhraseOptions = { locale: 'fr' };
const US: DatePhraseOptions = { locale: 'en', order: 'mdy' };

const ordinal = (day: number) => `${day}${[11, 12, 13].includes(day % 100) ? 'th' : (['th', 'st', 'nd', 'rd'][day % 10] ?? 'th')}`;
const frDay = (day: number) => (day === 1 ? '1er' : String(day));
const en = (month: number) => EN_MONTHS[month - 1] as string;
const fr = (month: number) => FR_MONTHS[month - 1] as string;

/** "15–26 September 2021", "30 September – 2 October 2021", "30 December 2021 – 2 January 2022". */
function compact(a: Day, b: Day, monthName: (month: number) => string, dayName: (day: number) => string, dash: string): string {
  if (a.year !== b.year)
    return `${dayName(a.day)} ${monthName(a.month)} ${a.year} ${dash} ${dayName(b.day)} ${monthName(b.month)} ${b.year}`;
  if (a.month !== b.month) return `${dayName(a.day)} ${monthName(a.month)} ${dash} ${dayName(b.day)} ${monthName(b.month)} ${b.year}`;
  return `${dayName(a.day)}${dash}${dayName(b.day)} ${monthName(b.month)} ${b.year}`;
}

/** The parsed bounds hold [fromMs, toMs). */
function holds(parsed: ParsedDate, fromMs: number, toMs: number): boolean {
  return parsed.startMs <= fromMs && toMs <= parsed.endMs;
}

describe('readDatePhrase, on generated phrases', () => {
  it('reads a day written every way, in both languages, as a date that holds it', () => {
    const forms: ((d: Day) => [string, DatePhraseOptions])[] = [
      (d) => [`${d.day} ${en(d.month)} ${d.year}`, EN],
      (d) => [`${EN_SHORT[d.month - 1]} ${d.day}, ${d.year}`, EN],
      (d) => [`${en(d.month)} ${d.day} ${d.year}`, EN],
      (d) => [`${d.day} ${EN_SHORT[d.month - 1]}. ${d.year}`, EN],
      (d) => [`the ${ordinal(d.day)} of ${en(d.month)} ${d.year}`, EN],
      (d) => [`${EN_WEEKDAYS[new Date(dayStart(d)).getUTCDay()]}, ${d.day} ${en(d.month)} ${d.year}`, EN],
      (d) => [`${d.year}-${d.month}-${d.day}`, EN],
      (d) => [`${pad(d.day)}/${pad(d.month)}/${d.year}`, EN],
      (d) => [`${pad(d.month)}/${pad(d.day)}/${d.year}`, US],
      (d) => [`${d.day}.${d.month}.${d.year}`, FR],
      (d) => [`${d.month}.${d.day}.${d.year}`, US],
      (d) => [`${frDay(d.day)} ${fr(d.month)} ${d.year}`, FR],
      (d) => [`le ${frDay(d.day)} ${fr(d.month)} ${d.year}`, FR],
      (d) => [`le ${d.day} ${FR_SHORT[d.month - 1]} ${d.year}`, FR],
      (d) => [`${FR_WEEKDAYS[new Date(dayStart(d)).getUTCDay()]} ${frDay(d.day)} ${fr(d.month)} ${d.year}`, FR],
    ];
    fc.assert(
      fc.property(aDay, fc.nat(forms.length - 1), (day, form) => {
        const [phrase, options] = (forms[form] as (d: Day) => [string, DatePhraseOptions])(day);
        const result = readDatePhrase(phrase, options);
        const parsed = parsedOf(result);
        expect(parsed.kind).toBe('point');
        // Read in the caller's order, the first reading is the day itself.
        expect([parsed.startMs, parsed.endMs], phrase).toEqual([dayStart(day), dayStart(day) + DAY_MS]);
      }),
      { numRuns: 2000 },
    );
  });

  it('reads a month and a year written every way as that month or year', () => {
    const forms: ((d: Day) => [string, DatePhraseOptions, 'month' | 'year'])[] = [
      (d) => [`${en(d.month)} ${d.year}`, EN, 'month'],
      (d) => [`in ${EN_SHORT[d.month - 1]}. ${d.year}`, EN, 'month'],
      (d) => [`${fr(d.month)} ${d.year}`, FR, 'month'],
      (d) => [`en ${FR_SHORT[d.month - 1]} ${d.year}`, FR, 'month'],
      (d) => [`${d.month}/${d.year}`, EN, 'month'],
      (d) => [`${d.year}`, EN, 'year'],
      (d) => [`in ${d.year}`, EN, 'year'],
      (d) => [`en ${d.year}`, FR, 'year'],
    ];
    fc.assert(
      fc.property(aDay, fc.nat(forms.length - 1), (day, form) => {
        const [phrase, options, precision] = (forms[form] as (d: Day) => [string, DatePhraseOptions, 'month' | 'year'])(day);
        const parsed = parsedOf(readDatePhrase(phrase, options));
        const bounds =
          precision === 'month'
            ? [monthStart(day.year, day.month), monthStart(day.year, day.month + 1)]
            : [monthStart(day.year, 1), monthStart(day.year + 1, 1)];
        expect([parsed.startMs, parsed.endMs], phrase).toEqual(bounds);
      }),
      { numRuns: 1000 },
    );
  });

  it('reads the thirds of a month or a year as windows within it, each third holding its days', () => {
    const thirds = [
      ['early', 'début'],
      ['mid-', 'mi-'],
      ['late', 'fin'],
    ] as const;
    fc.assert(
      fc.property(aDay, fc.nat(2), fc.boolean(), fc.boolean(), (day, third, french, ofYear) => {
        const [englishWord, frenchWord] = thirds[third] as readonly [string, string];
        const space = (word: string) => (word.endsWith('-') ? word : `${word} `);
        const named = ofYear ? String(day.year) : french ? `${fr(day.month)} ${day.year}` : `${en(day.month)} ${day.year}`;
        const phrase = french ? `${space(frenchWord)}${named}` : `${space(englishWord)}${named}`;
        const result = readDatePhrase(phrase, french ? FR : EN);
        const parsed = parsedOf(result);
        expect(result).toMatchObject({ kind: 'window', approximate: true });
        if (ofYear) {
          expect([parsed.startMs, parsed.endMs], phrase).toEqual([
            monthStart(day.year, 1 + 4 * third),
            monthStart(day.year, 5 + 4 * third),
          ]);
        } else {
          const first = 1 + 10 * third;
          const last = third === 2 ? lastDay(day.year, day.month) : 10 + 10 * third;
          expect([parsed.startMs, parsed.endMs], phrase).toEqual([
            Date.UTC(day.year, day.month - 1, first),
            Date.UTC(day.year, day.month - 1, last + 1),
          ]);
          // The thirds tile the month: the day falls in one of them.
          const holdsDay = holds(parsed, dayStart(day), dayStart(day) + DAY_MS);
          expect(holdsDay).toBe(day.day >= first && day.day <= last);
        }
      }),
      { numRuns: 1000 },
    );
  });

  it('reads a range as a window ("between") or an interval ("from … to"), from the first day to the second', () => {
    const forms: ((a: Day, b: Day) => [string, DatePhraseOptions, 'window' | 'interval'])[] = [
      (a, b) => [`between ${a.day} ${en(a.month)} ${a.year} and ${b.day} ${en(b.month)} ${b.year}`, EN, 'window'],
      (a, b) => [`between ${compact(a, b, en, String, '-').replace('-', ' and ').replace(' and  and ', ' and ')}`, EN, 'window'],
      (a, b) => [`entre le ${frDay(a.day)} ${fr(a.month)} ${a.year} et le ${frDay(b.day)} ${fr(b.month)} ${b.year}`, FR, 'window'],
      (a, b) => [compact(a, b, en, String, '–'), EN, 'window'],
      (a, b) => [compact(a, b, fr, frDay, '-'), FR, 'window'],
      (a, b) => [`between ${pad(a.day)}/${pad(a.month)}/${a.year} and ${pad(b.day)}/${pad(b.month)}/${b.year}`, EN, 'window'],
      (a, b) => [`from ${a.day} ${en(a.month)} ${a.year} to ${b.day} ${en(b.month)} ${b.year}`, EN, 'interval'],
      (a, b) => [`from ${compact(a, b, en, String, '-').replace('-', ' to ').replace(' to  to ', ' to ')}`, EN, 'interval'],
      (a, b) => [`du ${frDay(a.day)} ${fr(a.month)} ${a.year} au ${frDay(b.day)} ${fr(b.month)} ${b.year}`, FR, 'interval'],
      (a, b) => [`du ${compact(a, b, fr, frDay, '-').replace('-', ' au ').replace(' au  au ', ' au ')}`, FR, 'interval'],
      (a, b) => [`${a.year}-${a.month}-${a.day} to ${b.year}-${b.month}-${b.day}`, EN, 'interval'],
    ];
    fc.assert(
      fc.property(twoDays, fc.nat(forms.length - 1), ([a, b], form) => {
        const [phrase, options, kind] = (forms[form] as (a: Day, b: Day) => [string, DatePhraseOptions, 'window' | 'interval'])(a, b);
        const result = readDatePhrase(phrase, options);
        const parsed = parsedOf(result);
        expect(parsed.kind, phrase).toBe(kind);
        expect([parsed.startMs, parsed.endMs], phrase).toEqual([dayStart(a), dayStart(b) + DAY_MS]);
      }),
      { numRuns: 2000 },
    );
  });

  it('reads "before" and "after" as windows open on one side, the day itself excluded or included as said', () => {
    const forms: ((d: Day) => [string, DatePhraseOptions, 'before' | 'after', boolean])[] = [
      (d) => [`before ${d.day} ${en(d.month)} ${d.year}`, EN, 'before', false],
      (d) => [`avant le ${frDay(d.day)} ${fr(d.month)} ${d.year}`, FR, 'before', false],
      (d) => [`on or before ${d.day} ${en(d.month)} ${d.year}`, EN, 'before', true],
      (d) => [`le ${frDay(d.day)} ${fr(d.month)} ${d.year} ou avant`, FR, 'before', true],
      (d) => [`after ${en(d.month)} ${d.day}, ${d.year}`, EN, 'after', false],
      (d) => [`après le ${frDay(d.day)} ${fr(d.month)} ${d.year}`, FR, 'after', false],
      (d) => [`on or after ${d.day} ${en(d.month)} ${d.year}`, EN, 'after', true],
      (d) => [`le ${frDay(d.day)} ${fr(d.month)} ${d.year} ou après`, FR, 'after', true],
    ];
    fc.assert(
      fc.property(aDay, fc.nat(forms.length - 1), (day, form) => {
        const [phrase, options, side, inclusive] = (forms[form] as (d: Day) => [string, DatePhraseOptions, 'before' | 'after', boolean])(
          day,
        );
        const parsed = parsedOf(readDatePhrase(phrase, options));
        expect(parsed.kind).toBe('window');
        const at = dayStart(day);
        if (side === 'before') {
          expect(parsed.openStart).toBe(true);
          expect(parsed.endMs, phrase).toBe(inclusive ? at + DAY_MS : at);
        } else {
          expect(parsed.openEnd).toBe(true);
          expect(parsed.startMs, phrase).toBe(inclusive ? at : at + DAY_MS);
        }
      }),
      { numRuns: 1000 },
    );
  });

  it('reads "around" and "probably" as the day, approximate or uncertain', () => {
    const forms: ((d: Day) => [string, DatePhraseOptions, '~' | '?' | '%'])[] = [
      (d) => [`around ${d.day} ${en(d.month)} ${d.year}`, EN, '~'],
      (d) => [`c. ${d.day} ${EN_SHORT[d.month - 1]} ${d.year}`, EN, '~'],
      (d) => [`vers le ${frDay(d.day)} ${fr(d.month)} ${d.year}`, FR, '~'],
      (d) => [`probably ${d.day} ${en(d.month)} ${d.year}`, EN, '?'],
      (d) => [`sans doute le ${frDay(d.day)} ${fr(d.month)} ${d.year}`, FR, '?'],
      (d) => [`${d.day} ${en(d.month)} ${d.year}?`, EN, '?'],
      (d) => [`probably around ${en(d.month)} ${d.day}, ${d.year}`, EN, '%'],
    ];
    fc.assert(
      fc.property(aDay, fc.nat(forms.length - 1), (day, form) => {
        const [phrase, options, qualifier] = (forms[form] as (d: Day) => [string, DatePhraseOptions, '~' | '?' | '%'])(day);
        const result = readDatePhrase(phrase, options);
        const parsed = parsedOf(result);
        expect(result.ok && result.edtf.endsWith(qualifier), phrase).toBe(true);
        expect([parsed.startMs, parsed.endMs], phrase).toEqual([dayStart(day), dayStart(day) + DAY_MS]);
      }),
      { numRuns: 1000 },
    );
  });
});

/** EDTF dates of every kind the Story words, years 100 to 9999 and before Christ. */
const anEdtf = (() => {
  const year = fc.oneof(fc.integer({ min: 100, max: 9999 }), fc.integer({ min: -9999, max: 0 }));
  const qualifier = fc.constantFrom('', '', '~', '?', '%');
  const point = (precision: 'year' | 'month' | 'day') =>
    fc.tuple(year, fc.integer({ min: 1, max: 12 }), fc.integer({ min: 1, max: 28 })).map(([y, m, d]) => {
      const text = `${y < 0 ? '-' : ''}${String(Math.abs(y)).padStart(4, '0')}`;
      return precision === 'year' ? text : precision === 'month' ? `${text}-${pad(m)}` : `${text}-${pad(m)}-${pad(d)}`;
    });
  const anyPoint = fc.constantFrom('year' as const, 'month' as const, 'day' as const).chain(point);
  return fc
    .oneof(
      fc.tuple(anyPoint, qualifier).map(([p, q]) => p + q),
      fc.tuple(anyPoint, qualifier, anyPoint, qualifier).map(([a, qa, b, qb]) => `${a}${qa}/${b}${qb}`),
      fc
        .constantFrom('year' as const, 'month' as const, 'day' as const)
        .chain((precision) => fc.tuple(point(precision), point(precision)).map(([a, b]) => `[${a}..${b}]`)),
      fc.tuple(anyPoint, qualifier, fc.boolean()).map(([p, q, before]) => (before ? `[..${p}${q}]` : `[${p}${q}..]`)),
    )
    .map((text) => parseEdtf(text))
    .filter((parsed): parsed is { ok: true; value: ParsedDate } => parsed.ok)
    .map((parsed) => parsed.value)
    .filter((parsed) => {
      // A range whose ends are one date (whatever their qualifiers) reads as that date.
      const { start, end } = parsed;
      return (
        parsed.kind === 'point' ||
        parsed.openStart === true ||
        parsed.openEnd === true ||
        start.year !== end.year ||
        start.month !== end.month ||
        start.day !== end.day ||
        start.precision !== end.precision
      );
    });
})();

describe('readDatePhrase, on what the Story writes', () => {
  it('reads a date in words, English or French, back to that date (first or among its alternatives)', () => {
    fc.assert(
      fc.property(anEdtf, fc.constantFrom('en' as const, 'fr' as const), (parsed, locale) => {
        const words = describeDate(parsed, 'occurred', locale);
        const result = readDatePhrase(words, { locale });
        const edtf = formatEdtf(parsed);
        expect(result.ok, `${edtf} as ${JSON.stringify(words)}: ${JSON.stringify(result)}`).toBe(true);
        const read = result.ok ? [result.edtf, ...(result.alternatives ?? []).map((alternative) => alternative.edtf)] : [];
        expect(read, `${edtf} as ${JSON.stringify(words)}`).toContain(edtf);
      }),
      { numRuns: 3000 },
    );
  });
});

describe('readDatePhrase, on anything', () => {
  const pieces = fc.constantFrom(
    ...['5', '31', '1er', '2021', '0000', '10000', '21', 'sept', 'Sept.', 'mars', 'ju', 'mid', 'mi-', 'early', 'fin', 'début'],
    ...['between', 'and', 'entre', 'et', 'from', 'to', 'du', 'au', 'à', 'before', 'after', 'avant', 'après', 'or before', 'ou après'],
    ...['around', 'c.', 'vers le', 'probably', 'sans doute', 'peut-être', 'BC', 'av. J.-C.', 'spring', 'Tuesday', 'mardi', 'the', 'of'],
    ...[
      '/',
      '-',
      '–',
      '.',
      ',',
      ' ',
      '?',
      '~',
      '%',
      '(',
      ')',
      '(uncertain)',
      '(start approximate; end uncertain)',
      '[',
      ']',
      '..',
      '05/09/2021',
      '2021-9-5',
    ],
  );
  const anything = fc.oneof(
    fc.string({ maxLength: 300 }),
    fc.string({ unit: 'grapheme', maxLength: 60 }),
    fc.string({ unit: 'binary', maxLength: 60 }),
    fc.array(pieces, { maxLength: 12 }).map((parts) => parts.join(' ')),
    fc.array(pieces, { maxLength: 12 }).map((parts) => parts.join('')),
  );

  it('never throws, answers every string, and gives only dates parseEdtf takes', () => {
    fc.assert(
      fc.property(anything, fc.constantFrom<DatePhraseOptions>(EN, FR, US, { locale: 'fr', year: 2021 }), (text, options) => {
        const result = readDatePhrase(text, options);
        if (!result.ok) return typeof result.reason === 'string' && result.reason.length > 0;
        return [result.edtf, ...(result.alternatives ?? []).map((alternative) => alternative.edtf)].every((edtf) => parseEdtf(edtf).ok);
      }),
      { numRuns: 5000 },
    );
  });

  it('answers a long paste quickly', () => {
    fc.assert(
      fc.property(fc.array(pieces, { minLength: 1, maxLength: 40 }), fc.integer({ min: 1, max: 3000 }), (parts, times) => {
        const text = parts.join(' ').repeat(times);
        const started = performance.now();
        readDatePhrase(text, EN);
        return performance.now() - started < 50;
      }),
      { numRuns: 200 },
    );
  });
});
