/**
 * Every language the reader speaks: each file has exactly English's keys, every string and
 * every worded count is there and is no English left behind, counts take the language's
 * forms, and dates in words read as a newsroom in that language writes them.
 */
import { describe, expect, it } from 'vitest';
import { en } from '../../../src/i18n/languages/en.ts';
import { LOCALES, STRINGS, isLocaleLoaded, languageName, loadLocale, pickLocale, type Locale } from '../../../src/i18n/strings.ts';
import { describeDate, describeDays, yearInWords } from '../../../src/i18n/dates.ts';
import { problemWords } from '../../../src/i18n/problemWords.ts';
import { parseEdtf } from '../../../src/model/edtf.ts';
import { gapWords } from '../../../src/i18n/durations.ts';

const OTHERS = LOCALES.filter((locale) => locale !== 'en');

/** Every leaf of a strings object, by its dotted path: a string, or a function's words for sample arguments. */
function leaves(value: unknown, path = ''): [string, unknown][] {
  if (typeof value === 'function' || typeof value === 'string') return [[path, value]];
  return Object.entries(value as Record<string, unknown>).flatMap(([key, child]) => leaves(child, path ? `${path}.${key}` : key));
}

/** Keys, recursively: an object's keys and its children's. */
function keys(value: unknown, path = ''): string[] {
  if (typeof value !== 'object' || value === null) return [path];
  return Object.entries(value).flatMap(([key, child]) => keys(child, path ? `${path}.${key}` : key));
}

/** Sample calls of each function key: the words it gives for a few arguments. */
function sampleCalls(path: string, fn: (...args: never[]) => unknown): unknown[] {
  const call = fn as (...args: unknown[]) => unknown;
  if (path === 'problemAt.field') return ['title', 'quotes'].map((key) => call(key));
  if (path === 'problemAt.nth') return [call(call.length ? 'x y' : '', 1)];
  if (path === 'problemAt.the' || path === 'problemAt.of') return [call('its a', 'c d')];
  if (['removeFilter', 'gapLater', 'unknownInUrl'].includes(path)) return [call('X')];
  if (path === 'clusterLabel') return [call(3, '3–9 October 2021')];
  return [0, 1, 2, 3, 11, 100, 1234].map((count) => call(count, 31));
}

/** Values that are the same word in English and in another language. */
const SAME_AS_ENGLISH: Record<string, readonly string[]> = {
  fr: ['mediaKind.image', 'mediaKind.audio', 'mediaKind.page', 'sources', 'images', 'source', 'problemAt.item.sources'],
  de: ['mediaKind.video', 'mediaKind.audio', 'filters', 'activeFilters'],
  es: ['mediaKind.audio', 'problemAt.item.actors', 'colon'],
  ar: [],
};

describe('the language files', () => {
  it.each(OTHERS)('%s has exactly English’s keys, nested objects too', (locale) => {
    expect(keys(STRINGS[locale]).sort()).toEqual(keys(en).sort());
  });

  it.each(OTHERS)('%s gives a non-empty string for every key and every sample call', (locale) => {
    for (const [path, value] of leaves(STRINGS[locale])) {
      if (typeof value === 'string') expect(value.trim(), path).not.toBe('');
      else
        for (const words of sampleCalls(path, value as (...args: never[]) => unknown))
          expect(typeof words === 'string' && words.trim() !== '', `${path} → ${String(words)}`).toBe(true);
    }
  });

  it.each(OTHERS)('%s leaves nothing in English but the words that are the same', (locale) => {
    const english = new Map(leaves(en));
    const same = leaves(STRINGS[locale])
      .filter(([path, value]) => {
        const theirs = english.get(path);
        if (typeof value === 'string') return value === theirs && path !== 'colon';
        return sampleCalls(path, value as never).some((words, i) => words === sampleCalls(path, theirs as never)[i]);
      })
      .map(([path]) => path);
    expect(same.filter((path) => !SAME_AS_ENGLISH[locale]?.includes(path))).toEqual([]);
  });

  it('every language has words for the same fields where a problem is', () => {
    const KEYS = ['id', 'title', 'quotes', 'countries', 'actors', 'related', 'tags', 'url', 'path', 'text', 'nonsense', 'toString'];
    const shape = (locale: Locale) =>
      KEYS.map((key) => [STRINGS[locale].problemAt.field(key) !== undefined, STRINGS[locale].problemAt.field(key, true) !== undefined]);
    for (const locale of OTHERS) expect(shape(locale), locale).toEqual(shape('en'));
  });
});

describe('counts in each language’s forms', () => {
  it('Arabic has its six: none, one, two, a few, many, and the hundreds', () => {
    expect([0, 1, 2, 3, 10, 11, 99, 100, 101, 103].map((count) => STRINGS.ar.eventCount(count))).toEqual([
      'لا أحداث',
      'حدث واحد',
      'حدثان',
      '3 أحداث',
      '10 أحداث',
      '11 حدثًا',
      '99 حدثًا',
      '100 حدث',
      '101 حدث',
      '103 أحداث',
    ]);
    expect(STRINGS.ar.earlier(2)).toBe('حدثان سابقان');
    expect(STRINGS.ar.showing(3, 31)).toBe('3 من أصل 31 حدثًا');
  });

  it('German and Spanish count one and other, with German’s dative after “von”', () => {
    expect([1, 2].map(STRINGS.de.eventCount)).toEqual(['1 Ereignis', '2 Ereignisse']);
    expect(STRINGS.de.showing(3, 31)).toBe('3 von 31 Ereignissen');
    expect(STRINGS.de.later(1)).toBe('1 späteres Ereignis');
    expect([1, 0, 2].map(STRINGS.es.eventCount)).toEqual(['1 acontecimiento', '0 acontecimientos', '2 acontecimientos']);
    expect(STRINGS.es.showing(2, 31)).toBe('2 de 31 acontecimientos');
    expect(STRINGS.fr.eventCount(0)).toBe('0 événement');
  });

  it('numbers are written in each language’s digits and separators; Arabic keeps CLDR’s Latin digits', () => {
    expect(STRINGS.en.andMore(12345)).toBe('and 12,345 more');
    expect(STRINGS.fr.andMore(12345)).toBe('et 12\u202f345 de plus');
    expect(STRINGS.de.andMore(12345)).toBe('und 12.345 weitere');
    expect(STRINGS.es.andMore(12345)).toBe('y 12.345 más');
    expect(STRINGS.ar.andMore(12345)).toBe(`و${(12345).toLocaleString('ar')} أخرى`);
    expect((1234).toLocaleString('ar')).toBe('1,234');
  });

  it('durations come from Intl, with Arabic’s dual in the genitive after “بعد”', () => {
    expect(STRINGS.de.gapLater(gapWords({ unit: 'year', count: 5 }, 'de'))).toBe('5 Jahre später');
    expect(STRINGS.es.gapLater(gapWords({ unit: 'month', count: 3 }, 'es'))).toBe('3 meses después');
    expect(STRINGS.ar.gapLater(gapWords({ unit: 'year', count: 2 }, 'ar'))).toBe('بعد سنتين');
    expect(STRINGS.ar.gapLater(gapWords({ unit: 'year', count: 5 }, 'ar'))).toBe('بعد 5 سنوات');
  });
});

describe('dates in words', () => {
  const words = (edtf: string, locale: Locale, status: 'occurred' | 'planned' = 'occurred') => {
    const parsed = parseEdtf(edtf);
    if (!parsed.ok) throw new Error(parsed.reason);
    return describeDate(parsed.value, status, locale);
  };

  it.each(LOCALES)('%s names the months as Intl does', (locale) => {
    const intl = new Intl.DateTimeFormat(locale, { month: 'long', timeZone: 'UTC' });
    for (let month = 1; month <= 12; month += 1) {
      const edtf = `2021-${String(month).padStart(2, '0')}`;
      const name = intl.format(Date.UTC(2021, month - 1, 15));
      expect(words(edtf, locale).toLowerCase(), edtf).toContain(name.toLowerCase());
    }
  });

  it('German', () => {
    expect(words('2021-09-15', 'de')).toBe('15. September 2021');
    expect(words('2021-10-05/2021-10-06', 'de')).toBe('5.–6. Oktober 2021');
    expect(words('2021-09-20~', 'de')).toBe('um den 20. September 2021');
    expect(words('2021-10', 'de', 'planned')).toBe('Oktober 2021, geplant');
    expect(words('[2021-09-15..2021-09-26]', 'de')).toBe('zwischen dem 15. und dem 26. September 2021');
    expect(words('[..2021-10-05]', 'de')).toBe('spätestens am 5. Oktober 2021');
    expect(words('2021-09-30/2021-10-02?', 'de')).toBe('30. September – 2. Oktober 2021 (Ende unsicher)');
    expect(yearInWords(-500, 'de')).toBe('501 v. Chr.');
  });

  it('Spanish', () => {
    expect(words('2021-09-15', 'es')).toBe('15 de septiembre de 2021');
    expect(words('2021-10-05/2021-10-06', 'es')).toBe('5–6 de octubre de 2021');
    expect(words('2021-09-30/2021-10-02', 'es')).toBe('30 de septiembre – 2 de octubre de 2021');
    expect(words('2021-09-20~', 'es')).toBe('hacia el 20 de septiembre de 2021');
    expect(words('2021-10', 'es', 'planned')).toBe('octubre de 2021, previsto');
    expect(words('[2021-09-15..2021-09-26]', 'es')).toBe('entre el 15 y el 26 de septiembre de 2021');
    expect(words('[2021-09-15..]', 'es')).toBe('el 15 de septiembre de 2021 o después');
  });

  it('Arabic, with the Gregorian month names Arabic newsrooms use', () => {
    expect(words('2021-09-15', 'ar')).toBe('15 سبتمبر 2021');
    expect(words('2021-10-05/2021-10-06', 'ar')).toBe('5–6 أكتوبر 2021');
    expect(words('2021-09-20~', 'ar')).toBe('نحو 20 سبتمبر 2021');
    expect(words('2021-10', 'ar', 'planned')).toBe('أكتوبر 2021، مقرَّر');
    expect(words('[2021-09-15..2021-09-26]', 'ar')).toBe('بين 15 و26 سبتمبر 2021');
    expect(words('2021-09-30~/2021-10-02?', 'ar')).toBe('30 سبتمبر – 2 أكتوبر 2021 (بداية تقريبية؛ نهاية غير مؤكدة)');
    expect(describeDays(Date.UTC(2021, 9, 3), Date.UTC(2021, 9, 9), 'ar')).toBe('3–9 أكتوبر 2021');
  });
});

describe('choosing and loading a language', () => {
  it('reads a language tag as one of ours, English for any other', () => {
    expect(['de-AT', 'es-419', 'ar-EG', 'fr-CA', 'DE', 'es_MX', 'it', '', null].map(pickLocale)).toEqual([
      'de',
      'es',
      'ar',
      'fr',
      'de',
      'es',
      'en',
      'en',
      'en',
    ]);
  });

  it('names each language in itself, for the switch between them', () => {
    expect(LOCALES.map(languageName)).toEqual(['English', 'Français', 'Deutsch', 'Español', 'العربية']);
  });

  it('loads each language once, and then has its strings', async () => {
    await Promise.all(LOCALES.map(loadLocale));
    expect(LOCALES.every(isLocaleLoaded)).toBe(true);
    expect(loadLocale('de')).toBe(loadLocale('de'));
  });

  it('says where a problem is in each language, with its grammar', () => {
    const input = { events: [{ title: 'Super Bowl', quotes: [{}] }] };
    const at = (path: string, locale: Locale) => problemWords(path, input, locale);
    expect(at('events[0].quotes[0].source', 'de')).toBe('Ereignis 1, „Super Bowl“: die Quelle des ersten Zitats');
    expect(at('title', 'de')).toBe('Der Titel des Datensatzes');
    expect(at('events[0].quotes[2]', 'es')).toBe('Acontecimiento 1, «Super Bowl»: la tercera cita');
    expect(at('events[0].related[0].type', 'es')).toBe('Acontecimiento 1, «Super Bowl»: el tipo del primer enlace');
    expect(at('events[0].quotes[0].source', 'ar')).toBe('الحدث 1، «Super Bowl»: مصدر الاقتباس الأول');
    expect(at('events[0].countries[1]', 'ar')).toBe('الحدث 1، «Super Bowl»: الدولة الثانية');
    expect(at('title', 'ar')).toBe('عنوان مجموعة البيانات');
    expect(at('events[0].quotes[0].source', 'en')).toBe('Event 1, “Super Bowl”: the source of its first quote');
  });
});
