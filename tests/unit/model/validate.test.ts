import { describe, expect, it } from 'vitest';
import {
  collectSourceFiles,
  formatPath,
  formatProblem,
  isVerbatimIn,
  normalizeWhiteSpace,
  validateDataset,
  type Problem,
  type ValidateOptions,
} from '../../../src/model/validate.ts';

const SOURCE_TEXTS = {
  'sources/statement.txt': 'The ministers “welcome the\ncreation of the partnership” and will meet again.',
  'sources/interview.txt': 'It was “a stab\u00a0in the back”, the minister said.',
};

/** A small valid dataset; each test breaks one thing in a fresh copy. */
function dataset() {
  return {
    schemaVersion: 1,
    title: 'Test timeline',
    sources: [
      { id: 'statement', title: 'Joint statement', file: 'sources/statement.txt' },
      { id: 'interview', title: 'Interview', file: 'sources/interview.txt' },
    ],
    actors: [
      { id: 'minister', name: 'The minister', kind: 'person', country: 'FR' },
      { id: 'government', name: 'The government', kind: 'government' },
    ],
    events: [
      {
        id: 'announcement',
        title: 'Announcement',
        date: '2021-09-15',
        dateBasis: 'stated',
        dateNote: 'Dated in the statement.',
        status: 'occurred',
        countries: ['AU'],
        actors: ['government'],
        summary: 'A partnership is announced.',
        quotes: [{ source: 'statement', text: 'welcome the creation of the partnership', speaker: 'government' }],
      },
      {
        id: 'reaction',
        title: 'Reaction',
        date: '2021-09-16~',
        dateBasis: 'inferred',
        dateNote: 'The day after.',
        status: 'occurred',
        countries: ['FR'],
        actors: ['minister'],
        summary: 'The minister reacts.',
        quotes: [{ source: 'interview', text: '“a stab in the back”', speaker: 'minister' }],
        related: [{ event: 'announcement', type: 'responds-to' }],
      },
    ],
  };
}

type Data = ReturnType<typeof dataset>;

function problemsOf(data: unknown, options?: ValidateOptions): string[] {
  const result = validateDataset(data, options);
  return result.problems.map(formatProblem);
}

function problemsAfter(change: (data: Data) => void, options?: ValidateOptions): string[] {
  const data = dataset();
  change(data);
  return problemsOf(data, options);
}

const withTexts: ValidateOptions = { sourceTexts: SOURCE_TEXTS };

function event(data: Data, index: number) {
  const found = data.events[index];
  if (found === undefined) throw new Error(`no event ${index}`);
  return found as Data['events'][number] & Record<string, unknown>;
}

describe('validateDataset on a valid dataset', () => {
  it('returns the dataset and its events with parsed dates', () => {
    const result = validateDataset(dataset(), withTexts);
    expect(result.ok).toBe(true);
    if (!result.ok) return;
    expect(result.problems).toEqual([]);
    expect(result.dataset.title).toBe('Test timeline');
    expect(result.events.map((parsed) => [parsed.id, parsed.parsedDate.start.precision, parsed.parsedDate.start.approximate])).toEqual([
      ['announcement', 'day', false],
      ['reaction', 'day', true],
    ]);
    expect(result.events[0]?.related).toEqual([]);
  });

  it('accepts the source texts as a Map too', () => {
    expect(validateDataset(dataset(), { sourceTexts: new Map(Object.entries(SOURCE_TEXTS)) }).ok).toBe(true);
  });

  it('does not check quotes without source texts', () => {
    expect(
      problemsAfter((data) => {
        event(data, 0).quotes[0]!.text = 'words nobody said';
      }),
    ).toEqual([]);
  });
});

describe('shape problems', () => {
  it('names the allowed values of a picklist', () => {
    expect(problemsAfter((data) => void (event(data, 0).status = 'done'))).toEqual([
      'events[0].status: expected one of "occurred", "planned" but got "done"',
    ]);
  });

  it('says a missing property is required', () => {
    expect(problemsAfter((data) => void delete (event(data, 1) as Partial<Data['events'][number]>).summary)).toEqual([
      'events[1].summary: is required',
    ]);
  });

  it('names the expected and the received type', () => {
    expect(problemsAfter((data) => void ((event(data, 0).quotes[0] as Record<string, unknown>).text = 42))).toEqual([
      'events[0].quotes[0].text: expected a string but got a number',
    ]);
    // The references to actors are not reported: with no list of actors they cannot be judged.
    expect(problemsAfter((data) => void ((data as Record<string, unknown>).actors = {}))).toEqual([
      'actors: expected an array but got an object',
    ]);
    expect(problemsAfter((data) => void (event(data, 0).tags = null))).toEqual(['events[0].tags: expected an array but got null']);
  });

  it('names the expected schema version (a later one is refused with the fix: schemaVersion.test.ts)', () => {
    expect(problemsAfter((data) => void ((data as Record<string, unknown>).schemaVersion = 0))).toEqual([
      'schemaVersion: expected 1 but got 0',
    ]);
  });

  it('keeps the messages written in the schema', () => {
    expect(problemsAfter((data) => void (data.actors[0]!.id = 'The Minister'))).toContain(
      'actors[0].id: must be a slug of lower-case letters, digits and single hyphens, e.g. "blinken-meets-macron"',
    );
    expect(problemsAfter((data) => void (event(data, 0).countries = ['fr']))).toEqual([
      'events[0].countries[0]: must be an ISO 3166-1 alpha-2 code in capitals, e.g. "FR": did you mean "FR" (France)?',
    ]);
    expect(problemsAfter((data) => void (event(data, 0).title = '   '))).toEqual(['events[0].title: title must not be empty']);
    expect(problemsAfter((data) => void (event(data, 0).quotes = []))).toEqual(['events[0].quotes: must hold at least one quote']);
  });

  it('reports a dataset that is not an object at the root', () => {
    expect(problemsOf([])).toEqual(['(root): expected an object but got an array']);
    expect(problemsOf(null)).toEqual(['(root): expected an object but got null']);
  });

  it('reports every shape problem at once', () => {
    const problems = problemsAfter((data) => {
      event(data, 0).status = 'done';
      event(data, 1).dateBasis = 'guessed';
      data.sources[1]!.title = '';
    });
    expect(problems).toEqual([
      'sources[1].title: title must not be empty',
      'events[0].status: expected one of "occurred", "planned" but got "done"',
      'events[1].dateBasis: expected one of "stated", "relative", "inferred" but got "guessed"',
    ]);
  });
});

describe('dataset-wide rules', () => {
  it('requires unique source ids', () => {
    expect(problemsAfter((data) => void data.sources.push({ id: 'statement', title: 'Again', file: 'sources/again.txt' }))).toEqual([
      'sources[2].id: "statement" is already used by sources[0]',
    ]);
  });

  it('requires unique actor ids', () => {
    expect(problemsAfter((data) => void (data.actors[1]!.id = 'minister'))).toEqual([
      'actors[1].id: "minister" is already used by actors[0]',
      'events[0].actors[0]: no actor has the id "government"',
      'events[0].quotes[0].speaker: no actor has the id "government"',
    ]);
  });

  it('requires unique event ids', () => {
    expect(problemsAfter((data) => void (event(data, 1).id = 'announcement'))).toEqual([
      'events[1].id: "announcement" is already used by events[0]',
      'events[1].related[0].event: an event cannot be related to itself',
    ]);
  });

  it('resolves the actors of an event', () => {
    expect(problemsAfter((data) => void event(data, 0).actors.push('nobody'))).toEqual([
      'events[0].actors[1]: no actor has the id "nobody"',
    ]);
  });

  it('resolves the source of a quote', () => {
    expect(problemsAfter((data) => void (event(data, 0).quotes[0]!.source = 'rumour'))).toEqual([
      'events[0].quotes[0].source: no source has the id "rumour"',
    ]);
  });

  it('resolves the speaker of a quote', () => {
    expect(problemsAfter((data) => void (event(data, 1).quotes[0]!.speaker = 'president'))).toEqual([
      'events[1].quotes[0].speaker: no actor has the id "president"',
    ]);
  });

  it('resolves related events', () => {
    expect(problemsAfter((data) => void (event(data, 1).related = [{ event: 'foo', type: 'causes' }]))).toEqual([
      'events[1].related[0].event: no event has the id "foo"',
    ]);
  });

  it('forbids an event to be related to itself', () => {
    expect(problemsAfter((data) => void (event(data, 1).related = [{ event: 'reaction', type: 'context' }]))).toEqual([
      'events[1].related[0].event: an event cannot be related to itself',
    ]);
  });

  it('requires every date to parse, with the reason', () => {
    expect(problemsAfter((data) => void (event(data, 0).date = '2021-02-30'))).toEqual([
      'events[0].date: "2021-02-30" is not a day of the calendar',
    ]);
    expect(problemsAfter((data) => void (event(data, 1).date = '2021-13'))).toEqual(['events[1].date: month 13 does not exist']);
    expect(problemsAfter((data) => void (event(data, 1).date = '2021-10-06/2021-10-05'))).toEqual([
      'events[1].date: the interval ends before it starts',
    ]);
  });

  it('takes windows, and says where a malformed one is and how to fix it', () => {
    expect(problemsAfter((data) => void (event(data, 0).date = '[2021-09-15..2021-09-26]'))).toEqual([]);
    expect(problemsAfter((data) => void (event(data, 0).date = '[..2021-10-05?]'))).toEqual([]);
    expect(problemsAfter((data) => void (event(data, 0).date = '[2021-09-26..2021-09-15]'))).toEqual([
      'events[0].date: the window ends before it starts: write its earlier end first, "[2021-09-15..2021-09-26]"',
    ]);
    expect(problemsAfter((data) => void (event(data, 1).date = '[..]'))).toEqual([
      'events[1].date: "[..]" is a window with neither end: give at least one, write [START..END] (one day between, e.g. "[2021-09-15..2021-09-26]"), [..END] (on or before) or [START..] (on or after)',
    ]);
    expect(problemsAfter((data) => void (event(data, 1).date = '[2021-09-15..2021-09-26'))).toEqual([
      'events[1].date: "[2021-09-15..2021-09-26" is not a window: its brackets do not match; write [START..END] (one day between, e.g. "[2021-09-15..2021-09-26]"), [..END] (on or before) or [START..] (on or after)',
    ]);
  });

  it('does not report twice a value that is already malformed', () => {
    expect(problemsAfter((data) => void (event(data, 0).actors = ['Nobody']))).toEqual([
      'events[0].actors[0]: must be a slug of lower-case letters, digits and single hyphens, e.g. "blinken-meets-macron"',
    ]);
  });

  it('checks the well-formed parts even when the shape is wrong elsewhere', () => {
    const problems = problemsAfter((data) => {
      event(data, 0).status = 'done';
      event(data, 0).date = '2021-02-30';
      event(data, 1).quotes[0]!.speaker = 'president';
      (data.sources[0] as Record<string, unknown>).title = 7;
    });
    expect(problems).toEqual([
      'sources[0].title: expected a string but got a number',
      'events[0].status: expected one of "occurred", "planned" but got "done"',
      'events[0].date: "2021-02-30" is not a day of the calendar',
      'events[1].quotes[0].speaker: no actor has the id "president"',
    ]);
  });
});

describe('verbatim quotes', () => {
  it('accepts quotes that differ from the source only in white space', () => {
    expect(problemsAfter(() => {}, withTexts)).toEqual([]);
    expect(problemsAfter((data) => void (event(data, 1).quotes[0]!.text = '“a stab  in\nthe back”'), withTexts)).toEqual([]);
  });

  it('rejects a quote whose words differ, saying where', () => {
    expect(problemsAfter((data) => void (event(data, 0).quotes[0]!.text = 'welcome the creation of a partnership'), withTexts)).toEqual([
      'events[0].quotes[0].text: not found verbatim in source "statement" (white space aside): the source has "welcome the creation of " but not what follows, "a partnership"',
    ]);
  });

  it('does not normalise quotation marks', () => {
    expect(problemsAfter((data) => void (event(data, 1).quotes[0]!.text = '"a stab in the back"'), withTexts)).toEqual([
      'events[1].quotes[0].text: not found verbatim in source "interview" (white space aside): the source writes “ (U+201C) where the quote has " (U+0022) at "\\"a", and ” (U+201D) where the quote has " (U+0022) at "the back\\"": copy the source\'s characters',
    ]);
  });

  it('is case-sensitive', () => {
    expect(problemsAfter((data) => void (event(data, 1).quotes[0]!.text = 'A stab in the back'), withTexts)).toEqual([
      'events[1].quotes[0].text: not found verbatim in source "interview" (white space aside)',
    ]);
  });

  it('reports a missing source text on the source', () => {
    const options = { sourceTexts: { 'sources/statement.txt': SOURCE_TEXTS['sources/statement.txt'] } };
    expect(problemsOf(dataset(), options)).toEqual(['sources[1].file: no text was given for "sources/interview.txt"']);
  });

  it('gives the reason a source text is missing, when known', () => {
    const options = {
      sourceTexts: { 'sources/statement.txt': SOURCE_TEXTS['sources/statement.txt'] },
      sourceErrors: { 'sources/interview.txt': 'cannot read data/sources/interview.txt: no such file' },
    };
    expect(problemsOf(dataset(), options)).toEqual(['sources[1].file: cannot read data/sources/interview.txt: no such file']);
  });
});

describe('helpers', () => {
  it('formats a problem as path: message', () => {
    const problem: Problem = { path: 'events[12].date', message: '"2021-02-30" is not a day of the calendar' };
    expect(formatProblem(problem)).toBe('events[12].date: "2021-02-30" is not a day of the calendar');
  });

  it('formats paths like JavaScript accessors', () => {
    expect(formatPath(['events', 3, 'quotes', 0, 'text'])).toBe('events[3].quotes[0].text');
    expect(formatPath(['$schema'])).toBe('$schema');
    expect(formatPath(['odd key'])).toBe('["odd key"]');
    expect(formatPath([])).toBe('(root)');
  });

  it('collects the source files, once each, even from unvalidated input', () => {
    const data = dataset();
    data.sources.push({ id: 'again', title: 'Same file', file: ' sources/statement.txt ' });
    expect(collectSourceFiles(data)).toEqual(['sources/statement.txt', 'sources/interview.txt']);
    expect(collectSourceFiles({ sources: [null, { file: 3 }, { file: 'a.txt' }] })).toEqual(['a.txt']);
    expect(collectSourceFiles('nonsense')).toEqual([]);
  });

  it('normalises every kind of white space to one space', () => {
    expect(normalizeWhiteSpace('a \u00a0\n\tb\u202fc\r\nd')).toBe('a b c d');
    expect(isVerbatimIn(' stab in\nthe ', SOURCE_TEXTS['sources/interview.txt'])).toBe(true);
  });
});

describe("an author's path", () => {
  it('is optional, and accepted with its narration when every step names an event once', () => {
    const result = validateDataset(
      { ...dataset(), path: [{ event: 'reaction', note: 'Start with the anger.' }, { event: 'announcement' }] },
      withTexts,
    );
    expect(result.problems).toEqual([]);
    expect(result.ok && result.dataset.path).toEqual([{ event: 'reaction', note: 'Start with the anger.' }, { event: 'announcement' }]);
  });

  it('refuses a step that names no event, and a step that repeats one, saying where and how to fix it', () => {
    const problems = problemsOf(
      { ...dataset(), path: [{ event: 'announcement' }, { event: 'reactoin' }, { event: 'announcement' }] },
      withTexts,
    );
    expect(problems).toEqual([
      expect.stringMatching(/path\[1\]\.event.*no event has the id "reactoin": a path step names an event of this story by its id/),
      expect.stringMatching(/path\[2\]\.event.*"announcement" is already step 1 of the path: a path visits each event once/),
    ]);
  });
});

describe('media', () => {
  it('takes an image with its alt text, credit and caption, and a link to a video', () => {
    const result = validateDataset(
      (() => {
        const data = dataset();
        event(data, 0).media = { kind: 'image', url: 'media/summit.jpg', alt: 'Two leaders shake hands', credit: 'AP', caption: 'Rome' };
        event(data, 1).media = { kind: 'video', url: 'https://example.org/watch?v=1', title: 'The press conference' };
        return data;
      })(),
    );
    expect(result.ok).toBe(true);
    if (result.ok) expect(result.dataset.events[0]!.media).toMatchObject({ kind: 'image', alt: 'Two leaders shake hands' });
  });

  it('asks for the alt text of an image, saying what to write', () => {
    expect(problemsAfter((data) => void (event(data, 0).media = { kind: 'image', url: 'https://example.org/a.jpg' }))).toEqual([
      'events[0].media.alt: an image needs its alt text: say in a sentence what the image shows, for readers who cannot see it (e.g. "alt": "Macron and Biden shake hands in Rome")',
    ]);
  });

  it.each(['javascript:alert(1)', 'data:image/png;base64,AAAA', '//evil.example/a.jpg', 'ftp://example.org/a.jpg', 'a b.jpg'])(
    'refuses %s as the address of media',
    (url) => {
      const problems = problemsAfter((data) => void (event(data, 0).media = { kind: 'page', url, title: 'A page' }));
      expect(problems).toEqual([expect.stringMatching(/^events\[0\]\.media\.url: must be an http\(s\) address/)]);
    },
  );

  it('names the kinds of media', () => {
    expect(problemsAfter((data) => void (event(data, 0).media = { kind: 'youtube', url: 'https://example.org/' }))).toEqual([
      'events[0].media.kind: expected one of "image", "video", "audio", "page" but got "youtube"',
    ]);
  });
});
