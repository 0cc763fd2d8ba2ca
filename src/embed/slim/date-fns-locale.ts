/**
 * Stands in for date-fns/locale in the embed build only (see src/embed/vite-plugin.ts):
 * each language's locale with the one thing the slim `format` reads, its month names,
 * which (wide) are the same in date-fns whether formatting or standalone. A whole date-fns
 * locale also parses, words distances and relative dates (~1.5 KB gzip each). The names are
 * date-fns's own; tests/unit/embed/slim.test.ts compares them with the real locales.
 * Only English is in the embed's entry: each other language's file imports its locale
 * from here, and its names go into that language's chunk.
 */
import type { Locale } from 'date-fns';

function locale(code: string, wide: string, abbreviated: string): Locale {
  const names = { wide: wide.split(' '), abbreviated: abbreviated.split(' ') };
  const month = (index: number, options?: { width?: string }) => names[options?.width === 'abbreviated' ? 'abbreviated' : 'wide'][index];
  return { code, localize: { month } } as unknown as Locale;
}

export const enGB = locale(
  'en-GB',
  'January February March April May June July August September October November December',
  'Jan Feb Mar Apr May Jun Jul Aug Sep Oct Nov Dec',
);

export const fr = locale(
  'fr',
  'janvier février mars avril mai juin juillet août septembre octobre novembre décembre',
  'janv. févr. mars avr. mai juin juil. août sept. oct. nov. déc.',
);

export const de = locale(
  'de',
  'Januar Februar März April Mai Juni Juli August September Oktober November Dezember',
  'Jan. Feb. März Apr. Mai Juni Juli Aug. Sep. Okt. Nov. Dez.',
);

export const es = locale(
  'es',
  'enero febrero marzo abril mayo junio julio agosto septiembre octubre noviembre diciembre',
  'ene feb mar abr may jun jul ago sep oct nov dic',
);

// Arabic has no abbreviated month names: date-fns's are the wide ones.
const AR_MONTHS = 'يناير فبراير مارس أبريل مايو يونيو يوليو أغسطس سبتمبر أكتوبر نوفمبر ديسمبر';
export const ar = locale('ar', AR_MONTHS, AR_MONTHS);
