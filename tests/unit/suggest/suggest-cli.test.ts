/** `npm run suggest` (issue 16): JSON or a table, --help, and errors that say what to write. */
import { describe, expect, it } from 'vitest';
import { runSuggest } from '../../../src/cli/suggest.ts';

const article = 'data/sources/blinken-macron-meet-after-aukus-crisis.txt';

describe('runSuggest', () => {
  it('prints JSON of the candidates and notes', () => {
    const outcome = runSuggest([article, '--published', '2021-10-05', '--dataset', 'data/events.json']);
    expect(outcome.exitCode).toBe(0);
    const result = JSON.parse(outcome.stdout.join('\n')) as { candidates: { duplicateOf?: string }[]; notes: string[] };
    expect(result.candidates.length).toBeGreaterThan(5);
    expect(result.candidates.some((c) => c.duplicateOf === 'blinken-meets-macron')).toBe(true);
  });

  it('prints a table with --table, French with --lang fr', () => {
    const outcome = runSuggest([article, '--published', '2021-10-05', '--table']);
    expect(outcome.stdout.join('\n')).toMatch(/^ {2}1\. \[0\.\d\d\] /m);
    expect(runSuggest([article, '--lang', 'fr']).exitCode).toBe(0);
  });

  it('--help, and clear errors', () => {
    expect(runSuggest(['--help'])).toMatchObject({ exitCode: 0 });
    expect(runSuggest([]).stderr[0]).toBe('which article? give the path of its text');
    expect(runSuggest(['missing.txt']).stderr[0]).toBe('missing.txt: no such file');
    expect(runSuggest([article, '--published', '2021-02-30']).stderr[0]).toBe(
      '--published 2021-02-30: not a day of the calendar written YYYY-MM-DD, e.g. 2021-10-06',
    );
    expect(runSuggest([article, '--lang', 'de']).stderr[0]).toBe('--lang de: the language is en or fr');
    expect(runSuggest([article, '--frobnicate']).stderr[0]).toBe('--frobnicate: no such option');
    expect(runSuggest([article, 'other.txt']).stderr[0]).toBe('one article at a time: other.txt is extra');
  });
});
