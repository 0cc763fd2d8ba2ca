/**
 * Finding a quote in its source text, many quotes to a source. `String#includes` scans the
 * text for each quote: a dataset of 100,000 events quoting a few long digests spends a
 * third of a second there. The finder indexes where each word of the text starts, by the
 * word's first characters, and looks a quote up there first; a quote that does not start
 * at a word of the text (it may start mid-word) is searched for the slow way, so the answer
 * is always `text.includes(quote)`.
 * Embed stand-in: src/embed/slim/verbatim.ts (swapped by path in src/embed/vite-plugin.ts).
 */

/** Characters of a quote's opening used as the key; shorter quotes are searched directly. */
const KEY_LENGTH = 8;

export type VerbatimFinder = (quote: string) => boolean;

function wordStarts(text: string): Map<string, number[]> {
  const starts = new Map<string, number[]>();
  for (let at = 0; at + KEY_LENGTH <= text.length; at++) {
    if (at > 0 && text.charCodeAt(at - 1) !== 32) continue;
    const key = text.slice(at, at + KEY_LENGTH);
    const positions = starts.get(key);
    if (positions) positions.push(at);
    else starts.set(key, [at]);
  }
  return starts;
}

/** `text` with its white space already folded, as the quotes are. */
export function createVerbatimFinder(text: string): VerbatimFinder {
  let starts: Map<string, number[]> | undefined;
  return (quote) => {
    if (quote.length < KEY_LENGTH) return text.includes(quote);
    starts ??= wordStarts(text);
    const candidates = starts.get(quote.slice(0, KEY_LENGTH));
    if (candidates) for (const at of candidates) if (text.startsWith(quote, at)) return true;
    return text.includes(quote);
  };
}
