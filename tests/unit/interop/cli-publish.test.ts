import { cpSync, existsSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { runImport } from '../../../src/cli/import.ts';
import { runPublish } from '../../../src/cli/publish.ts';
import { validateFile } from '../../../src/cli/validate.ts';
import { FIXTURE_DIR } from './helpers.ts';

let dir: string;
beforeEach(() => {
  dir = mkdtempSync(join(tmpdir(), 'publish-cli-'));
  cpSync('tests/unit/model/fixtures/valid', join(dir, 'data'), { recursive: true });
});
afterEach(() => {
  rmSync(dir, { recursive: true, force: true });
});

const story = () => join(dir, 'data', 'events.json');

/** A built viewer as npm run build leaves it, with the project's own stories and examples. */
function fakeDist(): string {
  const dist = join(dir, 'dist');
  const files: [string, string][] = [
    ['index.html', '<!doctype html>'],
    ['embed.html', '<!doctype html>'],
    ['embed/diplomatic-timeline.js', 'export {};'],
    ['embed/frame.js', ''],
    ['embed/iframe-resizer.js', ''],
    ['assets/index-1.js', ''],
    ['data/events.json', '{}'],
    ['examples/index.html', ''],
  ];
  for (const [path, text] of files) {
    mkdirSync(join(dist, path, '..'), { recursive: true });
    writeFileSync(join(dist, path), text);
  }
  return dist;
}

describe('npm run publish', () => {
  it('writes the story folder, and prints the three embeds with the base', () => {
    const out = join(dir, 'out', 'fixture');
    const outcome = runPublish([story(), '--out', out, '--base', 'https://news.example.org/timeline/data/fixture/']);
    expect(outcome.stderr).toEqual([]);
    expect(outcome.exitCode).toBe(0);
    expect(readdirSync(out).sort()).toEqual(['README.txt', 'events.json', 'sources']);
    expect(readdirSync(join(out, 'sources')).sort()).toEqual(['communique.txt', 'interview.txt']);
    expect(validateFile(join(out, 'events.json'))).toMatchObject({ exitCode: 0 });
    expect(outcome.stdout[0]).toMatch(/^published ".*events\.json" into .*out\/fixture\/: events\.json, 2 source texts \(4 files\)$/);
    expect(outcome.stdout).toContain('https://news.example.org/timeline/?src=data/fixture/events.json');
    expect(outcome.stdout.join('\n')).toMatch(/<diplomatic-timeline src="[^"]*\/timeline\/data\/fixture\/events\.json"/);
    expect(outcome.stdout.join('\n')).toMatch(/<iframe src="[^"]*\/timeline\/embed\.html\?src=data%2Ffixture%2Fevents\.json/);
    const readme = readFileSync(join(out, 'README.txt'), 'utf8');
    expect(readme).toContain('https://news.example.org/timeline/?src=data/fixture/events.json');
  });

  it('refuses a folder that is not empty and that it did not make, unless --force, and publishes again into its own', () => {
    const out = join(dir, 'site');
    mkdirSync(out);
    writeFileSync(join(out, 'index.html'), 'the newsroom’s page');
    const refused = runPublish([story(), '--out', out]);
    expect(refused.exitCode).toBe(1);
    expect(refused.stderr).toEqual([
      `--out ${out} is not empty and was not made by npm run publish (it has no README.txt saying so): ` +
        'choose a new or empty folder, or pass --force to write into it (files of the same name are replaced)',
    ]);
    expect(readdirSync(out)).toEqual(['index.html']);

    const forced = runPublish([story(), '--out', out, '--force']);
    expect(forced.exitCode).toBe(0);
    expect(readFileSync(join(out, 'index.html'), 'utf8')).toBe('the newsroom’s page');

    // Its own folder: published again without --force, a source that is gone leaves no text behind.
    const again = JSON.parse(readFileSync(story(), 'utf8')) as { sources: { id: string }[]; events: { quotes: { source: string }[] }[] };
    again.sources = again.sources.filter((source) => source.id === 'interview');
    again.events = again.events
      .filter((event) => event.quotes.every((quote) => quote.source === 'interview'))
      .map((event) => ({ ...event, related: [] }));
    writeFileSync(story(), JSON.stringify(again));
    expect(runPublish([story(), '--out', out])).toMatchObject({ exitCode: 0, stderr: [] });
    expect(readdirSync(join(out, 'sources'))).toEqual(['interview.txt']);
    expect(readFileSync(join(out, 'index.html'), 'utf8')).toBe('the newsroom’s page');
  });

  it('refuses a file as --out', () => {
    writeFileSync(join(dir, 'taken'), '');
    expect(runPublish([story(), '--out', join(dir, 'taken')]).stderr[0]).toMatch(/is a file, not a folder/);
  });

  it('says to run npm run build first when --viewer finds no built viewer', () => {
    const out = join(dir, 'out');
    const outcome = runPublish([story(), '--out', out, '--viewer', '--dist', join(dir, 'no-dist')]);
    expect(outcome.exitCode).toBe(1);
    expect(outcome.stderr[0]).toMatch(
      /^--viewer: there is no .*no-dist\/ folder, so there is no built viewer to publish: run npm run build first/,
    );
    expect(outcome.stderr.at(-1)).toBe('nothing written');
    expect(existsSync(out)).toBe(false);
  });

  it('with --viewer, copies the viewer without its own stories and puts the story in data/<story>/', () => {
    const out = join(dir, 'out');
    const outcome = runPublish([story(), '--out', out, '--viewer', '--dist', fakeDist(), '--base', 'https://news.example.org/aukus/']);
    expect(outcome.stderr).toEqual([]);
    expect(readdirSync(out).sort()).toEqual(['README.txt', 'assets', 'data', 'embed', 'embed.html', 'index.html']);
    expect(readdirSync(join(out, 'data'))).toEqual(['fixture-timeline']);
    expect(validateFile(join(out, 'data', 'fixture-timeline', 'events.json'))).toMatchObject({ exitCode: 0 });
    expect(outcome.stdout).toContain('https://news.example.org/aukus/?src=data/fixture-timeline/events.json');
  });

  it('with --viewer, copies what the build listed as the viewer: the studio’s code stays behind', () => {
    const dist = fakeDist();
    mkdirSync(join(dist, 'assets'), { recursive: true });
    writeFileSync(join(dist, 'assets/studio-1.js'), '');
    writeFileSync(join(dist, 'assets/de-1.js'), '');
    const viewer = ['index.html', 'embed.html', 'embed/diplomatic-timeline.js', 'embed/frame.js', 'embed/iframe-resizer.js'];
    writeFileSync(join(dist, 'viewer-files.json'), JSON.stringify([...viewer, 'assets/index-1.js', 'assets/de-1.js']));
    const out = join(dir, 'out');
    expect(runPublish([story(), '--out', out, '--viewer', '--dist', dist]).stderr).toEqual([]);
    expect(readdirSync(join(out, 'assets')).sort()).toEqual(['de-1.js', 'index-1.js']);
    expect(existsSync(join(out, 'viewer-files.json'))).toBe(false);
  });

  it('refuses an invalid story, naming the file and the place of each problem, and writes nothing', () => {
    const data = JSON.parse(readFileSync(story(), 'utf8')) as { sources: { file: string }[] };
    data.sources[1]!.file = '../elsewhere/interview.txt';
    writeFileSync(story(), JSON.stringify(data));
    const out = join(dir, 'out');
    const outcome = runPublish([story(), '--out', out]);
    expect(outcome.exitCode).toBe(1);
    expect(outcome.stderr[0]).toMatch(
      /events\.json: sources\[1\]\.file: source "interview": "\.\.\/elsewhere\/interview\.txt" goes up, out of the dataset’s folder/,
    );
    expect(outcome.stderr.at(-1)).toMatch(/events\.json cannot be published: nothing written$/);
    expect(existsSync(out)).toBe(false);
  });

  it('names a source text it cannot read', () => {
    rmSync(join(dir, 'data', 'sources', 'interview.txt'));
    const outcome = runPublish([story(), '--out', join(dir, 'out')]);
    expect(outcome.stderr[0]).toMatch(
      /sources\[1\]\.file: source "interview": cannot read .*sources\/interview\.txt: no such file\. Put the text at/,
    );
  });

  it('answers --help, and asks for what is missing', () => {
    const help = runPublish(['--help']);
    expect(help).toMatchObject({ exitCode: 0, stderr: [] });
    expect(help.stdout[0]).toMatch(/^usage: npm run publish -- <dataset> --out <folder>/);
    expect(runPublish([]).stderr[0]).toMatch(/^which story should be published\?/);
    expect(runPublish([story()]).stderr[0]).toMatch(/^--out: which folder should the story be written into\?/);
    expect(runPublish([story(), '--out', join(dir, 'x'), '--dist', 'dist']).stderr[0]).toMatch(/only with --viewer/);
  });
});

describe('npm run import: each story its own sources', () => {
  it('writes the texts of two TimelineJS files of the same name in two folders', () => {
    for (const party of ['houston', 'republican']) {
      mkdirSync(join(dir, party));
      cpSync(join(FIXTURE_DIR, 'timelinejs-full.json'), join(dir, party, 'timeline3.json'));
      const outcome = runImport([join(dir, party, 'timeline3.json'), '--out', join(dir, 'data', `${party}.json`)]);
      expect(outcome.exitCode).toBe(0);
    }
    expect(readdirSync(join(dir, 'data', 'sources')).sort()).toEqual(['communique.txt', 'houston', 'interview.txt', 'republican']);
    expect(existsSync(join(dir, 'data', 'sources', 'houston', 'timeline3.txt'))).toBe(true);
    expect(existsSync(join(dir, 'data', 'sources', 'republican', 'timeline3.txt'))).toBe(true);
    expect(validateFile(join(dir, 'data', 'houston.json')).exitCode).toBe(0);
  });

  it('refuses to replace a text another story’s import wrote', () => {
    cpSync(join(FIXTURE_DIR, 'timelinejs-full.json'), join(dir, 'timeline3.json'));
    expect(runImport([join(dir, 'timeline3.json'), '--out', join(dir, 'data', 'houston.json')]).exitCode).toBe(0);
    // Another dataset whose name makes the same folder, with another text (its title is in it).
    const refused = runImport([join(dir, 'timeline3.json'), '--out', join(dir, 'data', 'houston_.json'), '--title', 'Another story']);
    expect(refused.exitCode).toBe(1);
    expect(refused.stderr.at(-1)).toMatch(
      /sources\/houston\/timeline3\.txt exists and was written by npm run import for another story \(it is not a source of .*houston_\.json\): pass --force/,
    );
  });
});
