/**
 * The interface's languages: every string, one file per language under languages/ (checked
 * against English's keys by type and by test), with its dates in words. Country names come
 * from Intl.DisplayNames, so they appear in none.
 *
 * English is built in; every other language is loaded on demand (loadLocale), a dynamic
 * import that the builds emit as a chunk of its own beside the code that asks for it. The
 * embed so carries one language, not five, and a reader downloads only the one they read.
 * Components keep reading STRINGS[locale] as they render: whoever sets a locale (the element,
 * the app's switch, the server renderer, the command line) awaits loadLocale first. A
 * language read before it is loaded reads as English, rather than failing.
 */
import { en, type Strings } from './languages/en.ts';
import { registerDateWords, type DateWords } from './dates.ts';

export type { Strings };
export type Locale = 'en' | 'fr' | 'de' | 'es' | 'ar';
export const LOCALES: readonly Locale[] = ['en', 'fr', 'de', 'es', 'ar'];

/** What a language file exports. */
export interface Language {
  strings: Strings;
  dates: DateWords;
}

/**
 * Each language's file, by a literal import() the bundler can see. To add a language: its
 * file under languages/ (strings and date words, as de.ts), its code in Locale and LOCALES,
 * and its line here.
 */
const LANGUAGES: Record<Exclude<Locale, 'en'>, () => Promise<Language>> = {
  fr: () => import('./languages/fr.ts'),
  de: () => import('./languages/de.ts'),
  es: () => import('./languages/es.ts'),
  ar: () => import('./languages/ar.ts'),
};

export const STRINGS: Record<Locale, Strings> = { en, fr: en, de: en, es: en, ar: en };

const loaded = new Map<Locale, Promise<void>>([['en', Promise.resolve()]]);
const ready = new Set<Locale>(['en']);

/** Whether `locale`'s strings and dates are in (then setting it needs no wait). */
export const isLocaleLoaded = (locale: Locale): boolean => ready.has(locale);

/**
 * Loads `locale`'s strings and dates in words, once; resolves when STRINGS[locale] and the
 * dates read in it. A failed load (the network) is forgotten, so that the next call tries again.
 */
export function loadLocale(locale: Locale): Promise<void> {
  let loading = loaded.get(locale);
  if (!loading) {
    loading = LANGUAGES[locale as Exclude<Locale, 'en'>]().then((language) => {
      STRINGS[locale] = language.strings;
      registerDateWords(locale, language.dates);
      ready.add(locale);
    });
    loaded.set(locale, loading);
    loading.catch(() => loaded.delete(locale));
  }
  return loading;
}

/**
 * A view's switch of language: `switchTo(locale)` calls `apply(locale)` once the language's
 * words are in (at once when they are), unless a later call came in meanwhile, so that the last
 * choice wins; a language that fails to load (the network) leaves the view as it was, and may be
 * asked for again. The promise settles when the language is applied or passed over.
 */
export function languageSwitch(apply: (locale: Locale) => void): (locale: Locale) => Promise<void> {
  let latest: Locale | undefined;
  return (locale) => {
    latest = locale;
    if (ready.has(locale)) {
      apply(locale);
      return Promise.resolve();
    }
    return loadLocale(locale).then(
      () => {
        if (latest === locale) apply(locale);
      },
      () => {},
    );
  };
}

/** A language tag ("de-AT", "es-419", "ar-EG", "fr") as one of ours; English for any other. */
export function pickLocale(requested: string | null | undefined): Locale {
  const base = (requested ?? '').trim().toLowerCase().split(/[-_]/)[0];
  return (LOCALES as readonly string[]).includes(base ?? '') ? (base as Locale) : 'en';
}

const ownNames = new Map<string, string>();

/**
 * A language's name in that language ("Deutsch", "Español", "العربية"), from the platform, as
 * a switch or menu of languages offers it: a reader looks for their own language's name,
 * whatever the language the page is in. Capitalised, as a name standing alone is, though
 * French and Spanish write it lower case in a sentence. Any tag: a story's own language too.
 */
export function languageName(tag: string): string {
  let name = ownNames.get(tag);
  if (name === undefined) {
    try {
      const own = new Intl.DisplayNames([tag], { type: 'language', fallback: 'code' }).of(tag) ?? tag;
      name = own.charAt(0).toLocaleUpperCase(tag) + own.slice(1);
    } catch {
      // A tag Intl refuses (a hand-edited dataset's "xx-?") is shown as written.
      name = tag;
    }
    ownNames.set(tag, name);
  }
  return name;
}

/** Country names in the reader's language, from the platform rather than a hand-written table. */
const regionNames = new Map<Locale, Intl.DisplayNames | null>();

function regionNamesIn(locale: Locale): Intl.DisplayNames | null {
  let names = regionNames.get(locale);
  if (names === undefined) {
    // Built once per locale: a filter list, a legend and swimlanes name the same countries again and again.
    try {
      names = new Intl.DisplayNames([locale], { type: 'region' });
    } catch {
      names = null;
    }
    regionNames.set(locale, names);
  }
  return names;
}

export function countryName(code: string, locale: Locale): string {
  try {
    return regionNamesIn(locale)?.of(code) ?? code;
  } catch {
    // A code Intl does not accept (e.g. "QM" in an old engine) is shown as it is.
    return code;
  }
}
