/**
 * Which way a language is written, for the page's `dir`, the timeline's picture (time runs
 * from the right edge in a right-to-left language, see README "Right-to-left") and the
 * keys that move through it.
 */
export type Direction = 'ltr' | 'rtl';

/** Languages written right to left, by base subtag: Arabic, Hebrew, Persian, Urdu. */
const RIGHT_TO_LEFT = new Set(['ar', 'he', 'fa', 'ur']);

/** The direction of a language tag ('ar', 'ar-EG', 'AR'); anything unknown is left to right. */
export function directionOf(locale: string): Direction {
  const base = locale.toLowerCase().split(/[-_]/u)[0] ?? '';
  return RIGHT_TO_LEFT.has(base) ? 'rtl' : 'ltr';
}

// The blocks of the right-to-left scripts (Hebrew, Arabic, Syriac, Thaana, NKo, Samaritan, Mandaic, to
// Arabic Extended-A) and the Hebrew and Arabic presentation forms. Ranges, not \p{Script=…}: the embed counts its bytes.
const RTL_LETTER = /[\u0590-\u08ff\ufb1d-\ufdff\ufe70-\ufefc]/u;

/**
 * The direction of a text by its first strong letter, as HTML's dir="auto" judges it, or
 * null when it has none (digits and punctuation only). SVG text has no dir="auto": the
 * picture sets this direction on a label from the dataset, so that an English title in an
 * Arabic picture keeps its full stop at its end.
 */
export function textDirection(text: string): Direction | null {
  const first = /\p{L}/u.exec(text)?.[0];
  if (first === undefined) return null;
  return RTL_LETTER.test(first) ? 'rtl' : 'ltr';
}
