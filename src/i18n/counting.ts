/**
 * Numbers and counted nouns in the reader's language, from the platform: Intl.NumberFormat
 * writes the digits and separators ("1,234", "1 234", "1.234"), Intl.PluralRules picks the
 * noun's form (two in English, German and Spanish, six in Arabic). Arabic keeps the Latin
 * digits that CLDR gives 'ar' by default in current ICU ((1234).toLocaleString('ar') is
 * "1,234" in Node 20 and Chromium): the numbers, the dates in words and the axis, whose day
 * numbers come from date-fns, then all read alike.
 */

const numberFormats = new Map<string, Intl.NumberFormat>();
const pluralRules = new Map<string, Intl.PluralRules>();

/** `count` in the digits and separators of `locale`. */
export function formatNumber(count: number, locale: string): string {
  let format = numberFormats.get(locale);
  if (!format) numberFormats.set(locale, (format = new Intl.NumberFormat(locale)));
  return format.format(count);
}

/** A noun's forms by plural category; `#` stands for the count, written by formatNumber. */
export type PluralForms = Partial<Record<Intl.LDMLPluralRule, string>> & { other: string };

/** The form `count` takes in `locale`, the count written in (`other` for a category not given). */
export function plural(locale: string, count: number, forms: PluralForms): string {
  let rules = pluralRules.get(locale);
  if (!rules) pluralRules.set(locale, (rules = new Intl.PluralRules(locale)));
  const form = forms[rules.select(count)] ?? forms.other;
  return form.replace('#', () => formatNumber(count, locale));
}
