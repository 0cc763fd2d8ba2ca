/**
 * The view as URL parameters: what toSearchParams writes, fromSearchParams reads back,
 * and a link is untrusted input, so anything unknown or malformed is dropped and reported.
 */
import { describe, expect, it } from 'vitest';
import {
  DEFAULT_VIEW,
  formatInstant,
  fromSearchParams,
  toSearchParams,
  type KnownValues,
  type ViewParams,
} from '../../src/state/urlState.ts';
import { quoteKey } from '../../src/interop/permalink.ts';

const known: KnownValues = {
  eventIds: new Set(['aukus-announced', 'blinken-meets-macron']),
  countries: new Set(['FR', 'US', 'CN']),
  actors: new Set(['emmanuel-macron', 'jean-yves-le-drian']),
  tags: new Set(['Defence', 'Trade']),
  quoteKeys: (id) => new Set(id === 'aukus-announced' ? [quoteKey({ source: 'aukus-article', text: 'a stab in the back' })] : []),
};
const STAB = quoteKey({ source: 'aukus-article', text: 'a stab in the back' });

const read = (search: string) => fromSearchParams(new URLSearchParams(search), known);
const roundTrip = (view: ViewParams) => read(toSearchParams(view).toString());

const DAY = 86_400_000;
const OCT_5 = Date.UTC(2021, 9, 5);

describe('toSearchParams', () => {
  it('writes nothing for the default view', () => {
    expect(toSearchParams(DEFAULT_VIEW).toString()).toBe('');
  });

  it('writes each part of a view under its own name', () => {
    const params = toSearchParams({
      event: 'blinken-meets-macron',
      quote: 'abc1234',
      thread: 'aukus-announced',
      countries: ['FR', 'US'],
      actors: ['emmanuel-macron'],
      tags: ['Defence'],
      bases: ['inferred', 'relative'],
      query: 'stab',
      range: [OCT_5, OCT_5 + 2 * DAY],
      lanes: 'tag',
      mode: 'list',
    });
    expect(Object.fromEntries(params)).toEqual({
      event: 'blinken-meets-macron',
      quote: 'abc1234',
      thread: 'aukus-announced',
      country: 'FR,US',
      actor: 'emmanuel-macron',
      tag: 'Defence',
      basis: 'inferred,relative',
      q: 'stab',
      range: '2021-10-05/2021-10-07',
      lanes: 'tag',
      view: 'list',
    });
  });

  it('leaves out a query of blanks', () => {
    expect(toSearchParams({ ...DEFAULT_VIEW, query: '   ' }).has('q')).toBe(false);
  });

  it('writes a range that does not fall on midnight to the minute', () => {
    expect(formatInstant(OCT_5 + 13.5 * 3_600_000)).toBe('2021-10-05T13:30Z');
    expect(formatInstant(OCT_5)).toBe('2021-10-05');
  });
});

describe('toSearchParams then fromSearchParams', () => {
  it('gives back the default view', () => {
    expect(roundTrip(DEFAULT_VIEW)).toEqual({ view: DEFAULT_VIEW, ignored: [] });
  });

  it('gives back a full view', () => {
    const view: ViewParams = {
      event: 'aukus-announced',
      quote: STAB,
      thread: 'blinken-meets-macron',
      countries: ['CN', 'FR'],
      actors: ['jean-yves-le-drian', 'emmanuel-macron'],
      tags: ['Trade', 'Defence'],
      bases: ['stated', 'inferred'],
      query: 'stab in the back',
      range: [OCT_5 - 30 * DAY, OCT_5 + DAY],
      lanes: 'country',
      mode: 'list',
    };
    expect(roundTrip(view)).toEqual({ view, ignored: [] });
  });

  it('gives back a range to the minute', () => {
    const range: [number, number] = [OCT_5 + 9 * 3_600_000 + 15 * 60_000, OCT_5 + DAY + 17 * 3_600_000];
    expect(roundTrip({ ...DEFAULT_VIEW, range }).view.range).toEqual(range);
  });

  it('gives back search words with characters that URLs escape', () => {
    const query = 'défense & “Cold War”, 50% / AUKUS?';
    expect(roundTrip({ ...DEFAULT_VIEW, query }).view.query).toBe(query);
  });
});

describe('fromSearchParams', () => {
  it('reads an empty link as the default view', () => {
    expect(read('')).toEqual({ view: DEFAULT_VIEW, ignored: [] });
  });

  it('drops and reports an unknown event, country and actor, keeping the known ones', () => {
    const { view, ignored } = read('?event=nope&country=FR,ZZ&actor=ghost,emmanuel-macron');
    expect(view.event).toBeNull();
    expect(view.countries).toEqual(['FR']);
    expect(view.actors).toEqual(['emmanuel-macron']);
    expect(ignored).toEqual(['event "nope"', 'country "ZZ"', 'actor "ghost"']);
  });

  it('reads the tags the story has, exactly as written, and groups by tag only in a story with tags', () => {
    const { view, ignored } = read('?tag=Trade,defence,Nope&lanes=tag');
    expect(view.tags).toEqual(['Trade']);
    expect(view.lanes).toBe('tag');
    expect(ignored).toEqual(['tag "defence"', 'tag "Nope"']);
    const untagged = fromSearchParams(new URLSearchParams('?lanes=tag'), { ...known, tags: new Set() });
    expect(untagged.view.lanes).toBeNull();
  });

  it('reads the date bases it knows and reports any other, as it does a country', () => {
    const { view, ignored } = read('?basis=inferred,guessed,STATED,relative');
    expect(view.bases).toEqual(['inferred', 'relative']);
    expect(ignored).toEqual(['basis "guessed"', 'basis "STATED"']);
    expect(roundTrip({ ...DEFAULT_VIEW, bases: ['inferred'] })).toEqual({ view: { ...DEFAULT_VIEW, bases: ['inferred'] }, ignored: [] });
  });

  it('reads a quote of the linked event by its key, and ignores with a notice a key the event has not or a quote with no event', () => {
    expect(read(`?event=aukus-announced&quote=${STAB}`)).toEqual({
      view: { ...DEFAULT_VIEW, event: 'aukus-announced', quote: STAB },
      ignored: [],
    });
    expect(read(`?event=blinken-meets-macron&quote=${STAB}`)).toEqual({
      view: { ...DEFAULT_VIEW, event: 'blinken-meets-macron' },
      ignored: [`quote "${STAB}"`],
    });
    expect(read(`?quote=${STAB}`)).toEqual({ view: DEFAULT_VIEW, ignored: [`quote "${STAB}"`] });
    expect(read(`?event=nope&quote=${STAB}`).ignored).toEqual(['event "nope"', `quote "${STAB}"`]);
  });

  it('writes no quote without its event', () => {
    expect(toSearchParams({ ...DEFAULT_VIEW, quote: STAB }).toString()).toBe('');
  });

  it('tolerates blanks and empty items in lists', () => {
    expect(read('?country= FR ,,US,').view.countries).toEqual(['FR', 'US']);
  });

  it.each([
    ['backwards', '2021-10-05/2021-09-01'],
    ['empty', '2021-10-05/2021-10-05'],
    ['one end only', '2021-10-05'],
    ['an open end', '2021-10-05/'],
    ['three parts', '2021-09-01/2021-10-01/2021-11-01'],
    ['not a date', 'yesterday/today'],
    ['an impossible date', '2021-13-45/2021-14-01'],
    ['seconds', '2021-10-05T10:00:00Z/2021-10-06'],
  ])('ignores and reports a malformed range: %s', (_, text) => {
    const { view, ignored } = read(`?range=${encodeURIComponent(text)}&event=aukus-announced`);
    expect(view.range).toBeNull();
    expect(view.event).toBe('aukus-announced');
    expect(ignored).toEqual([`range "${text}"`]);
  });

  it('ignores and reports a range with a day its month does not have', () => {
    // V8's Date.parse reads 2021-02-30 as 2 March; other engines refuse it.
    const { view, ignored } = read('?range=2021-02-30/2021-03-10');
    expect(view.range).toBeNull();
    expect(ignored).toEqual(['range "2021-02-30/2021-03-10"']);
  });

  it('reads a well-formed range in UTC', () => {
    expect(read('?range=2021-09-01/2021-10-05T12:00Z').view.range).toEqual([Date.UTC(2021, 8, 1), OCT_5 + 12 * 3_600_000]);
  });

  it('cuts an overlong query to 200 characters', () => {
    expect(read(`?q=${'a'.repeat(500)}`).view.query).toHaveLength(200);
  });

  it('reads only the values it knows for lanes and view', () => {
    expect(read('?lanes=actor&view=grid').view).toMatchObject({ lanes: null, mode: 'timeline' });
    expect(read('?lanes=country&view=list').view).toMatchObject({ lanes: 'country', mode: 'list' });
  });
});
