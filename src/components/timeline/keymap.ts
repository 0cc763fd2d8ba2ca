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

/** What a key does to a roving tab stop, or null when it is not one of its keys. */
export function rovingAction(key: string): RovingAction | null {
  switch (key) {
    case 'ArrowRight':
    case 'ArrowDown':
      return { kind: 'step', offset: 1 };
    case 'ArrowLeft':
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
