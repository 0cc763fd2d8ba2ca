/**
 * The embed's stand-in for model/verbatim.ts: the same linear search (native checks within
 * a budget, then Knuth–Morris–Pratt: linear whatever the text) without the word index.
 * An embedded story quotes its sources a few dozen times, where the index saves nothing a
 * reader could notice, and the embed must stay within its budget. Same answers as the
 * app's module: tests/unit/embed/verbatim-linear.test.ts holds them together.
 */
export type VerbatimFinder = (quote: string) => boolean;

/**
 * `text.indexOf(quote)` in time linear in both, whatever they are: the places where the
 * quote's first characters stand are checked natively (`startsWith`, at most the quote's
 * length of comparisons each) within a budget of two text lengths, then Knuth–Morris–Pratt
 * goes on from where that stopped. The app's module does the same, and gives the longest
 * opening too.
 */
export function indexOfLinear(text: string, quote: string): number {
  const m = quote.length;
  let start = 0;
  for (let budget = 2 * text.length; budget >= m; budget -= m) {
    start = text.indexOf(quote.slice(0, 6), start);
    if (start < 0 || text.startsWith(quote, start)) return start;
    start += 1;
  }
  // border[i]: the length of the longest proper border of quote[0..i].
  const border = new Int32Array(m);
  for (let i = 1, k = 0; i < m; i++) {
    while (k > 0 && quote[k] !== quote[i]) k = border[k - 1] as number;
    if (quote[k] === quote[i]) k += 1;
    border[i] = k;
  }
  for (let i = start, k = 0; i < text.length; i++) {
    while (k > 0 && quote[k] !== text[i]) k = border[k - 1] as number;
    if (quote[k] === text[i]) k += 1;
    if (k === m) return i - m + 1;
  }
  return -1;
}

/** The longest opening of `quote` that `text` holds (the app's is linear; the embed never asks). */
export function longestOpening(text: string, quote: string): number {
  let length = quote.length;
  while (length > 0 && indexOfLinear(text, quote.slice(0, length)) < 0) length -= 1;
  return length;
}

export function createVerbatimFinder(text: string): VerbatimFinder {
  return (quote) => indexOfLinear(text, quote) !== -1;
}
