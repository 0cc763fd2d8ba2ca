/**
 * Stands in for date-fns/locale in the embed build only (see src/embed/vite-plugin.ts):
 * `enGB` with the one thing the slim `format` reads, its month names, which (wide) are the
 * same in date-fns whether formatting or standalone. A whole date-fns locale also parses,
 * words distances and relative dates (~1.5 KB gzip each). Every other language's file
 * imports its locale by its own path (date-fns/locale/de), which the embed takes from
 * date-fns-locale/de.ts: a module of the language's chunk alone, importing nothing. The
 * names are date-fns's own; tests/unit/embed/slim.test.ts compares them with the real locales.
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
