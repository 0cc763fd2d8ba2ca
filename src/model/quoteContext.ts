/**
 * Finds a quote inside its source and returns the paragraph around it, so a reader can
 * check the quote against what the article actually says. Quotes match white space
 * aside, exactly as the validator checks them.
 */
export interface QuoteInContext {
  before: string;
  match: string;
  after: string;
}

/**
 * The text with every run of white space folded to one space, and for each character of
 * the result the offset it came from, so a match in the folded text maps back exactly.
 * A plain search rather than a regular expression: quotes can be long enough to exceed a
 * regular expression engine's limits.
 */
function foldWhiteSpace(text: string): { folded: string; origin: number[] } {
  let folded = '';
  const origin: number[] = [];
  let inSpace = false;
  for (let i = 0; i < text.length; i++) {
    const isSpace = /\s/.test(text[i] as string);
    if (isSpace && inSpace) continue;
    folded += isSpace ? ' ' : text[i];
    origin.push(i);
    inSpace = isSpace;
  }
  return { folded, origin };
}

function paragraphBounds(text: string, start: number, end: number): [number, number] {
  const breakBefore = text.lastIndexOf('\n', start - 1);
  const breakAfter = text.indexOf('\n', end);
  return [breakBefore + 1, breakAfter === -1 ? text.length : breakAfter];
}

/** Around a quote, as many characters as a reader takes in: a paragraph, not a whole article. */
export const CONTEXT_CHARACTERS = 600;

function clipBefore(text: string, limit: number): string {
  return text.length <= limit ? text : `…${text.slice(text.length - limit)}`;
}

function clipAfter(text: string, limit: number): string {
  return text.length <= limit ? text : `${text.slice(0, limit)}…`;
}

export function quoteInContext(quote: string, sourceText: string, limit = CONTEXT_CHARACTERS): QuoteInContext | null {
  const wanted = quote.trim().replace(/\s+/g, ' ');
  if (wanted === '') return null;
  const { folded, origin } = foldWhiteSpace(sourceText);
  const at = folded.indexOf(wanted);
  if (at === -1) return null;
  const start = origin[at] as number;
  const end = (origin[at + wanted.length - 1] as number) + 1;
  const [from, to] = paragraphBounds(sourceText, start, end);
  return {
    before: clipBefore(sourceText.slice(from, start), limit),
    match: sourceText.slice(start, end),
    after: clipAfter(sourceText.slice(end, to), limit),
  };
}
