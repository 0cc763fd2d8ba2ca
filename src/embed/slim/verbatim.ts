/**
 * The embed's stand-in for model/verbatim.ts: the same linear search (Knuth–Morris–Pratt,
 * at most two steps a character of the text, whatever the text) without the word index.
 * An embedded story quotes its sources a few dozen times, where the index saves nothing a
 * reader could notice, and the embed must stay within its budget. Same answers as the
 * app's module: tests/unit/embed/slim.test.ts holds them together.
 */
export type VerbatimFinder = (quote: string) => boolean;

export function searchLinear(text: string, quote: string): { at: number; longest: number } {
  const m = quote.length;
  if (m === 0) return { at: 0, longest: 0 };
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
  for (let i = 0, k = 0; i < text.length; i++) {
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

export function indexOfLinear(text: string, quote: string): number {
  return searchLinear(text, quote).at;
}

export function createVerbatimFinder(text: string): VerbatimFinder {
  return (quote) => indexOfLinear(text, quote) !== -1;
}
