import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { slugify, uniqueSlug } from '../../../src/interop/slug.ts';

const SLUG = /^[a-z0-9]+(?:-[a-z0-9]+)*$/;

describe('slugify', () => {
  it('makes readable ids from headlines, folding accents', () => {
    expect(slugify('Blinken meets Macron in Paris!')).toBe('blinken-meets-macron-in-paris');
    expect(slugify('Le Drian : « coup dans le dos »')).toBe('le-drian-coup-dans-le-dos');
    expect(slugify('Straße über Œuvre')).toBe('strasse-uber-oeuvre');
  });

  it('gives "" for text without Latin letters or digits', () => {
    expect(slugify('外交 — …')).toBe('');
  });

  it('cuts long headlines at a word boundary', () => {
    const slug = slugify('The foreign ministers of the three countries meet again in the capital to discuss the treaty');
    expect(slug.length).toBeLessThanOrEqual(60);
    expect(slug).toBe('the-foreign-ministers-of-the-three-countries-meet-again-in');
  });

  it('always gives a valid id or nothing', () => {
    fc.assert(
      fc.property(fc.string({ maxLength: 200 }), (text) => {
        const slug = slugify(text);
        expect(slug === '' || SLUG.test(slug)).toBe(true);
        expect(slug.length).toBeLessThanOrEqual(60);
      }),
    );
  });
});

describe('uniqueSlug', () => {
  it('numbers repeats and falls back when the text has no slug', () => {
    const taken = new Set<string>();
    expect(uniqueSlug('Talks', 'event-1', taken)).toBe('talks');
    expect(uniqueSlug('Talks!', 'event-2', taken)).toBe('talks-2');
    expect(uniqueSlug('Talks', 'event-3', taken)).toBe('talks-3');
    expect(uniqueSlug('会談', 'event-4', taken)).toBe('event-4');
  });
});
