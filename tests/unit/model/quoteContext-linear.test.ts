/**
 * The quote in context, folded once and searched in linear time: exactly what the former
 * per-character fold and `indexOf` gave (kept below as the reference), on texts heavy with
 * white space of every kind and on repetitive ones.
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { quoteInContext } from '../../../src/model/quoteContext.ts';

/** The implementation before issue 18: a character at a time, and V8's indexOf. */
function formerQuoteInContext(quote: string, sourceText: string, limit = 600) {
  const wanted = quote.trim().replace(/\s+/g, ' ');
  if (wanted === '') return null;
  let folded = '';
  const origin: number[] = [];
  let inSpace = false;
  for (let i = 0; i < sourceText.length; i++) {
    const isSpace = /\s/.test(sourceText[i] as string);
    if (isSpace && inSpace) continue;
    folded += isSpace ? ' ' : sourceText[i];
    origin.push(i);
    inSpace = isSpace;
  }
  const at = folded.indexOf(wanted);
  if (at === -1) return null;
  const start = origin[at] as number;
  const end = (origin[at + wanted.length - 1] as number) + 1;
  const breakBefore = sourceText.lastIndexOf('\n', start - 1);
  const breakAfter = sourceText.indexOf('\n', end);
  const [from, to] = [breakBefore + 1, breakAfter === -1 ? sourceText.length : breakAfter];
  const before = sourceText.slice(from, start);
  const after = sourceText.slice(end, to);
  return {
    before: before.length <= limit ? before : `…${before.slice(before.length - limit)}`,
    match: sourceText.slice(start, end),
    after: after.length <= limit ? after : `${after.slice(0, limit)}…`,
  };
}

const unit = fc.constantFrom('a', 'b', 'a', 'b', ' ', ' ', '\n', '\t', '\u00a0', '\u202f', '\r\n', '“');
const source = fc.oneof(
  fc.array(unit, { maxLength: 80 }).map((units) => units.join('')),
  // Repetitive: a short block many times, white space and all.
  fc
    .tuple(fc.array(unit, { minLength: 1, maxLength: 5 }), fc.integer({ min: 1, max: 40 }))
    .map(([units, times]) => units.join('').repeat(times)),
);

describe('quoteInContext, folded once and searched linearly', () => {
  it('gives what the per-character fold gave, for slices, mutated slices and periodic quotes', () => {
    fc.assert(
      fc.property(source, fc.nat(), fc.nat(30), fc.option(unit), fc.integer({ min: 1, max: 40 }), (text, from, length, swapped, limit) => {
        const start = text.length === 0 ? 0 : from % text.length;
        let quote = text.slice(start, start + length);
        if (swapped !== null && quote.length > 0) quote = `${quote.slice(0, -1)}${swapped}`;
        expect(quoteInContext(quote, text, limit)).toEqual(formerQuoteInContext(quote, text, limit));
      }),
      { numRuns: 3000 },
    );
  });

  it('answers for each source when quotes of several sources come in turns (the folded sources kept)', () => {
    const texts = Array.from({ length: 7 }, (_, i) => `Paragraph ${i}.\n  quote   number\n${i} here\u00a0and there.\nEnd.`);
    for (let round = 0; round < 3; round++) {
      texts.forEach((text, i) =>
        expect(quoteInContext(`number ${i} here and`, text)).toEqual(formerQuoteInContext(`number ${i} here and`, text)),
      );
    }
  });

  it('finds a quote in 2 MB of one repeated word followed by it', () => {
    const text = `${'word  '.repeat(350_000)}\nword word missing`;
    expect(quoteInContext(`${'word '.repeat(300)}missing`, text)?.after).toBe('');
    expect(quoteInContext(`${'word '.repeat(300)}absent`, text)).toBeNull();
  });
});
