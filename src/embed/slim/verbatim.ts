/**
 * The embed's stand-in for model/verbatim.ts: the plain scan, which is by definition the
 * finder's answer. An embedded story quotes its sources a few dozen times, where the word
 * index saves nothing a reader could notice, and the embed must stay within its budget.
 */
export type VerbatimFinder = (quote: string) => boolean;

export function createVerbatimFinder(text: string): VerbatimFinder {
  return (quote) => text.includes(quote);
}
