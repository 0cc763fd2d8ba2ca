import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { quoteInContext } from '../../../src/model/quoteContext.ts';

const SOURCE =
  'First paragraph.\nFrench foreign minister Jean-Yves Le Drian has described it as a “stab in the back”. He said more.\nLast paragraph.';

describe('quoteInContext', () => {
  it('returns the paragraph around the quote, split at the quote', () => {
    expect(quoteInContext('a “stab in the back”', SOURCE)).toEqual({
      before: 'French foreign minister Jean-Yves Le Drian has described it as ',
      match: 'a “stab in the back”',
      after: '. He said more.',
    });
  });

  it('matches white space aside, and highlights the source’s own text', () => {
    const found = quoteInContext('Le  Drian\nhas described', SOURCE);
    expect(found?.match).toBe('Le Drian has described');
  });

  it('says when the quote is not in the source', () => {
    expect(quoteInContext('a knife in the back', SOURCE)).toBeNull();
    expect(quoteInContext('   ', SOURCE)).toBeNull();
  });

  it('copes with a quote of 100,000 characters', () => {
    const huge = 'A'.repeat(100_000);
    expect(quoteInContext(huge, `Intro.\n${huge}\n`)?.match).toHaveLength(100_000);
  });

  it('shows at most a few hundred characters either side of the quote', () => {
    const found = quoteInContext('needle', `${'x'.repeat(5000)} needle ${'y'.repeat(5000)}`, 100);
    expect(found?.before).toBe(`…${'x'.repeat(99)} `);
    expect(found?.after).toBe(` ${'y'.repeat(99)}…`);
  });

  it('finds any slice of any source that it is given, white space folded', () => {
    fc.assert(
      fc.property(fc.string({ unit: fc.constantFrom('a', 'b', ' ', '\n', '\t', '“', 'é') }), fc.nat(), fc.nat(), (source, i, j) => {
        const [from, to] = [Math.min(i, j) % (source.length + 1), Math.max(i, j) % (source.length + 1)];
        const slice = source.slice(from, to);
        const found = quoteInContext(slice, source);
        if (slice.trim() === '') return found === null;
        return found !== null && found.match.replace(/\s+/g, ' ') === slice.trim().replace(/\s+/g, ' ');
      }),
    );
  });
});
