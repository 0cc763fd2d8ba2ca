/**
 * Every country (ISO 3166-1 region) with its name in the editor's language, from
 * Intl.DisplayNames rather than a table of our own: the editor types a name, the dataset
 * stores the code.
 */
import type { Locale } from './strings.ts';

const LETTERS = 'ABCDEFGHIJKLMNOPQRSTUVWXYZ';
const cache = new Map<Locale, { code: string; name: string }[]>();

export function countryOptions(locale: Locale): { code: string; name: string }[] {
  let options = cache.get(locale);
  if (options) return options;
  const names = new Intl.DisplayNames([locale], { type: 'region', fallback: 'none' });
  const collator = new Intl.Collator(locale);
  options = [];
  for (const first of LETTERS) {
    for (const second of LETTERS) {
      const code = first + second;
      // A code that is an alias of another ("UK" of "GB") or names no region is left out; so are the
      // user-assigned codes (AA, QM–QZ, XA–XZ, ZZ), which name what a story says they do.
      if (Intl.getCanonicalLocales(`und-${code}`)[0] !== `und-${code}`) continue;
      const name = names.of(code);
      if (name && name !== code && !/^(AA|Q[M-Z]|X[A-Z]|ZZ|EU|EZ|UN)$/.test(code)) options.push({ code, name });
    }
  }
  options.sort((a, b) => collator.compare(a.name, b.name));
  cache.set(locale, options);
  return options;
}
