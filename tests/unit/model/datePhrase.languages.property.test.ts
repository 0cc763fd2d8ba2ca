/**
 * The studio's date field in its other languages (issue 19): German and Spanish phrases in
 * their common forms, generated as datePhrase.property.test.ts generates English and French
 * ones; Arabic dates in figures, Arabic-Indic or not, with the bidi marks an Arabic field
 * puts around them.
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { readDatePhrase } from '../../../src/model/datePhrase.ts';
import { DAY_MS, aDay, dayStart, lastDay, monthStart, pad, parsedOf, twoDays, type Day } from './generatedDays.ts';

const DE_MONTHS = ['Januar', 'Februar', 'März', 'April', 'Mai', 'Juni', 'Juli', 'August', 'September', 'Oktober', 'November', 'Dezember'];
const DE_SHORT = ['Jan.', 'Feb.', 'März', 'Apr.', 'Mai', 'Juni', 'Juli', 'Aug.', 'Sept.', 'Okt.', 'Nov.', 'Dez.'];
const ES_MONTHS = [
  'enero',
  'febrero',
  'marzo',
  'abril',
  'mayo',
  'junio',
  'julio',
  'agosto',
  'septiembre',
  'octubre',
  'noviembre',
  'diciembre',
];
const ES_SHORT = ['ene.', 'feb.', 'mar.', 'abr.', 'may.', 'jun.', 'jul.', 'ago.', 'sept.', 'oct.', 'nov.', 'dic.'];
const DE_WEEKDAYS = ['Sonntag', 'Montag', 'Dienstag', 'Mittwoch', 'Donnerstag', 'Freitag', 'Samstag'];
const ES_WEEKDAYS = ['domingo', 'lunes', 'martes', 'miércoles', 'jueves', 'viernes', 'sábado'];
const ARABIC_DIGITS = '٠١٢٣٤٥٦٧٨٩';

const de = (month: number) => DE_MONTHS[month - 1] as string;
const es = (month: number) => ES_MONTHS[month - 1] as string;
const weekday = (names: string[], d: Day) => names[new Date(dayStart(d)).getUTCDay()] as string;
const arabicDigits = (text: string) => text.replace(/\d/g, (digit) => ARABIC_DIGITS[Number(digit)] as string);
// The studio's locale only words the reasons: phrases are read in every language whatever it is.
const options = { locale: 'en' } as const;

describe('readDatePhrase, on generated German, Spanish and Arabic phrases', () => {
  it('reads a day written every common way as that day', () => {
    const forms: ((d: Day) => string)[] = [
      (d) => `${d.day}. ${de(d.month)} ${d.year}`,
      (d) => `am ${d.day}. ${DE_SHORT[d.month - 1]} ${d.year}`,
      (d) => `${weekday(DE_WEEKDAYS, d)}, ${d.day}. ${de(d.month)} ${d.year}`,
      (d) => `${d.day} de ${es(d.month)} de ${d.year}`,
      (d) => `el ${d.day} de ${ES_SHORT[d.month - 1]} de ${d.year}`,
      (d) => `el ${weekday(ES_WEEKDAYS, d)} ${d.day} de ${es(d.month)} de ${d.year}`,
      // Arabic: in figures, day first, Arabic-Indic or not, isolated left to right as an Arabic field may hold it.
      (d) => arabicDigits(`${pad(d.day)}/${pad(d.month)}/${d.year}`),
      (d) => `\u2066${arabicDigits(`${d.year}-${pad(d.month)}-${pad(d.day)}`)}\u2069`,
      (d) => `\u200f${d.day}/${d.month}/${d.year}`,
    ];
    fc.assert(
      fc.property(aDay, fc.nat(forms.length - 1), (day, form) => {
        const phrase = (forms[form] as (d: Day) => string)(day);
        const parsed = parsedOf(readDatePhrase(phrase, options));
        expect(parsed.kind).toBe('point');
        expect([parsed.startMs, parsed.endMs], phrase).toEqual([dayStart(day), dayStart(day) + DAY_MS]);
      }),
      { numRuns: 2000 },
    );
  });

  it('reads a month and a year as that month or year', () => {
    const forms: ((d: Day) => [string, 'month' | 'year'])[] = [
      (d) => [`${de(d.month)} ${d.year}`, 'month'],
      (d) => [`im ${DE_SHORT[d.month - 1]} ${d.year}`, 'month'],
      (d) => [`im Jahr ${d.year}`, 'year'],
      (d) => [`${es(d.month)} de ${d.year}`, 'month'],
      (d) => [`en ${ES_SHORT[d.month - 1]} de ${d.year}`, 'month'],
      (d) => [`en el año ${d.year}`, 'year'],
      (d) => [arabicDigits(`${d.month}/${d.year}`), 'month'],
    ];
    fc.assert(
      fc.property(aDay, fc.nat(forms.length - 1), (day, form) => {
        const [phrase, precision] = (forms[form] as (d: Day) => [string, 'month' | 'year'])(day);
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

  it('reads the thirds of a month or a year as windows, by the convention English and French take', () => {
    const thirds = [
      ['Anfang', 'a principios de'],
      ['Mitte', 'a mediados de'],
      ['Ende', 'a finales de'],
    ] as const;
    fc.assert(
      fc.property(aDay, fc.nat(2), fc.boolean(), fc.boolean(), (day, third, spanish, ofYear) => {
        const [german, castilian] = thirds[third] as readonly [string, string];
        const phrase = spanish
          ? `${castilian} ${ofYear ? day.year : `${es(day.month)} de ${day.year}`}`
          : `${german} ${ofYear ? day.year : `${de(day.month)} ${day.year}`}`;
        const result = readDatePhrase(phrase, options);
        expect(result).toMatchObject({ kind: 'window', approximate: true });
        const parsed = parsedOf(result);
        const last = third === 2 ? lastDay(day.year, day.month) : 10 + 10 * third;
        const bounds = ofYear
          ? [monthStart(day.year, 1 + 4 * third), monthStart(day.year, 5 + 4 * third)]
          : [Date.UTC(day.year, day.month - 1, 1 + 10 * third), Date.UTC(day.year, day.month - 1, last + 1)];
        expect([parsed.startMs, parsed.endMs], phrase).toEqual(bounds);
      }),
      { numRuns: 1000 },
    );
  });

  it('reads a range as a window ("zwischen", "entre") or an interval ("vom … bis", "del … al")', () => {
    const forms: ((a: Day, b: Day) => [string, 'window' | 'interval'])[] = [
      (a, b) => [`zwischen dem ${a.day}. ${de(a.month)} ${a.year} und dem ${b.day}. ${de(b.month)} ${b.year}`, 'window'],
      (a, b) => [`vom ${a.day}. ${de(a.month)} ${a.year} bis ${b.day}. ${de(b.month)} ${b.year}`, 'interval'],
      (a, b) => [`${a.day}. ${de(a.month)} ${a.year} bis ${b.day}. ${de(b.month)} ${b.year}`, 'interval'],
      (a, b) => [`entre el ${a.day} de ${es(a.month)} de ${a.year} y el ${b.day} de ${es(b.month)} de ${b.year}`, 'window'],
      (a, b) => [`del ${a.day} de ${es(a.month)} de ${a.year} al ${b.day} de ${es(b.month)} de ${b.year}`, 'interval'],
      (a, b) => [`desde el ${a.day} de ${es(a.month)} de ${a.year} hasta el ${b.day} de ${es(b.month)} de ${b.year}`, 'interval'],
    ];
    fc.assert(
      fc.property(twoDays, fc.nat(forms.length - 1), ([a, b], form) => {
        const [phrase, kind] = (forms[form] as (a: Day, b: Day) => [string, 'window' | 'interval'])(a, b);
        const parsed = parsedOf(readDatePhrase(phrase, options));
        expect(parsed.kind, phrase).toBe(kind);
        expect([parsed.startMs, parsed.endMs], phrase).toEqual([dayStart(a), dayStart(b) + DAY_MS]);
      }),
      { numRuns: 2000 },
    );
  });

  it('reads "vor", "nach", "antes", "después" as windows open on one side, the day itself excluded', () => {
    const forms: ((d: Day) => [string, 'before' | 'after'])[] = [
      (d) => [`vor dem ${d.day}. ${de(d.month)} ${d.year}`, 'before'],
      (d) => [`nach dem ${d.day}. ${de(d.month)} ${d.year}`, 'after'],
      (d) => [`antes del ${d.day} de ${es(d.month)} de ${d.year}`, 'before'],
      (d) => [`después del ${d.day} de ${es(d.month)} de ${d.year}`, 'after'],
    ];
    fc.assert(
      fc.property(aDay, fc.nat(forms.length - 1), (day, form) => {
        const [phrase, side] = (forms[form] as (d: Day) => [string, 'before' | 'after'])(day);
        const parsed = parsedOf(readDatePhrase(phrase, options));
        expect(parsed.kind).toBe('window');
        if (side === 'before') expect([parsed.openStart, parsed.endMs], phrase).toEqual([true, dayStart(day)]);
        else expect([parsed.openEnd, parsed.startMs], phrase).toEqual([true, dayStart(day) + DAY_MS]);
      }),
      { numRuns: 500 },
    );
  });

  it('reads "um", "etwa", "hacia" as approximate and "wahrscheinlich", "probablemente" as uncertain', () => {
    const forms: ((d: Day) => [string, '~' | '?'])[] = [
      (d) => [`um den ${d.day}. ${de(d.month)} ${d.year}`, '~'],
      (d) => [`etwa am ${d.day}. ${de(d.month)} ${d.year}`, '~'],
      (d) => [`wahrscheinlich am ${d.day}. ${de(d.month)} ${d.year}`, '?'],
      (d) => [`hacia el ${d.day} de ${es(d.month)} de ${d.year}`, '~'],
      (d) => [`probablemente el ${d.day} de ${es(d.month)} de ${d.year}`, '?'],
    ];
    fc.assert(
      fc.property(aDay, fc.nat(forms.length - 1), (day, form) => {
        const [phrase, qualifier] = (forms[form] as (d: Day) => [string, '~' | '?'])(day);
        const result = readDatePhrase(phrase, options);
        expect(result.ok && result.edtf, phrase).toBe(`${day.year}-${pad(day.month)}-${pad(day.day)}${qualifier}`);
      }),
      { numRuns: 500 },
    );
  });

  it('refuses a season in German and Spanish, as in English', () => {
    for (const phrase of ['Frühling 2021', 'Herbst 2021', 'primavera de 2021', 'otoño de 2021']) {
      const result = readDatePhrase(phrase, options);
      expect(result.ok, phrase).toBe(false);
      expect(!result.ok && result.reason, phrase).toMatch(/season/);
    }
  });
});
