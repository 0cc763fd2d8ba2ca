/** date-fns/locale/fr's month names, for the embed's slim `format` (see ../date-fns-locale.ts). */
import type { Locale } from 'date-fns';

const wide = 'janvier février mars avril mai juin juillet août septembre octobre novembre décembre'.split(' ');
const abbreviated = 'janv. févr. mars avr. mai juin juil. août sept. oct. nov. déc.'.split(' ');

export const fr = {
  code: 'fr',
  localize: { month: (index: number, options?: { width?: string }) => (options?.width === 'abbreviated' ? abbreviated : wide)[index] },
} as unknown as Locale;
