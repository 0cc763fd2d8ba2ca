/**
 * Numbers and counted nouns in the reader's language, from the platform: Intl.NumberFormat
 * writes the digits and separators ("1,234", "1 234", "1.234"), Intl.PluralRules picks the
 * noun's form (two in English, German and Spanish, six in Arabic). Each language's file
 * builds its own two from these (four lines), so that its chunk imports nothing at run time
 * (src/i18n/strings.ts).
 *
 * Arabic keeps the Latin digits that CLDR gives 'ar' by default in current ICU
 * ((1234).toLocaleString('ar') is "1,234" in Node 20 and Chromium): the counts, the dates in
 * words and the axis, whose day numbers come from date-fns, then all read alike.
 */

/** A noun's forms by plural category; `#` stands for the count. `other` is the form for any category not given. */
export type PluralForms = Partial<Record<Intl.LDMLPluralRule, string>> & { other: string };
