/** date-fns/locale/ar's month names, for the embed's slim `format` (see ../date-fns-locale.ts). */
import type { Locale } from 'date-fns';

const wide = 'يناير فبراير مارس أبريل مايو يونيو يوليو أغسطس سبتمبر أكتوبر نوفمبر ديسمبر'.split(' ');
// Arabic has no abbreviated month names: date-fns's are the wide ones.
const abbreviated = wide;

export const ar = {
  code: 'ar',
  localize: { month: (index: number, options?: { width?: string }) => (options?.width === 'abbreviated' ? abbreviated : wide)[index] },
} as unknown as Locale;
