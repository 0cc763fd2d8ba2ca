/**
 * A cheap, DOM-free guess of a label's rendered width, for packing before (or without)
 * real text measurement. It errs on the wide side, because an overestimate only costs a
 * little space while an underestimate makes labels collide.
 */
export type MeasureLabel = (text: string) => number;

/** Advance widths in em for a typical proportional sans-serif, rounded up. */
const EM_NARROW = 0.3; // i l j t f r . , : ; ' ! | and the like
const EM_SPACE = 0.3;
const EM_DIGIT = 0.58;
const EM_LOWER = 0.55;
const EM_UPPER = 0.7;
const EM_WIDE = 0.9; // m w M W @ %
const EM_FULL = 1.0; // CJK, kana, hangul, emoji: one em each
const EM_OTHER = 0.62; // accented letters, punctuation, other scripts

const NARROW = /[iljtfrI.,:;'’!|()[\]{}"-]/u;
const WIDE = /[mwMW@%]/u;
const FULL_WIDTH =
  /[\u1100-\u115F\u2E80-\uA4CF\uAC00-\uD7A3\uF900-\uFAFF\uFE30-\uFE4F\uFF00-\uFF60\uFFE0-\uFFE6\u{1F300}-\u{1FAFF}\u{20000}-\u{3FFFD}]/u;

function emWidth(char: string): number {
  if (char === ' ') return EM_SPACE;
  if (NARROW.test(char)) return EM_NARROW;
  if (WIDE.test(char)) return EM_WIDE;
  if (char >= '0' && char <= '9') return EM_DIGIT;
  if (char >= 'a' && char <= 'z') return EM_LOWER;
  if (char >= 'A' && char <= 'Z') return EM_UPPER;
  if (FULL_WIDTH.test(char)) return EM_FULL;
  return EM_OTHER;
}

export function estimateLabelWidth(text: string, fontSizePx: number): number {
  let ems = 0;
  // for…of walks code points, so an astral character counts once.
  for (const char of text) ems += emWidth(char);
  return ems * fontSizePx;
}

/** The default measurer for packing: the estimate at a given font size. */
export function estimatingMeasure(fontSizePx: number): MeasureLabel {
  return (text) => estimateLabelWidth(text, fontSizePx);
}
