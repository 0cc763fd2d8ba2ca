/**
 * Rules of news prose that keep events the suggester used to leave out: the surname alone of
 * a person named before, a title of address before a surname, a surname that speaks; an act
 * announced by its schedule ("is due to return"); the French simple future and reflexive
 * verbs; a month with its year. Every sentence here is our own, not from the shipped sources.
 */
import { describe, expect, it } from 'vitest';
import { suggestEvents } from '../../../src/suggest/index.ts';
import { findDates, parseAnchor } from '../../../src/suggest/dates.ts';

const en = (text: string, published = '2023-05-12') => suggestEvents({ text, language: 'en', published }).candidates;
const fr = (text: string, published = '2023-05-12') => suggestEvents({ text, language: 'fr', published }).candidates;

describe('a person by the surname alone', () => {
  it('the surname of a person named in full before is that person', () => {
    const candidates = en(
      'The Norwegian minister, Ingrid Halvorsen, opened the fair in Oslo on Monday.\nHalvorsen is due to visit Lagos in June 2024.',
    );
    expect(candidates).toHaveLength(2);
    const [first, second] = [candidates[0]!.actors[0]!, candidates[1]!.actors[0]!];
    expect(first.name).toBe('Ingrid Halvorsen');
    expect([second.text, second.name, second.id]).toEqual(['Halvorsen', 'Ingrid Halvorsen', first.id]);
  });
  it('a title of address before a capitalised word makes it a person ("M. Garnier", "Mrs Adeyemi")', () => {
    const [candidate] = fr('« La porte reste ouverte », a déclaré M. Garnier devant la presse.');
    expect(candidate?.actors.map((a) => a.name)).toEqual(['Garnier']);
    expect(candidate?.speaker?.name).toBe('Garnier');
    expect(en('Mrs Adeyemi signed the lease, officials confirmed.')[0]?.actors.map((a) => a.name)).toContain('Adeyemi');
  });
  it('a lone surname that speaks is a person ("Okonjo said", "Okonjo, who …, said")', () => {
    const [candidate] = en('Okonjo, who chaired the panel, said the vote would be held again.');
    expect(candidate?.actors.map((a) => a.name)).toEqual(['Okonjo']);
    expect(candidate?.speaker?.name).toBe('Okonjo');
  });
  it('a capitalised word that is no name does not become one ("Officials said", "Brazil said")', () => {
    const [candidate] = en('Brazil said the border would reopen on Friday.');
    expect(candidate?.actors.every((a) => a.kind !== 'person')).toBe(true);
  });
});

describe('acts the verb test missed', () => {
  it('an act announced by its schedule: "is due to return", "are set to resume"', () => {
    expect(en('The envoy is due to return to Nairobi later this month.')).toHaveLength(1);
    expect(en('The talks are set to resume next week.')).toHaveLength(1);
  });
  it('the French simple future and reflexive verbs ("se réuniront", "signera")', () => {
    expect(fr('Les deux délégations se réuniront en mars 2024 à Genève.')).toHaveLength(1);
    expect(fr('Le ministère signera la convention en juin 2024.')).toHaveLength(1);
  });
});

describe('a month with its year', () => {
  it('"lancée en mai 2020", "in February 2023": a stated month', () => {
    const text = 'Le programme avait été lancé à Lyon en mai 2020 puis étendu en février 2021.';
    const dates = findDates(text, 0, text.length, 'fr', parseAnchor('2023-05-12'), []);
    expect(dates.map((d) => [d.text, d.edtf])).toEqual([
      ['mai 2020', '2020-05'],
      ['février 2021', '2021-02'],
    ]);
    expect(fr(text)[0]?.date?.edtf).toBe('2020-05');
  });
});
