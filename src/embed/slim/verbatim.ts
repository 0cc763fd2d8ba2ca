/**
 * The embed's stand-in for model/verbatim.ts: the same linear search (native checks within
 * a budget, then Knuth–Morris–Pratt: linear whatever the text) without the word index.
 * An embedded story quotes its sources a few dozen times, where the index saves nothing a
 * reader could notice, and the embed must stay within its budget. Same answers as the
 * app's module: tests/unit/embed/verbatim-linear.test.ts holds them together.
 */
export type VerbatimFinder = (quote: string) => boolean;

/**
 * Knuth–Morris–Pratt over `text` for `quote`: where the quote first starts (-1: nowhere),
 * and the length of the longest opening of the quote the text holds. O(text + quote)
 * whatever both are. With `native` (indexOfLinear), the places where the quote's first
 * characters stand are first checked natively, `startsWith` each (at most the quote's
 * length of comparisons), within a budget of two text lengths: most texts answer there, at
 * V8's speed; a periodic text spends the budget, and the scan goes on from where it
 * stopped. Where no match is under way, the scan jumps to the next place the quote's first
 * character stands (`indexOf` of one character).
 */
function search(text: string, quote: string, native: boolean): { at: number; longest: number } {
  const m = quote.length;
  if (m === 0) return { at: 0, longest: 0 };
  let start = 0;
  if (native) {
    const opening = quote.slice(0, 6);
    for (let budget = 2 * text.length; budget >= m; budget -= m) {
      start = text.indexOf(opening, start);
      if (start === -1) return { at: -1, longest: 0 };
      if (text.startsWith(quote, start)) return { at: start, longest: m };
      start += 1;
    }
  }
  const code = new Uint16Array(m);
  for (let i = 0; i < m; i++) code[i] = quote.charCodeAt(i);
  // border[i]: the length of the longest proper border of quote[0..i].
  const border = new Int32Array(m);
  for (let i = 1, k = 0; i < m; i++) {
    const c = code[i];
    while (k > 0 && code[k] !== c) k = border[k - 1] as number;
    if (code[k] === c) k += 1;
    border[i] = k;
  }
  const first = quote[0] as string;
  let longest = 0;
  for (let i = start, k = 0; i < text.length; i++) {
    if (k === 0) {
      i = text.indexOf(first, i);
      if (i === -1) break;
    }
    const c = text.charCodeAt(i);
    while (k > 0 && code[k] !== c) k = border[k - 1] as number;
    if (code[k] === c) k += 1;
    if (k > longest) longest = k;
    if (k === m) return { at: i - m + 1, longest };
  }
  return { at: -1, longest };
}

/** `text.indexOf(quote)` in time linear in both, whatever they are. */
export function indexOfLinear(text: string, quote: string): number {
  return search(text, quote, true).at;
}

/** The length of the longest opening of `quote` that `text` holds, in time linear in both. */
export function longestOpening(text: string, quote: string): number {
  return search(text, quote, false).longest;
}

export function createVerbatimFinder(text: string): VerbatimFinder {
  return (quote) => indexOfLinear(text, quote) !== -1;
}
