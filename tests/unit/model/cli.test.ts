// @vitest-environment node
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { renderJsonSchema, SCHEMA_PATH } from '../../../src/cli/write-schema.ts';
import { describeJsonSyntaxError, lineAndColumn, runValidate, validateFile } from '../../../src/cli/validate.ts';
import { runImport } from '../../../src/cli/import.ts';
import { runExport } from '../../../src/cli/export.ts';
import { runPublish } from '../../../src/cli/publish.ts';
import { runSuggest } from '../../../src/cli/suggest.ts';

const FIXTURES = 'tests/unit/model/fixtures';

describe('npm run validate', () => {
  it('summarises a valid dataset on one line', () => {
    expect(validateFile(`${FIXTURES}/valid/events.json`)).toEqual({
      exitCode: 0,
      stdout: [`${FIXTURES}/valid/events.json: valid — 3 events, 3 actors, 3 quotes, 3 links, 2 sources`],
      stderr: [],
    });
  });

  it('lists every problem as path: message, sources included', () => {
    expect(validateFile(`${FIXTURES}/broken/events.json`)).toEqual({
      exitCode: 1,
      stdout: [],
      stderr: [
        'events[0].status: expected one of "occurred", "planned" but got "done"',
        `sources[0].file: cannot read ${FIXTURES}/broken/sources/gone.txt: no such file`,
        'events[0].date: "2021-02-30" is not a day of the calendar',
        'events[0].actors[0]: no actor has the id "nobody"',
      ],
    });
  });

  it('gives the line and column of a JSON syntax error', () => {
    expect(validateFile(`${FIXTURES}/broken/syntax-error.json`).stderr).toEqual([
      `${FIXTURES}/broken/syntax-error.json:4:3: invalid JSON: Expected ',' or '}' after property value`,
    ]);
  });

  it('locates JSON errors whatever the wording of the engine', () => {
    const text = '{\n  "a": 1,\n  oops\n}';
    expect(lineAndColumn(text, text.indexOf('oops'))).toEqual({ line: 3, column: 3 });
    const newerEngine = new SyntaxError(`Unexpected token 'o', "..." is not valid JSON in JSON at position 14 (line 3 column 3)`);
    expect(describeJsonSyntaxError('f.json', text, newerEngine)).toBe(
      `f.json:3:3: invalid JSON: Unexpected token 'o', "..." is not valid JSON`,
    );
    expect(describeJsonSyntaxError('f.json', '{', new SyntaxError('Unexpected end of JSON input'))).toBe(
      'f.json:1:2: invalid JSON: Unexpected end of JSON input',
    );
  });

  it('says when the dataset file cannot be read', () => {
    expect(validateFile(`${FIXTURES}/absent.json`)).toEqual({
      exitCode: 1,
      stdout: [],
      stderr: [`${FIXTURES}/absent.json: cannot read the file: no such file`],
    });
  });
});

describe('npm run schema', () => {
  it('has written the committed schema from DatasetSchema (run `npm run schema` if this fails)', () => {
    expect(readFileSync(SCHEMA_PATH, 'utf8')).toBe(renderJsonSchema());
  });

  it('keeps the descriptions and identifies the schema', () => {
    const schema = JSON.parse(renderJsonSchema());
    expect(schema).toMatchObject({ $schema: 'http://json-schema.org/draft-07/schema#', $id: 'urn:diplomatic-timeline:events:v1' });
    expect(schema.title).toBeTypeOf('string');
    expect(schema.properties.events.items.properties.date.description).toMatch(
      /^EDTF date: .*a window \(EDTF level 2\): "\[2021-09-15\.\.2021-09-26\]"/,
    );
    expect(schema.properties.events.items.properties.quotes.items.properties.speaker.description).toBe(
      'Actor id of the person or body quoted.',
    );
  });
});

describe('--help', () => {
  it.each([
    ['validate', runValidate, 'usage: npm run validate'],
    ['import', runImport, 'usage: npm run import'],
    ['export', runExport, 'usage: npm run export'],
    ['publish', runPublish, 'usage: npm run publish'],
    ['suggest', runSuggest, 'usage: npm run suggest'],
  ] as const)('npm run %s -- --help prints its usage and succeeds, reading no file', (_name, run, usage) => {
    for (const flag of ['--help', '-h']) {
      const outcome = run([flag]);
      expect(outcome.exitCode).toBe(0);
      expect(outcome.stderr).toEqual([]);
      expect(outcome.stdout.join('\n')).toMatch(new RegExp(`^${usage}`));
    }
  });

  it('an unknown option of validate is named, with the usage, rather than read as a file', () => {
    const outcome = runValidate(['--verbose']);
    expect(outcome.exitCode).toBe(1);
    expect(outcome.stderr[0]).toBe('--verbose: no such option');
    expect(outcome.stderr[1]).toMatch(/^usage: npm run validate/);
  });
});
