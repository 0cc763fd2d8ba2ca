/**
 * Citations of an event and of a quote, against examples written out by hand: Chicago
 * (17th ed., bibliography entry for web content), CSL-JSON and BibTeX for biblatex.
 */
import { describe, expect, it } from 'vitest';
import { bibtexEscape, formatCitation, toBibtex, toCslJson, type CitationInput } from '../../../src/interop/citation.ts';
import { parseEdtf } from '../../../src/model/edtf.ts';

const BASE = 'https://news.example/aukus/';

const dataset: CitationInput['dataset'] = {
  title: 'The AUKUS rift',
  description: 'How a pact cost France a contract.',
  language: 'en',
  sources: [
    // As the AUKUS sources are: a title and a file, nothing more.
    { id: 'paris-meeting', title: 'Macron and Blinken meet in Paris', file: 'sources/paris-meeting.txt' },
    {
      id: 'wire-story',
      title: 'Allies & rivals: 100% "reset" {draft}',
      file: 'sources/wire-story.txt',
      url: 'https://news.example/2021/09/17/reset_story',
      publisher: 'Example News',
      author: ['Ann Smith', 'Bo Li', 'Chloé Durand'],
      published: '2021-09-17',
    },
    { id: 'column', title: 'Why now?', file: 'sources/column.txt', author: 'Ann Smith', published: '2021-09' },
  ],
  actors: [{ id: 'antony-blinken', name: 'Antony Blinken', kind: 'person', country: 'US' }],
};

function parsed(date: string) {
  const result = parseEdtf(date);
  if (!result.ok) throw new Error(result.reason);
  return result.value;
}

function eventInput(id: string, title: string, date: string, extra: Partial<CitationInput> = {}): CitationInput {
  return {
    dataset,
    event: { id, title, parsedDate: parsed(date), status: 'occurred', summary: `Summary of ${id}.` },
    urls: { timeline: BASE, event: `${BASE}?event=${id}` },
    accessed: '2025-05-04',
    ...extra,
  };
}

describe('the citation of an event (Chicago)', () => {
  it('a day', () => {
    expect(formatCitation(eventInput('aukus-announced', 'AUKUS is announced', '2021-09-15'))).toBe(
      '“AUKUS is announced.” The AUKUS rift. Timeline entry dated September 15, 2021. Accessed May 4, 2025. https://news.example/aukus/?event=aukus-announced.',
    );
  });

  it('a month, planned, from a story with a publisher', () => {
    const input = eventInput('talks-resume', 'Talks resume', '2021-10', { dataset: { ...dataset, publisher: 'Example Desk' } });
    input.event.status = 'planned';
    expect(formatCitation(input)).toBe(
      '“Talks resume.” The AUKUS rift. Example Desk. Timeline entry dated October 2021 (planned). Accessed May 4, 2025. https://news.example/aukus/?event=talks-resume.',
    );
  });

  it('an uncertain day and an approximate one, with Chicago’s “?” and “ca.”', () => {
    expect(formatCitation(eventInput('meeting', 'Macron and Blinken meet', '2021-10-05?'))).toBe(
      '“Macron and Blinken meet.” The AUKUS rift. Timeline entry dated October 5, 2021? Accessed May 4, 2025. https://news.example/aukus/?event=meeting.',
    );
    expect(formatCitation(eventInput('talk', 'Talk', '2021-09-20~'))).toContain('Timeline entry dated ca. September 20, 2021.');
  });

  it('an interval, a window and open windows', () => {
    const dated = (date: string) => /dated (.*?)\.? Accessed/.exec(formatCitation(eventInput('x', 'X', date)))?.[1];
    expect(dated('2021-10-05/2021-10-06')).toBe('October 5–6, 2021');
    expect(dated('2021-09-30/2021-10-02')).toBe('September 30–October 2, 2021');
    expect(dated('2021-12/2022-02')).toBe('December 2021–February 2022');
    expect(dated('2021-09-15/2021-10-05?')).toBe('September 15, 2021 – October 5, 2021?');
    expect(dated('[2021-09-15..2021-09-26]')).toBe('between September 15 and 26, 2021');
    expect(dated('[..2021-10-05]')).toBe('on or before October 5, 2021');
    expect(dated('[2021-09..]')).toBe('on or after September 2021');
    expect(dated('-0043-03-15')).toBe('March 15, 44 BCE');
  });

  it('a title that ends in its own mark keeps it, with no period added', () => {
    expect(formatCitation(eventInput('why', 'Why now?', '2021'))).toMatch(/^“Why now\?” The AUKUS rift\. Timeline entry dated 2021\./);
  });
});

describe('the citation of a quote (Chicago): its source, with the words', () => {
  const quoteUrl = `${BASE}?event=blinken-meets-macron&quote=0abc123`;
  const quoting = (quote: CitationInput['quote']) =>
    eventInput('blinken-meets-macron', 'Macron and Blinken meet', '2021-10-05?', {
      quote,
      urls: { timeline: BASE, event: `${BASE}?event=blinken-meets-macron`, quote: quoteUrl },
    });

  it('a speaker quoted in a source without metadata: the source text in the timeline, at the quote’s permalink', () => {
    expect(formatCitation(quoting({ source: 'paris-meeting', text: 'have met on\n Tuesday in Paris', speaker: 'antony-blinken' }))).toBe(
      '“have met on Tuesday in Paris” — Antony Blinken, quoted in “Macron and Blinken meet in Paris.” Source text in The AUKUS rift. Accessed May 4, 2025. https://news.example/aukus/?event=blinken-meets-macron&quote=0abc123.',
    );
  });

  it('a source with its authors, publisher, day and address', () => {
    expect(formatCitation(quoting({ source: 'wire-story', text: 'a 50% "reset" & more' }))).toBe(
      '“a 50% "reset" & more” — Ann Smith, Bo Li, and Chloé Durand. “Allies & rivals: 100% "reset" {draft}.” Example News, September 17, 2021. Accessed May 4, 2025. https://news.example/2021/09/17/reset_story.',
    );
  });

  it('a source with one author and a month but no publisher or address', () => {
    expect(formatCitation(quoting({ source: 'column', text: 'not now' }))).toBe(
      '“not now” — Ann Smith. “Why now?” September 2021. Source text in The AUKUS rift. Accessed May 4, 2025. https://news.example/aukus/?event=blinken-meets-macron&quote=0abc123.',
    );
  });
});

describe('CSL-JSON', () => {
  it('the timeline and the event as an entry in it, dated to the day', () => {
    expect(toCslJson(eventInput('aukus-announced', 'AUKUS is announced', '2021-09-15'))).toEqual([
      {
        id: 'timeline:the-aukus-rift',
        type: 'webpage',
        title: 'The AUKUS rift',
        abstract: 'How a pact cost France a contract.',
        language: 'en',
        URL: 'https://news.example/aukus/',
        accessed: { 'date-parts': [[2025, 5, 4]] },
      },
      {
        id: 'event:aukus-announced',
        type: 'entry',
        title: 'AUKUS is announced',
        'container-title': 'The AUKUS rift',
        abstract: 'Summary of aukus-announced.',
        issued: { 'date-parts': [[2021, 9, 15]] },
        language: 'en',
        URL: 'https://news.example/aukus/?event=aukus-announced',
        accessed: { 'date-parts': [[2025, 5, 4]] },
      },
    ]);
  });

  it('dates at their precision: a month, a year, circa for a qualified date, two date-parts for an interval or a window, words for an open window', () => {
    const issued = (date: string) => toCslJson(eventInput('x', 'X', date))[1]?.issued;
    expect(issued('2021-10')).toEqual({ 'date-parts': [[2021, 10]] });
    expect(issued('2016')).toEqual({ 'date-parts': [[2016]] });
    expect(issued('2021-10-05?')).toEqual({ 'date-parts': [[2021, 10, 5]], circa: true });
    expect(issued('2021-10-05/2021-10-06')).toEqual({
      'date-parts': [
        [2021, 10, 5],
        [2021, 10, 6],
      ],
    });
    expect(issued('[2021-09-15..2021-09-26]')).toEqual({
      'date-parts': [
        [2021, 9, 15],
        [2021, 9, 26],
      ],
    });
    expect(issued('[..2021-10-05]')).toEqual({ literal: 'on or before October 5, 2021' });
    // CSL has no year zero: astronomical -0043 is 44 BC, -44.
    expect(issued('-0043-03-15')).toEqual({ 'date-parts': [[-44, 3, 15]] });
  });

  it('a quote: its source as a newspaper article when its publisher is known, the words and speaker in the note', () => {
    const input = eventInput('meeting', 'Meeting', '2021-10', {
      quote: { source: 'wire-story', text: 'a 50% "reset" & more', speaker: 'antony-blinken' },
      urls: { timeline: BASE, event: `${BASE}?event=meeting`, quote: `${BASE}?event=meeting&quote=0abc123` },
    });
    const [, event, source] = toCslJson(input);
    expect(event?.URL).toBe('https://news.example/aukus/?event=meeting');
    expect(source).toEqual({
      id: 'source:wire-story',
      type: 'article-newspaper',
      title: 'Allies & rivals: 100% "reset" {draft}',
      author: [{ literal: 'Ann Smith' }, { literal: 'Bo Li' }, { literal: 'Chloé Durand' }],
      'container-title': 'Example News',
      publisher: 'Example News',
      issued: { 'date-parts': [[2021, 9, 17]] },
      language: 'en',
      note: 'Quoted: “a 50% "reset" & more” (Antony Blinken). https://news.example/aukus/?event=meeting&quote=0abc123',
      URL: 'https://news.example/2021/09/17/reset_story',
      accessed: { 'date-parts': [[2025, 5, 4]] },
    });
  });

  it('a quote from a source with no metadata: a document, with no address of its own', () => {
    const input = eventInput('meeting', 'Meeting', '2021-10', {
      quote: { source: 'paris-meeting', text: 'have met' },
      urls: { timeline: BASE, event: `${BASE}?event=meeting`, quote: `${BASE}?event=meeting&quote=0abc123` },
    });
    expect(toCslJson(input)[2]).toEqual({
      id: 'source:paris-meeting',
      type: 'document',
      title: 'Macron and Blinken meet in Paris',
      language: 'en',
      note: 'Quoted: “have met”. https://news.example/aukus/?event=meeting&quote=0abc123',
      accessed: { 'date-parts': [[2025, 5, 4]] },
    });
  });
});

describe('BibTeX (biblatex)', () => {
  it('escapes { } % & $ # _ ~ ^ \\ and keeps other characters as UTF-8', () => {
    expect(bibtexEscape('Talks #2 & the $37bn deal: 50% {off} ~ ^ \\ _ — “Élysée”')).toBe(
      'Talks \\#2 \\& the \\$37bn deal: 50\\% \\{off\\} \\textasciitilde{} \\textasciicircum{} \\textbackslash{} \\_ — “Élysée”',
    );
  });

  it('an event: the timeline and the entry, its EDTF date as biblatex reads it', () => {
    expect(toBibtex(eventInput('meeting', 'Macron & Blinken meet: 100% {reset}', '2021-10-05?'))).toBe(
      [
        '@online{timeline:the-aukus-rift,',
        '  title = {The AUKUS rift},',
        '  url = {https://news.example/aukus/},',
        '  urldate = {2025-05-04}',
        '}',
        '',
        '@online{event:meeting,',
        '  title = {Macron \\& Blinken meet: 100\\% \\{reset\\}},',
        '  date = {2021-10-05?},',
        '  note = {Entry in the timeline “The AUKUS rift”},',
        '  url = {https://news.example/aukus/?event=meeting},',
        '  urldate = {2025-05-04}',
        '}',
        '',
      ].join('\n'),
    );
  });

  it('an interval and a month keep their EDTF; a window is said in the note', () => {
    const date = (value: string) => / {2}date = \{(.*)\}/.exec(toBibtex(eventInput('x', 'X', value)))?.[1];
    expect(date('2021-10-05/2021-10-06')).toBe('2021-10-05/2021-10-06');
    expect(date('2021-10')).toBe('2021-10');
    expect(date('2021-09-20%')).toBe('2021-09-20%');
    const window = toBibtex(eventInput('x', 'X', '[2021-09-15..2021-09-26]'));
    expect(window).not.toContain('  date = ');
    expect(window).toContain('  note = {Entry in the timeline “The AUKUS rift”, dated between September 15 and 26, 2021},');
  });

  it('a quote with its source’s metadata: authors whole, title escaped, the address as written', () => {
    const input = eventInput('meeting', 'Meeting', '2021-10', {
      dataset: { ...dataset, publisher: 'Example Desk' },
      quote: { source: 'wire-story', text: 'a 50% "reset" & more', speaker: 'antony-blinken' },
      urls: { timeline: BASE, event: `${BASE}?event=meeting`, quote: `${BASE}?event=meeting&quote=0abc123` },
    });
    expect(toBibtex(input).split('\n\n')[2]).toBe(
      [
        '@online{source:wire-story,',
        '  author = {{Ann Smith} and {Bo Li} and {Chloé Durand}},',
        '  title = {Allies \\& rivals: 100\\% "reset" \\{draft\\}},',
        '  organization = {Example News},',
        '  date = {2021-09-17},',
        '  note = {Quoted: “a 50\\% "reset" \\& more” (Antony Blinken). https://news.example/aukus/?event=meeting\\&quote=0abc123},',
        '  url = {https://news.example/2021/09/17/reset_story},',
        '  urldate = {2025-05-04}',
        '}',
        '',
      ].join('\n'),
    );
  });

  it('a quote from a source without metadata: @misc with the quote’s permalink in the note', () => {
    const input = eventInput('meeting', 'Meeting', '2021-10', {
      quote: { source: 'paris-meeting', text: 'have met' },
      urls: { timeline: BASE, event: `${BASE}?event=meeting`, quote: `${BASE}?event=meeting&quote=0abc123` },
    });
    expect(toBibtex(input).split('\n\n')[2]).toBe(
      [
        '@misc{source:paris-meeting,',
        '  title = {Macron and Blinken meet in Paris},',
        '  note = {Quoted: “have met”. https://news.example/aukus/?event=meeting\\&quote=0abc123}',
        '}',
        '',
      ].join('\n'),
    );
  });
});
