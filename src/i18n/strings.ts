/**
 * The interface's languages: every string, one file per language under languages/ (checked
 * against English's keys by type and by test). Dates are worded in dates.ts and country
 * names come from Intl.DisplayNames, so neither appears there.
 */
import { en, type Strings } from './languages/en.ts';
import { fr } from './languages/fr.ts';

export type { Strings };
export type Locale = 'en' | 'fr';
export const LOCALES: readonly Locale[] = ['en', 'fr'];

export const STRINGS: Record<Locale, Strings> = { en, fr };

export function pickLocale(requested: string | null | undefined): Locale {
  const base = (requested ?? '').toLowerCase().split('-')[0];
  return base === 'fr' ? 'fr' : 'en';
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
