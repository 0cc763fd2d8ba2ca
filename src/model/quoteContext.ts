/**
 * Finds a quote inside its source and returns the paragraph around it, so a reader can
 * check the quote against what the article actually says. Quotes match white space
 * aside, exactly as the validator checks them.
 *
 * Linear in the source's length whatever the text, and asked only when a reader opens
 * "Read in context": the source is folded once (one native `replace`, kept for the next
 * quote of the same source), searched with the verbatim check's linear search, and the
 * match mapped back to the source through the few places where folding changed the offset.
 */
import { indexOfLinear } from './verbatim.ts';

export interface QuoteInContext {
  before: string;
  match: string;
  after: string;
}

/**
 * A source with every run of white space folded to one space, and where the offsets of the
 * folded text and the source part: from folded offset `breaks[i]` on (up to the next break),
 * a character of the folded text stands `shifts[i]` characters further in the source.
 */
interface FoldedSource {
  folded: string;
  breaks: number[];
  shifts: number[];
}

/** Runs of white space that folding changes: two characters or more, or one that is not a space. */
const FOLDED_RUN = /\s{2,}|[^\S ]/g;

function foldSource(text: string): FoldedSource {
  const breaks: number[] = [];
  const shifts: number[] = [];
  let shift = 0;
  const folded = text.replace(FOLDED_RUN, (run: string, offset: number) => {
    shift += run.length - 1;
    breaks.push(offset - shift + run.length);
    shifts.push(shift);
    return ' ';
  });
  return { folded, breaks, shifts };
}

/** The source offset of folded offset `at`: binary search of the breaks. */
function sourceOffset({ breaks, shifts }: FoldedSource, at: number): number {
  let low = 0;
  let high = breaks.length;
  while (low < high) {
    const middle = (low + high) >>> 1;
    if ((breaks[middle] as number) <= at) low = middle + 1;
    else high = middle;
  }
  return at + (low === 0 ? 0 : (shifts[low - 1] as number));
}

/** The last source folded: a reader opens quote after quote of the same article. */
let lastFolded: { text: string; source: FoldedSource } | undefined;

function foldedSource(text: string): FoldedSource {
  if (lastFolded?.text !== text) lastFolded = { text, source: foldSource(text) };
  return lastFolded.source;
}

function paragraphBounds(text: string, start: number, end: number): [number, number] {
  const breakBefore = text.lastIndexOf('\n', start - 1);
  const breakAfter = text.indexOf('\n', end);
  return [breakBefore + 1, breakAfter === -1 ? text.length : breakAfter];
}

/** Around a quote, as many characters as a reader takes in: a paragraph, not a whole article. */
export const CONTEXT_CHARACTERS = 600;

export function quoteInContext(quote: string, sourceText: string, limit = CONTEXT_CHARACTERS): QuoteInContext | null {
  const wanted = quote.trim().replace(/\s+/g, ' ');
  if (wanted === '') return null;
  const source = foldedSource(sourceText);
  const at = indexOfLinear(source.folded, wanted);
  if (at === -1) return null;
  const start = sourceOffset(source, at);
  // The quote ends on a character that is not white space: one of the source's own.
  const end = sourceOffset(source, at + wanted.length - 1) + 1;
  const [from, to] = paragraphBounds(sourceText, start, end);
  return {
    before: start - from <= limit ? sourceText.slice(from, start) : `…${sourceText.slice(start - limit, start)}`,
    match: sourceText.slice(start, end),
    after: to - end <= limit ? sourceText.slice(end, to) : `${sourceText.slice(end, end + limit)}…`,
  };
}
