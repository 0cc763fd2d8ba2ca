/** date-fns/locale/de's month names, for the embed's slim `format` (see ../date-fns-locale.ts). */
import type { Locale } from 'date-fns';

const wide = 'Januar Februar März April Mai Juni Juli August September Oktober November Dezember'.split(' ');
const abbreviated = 'Jan. Feb. März Apr. Mai Juni Juli Aug. Sep. Okt. Nov. Dez.'.split(' ');

export const de = {
  code: 'de',
  localize: { month: (index: number, options?: { width?: string }) => (options?.width === 'abbreviated' ? abbreviated : wide)[index] },
} as unknown as Locale;
