/** Sentences with exact offsets (issue 16): abbreviations, acronyms, quotations, line breaks. */
import { describe, expect, it } from 'vitest';
import { splitSentences } from '../../../src/suggest/sentences.ts';

const texts = (text: string) => splitSentences(text).map((s) => s.text);

describe('splitSentences', () => {
  it('does not split after "U.S.", "Mr.", "Sept." or an initial', () => {
    expect(texts('Mr. Smith met the U.S. envoy on Sept. 5 in Washington. John F. Kennedy spoke. It ended.')).toEqual([
      'Mr. Smith met the U.S. envoy on Sept. 5 in Washington.',
      'John F. Kennedy spoke.',
      'It ended.',
    ]);
  });

  it('does not split after French abbreviations ("M.", "Mme")', () => {
    expect(texts('M. Macron a reçu Mme Parly. Elle est partie.')).toEqual(['M. Macron a reçu Mme Parly.', 'Elle est partie.']);
  });

  it('keeps a quotation of several sentences whole, and splits after its closing mark', () => {
    expect(texts('“You speak French. You are a Francophile.” Then he left.')).toEqual([
      '“You speak French. You are a Francophile.”',
      'Then he left.',
    ]);
  });

  it('does not split before a lower-case word ("opportunity ... to")', () => {
    expect(texts('"There is an opportunity ... to deepen this," he said.')).toEqual([
      '"There is an opportunity ... to deepen this," he said.',
    ]);
  });

  it('ends a heading at its line break, but joins a sentence broken over lines', () => {
    const text = 'Getting ready\nThe goal was a meeting between \nBiden and Macron\n later this month, he said.\nNext line.';
    expect(texts(text)).toEqual([
      'Getting ready',
      'The goal was a meeting between \nBiden and Macron\n later this month, he said.',
      'Next line.',
    ]);
  });

  it('splits sentences glued without a space ("Europe.French")', () => {
    expect(texts('It showed the importance of Europe.French officials met.')).toEqual([
      'It showed the importance of Europe.',
      'French officials met.',
    ]);
  });

  it('gives offsets into the text, trimmed of white space', () => {
    const text = '  First one.   Second one!\n\nThird?  ';
    for (const s of splitSentences(text)) expect(text.slice(s.start, s.end)).toBe(s.text);
    expect(splitSentences(text).map((s) => [s.start, s.end])).toEqual([
      [2, 12],
      [15, 26],
      [28, 34],
    ]);
  });
});
