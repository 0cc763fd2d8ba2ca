/**
 * A sentence with no date words takes its paragraph's last date (src/suggest/index.ts, header):
 * in the same paragraph, in the same tense, and unless a sentence naming another time stands
 * between; the lede's date serves the first paragraph. Every sentence here is our own, not
 * from the shipped sources. Published Thursday 10 March 2022: "on Tuesday" is 2022-03-08?.
 */
import { describe, expect, it } from 'vitest';
import { suggestEvents, type Candidate } from '../../../src/suggest/index.ts';

const PUBLISHED = '2022-03-10';
const run = (text: string, language: 'en' | 'fr' = 'en', published: string | undefined = PUBLISHED) =>
  suggestEvents({ text, language, ...(published ? { published } : {}) }).candidates;
/** The candidate whose quote starts with `start`. */
const at = (candidates: Candidate[], start: string): Candidate => {
  const found = candidates.find((c) => c.quote.text.startsWith(start));
  if (!found) throw new Error(`no candidate starting "${start}": ${candidates.map((c) => c.quote.text).join(' | ')}`);
  return found;
};

describe("a sentence with no date takes its paragraph's last date", () => {
  const text =
    'Foreign Minister Ana Ruiz met her Chilean counterpart, Tomás Vidal, in Santiago on Tuesday. ' +
    'Ruiz signed a memorandum on fishing quotas with Vidal. Vidal told reporters the quotas were fair.';

  it('as inferred, its span the words that gave the date, and a note that says so', () => {
    const candidates = run(text);
    expect(at(candidates, 'Foreign Minister').date).toMatchObject({ edtf: '2022-03-08?', text: 'on Tuesday' });
    for (const start of ['Ruiz signed', 'Vidal told']) {
      const date = at(candidates, start).date!;
      expect(date).toMatchObject({ edtf: '2022-03-08?', dateBasis: 'inferred', text: 'on Tuesday' });
      expect(text.slice(date.start, date.end)).toBe(date.text);
      expect(date.dateNote).toBe("No date in the sentence; the paragraph's last date, 'on Tuesday' (2022-03-08?), taken as its context");
      expect(at(candidates, start).reasons).toContain("no date in the sentence: the paragraph's date taken as its context");
    }
  });

  it('not across a paragraph break (a blank line)', () => {
    const candidates = run(text.replace('. Ruiz signed', '.\n\nRuiz signed'));
    // The second paragraph has no date of its own to lean on.
    expect(at(candidates, 'Ruiz signed').date?.edtf).toBe('[..2022-03-10]');
    expect(at(candidates, 'Vidal told').date?.edtf).toBe('[..2022-03-10]');
  });

  it('not across a line break when the text has no blank line: a line is a paragraph', () => {
    const candidates = run(text.replace('. Ruiz signed', '.\nRuiz signed'));
    expect(at(candidates, 'Ruiz signed').date?.edtf).toBe('[..2022-03-10]');
  });

  it('not across a change of tense, past to future', () => {
    const candidates = run(
      'Ana Ruiz met Tomás Vidal in Santiago on Tuesday. Ruiz will travel to Lima to sign a port agreement. Vidal praised the visit.',
    );
    expect(at(candidates, 'Ruiz will').date).toMatchObject({ edtf: '[2022-03-10..]', dateBasis: 'inferred' });
    // The change of tense breaks the chain: the past after it does not go back to Tuesday.
    expect(at(candidates, 'Vidal praised').date?.edtf).toBe('[..2022-03-10]');
  });

  it('in the future, from a future date', () => {
    const candidates = run('Ana Ruiz will meet Tomás Vidal in Lima on Monday. Ruiz will sign a port agreement with Peru.');
    expect(at(candidates, 'Ana Ruiz will').date?.edtf).toBe('2022-03-14?');
    expect(at(candidates, 'Ruiz will sign').date).toMatchObject({ edtf: '2022-03-14?', dateBasis: 'inferred' });
  });

  it('not across a sentence that names another time ("in 2016", "last year")', () => {
    for (const other of ['Chile and Spain signed a first accord in 2016.', 'Chile and Spain signed a first accord last year.']) {
      const candidates = run(`Ana Ruiz met Tomás Vidal in Santiago on Tuesday. ${other} Vidal praised the accord.`);
      expect(at(candidates, 'Vidal praised').date?.edtf).toBe('[..2022-03-10]');
    }
  });

  it('not across a sentence whose only date is a subordinate clause ("a deal signed in 2016")', () => {
    const candidates = run(
      'Ana Ruiz met Tomás Vidal in Santiago on Tuesday. Vidal praised an accord signed by Spain in 2016. Ruiz thanked Vidal for his welcome.',
    );
    expect(at(candidates, 'Ruiz thanked').date?.edtf).toBe('[..2022-03-10]');
  });

  it('the latest date of the paragraph, not the first', () => {
    const candidates = run('Ana Ruiz arrived in Santiago on Monday. She met Tomás Vidal on Wednesday. Vidal praised the talks.');
    expect(at(candidates, 'Vidal praised').date?.edtf).toBe('2022-03-09?');
  });

  it('not when the date does not suit the tense: a sentence in the past is not dated after publication', () => {
    const candidates = run('Ana Ruiz is in Lima through Saturday for a fisheries forum. Tomás Vidal criticised the quotas.');
    expect(at(candidates, 'Tomás Vidal').date?.edtf).toBe('[..2022-03-10]');
  });

  it('in French too', () => {
    const candidates = run(
      'La ministre Ana Ruiz a rencontré son homologue Tomás Vidal à Santiago mardi. Mme Ruiz a signé un mémorandum sur la pêche.',
      'fr',
    );
    expect(at(candidates, 'Mme Ruiz').date).toMatchObject({ edtf: '2022-03-08?', dateBasis: 'inferred', text: 'mardi' });
  });

  it('with no publication day, a stated date is still carried', () => {
    const candidates = run(
      'Ana Ruiz met Tomás Vidal in Santiago on 8 March 2022. Ruiz signed a memorandum on fishing quotas.',
      'en',
      undefined,
    );
    expect(at(candidates, 'Ruiz signed').date).toMatchObject({ edtf: '2022-03-08', dateBasis: 'inferred' });
  });
});

describe("the lede's date", () => {
  it("a headline's date is the context of the first paragraph, and only of it", () => {
    const text =
      'Ruiz and Vidal meet in Santiago on Tuesday\n\n' +
      'Foreign Minister Ana Ruiz signed a memorandum on fishing quotas with Tomás Vidal. Vidal praised the accord.\n\n' +
      'Ruiz thanked Vidal for his welcome.';
    const candidates = run(text);
    for (const start of ['Foreign Minister', 'Vidal praised']) {
      const date = at(candidates, start).date!;
      expect(date).toMatchObject({ edtf: '2022-03-08?', dateBasis: 'inferred', text: 'on Tuesday' });
      expect(date.dateNote).toBe(
        "No date in the sentence; the article's first date, in its first paragraph, 'on Tuesday' (2022-03-08?), taken as its context",
      );
    }
    expect(at(candidates, 'Ruiz thanked').date?.edtf).toBe('[..2022-03-10]');
  });

  it('the first dated sentence of the first paragraph dates the sentences before it', () => {
    const candidates = run(
      'Foreign Minister Ana Ruiz signed a memorandum on fishing quotas with Tomás Vidal. The two met in Santiago on Tuesday.',
    );
    expect(at(candidates, 'Foreign Minister').date).toMatchObject({ edtf: '2022-03-08?', dateBasis: 'inferred' });
  });

  it('not when the first date names another time', () => {
    const candidates = run('Chile and Spain signed a first accord in 2016.\n\nForeign Minister Ana Ruiz praised the accord on fishing.');
    expect(at(candidates, 'Foreign Minister').date?.edtf).toBe('[..2022-03-10]');
  });
});
