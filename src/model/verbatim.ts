/**
 * Finding a quote in its source text, many quotes to a source, in time linear in the
 * text's length whatever the text: a source of one word repeated a million times and a
 * quote that repeats it too cost one pass, not one pass per position.
 *
 * `String#includes` is not linear: V8's Boyer–Moore falls to O(text × quote) on periodic
 * texts and quotes (`a…a` against `a…ab a…a`: 180 ms a quote on 1 MB). The search below
 * checks natively within a budget, then goes on with Knuth–Morris–Pratt, at most two
 * steps a character of the text. A dataset of 100,000 events quoting a few digests asks
 * each source thousands of times, though, where a scan a quote adds up; the finder
 * therefore indexes where each word of the text starts, by the word's first characters,
 * and checks a quote there first, within a budget of two text lengths of comparisons (a
 * text of one repeated word has a million candidates): past it, or when no candidate
 * holds the quote (it may start mid-word, or be missing), the linear search answers. The
 * answer is always `text.includes(quote)`.
 * Embed stand-in: src/embed/slim/verbatim.ts (swapped by path in src/embed/vite-plugin.ts).
 */

/** Characters of a quote's opening used as the key; shorter quotes are searched directly. */
const KEY_LENGTH = 8;
/** The first opening of a quote checked at a candidate word. */
const FIRST_OPENING = 16;

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

/** A hash of the KEY_LENGTH characters of `text` from `at`. */
function keyHash(text: string, at: number): number {
  let hash = 0;
  for (let i = at; i < at + KEY_LENGTH; i++) hash = (Math.imul(hash, 31) + text.charCodeAt(i)) | 0;
  return hash;
}

/**
 * Where the words of `text` start, chained by the hash of their first KEY_LENGTH characters
 * in typed arrays: under a second and 12 bytes a word for 29 MB of text, where
 * a Map of string keys and arrays took seconds.
 */
interface WordIndex {
  /** The first word of each bucket, plus one (0: none). */
  head: Int32Array;
  /** The next word of the same bucket, plus one. */
  next: Int32Array;
  /** Where each word starts. */
  start: Int32Array;
}

function indexWords(text: string): WordIndex {
  let words = 0;
  for (let at = 0; at !== -1 && at + KEY_LENGTH <= text.length; at = text.indexOf(' ', at) + 1 || -1) words += 1;
  let buckets = 1;
  while (buckets < words) buckets *= 2;
  const index: WordIndex = { head: new Int32Array(buckets), next: new Int32Array(words), start: new Int32Array(words) };
  let word = 0;
  for (let at = 0; at !== -1 && at + KEY_LENGTH <= text.length; at = text.indexOf(' ', at) + 1 || -1) {
    const bucket = keyHash(text, at) & (buckets - 1);
    index.start[word] = at;
    index.next[word] = index.head[bucket] as number;
    index.head[bucket] = word + 1;
    word += 1;
  }
  return index;
}

/** `text` with its white space already folded, as the quotes are. */
export function createVerbatimFinder(text: string): VerbatimFinder {
  let index: WordIndex | undefined;
  return (quote) => {
    if (quote.length > text.length) return false;
    // Under KEY_LENGTH characters, V8's search is at most KEY_LENGTH steps a character.
    if (quote.length < KEY_LENGTH) return text.includes(quote);
    index ??= indexWords(text);
    // A candidate is checked on openings of the quote growing fourfold, so that a check
    // costs about what the candidate shares with the quote; past two text lengths of
    // characters compared (a text of one repeated word), the linear search answers.
    const openings: string[] = [];
    for (let length = FIRST_OPENING; length < quote.length; length *= 4) openings.push(quote.slice(0, length));
    openings.push(quote);
    let affordable = 2 * text.length;
    for (let word = index.head[keyHash(quote, 0) & (index.head.length - 1)] as number; word !== 0 && affordable > 0;) {
      const at = index.start[word - 1] as number;
      for (const opening of openings) {
        affordable -= opening.length;
        if (!text.startsWith(opening, at)) break;
        if (opening === quote) return true;
      }
      word = index.next[word - 1] as number;
    }
    return indexOfLinear(text, quote) !== -1;
  };
}
