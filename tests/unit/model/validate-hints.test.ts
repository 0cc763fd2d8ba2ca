import { describe, expect, it } from 'vitest';
import { formatProblem, normalizeWhiteSpace, validateDataset, type ValidateOptions } from '../../../src/model/validate.ts';
import { typographyOf } from '../../../src/model/typography.ts';

const SOURCE_TEXTS = {
  'sources/statement.txt': 'Knight Lab’s timeline – a “tool” for 2021–2022… and more.',
};

function dataset() {
  return {
    schemaVersion: 1,
    title: 'Test timeline',
    sources: [{ id: 'statement', title: 'Statement', file: 'sources/statement.txt' }],
    actors: [
      { id: 'knight-lab', name: 'Knight Lab', kind: 'organization', country: 'US' },
      { id: 'minister', name: 'The minister', kind: 'person' },
    ],
    events: [
      {
        id: 'announcement',
        title: 'Announcement',
        date: '2021-09-15',
        dateBasis: 'stated',
        dateNote: 'Dated.',
        status: 'occurred',
        countries: ['FR'],
        actors: ['knight-lab'],
        summary: 'Something.',
        quotes: [{ source: 'statement', text: 'Knight Lab’s timeline', speaker: 'knight-lab' }],
      },
      {
        id: 'reaction',
        title: 'Reaction',
        date: '2021-09-16',
        dateBasis: 'stated',
        dateNote: 'Dated.',
        status: 'occurred',
        countries: ['GB'],
        actors: ['minister'],
        summary: 'Something else.',
        quotes: [{ source: 'statement', text: 'a “tool”', speaker: 'minister' }],
        related: [{ event: 'announcement', type: 'responds-to' }],
      },
    ],
    path: [{ event: 'announcement' }, { event: 'reaction' }],
  };
}

type Data = ReturnType<typeof dataset> & Record<string, unknown>;

function problemsAfter(change: (data: Data) => void, options: ValidateOptions = { sourceTexts: SOURCE_TEXTS }): string[] {
  const data = dataset() as Data;
  change(data);
  return validateDataset(data, options).problems.map(formatProblem);
}

const event = (data: Data, index: number) => data.events[index] as Data['events'][number] & Record<string, unknown>;

describe('did you mean', () => {
  it('is valid as it stands', () => {
    expect(problemsAfter(() => {})).toEqual([]);
  });

  it('names the id a reference was meant for', () => {
    expect(
      problemsAfter((data) => {
        event(data, 0).actors = ['knigth-lab'];
        event(data, 0).quotes[0]!.speaker = 'knight-lba';
        event(data, 1).quotes[0]!.source = 'statment';
        event(data, 1).related = [{ event: 'anouncement', type: 'responds-to' }];
        data.path[1]!.event = 'reactoin';
      }),
    ).toEqual([
      'events[0].actors[0]: no actor has the id "knigth-lab": did you mean "knight-lab"?',
      'events[0].quotes[0].speaker: no actor has the id "knight-lba": did you mean "knight-lab"?',
      'events[1].quotes[0].source: no source has the id "statment": did you mean "statement"?',
      'events[1].related[0].event: no event has the id "anouncement": did you mean "announcement"?',
      'path[1].event: no event has the id "reactoin": a path step names an event of this story by its id: did you mean "reaction"?',
    ]);
  });

  it('says nothing more when no id is close', () => {
    expect(problemsAfter((data) => void (event(data, 0).actors = ['somebody-else']))).toEqual([
      'events[0].actors[0]: no actor has the id "somebody-else"',
    ]);
  });

  it('adds the hint to a shape problem on the same value', () => {
    expect(problemsAfter((data) => void (event(data, 0).actors = ['Knight-Lab']))).toEqual([
      'events[0].actors[0]: must be a slug of lower-case letters, digits and single hyphens, e.g. "blinken-meets-macron": did you mean "knight-lab"?',
    ]);
  });

  it('names the country code meant: capitals, or the code of an alias', () => {
    expect(
      problemsAfter((data) => {
        event(data, 0).countries = ['fr', 'UK', 'QM', 'qm'];
        data.actors[0]!.country = 'SU';
      }),
    ).toEqual([
      'events[0].countries[0]: must be an ISO 3166-1 alpha-2 code in capitals, e.g. "FR": did you mean "FR" (France)?',
      'events[0].countries[3]: must be an ISO 3166-1 alpha-2 code in capitals, e.g. "FR": did you mean "QM"?',
      'actors[0].country: "SU" is not an ISO 3166-1 alpha-2 code: did you mean "RU" (Russia)?',
      'events[0].countries[1]: "UK" is not an ISO 3166-1 alpha-2 code: did you mean "GB" (United Kingdom)?',
    ]);
  });

  it('names the source file meant among the texts given', () => {
    expect(problemsAfter((data) => void (data.sources[0]!.file = 'sources/statment.txt'))).toEqual([
      'sources[0].file: no text was given for "sources/statment.txt": did you mean "sources/statement.txt"?',
    ]);
  });

  it('adds the EDTF a refused date probably means', () => {
    expect(
      problemsAfter((data) => {
        event(data, 0).date = 'Sept 5 2021';
        event(data, 1).date = '05/09/2021';
      }),
    ).toEqual([
      expect.stringMatching(/^events\[0\]\.date: "Sept 5 2021" contains white space: .*: did you mean "2021-09-05"\?$/),
      expect.stringMatching(/^events\[1\]\.date: .*: did you mean "2021-09-05" \(day first\) or "2021-05-09" \(month first\)\?$/),
    ]);
  });
});

describe('quotes that differ from their source by typography only', () => {
  it('names the characters to change, once a pair, with the words around them', () => {
    expect(
      problemsAfter((data) => {
        event(data, 0).quotes[0]!.text = 'Knight Lab\'s timeline - a "tool" for 2021-2022...';
      }),
    ).toEqual([
      'events[0].quotes[0].text: not found verbatim in source "statement" (white space aside): the source writes ’ (U+2019) where the quote has \' (U+0027) at "Knight Lab\'s", and – (U+2013) where the quote has - (U+002D) at "timeline -", and “ (U+201C) where the quote has " (U+0022) at "a \\"tool\\"", and 2 more: copy the source\'s characters',
    ]);
  });

  it('says so as before when the quote is not there even folded', () => {
    expect(problemsAfter((data) => void (event(data, 0).quotes[0]!.text = 'Knight Lab’s calendar'))).toEqual([
      'events[0].quotes[0].text: not found verbatim in source "statement" (white space aside): the source has "Knight Lab’s " but not what follows, "calendar"',
    ]);
  });

  it('handles an ellipsis against three dots, both ways', () => {
    const describe = typographyOf(normalizeWhiteSpace('It ends... or… not'));
    expect(describe('It ends…')).toBe(
      'the source writes ... (U+002E U+002E U+002E) where the quote has … (U+2026) at "It ends…": copy the source\'s characters',
    );
    expect(describe('or... not')).toBe(
      'the source writes … (U+2026) where the quote has ... (U+002E U+002E U+002E) at "or...": copy the source\'s characters',
    );
    expect(describe('It ends... or… not')).toBeUndefined();
    expect(describe('nowhere')).toBeUndefined();
  });
});

describe('all problems in one pass', () => {
  it('reports a bad relation type, a speaker typo, a dangling related id and a bad event id at once', () => {
    const problems = problemsAfter((data) => {
      event(data, 1).related = [{ event: 'announcment', type: 'answers' }];
      event(data, 0).quotes[0]!.speaker = 'knigth-lab';
      event(data, 1).id = 'Reaction!';
      data.path = [];
    });
    expect(problems).toEqual([
      'events[1].id: must be a slug of lower-case letters, digits and single hyphens, e.g. "blinken-meets-macron"',
      'events[1].related[0].type: expected one of "causes", "responds-to", "follows-up", "context" but got "answers"',
      'events[0].quotes[0].speaker: no actor has the id "knigth-lab": did you mean "knight-lab"?',
      'events[1].related[0].event: no event has the id "announcment": did you mean "announcement"?',
    ]);
  });
});
