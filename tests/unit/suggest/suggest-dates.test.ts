/** Date expressions and how they are resolved against the publication date (issue 16), in English and French. */
import { describe, expect, it } from 'vitest';
import { parseEdtf } from '../../../src/model/edtf.ts';
import { findDates, parseAnchor } from '../../../src/suggest/dates.ts';

// Wednesday 6 October 2021.
const anchor = parseAnchor('2021-10-06');

function datesOf(text: string, language: 'en' | 'fr' = 'en', noAnchor = false) {
  const at = noAnchor ? undefined : anchor;
  const notes: string[] = [];
  const dates = findDates(text, 0, text.length, language, at, notes);
  for (const d of dates) {
    expect(text.slice(d.start, d.end)).toBe(d.text);
    expect(parseEdtf(d.edtf).ok).toBe(true);
  }
  return { dates, notes };
}
const one = (text: string, language: 'en' | 'fr' = 'en') => {
  const { dates } = datesOf(text, language);
  expect(dates).toHaveLength(1);
  return dates[0]!;
};

describe('findDates, English', () => {
  it('a day without a year takes the year that puts it on or before the anchor: stated', () => {
    const d = one('Following the announcement on September 15 of a pact, they met.');
    expect(d).toMatchObject({ text: 'September 15', edtf: '2021-09-15', dateBasis: 'stated' });
    expect(d.dateNote).toContain("'September 15'");
    expect(one('They spoke on December 20.').edtf).toBe('2020-12-20');
  });

  it('a full date, a month and a year at their own precision', () => {
    expect(one('In a phone chat on September 22, 2021, they agreed.').edtf).toBe('2021-09-22');
    expect(one('The deal was first drafted in May 2020.').edtf).toBe('2020-05');
    expect(one('A deal signed by Australia in 2016 for France to build 12 submarines.')).toMatchObject({
      text: '2016',
      edtf: '2016',
      dateBasis: 'stated',
    });
  });

  it('a weekday in the past is the last such day on or before the anchor, marked uncertain', () => {
    const d = one('Macron and Blinken met in Paris on Tuesday.');
    expect(d).toMatchObject({ text: 'on Tuesday', edtf: '2021-10-05?', dateBasis: 'relative' });
    expect(d.dateNote).toBe(
      "'on Tuesday', the Tuesday on or before publication (2021-10-06): 2021-10-05; a weekday without its week, so marked uncertain (?)",
    );
    expect(one('They talked on Saturday.').edtf).toBe('2021-10-02?');
    expect(one('They talked on Wednesday.').edtf).toBe('2021-10-06?');
  });

  it('a weekday in the future, or after "through", is on or after the anchor; "last Monday" strictly before', () => {
    expect(one('Blinken is in Paris through Wednesday.').edtf).toBe('2021-10-06?');
    expect(one('They will meet on Friday.').edtf).toBe('2021-10-08?');
    expect(one('They met last Wednesday.').edtf).toBe('2021-09-29?');
  });

  it('"last week", "this week", "earlier this week", "later this week" are windows', () => {
    expect(one('The pact brokered last week ended the deal.')).toMatchObject({ edtf: '[2021-09-27..2021-10-03]', dateBasis: 'relative' });
    expect(one('France cancelled the meeting this week.').edtf).toBe('[2021-10-04..2021-10-06]');
    expect(one('They met earlier this week.').edtf).toBe('[2021-10-04..2021-10-05]');
    expect(one('They will meet later this week.').edtf).toBe('[2021-10-07..2021-10-10]');
  });

  it('"later this month", "at the end of this month", "this month", "last month", "last year"', () => {
    expect(one('Biden and Macron meet later this month.').edtf).toBe('[2021-10-07..2021-10-31]');
    expect(one('They meet at the end of this month.').edtf).toBe('[2021-10-21..2021-10-31]');
    expect(one('Talks resumed this month.').edtf).toBe('2021-10');
    expect(one('Talks stalled last month.').edtf).toBe('2021-09');
    expect(one('Talks stalled last year.').edtf).toBe('2020');
  });

  it('"yesterday", "three days ago", "a few days after"', () => {
    expect(one('He spoke yesterday.')).toMatchObject({ edtf: '2021-10-05', dateBasis: 'relative' });
    expect(one('He spoke three days ago.').edtf).toBe('2021-10-03');
    const few = one('The talks came a few days after Biden declared willingness to repair the damage.');
    expect(few).toMatchObject({ text: 'a few days after', edtf: '[2021-09-22..2021-10-06]', dateBasis: 'relative' });
    expect(few.dateNote).toContain('another event');
  });

  it('"now" dates nothing', () => {
    expect(datesOf('There is now a very important opportunity.').dates).toEqual([]);
  });

  it('with no anchor, relative dates are not resolved and a note says so; absolute ones still are', () => {
    const { dates, notes } = datesOf(
      'On Tuesday they met; on September 22 they spoke; last week they argued; in 2016 they signed.',
      'en',
      true,
    );
    expect(dates.map((d) => d.edtf)).toEqual(['2016']);
    expect(notes).toHaveLength(3);
    expect(notes.join('\n')).toContain("'On Tuesday' is a weekday and no publication date was given: not resolved");
    expect(datesOf('They met on September 22, 2021.', 'en', true).dates[0]?.edtf).toBe('2021-09-22');
  });
});

describe('findDates, French', () => {
  it('a day, a month, a year', () => {
    expect(one("Après l'annonce du 15 septembre, ils se sont vus.", 'fr')).toMatchObject({ edtf: '2021-09-15', dateBasis: 'stated' });
    expect(one('Ils se sont parlé le 22 septembre 2021.', 'fr').edtf).toBe('2021-09-22');
    expect(one('Le contrat a été signé en 2016.', 'fr')).toMatchObject({ text: '2016', edtf: '2016' });
  });

  it('a weekday: "mardi" before the anchor, uncertain', () => {
    expect(one('Emmanuel Macron a reçu Antony Blinken mardi à Paris.', 'fr')).toMatchObject({
      text: 'mardi',
      edtf: '2021-10-05?',
      dateBasis: 'relative',
    });
    expect(one('Ils se sont vus lundi dernier.', 'fr').edtf).toBe('2021-10-04?');
  });

  it('"la semaine dernière", "cette semaine", "plus tard ce mois-ci", "quelques jours après", "hier"', () => {
    expect(one('Le pacte conclu la semaine dernière.', 'fr').edtf).toBe('[2021-09-27..2021-10-03]');
    expect(one('La réunion a été annulée cette semaine.', 'fr').edtf).toBe('[2021-10-04..2021-10-06]');
    expect(one('Ils doivent se rencontrer plus tard ce mois-ci.', 'fr').edtf).toBe('[2021-10-07..2021-10-31]');
    expect(one('Les discussions sont venues quelques jours après la déclaration.', 'fr').edtf).toBe('[2021-09-22..2021-10-06]');
    expect(one('Il a parlé hier.', 'fr').edtf).toBe('2021-10-05');
  });
});
