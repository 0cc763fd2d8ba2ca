import { cpSync, existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { runExport } from '../../../src/cli/export.ts';
import { runImport } from '../../../src/cli/import.ts';
import { validateFile } from '../../../src/cli/validate.ts';
import { FIXTURE_DIR } from './helpers.ts';

let dir: string;
beforeEach(() => {
  dir = mkdtempSync(join(tmpdir(), 'interop-cli-'));
});
afterEach(() => {
  rmSync(dir, { recursive: true, force: true });
});

const readJson = (path: string): unknown => JSON.parse(readFileSync(path, 'utf8'));

describe('npm run import', () => {
  it('converts a TimelineJS JSON file, writes the dataset and its source text, and reports what it left', () => {
    const out = join(dir, 'story.json');
    const outcome = runImport([join(FIXTURE_DIR, 'timelinejs-full.json'), '--out', out]);
    expect(outcome.stderr).toEqual([]);
    expect(outcome.exitCode).toBe(0);
    // The report leads with what became of the slides, and ends saying it again.
    expect(outcome.stdout[0]).toBe('13 slides → 10 events and the title; 2 skipped: 1 with no headline or text (event 11), 1 era (era 1)');
    expect(outcome.stdout[1]).toBe('Not carried over (13):');
    expect(outcome.stdout).toContain(
      '  Code removed from the text with its content (scripts, styles and embeds are never shown to readers) — 2, e.g. event 7 <script>, event 7 <style>',
    );
    expect(outcome.stdout.at(-1)).toMatch(
      /^wrote .*story\.json and .*sources\/story\/timelinejs-full\.txt: 10 of 13 slides became events \(and one the title\); 2 skipped \(1 with no headline or text, 1 era\); valid/,
    );
    expect(existsSync(join(dir, 'sources', 'story', 'timelinejs-full.txt'))).toBe(true);
    expect(validateFile(out).exitCode).toBe(0);
  });

  it('leads the report of a whole story with what became of its rows, groups the rest, and ends with the count', () => {
    const out = join(dir, 'harbour.json');
    const outcome = runImport(['tests/unit/interop/fixtures/timelinejs/harbour-accord.csv', '--out', out]);
    expect(outcome.stderr).toEqual([]);
    expect(outcome.stdout[0]).toBe('16 rows → 12 events and the title; 3 skipped: 2 with no date (row 6, row 10), 1 era (row 13)');
    // One line per kind, not per row: far fewer lines than notes.
    expect(outcome.stdout.filter((line) => line.includes('Time of day dropped'))).toHaveLength(1);
    expect(outcome.stdout.filter((line) => line.includes("'Add a caption'"))).toHaveLength(1);
    expect(outcome.stdout.length).toBeLessThan(20);
    expect(outcome.stdout.at(-1)).toMatch(
      /^wrote .*harbour\.json and .*sources\/harbour\/harbour-accord\.txt: 12 of 16 rows became events \(and one the title\); 3 skipped \(2 with no date, 1 era\); valid/,
    );
    expect(validateFile(out).exitCode).toBe(0);
  });

  it('converts a TimelineJS sheet, with the title given on the command line', () => {
    const out = join(dir, 'sheet.json');
    const outcome = runImport([join(FIXTURE_DIR, 'timelinejs-excel-semicolon-bom.csv'), '--out', out, '--title', 'Rome Statute']);
    expect(outcome.exitCode).toBe(0);
    expect(readJson(out)).toMatchObject({ title: 'Rome Statute', events: [{ date: '1998-07-17' }, { date: '2002-07-01' }] });
    expect(validateFile(out).exitCode).toBe(0);
  });

  it('does not overwrite a source text it did not write', () => {
    const out = join(dir, 'story.json');
    cpSync(join(FIXTURE_DIR, 'timelinejs-full.json'), join(dir, 'timelinejs-full.json'));
    runImport([join(dir, 'timelinejs-full.json'), '--out', out]);
    // A second import replaces its own text...
    expect(runImport([join(dir, 'timelinejs-full.json'), '--out', out]).exitCode).toBe(0);
    // ...but not one written by hand.
    writeFileSync(join(dir, 'sources', 'story', 'timelinejs-full.txt'), 'My own notes.\n');
    const refused = runImport([join(dir, 'timelinejs-full.json'), '--out', out]);
    expect(refused.exitCode).toBe(1);
    expect(refused.stderr.at(-1)).toMatch(/timelinejs-full\.txt exists and was not written by npm run import: pass --force/);
    expect(readFileSync(join(dir, 'sources', 'story', 'timelinejs-full.txt'), 'utf8')).toBe('My own notes.\n');
    expect(runImport([join(dir, 'timelinejs-full.json'), '--out', out, '--force']).exitCode).toBe(0);
  });

  it('never writes over its input by default', () => {
    cpSync(join(FIXTURE_DIR, 'timelinejs-full.json'), join(dir, 'timeline.json'));
    const outcome = runImport([join(dir, 'timeline.json')]);
    expect(outcome.exitCode).toBe(0);
    expect(existsSync(join(dir, 'timeline.dataset.json'))).toBe(true);
    expect(readJson(join(dir, 'timeline.json'))).toHaveProperty('events');
  });

  it('writes nothing when the input has errors, and names the row and column', () => {
    const input = join(dir, 'bad.csv');
    writeFileSync(input, 'Year,Month,Headline\n2016,13,A\n');
    const outcome = runImport([input, '--out', join(dir, 'bad.json')]);
    expect(outcome).toEqual({
      exitCode: 1,
      stdout: [],
      stderr: ["row 2, column Month: '13' is not a month (a whole number from 1 to 12)", 'nothing written'],
    });
    expect(existsSync(join(dir, 'bad.json'))).toBe(false);
  });

  it('explains a file it cannot recognise, and a dataset that needs no import', () => {
    const sheet = join(dir, 'other.csv');
    writeFileSync(sheet, 'when,what\n2016,A\n');
    expect(runImport([sheet]).stderr[0]).toMatch(/cannot tell which sheet this is from its first row \(when, what\)/);
    const dataset = join(dir, 'data.json');
    writeFileSync(dataset, '{"schemaVersion": 1}');
    expect(runImport([dataset]).stderr[0]).toMatch(/is already a dataset of this project's format: check it with npm run validate/);
    writeFileSync(dataset, '{"events": [}');
    expect(runImport([dataset]).stderr[0]).toMatch(/data\.json:1:\d+: invalid JSON/);
    expect(runImport([]).stderr[0]).toMatch(/^which file should be imported\?/);
  });
});

describe('npm run export, then import', () => {
  const example = 'data/examples/lantern-strait.json';

  it('writes the TimelineJS sheet to stdout and the report to stderr', () => {
    const outcome = runExport([example]);
    expect(outcome.exitCode).toBe(0);
    expect(outcome.stdout[0]?.split('\n')[0]).toBe(
      'Year,Month,Day,Time,End Year,End Month,End Day,End Time,Display Date,Headline,Text,Media,Media Credit,Media Caption,Media Thumbnail,Type,Group,Background',
    );
    expect(outcome.stderr[0]).toBe('Not carried over (3):');
  });

  it('writes a TimelineJS JSON file that the TimelineJS import reads back, every event with its date and title', () => {
    const out = join(dir, 'story.timeline.json');
    const outcome = runExport(['--format', 'timelinejs-json', '--out', out, example]);
    expect(outcome.exitCode).toBe(0);
    expect(outcome.stderr.at(-1)).toMatch(/^wrote .*story\.timeline\.json: \d+ events as a TimelineJS JSON file$/);
    const original = JSON.parse(readFileSync(example, 'utf8')) as { events: { title: string }[] };
    const back = runImport([out, '--out', join(dir, 'back.json')]);
    expect(back.exitCode, back.stderr.join('\n')).toBe(0);
    const reimported = JSON.parse(readFileSync(join(dir, 'back.json'), 'utf8')) as { events: { title: string }[] };
    expect(reimported.events.map((event) => event.title).sort()).toEqual(original.events.map((event) => event.title).sort());
  });

  it('round-trips our sheets through files', () => {
    cpSync('data/examples/sources', join(dir, 'sources'), { recursive: true });
    const events = join(dir, 'sheets', 'events.csv');
    const exported = runExport(['--format', 'csv', '--out', events, example]);
    expect(exported.exitCode).toBe(0);
    expect(existsSync(join(dir, 'sheets', 'sources.csv')) && existsSync(join(dir, 'sheets', 'actors.csv'))).toBe(true);
    expect(exported.stderr.at(-1)).toMatch(
      /^ {2}npm run import -- .*events\.csv --out data\/examples\/lantern-strait\.json --title "The Lantern Strait/,
    );

    const { $schema, ...original } = readJson(example) as Record<string, unknown>;
    expect($schema).toBeDefined();
    const out = join(dir, 'story.json');
    const imported = runImport([events, '--out', out, '--title', String(original.title), '--description', String(original.description)]);
    expect(imported.stderr).toEqual([]);
    expect(imported.exitCode).toBe(0);
    expect(readJson(out)).toEqual(original);

    // Importing again over it keeps the title and description that are already there.
    const again = runImport([events, '--out', out]);
    expect(again.exitCode).toBe(0);
    expect(readJson(out)).toEqual(original);
  });

  it('exports a filtered view that is valid on its own', () => {
    const out = join(dir, 'view.csv');
    const outcome = runExport(['--filter-country', 'QN', '--filter-actor', 'tomas-lund', '--out', out, example]);
    expect(outcome.exitCode).toBe(0);
    expect(
      readFileSync(out, 'utf8')
        .split('\n')
        .filter((line) => line !== ''),
    ).toHaveLength(3);
    expect(runExport(['--filter-country', 'XX', example])).toMatchObject({
      exitCode: 1,
      stderr: ['no event matches the filters: nothing exported'],
    });
  });

  it('asks for --out with the csv format, and rejects unknown formats', () => {
    expect(runExport(['--format', 'csv', example]).stderr[0]).toMatch(/^--format csv writes three sheets/);
    expect(runExport(['--format', 'xlsx', example]).stderr[0]).toBe('--format must be one of timelinejs-csv, timelinejs-json, csv, svg');
  });
});
