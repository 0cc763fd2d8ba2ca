/**
 * A rounded length of time in words ("5 years", "3 mois"), for the breaks of the vertical
 * timeline. Intl's unit formatting knows each language's plurals, so no table lives here.
 */
import type { GapDuration } from '../layout/vertical.ts';
import type { Locale } from './strings.ts';

const formats = new Map<string, Intl.NumberFormat>();

export function gapWords({ unit, count }: GapDuration, locale: Locale): string {
  const key = `${locale}:${unit}`;
  let format = formats.get(key);
  if (!format) {
    format = new Intl.NumberFormat(locale, { style: 'unit', unit, unitDisplay: 'long' });
    formats.set(key, format);
  }
  return format.format(count);
}
