import { describe, expect, it } from 'vitest';
import {
  actorAgreement,
  addFigures,
  baselineCandidates,
  datesAgree,
  datesAgreeStrictly,
  expectedFromDataset,
  figuresOf,
  isOpenWindow,
  jaccard,
  locateQuote,
  ratesOf,
  sameName,
  scoreText,
  spansOverlap,
  type ExpectedEvent,
  type ScoredCandidate,
} from '../../bench/suggestScore.ts';

const candidate = (start: number, end: number, edtf?: string, extra: Partial<ScoredCandidate> = {}): ScoredCandidate => ({
  quote: { start, end },
  ...(edtf ? { date: { edtf } } : {}),
  countries: [],
  actors: [],
  ...extra,
});

const event = (id: string, quote: string, date: string, extra: Partial<ExpectedEvent> = {}): ExpectedEvent => ({
  id,
  quotes: [quote],
  date,
  countries: [],
  actors: [],
  ...extra,
});

describe('locateQuote', () => {
  it('finds a quote with its white space folded, as offsets in the text', () => {
    const text = 'Alpha beta.\n  Gamma   delta epsilon.';
    const [span] = locateQuote(text, 'beta. Gamma\ndelta');
    expect(span).toEqual({ start: 6, end: 27 });
    expect(text.slice(span!.start, span!.end)).toBe('beta.\n  Gamma   delta');
  });

  it('finds every place a quote stands, and none for words the text does not hold', () => {
    expect(locateQuote('on Tuesday and on Tuesday', 'on Tuesday')).toEqual([
      { start: 0, end: 10 },
      { start: 15, end: 25 },
    ]);
    expect(locateQuote('on Tuesday', 'on Wednesday')).toEqual([]);
    expect(locateQuote('on Tuesday', '   ')).toEqual([]);
  });
});

describe('spansOverlap', () => {
  it('holds for ranges sharing a character, not for ranges that only touch', () => {
    expect(spansOverlap({ start: 0, end: 10 }, { start: 9, end: 20 })).toBe(true);
    expect(spansOverlap({ start: 0, end: 10 }, { start: 10, end: 20 })).toBe(false);
    expect(spansOverlap({ start: 5, end: 6 }, { start: 0, end: 20 })).toBe(true);
    expect(spansOverlap({ start: 20, end: 30 }, { start: 0, end: 20 })).toBe(false);
  });
});

describe('datesAgree', () => {
  it('compares at the coarser precision of the two', () => {
    expect(datesAgree('2021-10', '2021-10-05')).toBe(true);
    expect(datesAgree('2021-10-05', '2021-10')).toBe(true);
    expect(datesAgree('2021', '2021-09-15')).toBe(true);
    expect(datesAgree('2021-10-05', '2021-10-06')).toBe(false);
    expect(datesAgree('2021-09', '2021-10-01')).toBe(false);
    expect(datesAgree('2016', '2021')).toBe(false);
  });

  it('ignores qualifiers', () => {
    expect(datesAgree('2021-10-05?', '2021-10-05')).toBe(true);
    expect(datesAgree('2021-09-15~', '2021-09-16')).toBe(false);
  });

  it('takes an interval or a window as agreeing with any date within its range', () => {
    expect(datesAgree('[2021-09-15..2021-09-26]', '2021-09-20')).toBe(true);
    expect(datesAgree('[2021-09-15..2021-09-26]', '2021-09-27')).toBe(false);
    expect(datesAgree('2021-09-15/2021-10-05?', '2021-10-05')).toBe(true);
    expect(datesAgree('2017/2021', '2019-03-01')).toBe(true);
    expect(datesAgree('2021-10-05', '2021-10-04/2021-10-06')).toBe(true);
    // A day-precision window against a month: widened to the month, they overlap.
    expect(datesAgree('[2021-09-15..2021-09-26]', '2021-09')).toBe(true);
    expect(datesAgree('[2021-09-15..2021-09-26]', '2021-10')).toBe(false);
    // An open window reaches past its known end as the layout draws it.
    expect(datesAgree('[..2021-10-05]', '2021-09-20')).toBe(true);
    expect(datesAgree('[2021-10-05..]', '2021-09-20')).toBe(false);
  });

  it('tells an open window from the other forms', () => {
    expect(isOpenWindow('[..2021-10-05]')).toBe(true);
    expect(isOpenWindow('[2021-10-05..]')).toBe(true);
    expect(isOpenWindow('[2021-09-15..2021-10-05]')).toBe(false);
    expect(isOpenWindow('2021-10-05')).toBe(false);
    expect(isOpenWindow(undefined)).toBe(false);
    const score = scoreText('They met on a day.', [event('met', 'They met', '2021-09-20')], [candidate(0, 18, '[..2021-10-05]')]);
    expect(score.events[0]).toMatchObject({ found: true, foundByOpenWindow: true });
    expect(figuresOf(score).foundByOpenWindow).toBe(1);
  });

  it('never agrees with a missing or malformed date', () => {
    expect(datesAgree('2021-10-05', undefined)).toBe(false);
    expect(datesAgree('2021-10-05', 'Tuesday')).toBe(false);
    expect(datesAgree('2021-02-30', '2021-02')).toBe(false);
  });
});

describe('strict date agreement', () => {
  it('counts a bounded date at most 31 days wide, never an open window', () => {
    expect(datesAgreeStrictly('2021-09-22', '2021-09-22')).toBe(true);
    expect(datesAgreeStrictly('2021-09-22', '2021-09-22?')).toBe(true);
    expect(datesAgreeStrictly('2021-09-22', '2021-09')).toBe(true); // 30 days
    expect(datesAgreeStrictly('2021-09-22', '[2021-09-01..2021-10-01]')).toBe(true); // 31 days
    expect(datesAgreeStrictly('2021-09-22', '[2021-09-01..2021-10-02]')).toBe(false); // 32 days
    expect(datesAgreeStrictly('2021-09-22', '[..2021-10-05]')).toBe(false);
    expect(datesAgreeStrictly('2021-09-22', '[2021-09-15..]')).toBe(false);
    expect(datesAgreeStrictly('2021-09-22', '2021')).toBe(false);
    expect(datesAgreeStrictly('2021-09-22', '2021-09-15/2021-10-30')).toBe(false);
  });

  it('still asks the dates to agree, and a date is never strictly agreeing when missing', () => {
    expect(datesAgreeStrictly('2021-09-22', '2021-09-23')).toBe(false);
    expect(datesAgreeStrictly('2021-09-22', undefined)).toBe(false);
    expect(datesAgreeStrictly(undefined, '2021-09-22')).toBe(false);
  });

  it('lets a date be as wide as the event it dates', () => {
    expect(datesAgreeStrictly('2016', '2016')).toBe(true);
    expect(datesAgreeStrictly('2017/2021', '2019')).toBe(true);
    expect(datesAgreeStrictly('2016', '[2016-01-01..2016-12-31]')).toBe(true);
    expect(datesAgreeStrictly('2016', '[..2016-12-31]')).toBe(false);
  });

  it('counts strict finds apart from lenient ones in the figures', () => {
    const text = 'The ministers met in Paris. They agreed on a plan on Tuesday.';
    const expected = [event('meeting', 'met in Paris', '2021-09-22'), event('plan', 'agreed on a plan', '2021-10-05')];
    const score = scoreText(text, expected, [candidate(0, 27, '[..2021-10-05]'), candidate(28, 61, '2021-10-05?')]);
    expect(score.events.map((e) => [e.found, e.foundStrict])).toEqual([
      [true, false],
      [true, true],
    ]);
    const figures = figuresOf(score);
    expect(figures).toMatchObject({ found: 2, foundStrict: 1, foundByOpenWindow: 1 });
    expect(ratesOf(figures)).toMatchObject({ recall: 1, recallStrict: 0.5, dates: 1, datesStrict: 0.5 });
    expect(addFigures([figures, figures]).foundStrict).toBe(2);
  });

  it('finds strictly through any overlapping candidate, not only the one scored', () => {
    const text = 'The ministers met in Paris on Tuesday.';
    const score = scoreText(
      text,
      [event('meeting', 'met in Paris', '2021-10-05')],
      [candidate(0, 38, '[..2021-10-05]'), candidate(14, 20, '2021-10-05')],
    );
    expect(score.events[0]).toMatchObject({ found: true, foundStrict: true });
  });
});

describe('countries and actors', () => {
  it('Jaccard of sets, 1 for two empty sets', () => {
    expect(jaccard(new Set(['FR', 'US']), new Set(['US', 'AU']))).toBeCloseTo(1 / 3);
    expect(jaccard(new Set(), new Set())).toBe(1);
    expect(jaccard(new Set(['FR']), new Set())).toBe(0);
  });

  it('names agree folded, or by their last words', () => {
    expect(sameName('Antony Blinken', 'Blinken')).toBe(true);
    expect(sameName('Jean-Yves Le Drian', 'Le Drian')).toBe(true);
    expect(sameName('Jean-Yves Le Drian', 'jean yves le drian')).toBe(true);
    expect(sameName('Élisabeth Borne', 'Elisabeth Borne')).toBe(true);
    expect(sameName('Antony Blinken', 'Antony')).toBe(false);
    expect(sameName('Joe Biden', 'Hunter Biden')).toBe(false);
  });

  it('pairs actors once each, by name or by id', () => {
    expect(actorAgreement([{ name: 'Emmanuel Macron' }, { name: 'Antony Blinken' }], [{ name: 'Macron' }, { name: 'NATO' }])).toEqual({
      shared: 1,
      jaccard: 1 / 3,
    });
    expect(actorAgreement([{ name: 'Government of France', id: 'government-fr' }], [{ name: 'France', id: 'government-fr' }]).shared).toBe(
      1,
    );
    expect(actorAgreement([{ name: 'Macron' }, { name: 'Macron' }], [{ name: 'Emmanuel Macron' }]).shared).toBe(1);
    expect(actorAgreement([], [])).toEqual({ shared: 0, jaccard: 1 });
  });
});

describe('scoreText', () => {
  const text = 'The ministers met in Paris on Tuesday. They agreed on a plan. The weather was fine.';
  //            0         1         2         3         4         5         6         7         8
  //            0123456789012345678901234567890123456789012345678901234567890123456789012345678901234

  it('finds an event whose quote a candidate overlaps, and scores its date, countries and actors', () => {
    const expected = [
      event('meeting', 'met in Paris on Tuesday', '2021-10-05', {
        countries: ['FR', 'US'],
        actors: [{ name: 'Antony Blinken' }, { name: 'Emmanuel Macron' }],
      }),
    ];
    const score = scoreText(text, expected, [
      candidate(0, 38, '2021-10-05', { countries: [{ code: 'FR' }], actors: [{ name: 'Blinken' }] }),
    ]);
    const [found] = score.events;
    expect(found).toMatchObject({
      id: 'meeting',
      located: true,
      found: true,
      candidate: 0,
      countriesEqual: false,
      countriesJaccard: 0.5,
      actorsShared: true,
      actorsJaccard: 0.5,
    });
    expect(ratesOf(figuresOf(score))).toMatchObject({ recall: 1, recallByQuote: 1, precision: 1, precisionByQuote: 1, dates: 1 });
  });

  it('counts a candidate overlapping nothing against precision, and an event without a candidate against recall', () => {
    const expected = [event('meeting', 'met in Paris on Tuesday', '2021-10-05'), event('plan', 'agreed on a plan', '2021-10-05')];
    const score = scoreText(text, expected, [candidate(12, 20, '2021-10-05'), candidate(63, 83, '2021-10-05')]);
    expect(score.events.map((e) => e.found)).toEqual([true, false]);
    expect(score.candidates).toEqual([
      { located: ['meeting'], found: ['meeting'] },
      { located: [], found: [] },
    ]);
    expect(ratesOf(figuresOf(score))).toMatchObject({ recall: 0.5, precision: 0.5 });
  });

  it('does not take touching ranges for an overlap', () => {
    // "The ministers met in Paris on Tuesday." ends at 38; the candidate starts there.
    const score = scoreText(text, [event('meeting', 'met in Paris on Tuesday.', '2021-10-05')], [candidate(38, 62, '2021-10-05')]);
    expect(score.events[0]!.found).toBe(false);
  });

  it('locates but does not find an event whose date disagrees, or that the candidate leaves undated', () => {
    const score = scoreText(text, [event('meeting', 'on Tuesday', '2021-10-05')], [candidate(0, 38, '2021-10-12')]);
    expect(score.events[0]).toMatchObject({ located: true, found: false, candidateDate: '2021-10-12' });
    expect(ratesOf(figuresOf(score))).toMatchObject({ recall: 0, recallByQuote: 1, precision: 0, precisionByQuote: 1, dates: 0 });
    const undated = scoreText(text, [event('meeting', 'on Tuesday', '2021-10-05')], [candidate(0, 38)]);
    expect(undated.events[0]).toMatchObject({ located: true, found: false });
  });

  it('prefers, among overlapping candidates, the one whose date agrees, then the larger overlap', () => {
    const expected = [event('meeting', 'The ministers met in Paris on Tuesday.', '2021-10')];
    const score = scoreText(text, expected, [
      candidate(0, 38, '2021-09-30'),
      candidate(30, 40, '2021-10-05'),
      candidate(0, 30, '2021-10-06'),
    ]);
    expect(score.events[0]).toMatchObject({ candidate: 2, found: true });
  });

  it('takes an event without actors and a candidate without actors as agreeing on actors', () => {
    const score = scoreText(text, [event('meeting', 'on Tuesday', '2021-10-05')], [candidate(0, 38, '2021-10-05')]);
    expect(score.events[0]).toMatchObject({ actorsShared: true, actorsJaccard: 1 });
    const named = scoreText(
      text,
      [event('meeting', 'on Tuesday', '2021-10-05')],
      [candidate(0, 38, '2021-10-05', { speaker: { name: 'Macron' } })],
    );
    expect(named.events[0]).toMatchObject({ actorsShared: false, actorsJaccard: 0 });
  });

  it('lets one candidate find two events quoted in the same sentence', () => {
    const expected = [event('a', 'ministers met', '2021-10-05'), event('b', 'in Paris', '2021-10-05')];
    const score = scoreText(text, expected, [candidate(0, 38, '2021-10-05')]);
    expect(score.events.every((e) => e.found)).toBe(true);
    expect(figuresOf(score)).toMatchObject({ found: 2, candidatesFinding: 1, candidates: 1 });
  });

  it('reports an event whose quote the text does not hold: never found, counted as unlocated', () => {
    const expected = [event('ghost', 'met in London on Monday', '2021-10-04'), event('meeting', 'on Tuesday', '2021-10-05')];
    const score = scoreText(text, expected, [candidate(0, 84, '2021-10-05')]);
    expect(score.events[0]).toMatchObject({ located: false, found: false, spans: [], missingQuotes: ['met in London on Monday'] });
    expect(figuresOf(score)).toMatchObject({ events: 2, found: 1, unlocated: 1 });
    expect(ratesOf(figuresOf(score)).recall).toBe(0.5);
  });

  it('gives zeros, not NaN, over nothing', () => {
    const rates = ratesOf(figuresOf(scoreText(text, [], [])));
    expect(Object.values(rates).every((value) => value === 0)).toBe(true);
  });
});

describe('expectedFromDataset and addFigures', () => {
  it('keeps the events quoting a source, with only their quotes from it and actors by name and id', () => {
    const dataset = {
      actors: [{ id: 'emmanuel-macron', name: 'Emmanuel Macron' }],
      events: [
        {
          id: 'one',
          date: '2021',
          countries: ['FR'],
          actors: ['emmanuel-macron', 'unknown-actor'],
          quotes: [
            { source: 'a', text: 'x' },
            { source: 'b', text: 'y' },
          ],
        },
        { id: 'two', date: '2021', countries: [], actors: [], quotes: [{ source: 'b', text: 'z' }] },
      ],
    };
    expect(expectedFromDataset(dataset, 'a')).toEqual([
      {
        id: 'one',
        quotes: ['x'],
        date: '2021',
        countries: ['FR'],
        actors: [
          { id: 'emmanuel-macron', name: 'Emmanuel Macron' },
          { id: 'unknown-actor', name: 'unknown-actor' },
        ],
      },
    ]);
    expect(expectedFromDataset(dataset, 'b').map((e) => e.id)).toEqual(['one', 'two']);
  });

  it('adds figures of several texts before taking ratios (pooled, not an average of ratios)', () => {
    const one = figuresOf(scoreText('abc', [event('x', 'abc', '2021')], [candidate(0, 3, '2021')]));
    const none = figuresOf(scoreText('abc', [event('y', 'abc', '2021'), event('z', 'abc', '2022')], []));
    expect(ratesOf(addFigures([one, none]))).toMatchObject({ recall: 1 / 3, precision: 1, dates: 1 });
  });
});

describe('baselineCandidates', () => {
  it('makes every sentence and line a candidate dated the publication day', () => {
    const text = 'They met. "It went well." said one.\nA heading\nThe end';
    const candidates = baselineCandidates(text, '2021-10-05');
    expect(candidates.map((c) => text.slice(c.quote.start, c.quote.end))).toEqual([
      'They met.',
      '"It went well."',
      'said one.',
      'A heading',
      'The end',
    ]);
    expect(candidates.every((c) => c.date?.edtf === '2021-10-05')).toBe(true);
  });
});
