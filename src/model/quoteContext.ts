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

function escapeRegExp(text: string): string {
  return text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}

function paragraphBounds(text: string, start: number, end: number): [number, number] {
  const breakBefore = text.lastIndexOf('\n', start - 1);
  const breakAfter = text.indexOf('\n', end);
  return [breakBefore + 1, breakAfter === -1 ? text.length : breakAfter];
}

export function quoteInContext(quote: string, sourceText: string): QuoteInContext | null {
  const words = quote.trim().split(/\s+/).filter(Boolean);
  if (words.length === 0) return null;
  const pattern = new RegExp(words.map(escapeRegExp).join('\\s+'), 'u');
  const found = pattern.exec(sourceText);
  if (!found) return null;
  const start = found.index;
  const end = start + found[0].length;
  const [from, to] = paragraphBounds(sourceText, start, end);
  return { before: sourceText.slice(from, start), match: found[0], after: sourceText.slice(end, to) };
}
