import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { createVerbatimFinder } from '../../../src/model/verbatim.ts';

const TEXT = 'the French government said it would recall its ambassadors to Washington and Canberra';

describe('createVerbatimFinder', () => {
  const holds = createVerbatimFinder(TEXT);

  it('finds a quote that starts at a word, mid-word, or is shorter than the key', () => {
    expect(holds('recall its ambassadors')).toBe(true);
    expect(holds('ecall its ambassadors')).toBe(true);
    expect(holds('Canberra')).toBe(true);
    expect(holds('the')).toBe(true);
  });

  it('does not find what the text does not hold, even with the same opening', () => {
    expect(holds('recall its envoys')).toBe(false);
    expect(holds('recall its ambassadors to Paris')).toBe(false);
    expect(holds('French government said it would recall its ambassadors to Washington and Canberra.')).toBe(false);
  });

  it('answers exactly as String#includes, for any text and any quote taken from it or mutated', () => {
    const word = fc.stringMatching(/^[a-c]{1,6}$/);
    const text = fc.array(word, { minLength: 1, maxLength: 40 }).map((words) => words.join(' '));
    fc.assert(
      fc.property(text, fc.nat(), fc.nat(30), fc.option(fc.stringMatching(/^[a-c ]$/)), (source, from, length, swapped) => {
        const start = from % source.length;
        let quote = source.slice(start, start + length);
        if (swapped !== null && quote.length > 0) quote = `${quote.slice(0, -1)}${swapped}`;
        expect(createVerbatimFinder(source)(quote)).toBe(source.includes(quote));
      }),
      { numRuns: 2000 },
    );
  });
});
