/**
 * The keys of a roving tab stop (one focusable item in a row of many, as WAI-ARIA's
 * composite widgets have): the arrows step through the items in time order, Home and End
 * jump to the ends, Enter and Space open, + and − zoom. Shared by the event marks and the
 * clusters, so both answer the same keys the same way.
 */
export type RovingAction =
  | { readonly kind: 'step'; readonly offset: 1 | -1 }
  | { readonly kind: 'first' }
  | { readonly kind: 'last' }
  | { readonly kind: 'open' }
  | { readonly kind: 'zoom'; readonly factor: number };

/** The zoom factor of one key press of + or −. */
export const ZOOM_STEP = 2;

/**
 * What a key does to a roving tab stop, or null when it is not one of its keys. Left and
 * right follow the picture: right to left, the later event is to the left, and ← steps to it.
 * Down is later and Up earlier in both, as Home is the first in time and End the last.
 */
export function rovingAction(key: string, direction: 'ltr' | 'rtl' = 'ltr'): RovingAction | null {
  const forward = direction === 'rtl' ? 'ArrowLeft' : 'ArrowRight';
  if (key === 'ArrowLeft' || key === 'ArrowRight') return { kind: 'step', offset: key === forward ? 1 : -1 };
  switch (key) {
    case 'ArrowDown':
      return { kind: 'step', offset: 1 };
    case 'ArrowUp':
      return { kind: 'step', offset: -1 };
    case 'Home':
      return { kind: 'first' };
    case 'End':
      return { kind: 'last' };
    case 'Enter':
    case ' ':
      return { kind: 'open' };
    case '+':
    case '=':
      return { kind: 'zoom', factor: ZOOM_STEP };
    case '-':
    case '_':
      return { kind: 'zoom', factor: 1 / ZOOM_STEP };
    default:
      return null;
  }
}
