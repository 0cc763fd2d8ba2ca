/**
 * Stands in for date-fns/locale in the embed build only (see src/embed/vite-plugin.ts):
 * `enGB` and `fr` with the one thing the slim `format` reads, their month names, which
 * are the same in date-fns whether formatting or standalone. A whole date-fns locale also
 * parses, words distances and relative dates (~3 KB gzip for the two). The names are
 * date-fns's own; tests/unit/embed/slim.test.ts compares them with the real locales.
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
