// @vitest-environment node
/**
 * The verbatim check, the app's (word index, then Knuth–Morris–Pratt) and the embed's
 * stand-in (Knuth–Morris–Pratt alone): the same answers as a plain folded search, on the
 * repetitive and periodic texts that make `String#includes` quadratic, and work linear in
 * the text's length, counted in the characters read rather than timed.
 */
import fc from 'fast-check';
import { afterEach, describe, expect, it, vi } from 'vitest';
import * as app from '../../../src/model/verbatim.ts';
import * as slim from '../../../src/embed/slim/verbatim.ts';

/** Texts of a few short blocks repeated, with a rare letter now and then: what breaks Boyer–Moore. */
const block = fc.stringMatching(/^[ab ]{1,4}$/);
const repetitive = fc
  .tuple(fc.array(block, { minLength: 1, maxLength: 3 }), fc.integer({ min: 1, max: 60 }), fc.array(fc.nat(), { maxLength: 3 }))
  .map(([blocks, times, rare]) => {
    const chars = blocks.join('').repeat(times).split('');
    for (const at of rare) if (chars.length > 0) chars[at % chars.length] = 'c';
    return chars.join('');
  });

/** A quote: a slice of the text, perhaps grown or with one character changed, or a periodic pattern of its own. */
const quoteOf = (text: string) =>
  fc.oneof(
    fc.tuple(fc.nat(), fc.nat(40), fc.option(fc.stringMatching(/^[abc ]$/))).map(([from, length, swapped]) => {
      const start = text.length === 0 ? 0 : from % text.length;
      const quote = text.slice(start, start + length);
      return swapped === null || quote.length === 0 ? quote : `${quote.slice(0, -1)}${swapped}`;
    }),
    fc
      .tuple(block, fc.integer({ min: 1, max: 12 }), fc.stringMatching(/^[abc]?$/), block)
      .map(([unit, times, odd, tail]) => `${unit.repeat(times)}${odd}${tail}`),
  );

const cases = repetitive.chain((text) => fc.tuple(fc.constant(text), quoteOf(text)));

describe('the verbatim check on repetitive texts', () => {
  it('answers as a plain search, app and embed alike', () => {
    fc.assert(
      fc.property(cases, ([text, quote]) => {
        const expected = text.includes(quote);
        expect(app.createVerbatimFinder(text)(quote)).toBe(expected);
        expect(slim.createVerbatimFinder(text)(quote)).toBe(expected);
        expect(app.indexOfLinear(text, quote)).toBe(text.indexOf(quote));
        expect(slim.indexOfLinear(text, quote)).toBe(text.indexOf(quote));
      }),
      { numRuns: 3000 },
    );
  });

  it('gives the longest opening of the quote the text holds', () => {
    const longest = (text: string, quote: string) => {
      let n = quote.length;
      while (n > 0 && !text.includes(quote.slice(0, n))) n -= 1;
      return n;
    };
    fc.assert(
      fc.property(cases, ([text, quote]) => {
        expect(app.longestOpening(text, quote)).toBe(longest(text, quote));
        expect(slim.longestOpening(text, quote)).toBe(longest(text, quote));
      }),
      { numRuns: 2000 },
    );
  });

  it('answers for one finder asked many quotes as for each asked alone', () => {
    fc.assert(
      fc.property(
        repetitive.chain((text) => fc.tuple(fc.constant(text), fc.array(quoteOf(text), { maxLength: 20 }))),
        ([text, quotes]) => {
          const holds = app.createVerbatimFinder(text);
          expect(quotes.map(holds)).toEqual(quotes.map((quote) => text.includes(quote)));
        },
      ),
      { numRuns: 500 },
    );
  });
});

describe('the work of the verbatim check', () => {
  afterEach(() => vi.restoreAllMocks());

  /** Characters read from the text and the quote (charCodeAt, startsWith's span, indexOf's scan) by `run`. */
  function countWork(run: () => void): number {
    let work = 0;
    const { charCodeAt, startsWith, indexOf, includes } = String.prototype;
    vi.spyOn(String.prototype, 'charCodeAt').mockImplementation(function (this: string, at: number) {
      work += 1;
      return charCodeAt.call(this, at);
    });
    vi.spyOn(String.prototype, 'startsWith').mockImplementation(function (this: string, search: string, at = 0) {
      // What the text at `at` shares with the search, and the character that differs.
      let shared = 0;
      while (shared < search.length && charCodeAt.call(this, at + shared) === charCodeAt.call(search, shared)) shared += 1;
      work += Math.min(shared + 1, search.length);
      return startsWith.call(this, search, at);
    });
    vi.spyOn(String.prototype, 'indexOf').mockImplementation(function (this: string, search: string, at?: number) {
      const found = indexOf.call(this, search, at);
      // A few characters searched for (at most 6): a scan from `at` to where they are found, at most that many steps a character.
      work += ((found === -1 ? this.length : found + 1) - (at ?? 0)) * search.length;
      return found;
    });
    vi.spyOn(String.prototype, 'includes').mockImplementation(function (this: string, search: string, at?: number) {
      // Only ever asked for a quote under 8 characters: at most 8 steps a character.
      work += this.length * search.length;
      return includes.call(this, search, at);
    });
    try {
      run();
    } finally {
      vi.restoreAllMocks();
    }
    return work;
  }

  it('reads each character of the text a bounded number of times, whatever the text and the quote', () => {
    fc.assert(
      fc.property(cases, ([text, quote]) => {
        for (const finder of [app.createVerbatimFinder(text), slim.createVerbatimFinder(text)]) {
          // The index is built on the first long quote; ask once to build it, then count.
          finder(quote);
          const work = countWork(() => finder(quote));
          // Per character at most: 6 for the scans of the quote's opening, 2 and 2 for the
          // budgeted checks (the index's and the native ones), 2 for Knuth–Morris–Pratt.
          expect(work).toBeLessThanOrEqual(16 * (text.length + quote.length) + 16);
        }
      }),
      { numRuns: 1000 },
    );
  });

  it('on a text of one repeated word and quotes it does not hold: a few passes, not one per position', () => {
    const text = 'word '.repeat(20_000);
    const quote = `${'word '.repeat(100)}missing`;
    for (const finder of [app.createVerbatimFinder(text), slim.createVerbatimFinder(text)]) {
      finder(quote);
      const work = countWork(() => expect(finder(quote)).toBe(false));
      // A search that tries every candidate position reads 20,000 × 500 characters.
      expect(work).toBeLessThan(6 * text.length);
    }
  });
});
