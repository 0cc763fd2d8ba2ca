import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { dateHints, describeDateHints } from '../../../src/model/dateHints.ts';
import { parseEdtf } from '../../../src/model/edtf.ts';

const edtfs = (phrase: string) => dateHints(phrase).map((hint) => hint.edtf);

describe('dateHints', () => {
  it.each([
    ['Sept 5 2021', '2021-09-05'],
    ['5 September 2021', '2021-09-05'],
    ['September 5, 2021', '2021-09-05'],
    ['Sep 5th, 2021', '2021-09-05'],
    ['Tuesday, 5 October 2021', '2021-10-05'],
    ['le 1er septembre 2021', '2021-09-01'],
    ['5 déc. 2021', '2021-12-05'],
    ['15 fevrier 2022', '2022-02-15'],
    ['2021-9-5', '2021-09-05'],
    ['2021/09/05', '2021-09-05'],
    ['25/09/2021', '2021-09-25'],
    ['09/25/2021', '2021-09-25'],
    ['05/05/2021', '2021-05-05'],
    ['September 2021', '2021-09'],
    ['sept. 2021', '2021-09'],
    ['août 2021', '2021-08'],
    ['9/2021', '2021-09'],
  ])('reads %j as %s', (phrase, expected) => {
    expect(edtfs(phrase)).toEqual([expected]);
  });

  it('gives both readings of an ambiguous numeric date', () => {
    expect(dateHints('05/09/2021')).toEqual([
      { edtf: '2021-09-05', reading: 'day first' },
      { edtf: '2021-05-09', reading: 'month first' },
    ]);
    expect(describeDateHints('05/09/2021')).toBe(': did you mean "2021-09-05" (day first) or "2021-05-09" (month first)?');
    expect(describeDateHints('Sept 5 2021')).toBe(': did you mean "2021-09-05"?');
  });

  it.each([
    '',
    'soon',
    'ju 2021',
    'September',
    '5 September',
    '31 September 2021',
    '2021-02-30',
    '13/13/2021',
    'Sept 5 2021 or so',
    '5 6 Sept 2021',
  ])('guesses nothing for %j', (phrase) => {
    expect(dateHints(phrase)).toEqual([]);
    expect(describeDateHints(phrase)).toBe('');
  });

  it('suggests only dates parseEdtf takes, whatever the phrase', () => {
    const pieces = fc.constantFrom(
      '5',
      '31',
      '1er',
      '2021',
      '0000',
      'sept',
      'mars',
      'ju',
      '/',
      '-',
      '.',
      ',',
      ' ',
      'the',
      '12',
      '29',
      'feb',
    );
    fc.assert(
      fc.property(
        fc.oneof(
          fc.string(),
          fc.array(pieces, { maxLength: 6 }).map((parts) => parts.join('')),
        ),
        (phrase) => dateHints(phrase).every((hint) => parseEdtf(hint.edtf).ok),
      ),
      { numRuns: 3000 },
    );
  });

  const EN = ['January', 'February', 'March', 'April', 'May', 'June', 'July', 'August', 'September', 'October', 'November', 'December'];
  const FR = ['janvier', 'février', 'mars', 'avril', 'mai', 'juin', 'juillet', 'août', 'septembre', 'octobre', 'novembre', 'décembre'];
  const ABBR = ['Jan', 'Feb', 'Mar', 'Apr', 'May', 'Jun', 'Jul', 'Aug', 'Sept', 'Oct', 'Nov', 'Dec'];

  it('suggests a date whose bounds hold the day the phrase names', () => {
    const day = fc
      .record({ year: fc.integer({ min: 1000, max: 9999 }), month: fc.integer({ min: 1, max: 12 }), day: fc.integer({ min: 1, max: 31 }) })
      .filter(({ year, month, day }) => new Date(Date.UTC(year, month - 1, day)).getUTCDate() === day);
    const style = fc.integer({ min: 0, max: 6 });
    fc.assert(
      fc.property(day, style, ({ year, month, day }, style) => {
        const pad = (n: number) => String(n).padStart(2, '0');
        const phrase = [
          `${ABBR[month - 1]} ${day} ${year}`,
          `${day} ${EN[month - 1]} ${year}`,
          `${EN[month - 1]} ${day}, ${year}`,
          `le ${day} ${FR[month - 1]} ${year}`,
          `${year}-${month}-${day}`,
          `${pad(day)}/${pad(month)}/${year}`,
          `${pad(month)}/${pad(day)}/${year}`,
        ][style] as string;
        const hints = dateHints(phrase);
        const at = Date.UTC(year, month - 1, day);
        expect(hints.length).toBeGreaterThan(0);
        // One reading holds the day; an ambiguous one also offers the other.
        return hints.some((hint) => {
          const parsed = parseEdtf(hint.edtf);
          return parsed.ok && parsed.value.startMs <= at && at < parsed.value.endMs;
        });
      }),
      { numRuns: 2000 },
    );
  });
});
