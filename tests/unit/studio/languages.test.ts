// @vitest-environment node
/**
 * The studio's languages (issue 19): each file has exactly English's keys, nothing in it is
 * English's words left untranslated, and counts take each language's plural forms and digits.
 */
import { describe, expect, it } from 'vitest';
import { STUDIO_LANGUAGES, type StudioStrings } from '../../../src/studio/studioStrings.ts';

type Entries = Map<string, string>;

/** Every leaf as its dotted key and its text; a function is called with a sample argument (a number for a count). */
function leaves(strings: object, prefix = ''): Entries {
  const found: Entries = new Map();
  for (const [key, value] of Object.entries(strings)) {
    const path = prefix + key;
    if (typeof value === 'function') found.set(`${path}()`, String((value as (sample: never) => unknown)(sampleFor(path) as never)));
    else if (typeof value === 'object' && value !== null) for (const [inner, text] of leaves(value, `${path}.`)) found.set(inner, text);
    else found.set(path, String(value));
  }
  return found;
}

const sampleFor = (key: string) => (/count|suggestions/i.test(key) ? 3 : 'Sample');

const english = leaves(STUDIO_LANGUAGES.en);
const others = Object.entries(STUDIO_LANGUAGES).filter(([locale]) => locale !== 'en') as [string, StudioStrings][];

/** Words that are the same in English and in the language, checked by hand. */
const SAME_AS_ENGLISH: Record<string, string[]> = {
  fr: ['sources', 'source', 'date'],
  de: ['studio', 'status', 'actorName', 'actorKinds.person'],
  es: [],
  ar: [],
};

describe('the studio’s languages', () => {
  it.each(others)('%s has exactly the keys of English, each of the same kind', (_, strings) => {
    const kinds = (entries: object) => [...leaves(entries).keys()].sort();
    expect(kinds(strings)).toEqual(kinds(STUDIO_LANGUAGES.en));
  });

  it.each(others)('%s leaves nothing in English by mistake', (locale, strings) => {
    const same = [...leaves(strings)].filter(([key, text]) => english.get(key) === text).map(([key]) => key.replace(/\(\)$/, ''));
    expect(same.sort()).toEqual([...(SAME_AS_ENGLISH[locale] ?? [])].sort());
  });

  it('has Arabic letters in every Arabic string', () => {
    const withoutArabic = [...leaves(STUDIO_LANGUAGES.ar)].filter(([, text]) => !/\p{Script=Arabic}/u.test(text)).map(([key]) => key);
    expect(withoutArabic).toEqual([]);
  });

  it('counts with each language’s plural forms and digits', () => {
    const { en, fr, de, es, ar } = STUDIO_LANGUAGES;
    expect([1, 2, 1234].map(en.problemCount)).toEqual([
      '1 problem to fix before publishing',
      '2 problems to fix before publishing',
      '1,234 problems to fix before publishing',
    ]);
    // French counts nought as one; a million takes "de".
    expect([0, 2, 1_000_000].map(fr.suggestions)).toEqual([
      '0 événement proposé',
      '2 événements proposés',
      '1\u202f000\u202f000 d’événements proposés',
    ]);
    expect([1, 1234].map(de.suggestions)).toEqual(['1 Ereignis vorgeschlagen', '1.234 Ereignisse vorgeschlagen']);
    expect([1, 7, 1_000_000].map(es.problemCount)).toEqual([
      '1 problema por resolver antes de publicar',
      '7 problemas por resolver antes de publicar',
      '1.000.000 de problemas por resolver antes de publicar',
    ]);
    // Arabic's six: none, one and two in words, 3–10 with a plural noun, 11–99 with a singular in the accusative, 100 with a singular.
    expect([0, 1, 2, 3, 11, 100].map(ar.suggestions)).toEqual([
      'لم يُقترح أي حدث',
      'حدث واحد مقترح',
      'حدثان مقترحان',
      '3 أحداث مقترحة',
      '11 حدثًا مقترحًا',
      '100 حدث مقترح',
    ]);
    expect(ar.problemCount(2)).toBe('مشكلتان يجب إصلاحهما قبل النشر');
  });
});
