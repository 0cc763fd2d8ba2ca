/**
 * Stands in for date-fns's `format` in the embed build only (see src/embed/vite-plugin.ts).
 * The app words dates with five patterns of five tokens (dates.ts: MMMM, LLLL; ticks.ts:
 * yyyy, MMM yyyy, d MMM yyyy, d MMM); date-fns's `format` carries every token and its
 * machinery (~5 KB gzip of the embed's 50 KB). Month names still come from the date-fns
 * locale the caller passes, and each token is worded as date-fns's own formatters word it.
 * Any other token throws, so a new pattern fails the embed's tests rather than printing
 * something date-fns would not; tests/unit/embed/slim.test.ts compares the two.
 */
import type { Locale } from 'date-fns';

const pad = (value: number, length: number) => String(value).padStart(length, '0');

function month(date: Date, locale: Locale, width: 'wide' | 'abbreviated', context: 'formatting' | 'standalone'): string {
  if (!locale.localize) throw new RangeError('locale must contain localize property');
  return locale.localize.month(date.getMonth() as Parameters<Locale['localize']['month']>[0], { width, context });
}

function token(date: Date, text: string, locale: Locale): string {
  switch (text) {
    case 'yyyy': {
      // date-fns's `y`: the era's year (1 BC is 1), zero-padded to the token's length.
      const year = date.getFullYear();
      return pad(year > 0 ? year : 1 - year, 4);
    }
    case 'MMMM':
      return month(date, locale, 'wide', 'formatting');
    case 'MMM':
      return month(date, locale, 'abbreviated', 'formatting');
    case 'LLLL':
      return month(date, locale, 'wide', 'standalone');
    case 'd':
      return String(date.getDate());
    default:
      throw new RangeError(`The embed's slim date-fns format does not support "${text}"`);
  }
}

export function format(date: Date | number, pattern: string, options: { locale: Locale }): string {
  const value = date instanceof Date ? new Date(date.getTime()) : new Date(date);
  if (Number.isNaN(value.getTime())) throw new RangeError('Invalid time value');
  return pattern.replace(/([A-Za-z])\1*|'/g, (text) => token(value, text, options.locale));
}
