import { describe, expect, it } from 'vitest';
import { MAX_DATE_PHRASE_LENGTH, readDatePhrase, type DatePhraseOptions } from '../../../src/model/datePhrase.ts';
import type { Locale } from '../../../src/i18n/strings.ts';
import { STUDIO_STRINGS } from '../../../src/studio/studioStrings.ts';

const EN: DatePhraseOptions = { locale: 'en' };
const FR: DatePhraseOptions = { locale: 'fr' };
const US: DatePhraseOptions = { locale: 'en', order: 'mdy' };

const edtfOf = (text: string, options: DatePhraseOptions = EN) => {
  const result = readDatePhrase(text, options);
  return result.ok ? result.edtf : `refused: ${result.reason}`;
};

describe('readDatePhrase', () => {
  it.each([
    ['2021-09-15', '2021-09-15'],
    ['2021-09-15~', '2021-09-15~'],
    ['  2016  ', '2016'],
    ['2021-10-05/2021-10-06', '2021-10-05/2021-10-06'],
    ['[2021-09-15..2021-09-26]', '[2021-09-15..2021-09-26]'],
    ['[ 2021-09-15 .. 2021-09-26 ]', '[2021-09-15..2021-09-26]'],
    ['[..2021-10-05]', '[..2021-10-05]'],
    ['-0500', '-0500'],
  ])('takes the EDTF %j as it is', (text, expected) => {
    expect(edtfOf(text)).toBe(expected);
  });

  it.each([
    ['5 Sept 2021', EN, '2021-09-05'],
    ['Sept 5, 2021', EN, '2021-09-05'],
    ['September 5 2021', EN, '2021-09-05'],
    ['the 5th of September, 2021', EN, '2021-09-05'],
    ['on Sunday 5 September 2021', EN, '2021-09-05'],
    ['Sun 5 Sept 2021', EN, '2021-09-05'],
    ['5 SEPTEMBER 2021', EN, '2021-09-05'],
    ['5 septembre 2021', FR, '2021-09-05'],
    ['le 1er septembre 2021', FR, '2021-09-01'],
    ['le premier septembre 2021', FR, '2021-09-01'],
    ['mercredi 1er septembre 2021', FR, '2021-09-01'],
    ['15 fevrier 2022', FR, '2022-02-15'],
    ['5 déc. 2021', FR, '2021-12-05'],
    ['29 February 2024', EN, '2024-02-29'],
    ['2021-9-5', EN, '2021-09-05'],
    ['2021/09/05', EN, '2021-09-05'],
    ['05/09/2021', EN, '2021-09-05'],
    ['05/09/2021', FR, '2021-09-05'],
    ['05/09/2021', US, '2021-05-09'],
    ['5.9.2021', FR, '2021-09-05'],
    ['5.9.2021', US, '2021-05-09'],
    ['25/09/2021', US, '2021-09-25'],
    ['09/25/2021', EN, '2021-09-25'],
    ['5 October 501 BC', EN, '-0500-10-05'],
    ['5 octobre 501 av. J.-C.', FR, '-0500-10-05'],
  ])('reads the day %j as %s', (text, options, expected) => {
    const result = readDatePhrase(text, options);
    expect(result).toMatchObject({ ok: true, edtf: expected, precision: 'day', kind: 'point' });
  });

  it('gives the other order of a numeric date when it too is a date, saying which in the locale', () => {
    expect(readDatePhrase('05/09/2021', EN)).toEqual({
      ok: true,
      edtf: '2021-09-05',
      precision: 'day',
      kind: 'point',
      alternatives: [{ edtf: '2021-05-09', reading: 'month first' }],
    });
    expect(readDatePhrase('5.9.2021', FR)).toMatchObject({ alternatives: [{ edtf: '2021-05-09', reading: 'mois d’abord' }] });
    expect(readDatePhrase('05/09/2021', US)).toMatchObject({
      edtf: '2021-05-09',
      alternatives: [{ edtf: '2021-09-05', reading: 'day first' }],
    });
    expect(readDatePhrase('05/05/2021', EN)).not.toHaveProperty('alternatives');
    expect(readDatePhrase('25/09/2021', EN)).not.toHaveProperty('alternatives');
    // The ends of a range are read in the same order.
    expect(readDatePhrase('between 05/09/2021 and 07/09/2021', EN)).toMatchObject({
      edtf: '[2021-09-05..2021-09-07]',
      alternatives: [{ edtf: '[2021-05-09..2021-07-09]' }],
    });
  });

  it.each([
    ['September 2021', EN, '2021-09'],
    ['sept. 2021', EN, '2021-09'],
    ['in Sept 2021', EN, '2021-09'],
    ['septembre 2021', FR, '2021-09'],
    ['en août 2021', FR, '2021-08'],
    ['9/2021', EN, '2021-09'],
    ['2021-9', EN, '2021-09'],
  ])('reads the month %j as %s', (text, options, expected) => {
    expect(readDatePhrase(text, options)).toMatchObject({ ok: true, edtf: expected, precision: 'month', kind: 'point' });
  });

  it.each([
    ['2016', EN, '2016'],
    ['in 2016', EN, '2016'],
    ['in the year 2016', EN, '2016'],
    ['en 2016', FR, '2016'],
    ["l'an 800", FR, '0800'],
    ['501 BC', EN, '-0500'],
    ['1 BC', EN, '0000'],
    ['501 av. J.-C.', FR, '-0500'],
  ])('reads the year %j as %s', (text, options, expected) => {
    expect(readDatePhrase(text, options)).toMatchObject({ ok: true, edtf: expected, precision: 'year', kind: 'point' });
  });

  it.each([
    ['early October 2021', EN, '[2021-10-01..2021-10-10]'],
    ['in early October 2021', EN, '[2021-10-01..2021-10-10]'],
    ['the beginning of October 2021', EN, '[2021-10-01..2021-10-10]'],
    ['début octobre 2021', FR, '[2021-10-01..2021-10-10]'],
    ['au début d’octobre 2021', FR, '[2021-10-01..2021-10-10]'],
    ['mid-October 2021', EN, '[2021-10-11..2021-10-20]'],
    ['mid October 2021', EN, '[2021-10-11..2021-10-20]'],
    ['the middle of October 2021', EN, '[2021-10-11..2021-10-20]'],
    ['mi-octobre 2021', FR, '[2021-10-11..2021-10-20]'],
    ['à la mi-octobre 2021', FR, '[2021-10-11..2021-10-20]'],
    ['late October 2021', EN, '[2021-10-21..2021-10-31]'],
    ['the end of October 2021', EN, '[2021-10-21..2021-10-31]'],
    ['fin octobre 2021', FR, '[2021-10-21..2021-10-31]'],
    ['à la fin d’octobre 2021', FR, '[2021-10-21..2021-10-31]'],
    ['late February 2023', EN, '[2023-02-21..2023-02-28]'],
    ['fin février 2024', FR, '[2024-02-21..2024-02-29]'],
    ['early 2021', EN, '[2021-01..2021-04]'],
    ['mid-2021', EN, '[2021-05..2021-08]'],
    ['fin 2021', FR, '[2021-09..2021-12]'],
  ])('reads %j by the thirds convention as %s, approximate', (text, options, expected) => {
    expect(readDatePhrase(text, options)).toMatchObject({ ok: true, edtf: expected, kind: 'window', approximate: true });
  });

  it('takes the year of a phrase without one from the caller, and asks for it otherwise', () => {
    expect(readDatePhrase('mid October', { locale: 'en', year: 2021 })).toMatchObject({ ok: true, edtf: '[2021-10-11..2021-10-20]' });
    expect(readDatePhrase('sans doute le 16 septembre', { locale: 'fr', year: 2021 })).toMatchObject({ ok: true, edtf: '2021-09-16?' });
    expect(readDatePhrase('mid October', EN)).toEqual({ ok: false, reason: 'give the year, e.g. "16 September 2021"' });
    expect(readDatePhrase('sans doute le 16 septembre', FR)).toEqual({
      ok: false,
      reason: 'donnez l’année, par exemple « 16 septembre 2021 »',
    });
  });

  it.each([
    ['between 15 and 26 September 2021', EN, '[2021-09-15..2021-09-26]'],
    ['between September 15 and 26, 2021', EN, '[2021-09-15..2021-09-26]'],
    ['between 30 September and 2 October 2021', EN, '[2021-09-30..2021-10-02]'],
    ['between November 2020 and February 2021', EN, '[2020-11..2021-02]'],
    ['between 2016 and 2018', EN, '[2016..2018]'],
    ['entre le 15 et le 26 septembre 2021', FR, '[2021-09-15..2021-09-26]'],
    ['entre septembre et octobre 2021', FR, '[2021-09..2021-10]'],
  ])('reads %j as the window %s (one day between)', (text, options, expected) => {
    expect(readDatePhrase(text, options)).toEqual({
      ok: true,
      edtf: expected,
      precision: expected.length > 20 ? 'day' : expected.length > 12 ? 'month' : 'year',
      kind: 'window',
    });
  });

  it.each([
    ['from 5 to 6 October 2021', EN, '2021-10-05/2021-10-06'],
    ['from October 5 to 6, 2021', EN, '2021-10-05/2021-10-06'],
    ['5 to 6 October 2021', EN, '2021-10-05/2021-10-06'],
    ['from 30 September to 2 October 2021', EN, '2021-09-30/2021-10-02'],
    ['from 2016 until 2018', EN, '2016/2018'],
    ['du 5 au 6 octobre 2021', FR, '2021-10-05/2021-10-06'],
    ['de septembre à octobre 2021', FR, '2021-09/2021-10'],
    ['de 2016 à 2018', FR, '2016/2018'],
    ['from around 5 to 6 October 2021', EN, '2021-10-05~/2021-10-06'],
    ['about 5–6 October 2021', EN, '2021-10-05~/2021-10-06~'],
    ['5–6 October 2021 (start approximate; end uncertain)', EN, '2021-10-05~/2021-10-06?'],
    ['5–6 octobre 2021 (début incertain)', FR, '2021-10-05?/2021-10-06'],
  ])('reads %j as the interval %s (it lasted)', (text, options, expected) => {
    expect(readDatePhrase(text, options)).toMatchObject({ ok: true, edtf: expected, kind: 'interval' });
  });

  it('reads a bare dash as a window, with the interval as its alternative', () => {
    expect(readDatePhrase('15–26 September 2021', EN)).toEqual({
      ok: true,
      edtf: '[2021-09-15..2021-09-26]',
      precision: 'day',
      kind: 'window',
      alternatives: [{ edtf: '2021-09-15/2021-09-26', reading: 'as lasting from the first date to the last' }],
    });
    expect(readDatePhrase('5-6 octobre 2021', FR)).toMatchObject({
      edtf: '[2021-10-05..2021-10-06]',
      alternatives: [{ edtf: '2021-10-05/2021-10-06', reading: 'comme une durée, de la première date à la dernière' }],
    });
    expect(readDatePhrase('September 15 - 26, 2021', US)).toMatchObject({ edtf: '[2021-09-15..2021-09-26]' });
    expect(readDatePhrase('2016—2018', EN)).toMatchObject({ edtf: '[2016..2018]', alternatives: [{ edtf: '2016/2018' }] });
    // Ends of different precision make no window: only the interval is left.
    expect(readDatePhrase('2021 – March 2021', EN)).toEqual({ ok: true, edtf: '2021/2021-03', precision: 'month', kind: 'interval' });
  });

  it.each([
    ['before 5 October 2021', EN, '[..2021-10-04]', '[..2021-10-05]'],
    ['avant le 5 octobre 2021', FR, '[..2021-10-04]', '[..2021-10-05]'],
    ['before 1 January 2021', EN, '[..2020-12-31]', '[..2021-01-01]'],
    ['before October 2021', EN, '[..2021-09]', '[..2021-10]'],
    ['before 2016', EN, '[..2015]', '[..2016]'],
    ['on or before 5 October 2021', EN, '[..2021-10-05]', '[..2021-10-04]'],
    ['by 5 October 2021', EN, '[..2021-10-05]', '[..2021-10-04]'],
    ['5 October 2021 or before', EN, '[..2021-10-05]', '[..2021-10-04]'],
    ['le 5 octobre 2021 ou avant', FR, '[..2021-10-05]', '[..2021-10-04]'],
    ['au plus tard le 5 octobre 2021', FR, '[..2021-10-05]', '[..2021-10-04]'],
    ['after 15 September 2021', EN, '[2021-09-16..]', '[2021-09-15..]'],
    ['après le 15 septembre 2021', FR, '[2021-09-16..]', '[2021-09-15..]'],
    ['after 31 December 2021', EN, '[2022-01-01..]', '[2021-12-31..]'],
    ['on or after 15 September 2021', EN, '[2021-09-15..]', '[2021-09-16..]'],
    ['le 15 septembre 2021 ou après', FR, '[2021-09-15..]', '[2021-09-16..]'],
    ['probably before 5 October 2021', EN, '[..2021-10-04?]', '[..2021-10-05?]'],
  ])('reads %j as %s (the other reading %s)', (text, options, expected, other) => {
    expect(readDatePhrase(text, options)).toMatchObject({ ok: true, edtf: expected, kind: 'window', alternatives: [{ edtf: other }] });
  });

  it('keeps the other reading alone when the first is past the years the format holds', () => {
    expect(readDatePhrase('after 31 December 9999', EN)).toEqual({ ok: true, edtf: '[9999-12-31..]', precision: 'day', kind: 'window' });
  });

  it('says how the other reading of "before" and "after" reads, to follow "read"', () => {
    expect(readDatePhrase('before 5 October 2021', EN)).toMatchObject({
      alternatives: [{ reading: 'with the date itself' }],
    });
    expect(readDatePhrase('avant le 5 octobre 2021', FR)).toMatchObject({
      alternatives: [{ reading: 'avec la date elle-même' }],
    });
  });

  it.each([
    ['around 15 September 2021', EN, '2021-09-15~'],
    ['about 15 September 2021', EN, '2021-09-15~'],
    ['c. 15 Sept 2021', EN, '2021-09-15~'],
    ['circa September 2021', EN, '2021-09~'],
    ['15 September 2021 or so', EN, '2021-09-15~'],
    ['vers le 15 septembre 2021', FR, '2021-09-15~'],
    ['aux alentours du 15 septembre 2021', FR, '2021-09-15~'],
    ['le 15 septembre 2021 environ', FR, '2021-09-15~'],
    ['vers 2016', FR, '2016~'],
    ['probably 16 September 2021', EN, '2021-09-16?'],
    ['16 September 2021?', EN, '2021-09-16?'],
    ['16 September 2021 (uncertain)', EN, '2021-09-16?'],
    ['sans doute le 16 septembre 2021', FR, '2021-09-16?'],
    ['peut-être le 16 septembre 2021', FR, '2021-09-16?'],
    ['16 septembre 2021 (date incertaine)', FR, '2021-09-16?'],
    ['probably around 16 September 2021', EN, '2021-09-16%'],
    ['sans doute vers le 16 septembre 2021', FR, '2021-09-16%'],
  ])('reads the qualified %j as %s', (text, options, expected) => {
    expect(readDatePhrase(text, options)).toMatchObject({ ok: true, edtf: expected, kind: 'point' });
  });

  it.each([
    ['spring 2021', EN, /^a season \("spring"\) is no date.*"between March and May 2021"/],
    ['in the autumn of 2021', EN, /^a season \("autumn"\)/],
    ['printemps 2021', FR, /^une saison \(« printemps »\).*« entre mars et mai 2021 »/],
    ['à l’été 2021', FR, /^une saison \(« ete »\)/],
  ])('refuses the season %j with a window to write instead', (text, options, reason) => {
    const result = readDatePhrase(text, options);
    expect(result.ok).toBe(false);
    expect(result.ok ? '' : result.reason).toMatch(reason);
  });

  it.each([
    ['', EN, /^the date is empty: write a date like "5 September 2021", "September 2021" or "2021"/],
    ['   ', FR, /^la date est vide : écrivez une date comme « 5 septembre 2021 »/],
    ['soon', EN, /^"soon" is not a word of a date: write a date like/],
    ['bientôt', FR, /^« bientot » n’est pas un mot de date : écrivez/],
    ['5 September 2021 at 10:00', EN, /^"at" is not|"10" cannot|":"/],
    ['31 September 2021', EN, /^September 2021 has 30 days, not 31$/],
    ['29 février 2023', FR, /^février 2023 n’a que 28 jours, pas 29$/],
    ['Monday 5 October 2021', EN, /^5 October 2021 was a Tuesday, not a Monday/],
    ['lundi 5 octobre 2021', FR, /^le 5 octobre 2021 était un mardi, pas un lundi/],
    ['5 Sept 21', EN, /^"21" cannot be a year: write the year in full/],
    ['13/13/2021', EN, /^there is no month 13/],
    ['5 6 Sept 2021', EN, /"6" cannot be a year/],
    ['September', EN, /^give the year/],
    ['probably between 15 and 26 September 2021', EN, /^a window .* takes no "around" or "probably"/],
    ['vers début octobre 2021', FR, /^une fenêtre .* ne prend ni « vers » ni « sans doute »/],
    ['probably before 2016', EN, /^a year before or after which/],
    ['between 26 and 15 September 2021', EN, /^the second date comes before the first/],
    ['between September 2021 and 5 October 2021', EN, /^both ends of a window are days, months or years alike/],
    ['before 5 to 6 October 2021', EN, /^a range has two ends already/],
    ['early 5 October 2021', EN, /go with a month or a year, not a day/],
    ['5 October 10000', EN, /^the year 10000 is beyond the format's four digits/],
    ['5 September 2021 (maybe not)', EN, /is no note of a date/],
    ['5 September 2021 ☃', EN, /^"☃" has no place in a date/],
  ])('refuses %j with a reason', (text, options, reason) => {
    const result = readDatePhrase(text, options);
    expect(result.ok).toBe(false);
    expect(result.ok ? '' : result.reason).toMatch(reason);
  });

  it('refuses a paste longer than a date in bounded time, and reads a date amid blanks', () => {
    const started = performance.now();
    for (const text of ['x'.repeat(100_000), '5 '.repeat(50_000), `between ${'1-'.repeat(50_000)}`]) {
      expect(readDatePhrase(text, EN)).toMatchObject({
        ok: false,
        reason: expect.stringContaining(`over ${MAX_DATE_PHRASE_LENGTH} characters`),
      });
    }
    expect(readDatePhrase(`${' '.repeat(100_000)}2016\n`, EN)).toMatchObject({ ok: true, edtf: '2016' });
    expect(performance.now() - started).toBeLessThan(500);
  });

  it('never throws on what a field might hand it', () => {
    for (const text of [undefined, null, 42, {}] as unknown as string[]) {
      expect(readDatePhrase(text, EN).ok).toBe(false);
    }
    expect(readDatePhrase('2016', undefined as unknown as DatePhraseOptions)).toMatchObject({ ok: true, edtf: '2016' });
    expect(readDatePhrase('5 Sept 2021', undefined as unknown as DatePhraseOptions)).toMatchObject({ ok: true, edtf: '2021-09-05' });
    expect(readDatePhrase('mid October', { locale: 'en', year: 2021.5 })).toMatchObject({ ok: false });
  });
});

describe('readDatePhrase in the studio’s five languages', () => {
  const LANGUAGES = ['en', 'fr', 'de', 'es', 'ar'] as const;
  // Phrases refused, each for a reason of its own, as an editor might type them in any of the languages.
  const REFUSED = [
    '',
    'xyzzy',
    '31 February 2021',
    '31. Februar 2021',
    '31 de febrero de 2021',
    '31/02/2021',
    'Monday 5 October 2021',
    'Montag, 5. Oktober 2021',
    'spring 2021',
    '5 Sept 21',
    '13/13/2021',
    '5 2021',
    'September',
    'probably between 15 and 26 September 2021',
    'probably before 2016',
    'between 26 and 15 September 2021',
    'between September 2021 and 5 October 2021',
    'before 5 to 6 October 2021',
    'before early October 2021',
    'early 5 October 2021',
    '5 October 10000',
    '5 September 2021 (vielleicht nicht)',
    '5 September 2021 ☃',
    'x'.repeat(MAX_DATE_PHRASE_LENGTH + 1),
  ];
  // Phrases read with another reading offered, whose label the studio shows ("or, read month first").
  const OFFERED: [string, DatePhraseOptions['order']][] = [
    ['05/09/2021', 'dmy'],
    ['05/09/2021', 'mdy'],
    ['15–26 September 2021', 'dmy'],
    ['before 5 October 2021', 'dmy'],
    ['by 5 October 2021', 'dmy'],
  ];
  const reasonOf = (text: string, locale: DatePhraseOptions['locale']) => {
    const result = readDatePhrase(text, { locale });
    expect(result.ok, text).toBe(false);
    return result.ok ? '' : result.reason;
  };
  const readingsOf = (text: string, locale: DatePhraseOptions['locale'], order: DatePhraseOptions['order']) => {
    const result = readDatePhrase(text, { locale, order });
    return result.ok ? (result.alternatives ?? []).map((alternative) => alternative.reading) : [];
  };
  const messages = (locale: DatePhraseOptions['locale']) => [
    ...REFUSED.map((text) => reasonOf(text, locale)),
    ...OFFERED.flatMap(([text, order]) => readingsOf(text, locale, order)),
  ];
  // Words of the English messages that no German or Spanish one should carry.
  const ENGLISH =
    /\b(the|date|write|between|before|after|early|mid|late|around|probably|month|day|first|year|was|has|not|empty|cannot|there|word|check|like|or|read|with|without|window|February|October|Monday|Tuesday|e\.g)\b/i;
  // What an Arabic message quotes (the editor's words, figures) is isolated: what is left is Arabic but for the format's name.
  const outsideIsolates = (text: string) => text.replace(/[\u2066\u2068][^\u2069]*\u2069/g, '').replace(/EDTF/g, '');

  it('gives every reason and reading in every language, none left in English', () => {
    const english = messages('en');
    expect(english).toHaveLength(REFUSED.length + OFFERED.length);
    for (const locale of ['fr', 'de', 'es', 'ar'] as const) {
      const own = messages(locale);
      expect(own).toHaveLength(english.length);
      own.forEach((message, index) => {
        expect(message.trim(), `${locale}: ${message}`).not.toBe('');
        expect(message, locale).not.toBe(english[index]);
      });
      if (locale === 'de' || locale === 'es') for (const message of own) expect(message, `${locale}: ${message}`).not.toMatch(ENGLISH);
      if (locale === 'ar') {
        for (const message of own) {
          expect(outsideIsolates(message), message).not.toMatch(/[a-z]/i);
          expect(message).toMatch(/[\u0621-\u064a]/);
        }
      }
    }
  });

  it.each([
    ['31. Februar 2021', 'de', 'Februar 2021 hat nur 28 Tage, nicht 31'],
    ['Montag, 5. Oktober 2021', 'de', 'der 5. Oktober 2021 war ein Dienstag, kein Montag: prüfen Sie den Tag'],
    ['September', 'de', 'geben Sie das Jahr an, z. B. „16. September 2021“'],
    ['31 de febrero de 2021', 'es', 'febrero de 2021 solo tiene 28 días, no 31'],
    ['lunes 5 de octubre de 2021', 'es', 'el 5 de octubre de 2021 fue martes, no lunes: comprueba el día'],
    ['entre el 26 y el 15 de septiembre de 2021', 'es', 'la segunda fecha es anterior a la primera: escribe primero la más antigua'],
    ['31/02/2021', 'ar', 'شهر فبراير 2021 فيه 28 يومًا فقط، لا 31'],
    ['Monday 5 October 2021', 'ar', 'كان 5 أكتوبر 2021 يوم الثلاثاء، لا يوم الاثنين: تحقّق من اليوم'],
  ] as const)('refuses %j in %s: %s', (text, locale, reason) => {
    expect(readDatePhrase(text, { locale })).toEqual({ ok: false, reason });
  });

  it('writes the hint as an editor of the language writes dates', () => {
    expect(reasonOf('', 'de')).toBe(
      'das Datum ist leer: schreiben Sie ein Datum wie „5. September 2021“, „September 2021“ oder „2021“, ein Zeitfenster wie „zwischen dem 15. und 26. September 2021“ oder „vor dem 5. Oktober 2021“ oder das EDTF selbst, „2021-09-05“',
    );
    expect(reasonOf('bald', 'es')).toMatch(
      /^«bald» no es una palabra de fecha: escribe una fecha como «5 de septiembre de 2021», .*«entre el 15 y el 26 de septiembre de 2021» o «antes del 5 de octubre de 2021»/,
    );
    // Every example of a German or Spanish hint is a date the field reads.
    for (const locale of ['de', 'es'] as const) {
      const examples = [...reasonOf('', locale).matchAll(/[„«]([^“»]+)[“»]/g)].map(([, example]) => example as string);
      expect(examples).toHaveLength(6);
      for (const example of examples) expect(readDatePhrase(example, { locale }), example).toMatchObject({ ok: true });
    }
  });

  it('tells an Arabic editor to write the date in figures, each example kept left to right and read back as copied', () => {
    const hint = reasonOf('', 'ar');
    expect(hint).toMatch(/^التاريخ فارغ؛ يُكتب التاريخ بالعربية بالأرقام: اليوم فالشهر فالسنة، مثل «\u206605\/09\/2021\u2069»/);
    const examples = [...hint.matchAll(/\u2066([^\u2069]*)\u2069/g)].map(([whole]) => whole);
    expect(examples.length).toBeGreaterThanOrEqual(6);
    for (const example of examples) expect(readDatePhrase(example, { locale: 'ar' }), example).toMatchObject({ ok: true });
    expect(reasonOf('xyzzy', 'ar')).toMatch(/^«\u2068xyzzy\u2069» ليست كلمة من كلمات التاريخ؛ /);
  });

  it('labels the other reading of a date in the studio’s language', () => {
    expect(readingsOf('05/09/2021', 'de', 'dmy')).toEqual(['mit dem Monat zuerst']);
    expect(readingsOf('05/09/2021', 'es', 'mdy')).toEqual(['con el día primero']);
    expect(readingsOf('05/09/2021', 'ar', 'dmy')).toEqual(['الشهر أولًا']);
    expect(readingsOf('vor dem 5. Oktober 2021', 'de', 'dmy')).toEqual(['mit dem Datum selbst']);
    expect(readingsOf('15–26 de septiembre de 2021', 'es', 'dmy')).toEqual(['como una duración, de la primera fecha a la última']);
  });

  it('sends the editor to the date note by the label the studio gives it', () => {
    for (const locale of ['de', 'es', 'ar'] as const) {
      expect(reasonOf('probably before 2016', locale)).toContain(STUDIO_STRINGS[locale].dateNote);
    }
  });

  it('speaks English to a language it does not know', () => {
    expect(reasonOf('', 'it' as Locale)).toBe(reasonOf('', 'en'));
    expect(LANGUAGES.map((locale) => reasonOf('', locale).split(/[:؛]/)[0])).toEqual([
      'the date is empty',
      'la date est vide ',
      'das Datum ist leer',
      'la fecha está vacía',
      'التاريخ فارغ',
    ]);
  });
});
