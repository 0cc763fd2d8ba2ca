/** Permalinks to an event and to a quote: stable keys, the app's and the element's forms. */
import { describe, expect, it } from 'vitest';
import { fragmentParams, fragmentPermalink, queryPermalink, quoteKey } from '../../../src/interop/permalink.ts';

describe('quoteKey', () => {
  const quote = { source: 'paris-meeting', text: 'have met on Tuesday in Paris' };

  it('is seven letters and digits, the same for the same quote wherever it stands among the others', () => {
    // Written out: a change to the hash would break every link already shared.
    expect(quoteKey(quote)).toBe(quoteKey({ ...quote }));
    expect(quoteKey(quote)).toMatch(/^[0-9a-z]{7}$/);
    // FNV-1a of "a\u0000b" is 284404690, in base 36 "4pbs2a" (checked by hand in Python).
    expect(quoteKey({ source: 'a', text: 'b' })).toBe('04pbs2a');
  });

  it('ignores white space, as the verbatim check does, and tells the same words from two sources apart', () => {
    expect(quoteKey({ ...quote, text: '  have met on\nTuesday   in Paris ' })).toBe(quoteKey(quote));
    expect(quoteKey({ ...quote, source: 'another-outlet' })).not.toBe(quoteKey(quote));
    expect(quoteKey({ ...quote, text: 'have met on Wednesday in Paris' })).not.toBe(quoteKey(quote));
  });
});

describe('permalinks', () => {
  it('in the app: the page with ?event= and &quote=, the reader’s filters, language and fragment left out, the dataset kept', () => {
    const page = 'https://news.example/graphics/aukus/?country=FR&lang=fr&src=data%2Fother.json&event=old#top';
    expect(queryPermalink(page, { event: 'aukus-announced' }, ['src'])).toBe(
      'https://news.example/graphics/aukus/?src=data%2Fother.json&event=aukus-announced',
    );
    expect(queryPermalink(page, null, ['src'])).toBe('https://news.example/graphics/aukus/?src=data%2Fother.json');
    expect(queryPermalink('https://news.example/aukus/', { event: 'aukus-announced', quote: '0abc123' })).toBe(
      'https://news.example/aukus/?event=aukus-announced&quote=0abc123',
    );
  });

  it('in the element: the host page with a fragment, which the element reads back', () => {
    const link = fragmentPermalink('https://news.example/story.html?utm=x#section-2', { event: 'aukus-announced', quote: '0abc123' });
    expect(link).toBe('https://news.example/story.html?utm=x#event=aukus-announced&quote=0abc123');
    expect(Object.fromEntries(fragmentParams(new URL(link).hash))).toEqual({ event: 'aukus-announced', quote: '0abc123' });
    expect(fragmentPermalink('https://news.example/story.html#section-2', null)).toBe('https://news.example/story.html');
    expect(fragmentParams('#section-2').toString()).toBe('');
    expect(fragmentParams('#event=x&country=FR').toString()).toBe('event=x');
  });
});
