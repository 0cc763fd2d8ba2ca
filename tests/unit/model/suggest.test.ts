import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { closest, didYouMean, editDistance, maxDistance } from '../../../src/model/suggest.ts';

describe('editDistance (Damerau–Levenshtein)', () => {
  it('counts insertions, deletions, substitutions and transpositions', () => {
    expect(editDistance('', '')).toBe(0);
    expect(editDistance('abc', '')).toBe(3);
    expect(editDistance('', 'abc')).toBe(3);
    expect(editDistance('knigth-lab', 'knight-lab')).toBe(1);
    expect(editDistance('kitten', 'sitting')).toBe(3);
    expect(editDistance('reactoin', 'reaction')).toBe(1);
    expect(editDistance('aukus-anounced', 'aukus-announced')).toBe(1);
  });

  it('allows edits between transposed characters (a metric, unlike optimal string alignment)', () => {
    // OSA gives 3 here; the true distance is 2 (transpose, then insert between).
    expect(editDistance('ca', 'abc')).toBe(2);
  });

  const small = fc.string({ unit: fc.constantFrom('a', 'b', 'c'), maxLength: 7 });
  const any = fc.string({ maxLength: 12 });

  it('is zero exactly for equal strings', () => {
    fc.assert(fc.property(any, any, (a, b) => (editDistance(a, b) === 0) === (a === b)));
  });

  it('is symmetric', () => {
    fc.assert(fc.property(any, any, (a, b) => editDistance(a, b) === editDistance(b, a)));
  });

  it('holds the triangle inequality on a small alphabet', () => {
    fc.assert(
      fc.property(small, small, small, (a, b, c) => editDistance(a, c) <= editDistance(a, b) + editDistance(b, c)),
      { numRuns: 2000 },
    );
  });

  it('is at most the longer length and at least the difference of lengths', () => {
    fc.assert(
      fc.property(any, any, (a, b) => {
        const d = editDistance(a, b);
        return d <= Math.max(a.length, b.length) && d >= Math.abs(a.length - b.length);
      }),
    );
  });
});

describe('closest', () => {
  const ids = ['knight-lab', 'antony-blinken', 'emmanuel-macron', 'fr', 'aukus-announced'];

  it('suggests the id a typo was meant for', () => {
    expect(closest('knigth-lab', ids)).toBe('knight-lab');
    expect(closest('antony-blinkin', ids)).toBe('antony-blinken');
    expect(closest('aukus-anounced', ids)).toBe('aukus-announced');
  });

  it('suggests nothing far off, nor for short names', () => {
    expect(closest('someone-else', ids)).toBeUndefined();
    expect(closest('fx', ids)).toBeUndefined();
    expect(maxDistance('ab')).toBe(0);
    expect(maxDistance('abc')).toBe(1);
    expect(maxDistance('abcdef')).toBe(2);
  });

  it('stops when its budget is spent', () => {
    expect(closest('knigth-lab', ids, { cells: 10 })).toBeUndefined();
  });

  it('says it as a question', () => {
    expect(didYouMean('knight-lab')).toBe(': did you mean "knight-lab"?');
    expect(didYouMean(undefined)).toBe('');
  });

  const word = fc.string({ unit: fc.constantFrom('a', 'b', 'c', '-'), maxLength: 9 });

  it('suggests only under the threshold, the nearest, ties broken by code-unit order whatever the list order', () => {
    fc.assert(
      fc.property(word, fc.array(word, { maxLength: 12 }), (written, known) => {
        const found = closest(written, known);
        const reversed = closest(written, [...known].reverse());
        expect(reversed).toBe(found);
        const near = known.filter((name) => editDistance(written, name) <= maxDistance(written));
        if (near.length === 0) return found === undefined;
        const best = Math.min(...near.map((name) => editDistance(written, name)));
        const first = near.filter((name) => editDistance(written, name) === best).sort()[0];
        return found === first;
      }),
      { numRuns: 1000 },
    );
  });
});
