/** date-fns/locale/es's month names, for the embed's slim `format` (see ../date-fns-locale.ts). */
import type { Locale } from 'date-fns';

const wide = 'enero febrero marzo abril mayo junio julio agosto septiembre octubre noviembre diciembre'.split(' ');
const abbreviated = 'ene feb mar abr may jun jul ago sep oct nov dic'.split(' ');

export const es = {
  code: 'es',
  localize: { month: (index: number, options?: { width?: string }) => (options?.width === 'abbreviated' ? abbreviated : wide)[index] },
} as unknown as Locale;
