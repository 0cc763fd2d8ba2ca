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

describe('speaker by pronoun', () => {
  it('"he"/"she" after a person named in the same paragraph is that person, with the reason', () => {
    const text = 'Health Minister Tomas Lindqvist visited the clinic in Malmö on Monday. He also said the budget would rise next year.';
    const second = en(text)[1];
    expect(second?.speaker?.name).toBe('Tomas Lindqvist');
    expect(second?.speaker?.text).toBe('He');
    expect(second?.reasons).toContain('speaker by pronoun');
  });
  it('"il a ajouté" and "a-t-elle déclaré" in French; "they" for the last government', () => {
    const text = 'La maire de Lyon, Sophie Marchal, a inauguré le pont jeudi. Elle a ajouté que les travaux reprendraient en avril 2024.';
    expect(fr(text)[1]?.speaker?.name).toBe('Sophie Marchal');
    const they = en('The Australian government approved the plan on Friday. They said the road would open in 2025.')[1];
    expect(they?.speaker?.kind).toBe('government');
  });
  it('no one named before it in the paragraph: no speaker', () => {
    const text = 'Tomas Lindqvist visited the clinic on Monday.\n\nHe said the budget would rise next year.';
    const second = en(text).find((c) => c.quote.text.startsWith('He'));
    expect(second?.speaker).toBeUndefined();
  });
});

describe('a clause that dates an event of its own', () => {
  it('"a treaty signed by both countries in 1998" and "since 2015" each give a candidate with their clause and date', () => {
    const candidates = en(
      'The ministers on Tuesday scrapped a treaty signed by both countries in 1998, the first such move since 2015.',
      '2023-05-12',
    );
    expect(candidates.map((c) => [c.quote.text, c.date?.edtf])).toEqual([
      ['The ministers on Tuesday scrapped a treaty signed by both countries in 1998, the first such move since 2015.', '2023-05-09?'],
      ['The ministers on Tuesday scrapped a treaty signed by both countries in 1998', '1998'],
      ['the first such move since 2015', '2015'],
    ]);
    expect(candidates[1]?.reasons).toContain('a clause that dates an event of its own');
  });
  it('a clause read alone: a past weekday stays past in a sentence about the future ("un rapport publié lundi, … se réuniront")', () => {
    const candidates = fr('Selon un rapport publié lundi, les deux ministres se réuniront en juin 2023 à Lisbonne.');
    expect(candidates.map((c) => c.date?.edtf)).toEqual(['2023-06', '2023-05-08?']);
    expect(candidates[1]?.quote.text).toBe('Selon un rapport publié lundi');
  });
  it('when only a subordinate clause is dated, the main act is dated by its tense', () => {
    const candidates = fr('Les deux capitales ont annoncé un accord, négocié depuis 2019.');
    expect(candidates.map((c) => c.date?.edtf)).toEqual(['[..2023-05-12]', '2019']);
  });
  it('"officials agreed last week": a main verb, the date stays the sentence’s', () => {
    const candidates = en('Nigerian and Ghanaian officials agreed last week to reopen the ferry link.');
    expect(candidates.map((c) => c.date?.edtf)).toEqual(['[2023-05-01..2023-05-07]']);
  });
});

describe('more actors of news prose', () => {
  it('"Lord"/"Sir" before a surname, and a speaker after an apposition ("X, a former envoy to Y, confirmed")', () => {
    const [candidate] = en('Sir Haldane, a former envoy to Chile, confirmed the vote had been delayed.');
    expect(candidate?.speaker?.name).toBe('Haldane');
  });
  it('"The French have …", "Les Britanniques ont …": the people named by a demonym act through their government', () => {
    const [english] = en('The British have asked repeatedly for a review of the quota.');
    expect(english?.actors.map((a) => [a.text, a.kind])).toEqual([['The British', 'government']]);
    const [french] = fr('Les Espagnols ont demandé une révision des quotas.');
    expect(french?.actors.map((a) => [a.text, a.kind])).toEqual([['Les Espagnols', 'government']]);
    expect(en('The French ambassador left the room.')).toHaveLength(0);
  });
  it('"Officials from the United States agree …": that country’s government', () => {
    const [candidate] = en('Officials from Germany agree that the pipeline needs new checks.');
    expect(candidate?.actors.map((a) => [a.text, a.kind])).toEqual([['Officials from Germany', 'government']]);
  });
});

describe('a sentence whose subject is an event named before', () => {
  it('"The treaty will require …" after a first sentence is kept, though it names no one and no date', () => {
    const text =
      'Chile and Peru signed a fisheries treaty in Lima on Monday.\n\nThe treaty will require both fleets to report their catch.';
    const candidates = en(text, '2023-05-12');
    expect(candidates.map((c) => c.quote.text)).toEqual([
      'Chile and Peru signed a fisheries treaty in Lima on Monday.',
      'The treaty will require both fleets to report their catch.',
    ]);
    expect(fr('Le Chili et le Pérou ont signé un traité lundi. Ce traité prévoit des contrôles communs.')).toHaveLength(2);
  });
  it('not as the first sentence, and not a description of the noun ("The meeting of …")', () => {
    expect(en('The treaty will require both fleets to report their catch.')).toHaveLength(0);
    expect(en('Chile and Peru signed a treaty on Monday. The visit of the fleet will follow.')).toHaveLength(1);
  });
});
