/**
 * suggestEvents (issue 16): countries and actors of each kind, attributed speech, exact quote
 * offsets, duplicates of the story's events, no anchor; and the property that every span is
 * the text's own slice and every date passes parseEdtf, for generated texts and the shipped sources.
 */
import { readFileSync } from 'node:fs';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { parseEdtf } from '../../../src/model/edtf.ts';
import type { Dataset } from '../../../src/model/schema.ts';
import { suggestEvents, type Candidate, type Span } from '../../../src/suggest/index.ts';
import { findPlaces } from '../../../src/suggest/places.ts';

const dataset = JSON.parse(readFileSync('data/events.json', 'utf8')) as Dataset;
const sources = dataset.sources.map((source) => ({ id: source.id, text: readFileSync(`data/${source.file}`, 'utf8') }));

function spansOf(candidate: Candidate): Span[] {
  return [
    candidate.quote,
    ...candidate.dates,
    ...(candidate.date ? [candidate.date] : []),
    ...candidate.countries,
    ...candidate.actors,
    ...(candidate.speaker ? [candidate.speaker] : []),
  ];
}

function checkInvariants(text: string, candidates: Candidate[]): void {
  for (const candidate of candidates) {
    for (const span of spansOf(candidate)) {
      expect(span.start).toBeGreaterThanOrEqual(0);
      expect(span.end).toBeLessThanOrEqual(text.length);
      expect(text.slice(span.start, span.end)).toBe(span.text);
    }
    for (const date of candidate.dates) expect(parseEdtf(date.edtf).ok, date.edtf).toBe(true);
    if (candidate.date) expect(candidate.dates).toContain(candidate.date);
    expect(candidate.confidence).toBeGreaterThanOrEqual(0);
    expect(candidate.confidence).toBeLessThanOrEqual(1);
    expect(new Set(candidate.countries.map((c) => c.code)).size).toBe(candidate.countries.length);
  }
}

const first = (text: string, language: 'en' | 'fr' = 'en', extra: Partial<Parameters<typeof suggestEvents>[0]> = {}) => {
  const { candidates } = suggestEvents({ text, language, published: '2021-10-06', ...extra });
  checkInvariants(text, candidates);
  expect(candidates.length).toBeGreaterThan(0);
  return candidates[0]!;
};

describe('countries', () => {
  it('by name in English and French, by alias, demonym and seat, with the words', () => {
    const text = 'France, Australie, the U.S., the UK, French, australienne, Canberra, Élysée and Whitehall; not the South China Sea.';
    expect(findPlaces(text).map((p) => [p.code, p.text, p.by])).toEqual([
      ['FR', 'France', 'name'],
      ['AU', 'Australie', 'name'],
      ['US', 'U.S.', 'alias'],
      ['GB', 'UK', 'alias'],
      ['FR', 'French', 'demonym'],
      ['AU', 'australienne', 'demonym'],
      ['AU', 'Canberra', 'seat'],
      ['FR', 'Élysée', 'seat'],
      ['GB', 'Whitehall', 'seat'],
    ]);
  });

  it('one per code in a candidate, the first words that gave it', () => {
    const c = first('French President Emmanuel Macron ordered the recall of the French ambassadors to Washington and Canberra.');
    expect(c.countries.map((p) => [p.code, p.text])).toEqual([
      ['FR', 'French'],
      ['US', 'Washington'],
      ['AU', 'Canberra'],
    ]);
  });
});

describe('actors', () => {
  it('a new person with the role the text gives, and a slug id', () => {
    const c = first('UK Defence Secretary Ben Wallace cancelled the talks in London on Tuesday.');
    expect(c.actors.find((a) => a.name === 'Ben Wallace')).toMatchObject({
      id: 'ben-wallace',
      role: 'UK Defence Secretary',
      kind: 'person',
      isNew: true,
    });
  });

  it("the story's actor by full name, by surname alone, and an organisation by its initials", () => {
    const c = first('Blinken met Le Drian at the OECD on Tuesday.', 'en', { dataset });
    expect(c.actors.map((a) => [a.id, a.isNew])).toEqual([
      ['antony-blinken', false],
      ['jean-yves-le-drian', false],
      ['oecd', false],
    ]);
  });

  it('governments: "the Australian government", a seat that acts, a country that acts, not a place', () => {
    const ids = (text: string) => first(text, 'en', { dataset }).actors.map((a) => a.id);
    expect(ids('The Australian government signed the pact in 2016.')).toEqual(['government-au']);
    expect(ids('Whitehall confirmed the decision last week.')).toEqual(['government-gb']);
    expect(ids('France has cancelled the meeting this week.')).toEqual(['government-fr']);
    expect(ids('Blinken met Macron in Paris on Tuesday.')).toEqual(['antony-blinken', 'emmanuel-macron']);
    expect(first('China’s embassy in Washington accused the countries of a “Cold War mentality”.').actors).toMatchObject([
      { id: 'government-cn', text: 'China’s embassy', kind: 'government', isNew: true },
    ]);
    expect(first('Le gouvernement australien a signé l’accord en 2016.', 'fr').actors).toMatchObject([
      { id: 'government-au', kind: 'government', isNew: true },
    ]);
  });

  it('French people by their capitalised names, with the role before them', () => {
    const c = first('Le ministre des Affaires étrangères Jean-Yves Le Drian a rencontré Antony Blinken mardi.', 'fr');
    expect(c.actors.map((a) => [a.name, a.role])).toEqual([
      ['Jean-Yves Le Drian', 'ministre des Affaires étrangères'],
      ['Antony Blinken', undefined],
    ]);
  });
});

describe('attributed speech', () => {
  const speaker = (text: string, language: 'en' | 'fr' = 'en') => first(text, language, { dataset }).speaker?.id;
  it('"…," said X / "…," X said / X said that / X told Y that / « … », a déclaré X', () => {
    expect(speaker('“It’s really a stab in the back,” said Foreign Minister Jean-Yves Le Drian on Thursday.')).toBe('jean-yves-le-drian');
    expect(speaker('"There is now an opportunity," Blinken said.')).toBe('antony-blinken');
    expect(speaker('UK PM Boris Johnson said that France had nothing to worry about.')).toBe('boris-johnson');
    expect(speaker('Lapix told Blinken that France felt betrayed.')).toBe('anne-sophie-lapix');
    expect(speaker('« C’est un coup de poignard dans le dos », a déclaré Jean-Yves Le Drian jeudi.', 'fr')).toBe('jean-yves-le-drian');
  });

  it('"the official" is the one official the story quotes from this source', () => {
    const text = 'The official described the Tuesday meetings as "serious" in tone.';
    expect(first(text, 'en', { dataset, sourceId: 'blinken-france-2-interview-and-paris-talks' }).speaker?.id).toBe(
      'senior-state-department-official',
    );
  });

  it('a title of the speaker and the start of the quotation, in the text’s language', () => {
    expect(first('« C’est un coup de poignard dans le dos », a déclaré Jean-Yves Le Drian jeudi.', 'fr').title).toBe(
      'Jean-Yves Le Drian: « C’est un coup de poignard dans le dos »',
    );
  });
});

describe('candidates', () => {
  it('quotes the sentence verbatim, with its offsets in the text', () => {
    const text = 'Holding the bag\nMr. Smith, the U.S. envoy, met Macron in Paris on Tuesday. The meeting is the first of its kind.';
    const { candidates, notes } = suggestEvents({ text, language: 'en', published: '2021-10-06' });
    expect(candidates).toHaveLength(1);
    const quote = candidates[0]!.quote;
    expect(quote).toEqual({ start: 16, end: 74, text: 'Mr. Smith, the U.S. envoy, met Macron in Paris on Tuesday.' });
    expect(notes).toContain('2 sentences left out: headings, descriptions, or no act with an actor or a date.');
  });

  it('a stated day ranks above one in a clause that dates another event', () => {
    const c = first('Following the announcement on September 15 of a pact, Macron and Blinken met in Paris on Tuesday.');
    expect(c.date?.edtf).toBe('2021-10-05?');
    expect(c.dates.map((d) => d.edtf)).toEqual(['2021-09-15', '2021-10-05?']);
  });

  it('a sentence with no date is bounded by its tense, inferred, and says so', () => {
    const c = first('UK PM Boris Johnson said France had nothing to worry about.');
    expect(c.date).toMatchObject({ edtf: '[..2021-10-06]', dateBasis: 'inferred', text: 'said' });
    expect(c.reasons).toContain('no date in the sentence: only its tense bounds it by the publication date');
  });

  it('confidence and reasons', () => {
    const strong = first('In a phone chat on September 22, Emmanuel Macron and Joe Biden agreed to repair the damage.');
    expect(strong.reasons).toEqual(expect.arrayContaining(['a stated day', 'named actors']));
    const weak = first('The deal will lead to the end of a contract with France, officials said.');
    expect(weak.confidence).toBeLessThan(strong.confidence);
  });

  it('with no anchor, relative dates are left out with a note, and nothing is inferred', () => {
    const { candidates, notes } = suggestEvents({ text: 'Macron and Blinken met in Paris on Tuesday.', language: 'en' });
    expect(candidates[0]!.dates).toEqual([]);
    expect(candidates[0]!.reasons).toContain('no date');
    expect(notes[0]).toMatch(/No publication date given/);
    expect(notes.some((n) => n.includes("'on Tuesday' is a weekday and no publication date was given: not resolved"))).toBe(true);
  });
});

describe('duplicates of the story’s events', () => {
  it('a sentence the story quotes, dated alike, repeats its event', () => {
    const text = 'In a phone chat on September 22, Macron and Biden agreed to attempt to repair the damage.';
    expect(first(text, 'en', { dataset, sourceId: 'blinken-macron-look-to-make-amends' }).duplicateOf).toBe('biden-macron-phone-call');
  });

  it('new words on the same day with two shared actors repeat it too; another day does not', () => {
    const same = 'Joe Biden and Emmanuel Macron spoke by telephone on September 22, 2021.';
    expect(first(same, 'en', { dataset }).duplicateOf).toBe('biden-macron-phone-call');
    const other = 'Joe Biden and Emmanuel Macron spoke by telephone on March 3, 2020.';
    expect(first(other, 'en', { dataset }).duplicateOf).toBeUndefined();
  });
});

describe('properties', () => {
  it('on the three shipped sources: spans are slices, dates are EDTF, with and without an anchor', () => {
    for (const { id, text } of sources) {
      for (const published of ['2021-10-05', undefined]) {
        const { candidates } = suggestEvents({ text, language: 'en', dataset, sourceId: id, ...(published ? { published } : {}) });
        expect(candidates.length).toBeGreaterThan(5);
        checkInvariants(text, candidates);
      }
    }
  });

  const pieces = [
    'Mr. Smith met the U.S. envoy on Sept. 5.',
    'French President Emmanuel Macron said on Tuesday that “the pact is a stab in the back.”',
    'The talks came a few days after Biden declared willingness to repair the damage.',
    'Le ministre Jean-Yves Le Drian a déclaré mardi que l’accord était « inacceptable ».',
    'Australia signed the deal in 2016, and later this month the leaders meet.',
    'Whitehall confirmed last week that it had cancelled the meeting',
    '« Nous sommes prêts », a déclaré M. Macron la semaine dernière.',
    'Holding the bag',
  ];
  const textArbitrary = fc
    .array(
      fc.oneof(fc.constantFrom(...pieces), fc.string({ maxLength: 40 }), fc.constantFrom(' ', '\n', '\n\n', '. ', '“', '”', '"', '…')),
      {
        maxLength: 12,
      },
    )
    .map((parts) => parts.join(''));

  it('for generated texts: spans are slices, dates are EDTF, nothing throws', () => {
    fc.assert(
      fc.property(
        textArbitrary,
        fc.constantFrom<'en' | 'fr'>('en', 'fr'),
        fc.option(fc.date({ min: new Date('1990-01-01'), max: new Date('2030-12-31'), noInvalidDate: true }), { nil: undefined }),
        (text, language, day) => {
          const published = day?.toISOString().slice(0, 10);
          const { candidates } = suggestEvents({ text, language, dataset, ...(published ? { published } : {}) });
          checkInvariants(text, candidates);
        },
      ),
      { numRuns: 60 },
    );
  });
});
