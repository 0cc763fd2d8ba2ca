/**
 * Sentences with their exact offsets (issue 16). Pure: no DOM, no Node APIs.
 *
 * A sentence ends at ".", "!", "?" or "…" (with the closing quotes and brackets that follow)
 * when the next word starts a sentence (a capital, a digit, an opening quote), and at a line
 * break, since a line that ends without punctuation is a heading or a caption. It does not end:
 * - after an abbreviation ("Mr.", "Sept.", "M.", "Mme.") or an initial ("John F. Kennedy");
 * - after a dotted acronym ("U.S.", "U.K.", "e.g."), whatever follows, since news text writes
 *   "the U.S. President" far more often than it ends a sentence with "U.S.";
 * - before a lower-case word ("an opportunity ... to deepen");
 * - at a line break inside a sentence: when the next line starts in lower case, or the line
 *   ends with a word that cannot end one ("between", "and", "the", "entre", "et"), as pasted
 *   articles break lines in the middle of a sentence ("a meeting between \nBiden and Macron\n
 *   later this month").
 * A blank line always ends a sentence.
 */

export interface SentenceSpan {
  start: number;
  end: number;
  text: string;
}

/** Abbreviations written with a capital ("Mr.", "Sept.", "M.", "Mme."): a lower-case "sat." or "me." ends a sentence. */
const CAPITAL_ABBREVIATIONS = new Set(
  (
    'mr mrs ms dr prof sen rep gov gen col lt sgt capt cmdr adm st jr sr rev hon pres inc ltd corp co dept no nos fig ' +
    'jan feb mar apr jun jul aug sep sept oct nov dec mon tue tues wed thu thur thurs fri sat sun ' +
    'm mm mme mmes mlle mlles me pr janv févr fevr avr juil déc dec lun mar mer jeu ven sam dim'
  ).split(' '),
);
/** Abbreviations written in lower case. */
const LOWER_ABBREVIATIONS = new Set('vs cf approx env av apr ca'.split(' '));

/** Words after which a line break cannot end a sentence. */
const JOINING_WORDS = new Set(
  (
    'a an the and or but nor of to in on at by for from with between among into onto than as that which who whose whom ' +
    'its their his her our your my this these those said says told ' +
    'le la les un une des du de d l et ou mais entre avec pour par sur sous dans en à au aux que qui dont son sa ses leur leurs ce cette ces'
  ).split(' '),
);

const TERMINATORS = '.!?…';
const CLOSERS = '"”’\')]»';
const isSpace = (c: string | undefined) => c !== undefined && /\s/u.test(c);
const isUpper = (c: string | undefined) => c !== undefined && /\p{Lu}/u.test(c);
const isLower = (c: string | undefined) => c !== undefined && /\p{Ll}/u.test(c);

/** Does the text from `at` (after any spaces) start a sentence? */
function startsSentence(text: string, at: number): boolean {
  let i = at;
  while (i < text.length && (text[i] === ' ' || text[i] === '\t' || text[i] === '\u00a0')) i++;
  const c = text[i];
  if (c === undefined) return true;
  if (c === '\n' || c === '\r') return true;
  return isUpper(c) || /[\d"“‘'«([¿¡—–-]/u.test(c);
}

/** The word just before index `dot` (letters and inner dots), as written. */
function wordBefore(text: string, dot: number): string {
  let i = dot;
  while (i > 0 && /[\p{L}.’'-]/u.test(text[i - 1]!)) i--;
  return text.slice(i, dot);
}

function isAbbreviationDot(text: string, dot: number): boolean {
  const bare = wordBefore(text, dot).replace(/^[.-]+/, '');
  if (bare === '') return false;
  // "U.S.", "U.K.", "e.g.", "J.-C." and single initials "F."
  if (/^(?:\p{L}\.-?)+\p{L}$/u.test(bare) || /^\p{Lu}$/u.test(bare)) return true;
  const last = bare.split(/[-’']/).pop() ?? bare;
  if (/^\p{Lu}/u.test(last)) return CAPITAL_ABBREVIATIONS.has(last.toLowerCase());
  return LOWER_ABBREVIATIONS.has(last);
}

/** Where a line break does not end the sentence: the next line continues it. */
function lineContinues(text: string, lineEnd: number, nextStart: number): boolean {
  const before = text.slice(0, lineEnd).trimEnd();
  const last = before[before.length - 1];
  if (last === undefined || TERMINATORS.includes(last) || CLOSERS.includes(last) || last === ':') {
    // A terminator at the end of a line: the line break ends the sentence as the terminator does.
    return false;
  }
  if (isLower(text[nextStart])) return true;
  const word = /([\p{L}’']+)$/u.exec(before)?.[1]?.toLowerCase();
  return word !== undefined && JOINING_WORDS.has(word) && !/^\p{Lu}/u.test(/([\p{L}’']+)$/u.exec(before)?.[1] ?? '');
}

/**
 * Is `at` inside a quotation opened since `start` that closes later on the same line? A
 * quotation of several sentences ("“You speak French. You are a Francophile.”") is kept whole,
 * since the event is the saying of it; an unbalanced quote mark splits as usual.
 */
function insideQuotation(text: string, start: number, at: number): boolean {
  const before = text.slice(start, at);
  let lineEnd = text.indexOf('\n', at);
  if (lineEnd < 0) lineEnd = text.length;
  const after = text.slice(at, lineEnd);
  const curly = (before.match(/[“«]/gu)?.length ?? 0) - (before.match(/[”»]/gu)?.length ?? 0);
  if (curly > 0) return /[”»]/u.test(after);
  const straight = before.match(/"/g)?.length ?? 0;
  return straight % 2 === 1 && after.includes('"');
}

/** Trim white space from both ends of [start, end) and push the span when not empty. */
function pushTrimmed(text: string, start: number, end: number, out: SentenceSpan[]): void {
  let s = start;
  let e = end;
  while (s < e && isSpace(text[s])) s++;
  while (e > s && isSpace(text[e - 1])) e--;
  if (e > s) out.push({ start: s, end: e, text: text.slice(s, e) });
}

export function splitSentences(text: string): SentenceSpan[] {
  const out: SentenceSpan[] = [];
  let start = 0;
  let i = 0;
  while (i < text.length) {
    const c = text[i]!;
    if (c === '\n' || c === '\r') {
      let j = i;
      let breaks = 0;
      while (j < text.length && isSpace(text[j])) {
        if (text[j] === '\n') breaks++;
        j++;
      }
      if (breaks >= 2 || j >= text.length || !lineContinues(text, i, j)) {
        pushTrimmed(text, start, i, out);
        start = j;
      }
      i = j;
      continue;
    }
    if (TERMINATORS.includes(c)) {
      let j = i + 1;
      while (j < text.length && (TERMINATORS.includes(text[j]!) || CLOSERS.includes(text[j]!))) j++;
      const closesHere = j >= text.length || isSpace(text[j]) || isUpper(text[j]) || /["“«]/u.test(text[j]!);
      const dotOnly = c === '.' && j === i + 1;
      if (closesHere && startsSentence(text, j) && !(dotOnly && isAbbreviationDot(text, i)) && !insideQuotation(text, start, j)) {
        // "Europe.French": a sentence glued to the next one, but only after a word of two letters or more.
        if (
          !isSpace(text[j]) &&
          j < text.length &&
          !/\p{Ll}{2}$/u.test(text.slice(Math.max(0, i - 2), i)) &&
          CLOSERS.indexOf(text[j - 1]!) < 0
        ) {
          i = j;
          continue;
        }
        pushTrimmed(text, start, j, out);
        start = j;
      }
      i = j;
      continue;
    }
    i++;
  }
  pushTrimmed(text, start, text.length, out);
  return out;
}
