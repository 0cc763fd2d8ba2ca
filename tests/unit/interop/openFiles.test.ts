import { readFileSync } from 'node:fs';
import { zipSync } from 'fflate';
import { describe, expect, it } from 'vitest';
import {
  detectImportText,
  MAX_BYTES,
  MAX_FILES,
  normalizePath,
  openFiles,
  type GivenFile,
  type OpenFilesResult,
} from '../../../src/interop/openFiles.ts';
import { expectValid } from './helpers.ts';

const encode = (text: string) => new TextEncoder().encode(text);
const given = (name: string, content: string | Uint8Array, path?: string): GivenFile => ({
  name,
  ...(path === undefined ? {} : { path }),
  bytes: typeof content === 'string' ? encode(content) : content,
});
const read = (path: string) => new Uint8Array(readFileSync(path));

const EXAMPLE = 'data/examples';
const SOURCES = ['meridia-foreign-ministry-statements.txt', 'harbour-gazette-report.txt'];
const TIMELINEJS = 'tests/unit/interop/fixtures/timelinejs';

/** data/examples as the browser gives a dropped folder: every file with its path under the folder's name. */
function exampleFolder(): GivenFile[] {
  return [
    ...SOURCES.map((name) => given(name, read(`${EXAMPLE}/sources/${name}`), `examples/sources/${name}`)),
    ...['lantern-strait.json', 'lantern-strait.events.csv', 'lantern-strait.sources.csv', 'lantern-strait.actors.csv'].map((name) =>
      given(name, read(`${EXAMPLE}/${name}`), `examples/${name}`),
    ),
  ];
}

function opened(result: OpenFilesResult) {
  if (!result.ok) throw new Error(`expected the files to open: ${result.message}`);
  return result;
}
function refused(result: OpenFilesResult): string {
  if (result.ok) throw new Error(`expected a refusal, got notes ${result.notes.join(' | ')}`);
  return result.message;
}

/** A small dataset of our format naming the given source files. */
const tiny = (...files: string[]) =>
  JSON.stringify({
    schemaVersion: 1,
    title: 'Tiny',
    sources: files.map((file, index) => ({ id: `s${index}`, title: `Source ${index}`, file })),
    actors: [],
    events: [],
  });

describe('detectImportText', () => {
  it('tells each kind of text by its content, as the import command does', () => {
    expect(detectImportText('a', '{"schemaVersion": 1}').kind).toBe('dataset');
    expect(detectImportText('a', '{"events": []}').kind).toBe('timelinejs-json');
    expect(detectImportText('a.json', '{"events": [}')).toEqual({
      kind: 'invalid-json',
      message: expect.stringMatching(/^a\.json:1:13: invalid JSON/),
    });
    expect(detectImportText('a', 'Year,Month,Day,Headline,Text\n').kind).toBe('timelinejs-csv');
    expect(detectImportText('a', 'ID;Title;Quotes\n').kind).toBe('events-sheet');
    expect(detectImportText('a', 'id,title,file,origin\n').kind).toBe('sources-sheet');
    expect(detectImportText('a', 'id\tname\tkind\n').kind).toBe('actors-sheet');
    expect(detectImportText('a', 'title,description\n').kind).toBe('story-sheet');
    expect(detectImportText('a', 'when,what\n')).toEqual({ kind: 'unknown', header: ['when', 'what'] });
    // Asked for JSON, a text is read as JSON whatever its look.
    expect(detectImportText('a', 'id,quotes', true).kind).toBe('invalid-json');
  });

  it('normalises paths as a folder has them', () => {
    expect(normalizePath('./a\\b//c/../d.txt')).toBe('a/b/d.txt');
    expect(normalizePath('../x.txt')).toBe('../x.txt');
  });
});

describe('openFiles: a dataset of our format', () => {
  it('opens a dropped folder, finding each source text by its path from the dataset', () => {
    const files = [...exampleFolder(), given('.DS_Store', new Uint8Array([0, 0, 0, 1]), 'examples/.DS_Store')].reverse();
    const result = opened(openFiles(files));
    expect([...result.sourceTexts.keys()].sort()).toEqual(SOURCES.map((name) => `sources/${name}`).sort());
    expectValid(result.dataset, result.sourceTexts);
    expect(result.notes).toContain('examples/lantern-strait.json: opened the dataset with 2 source texts');
    // The sheets of the same story are left alone, and said to be; the system file is not worth a word.
    expect(result.notes.join('\n')).toMatch(/lantern-strait\.events\.csv.*not converted, since the dataset came with them/);
    expect(result.notes.join('\n')).not.toMatch(/DS_Store/);
    expect(result.notes.filter((note) => note.startsWith('left out'))).toEqual([]);
  });

  it('opens a pick of several files, finding the texts by their names', () => {
    const files = [
      given('lantern-strait.json', read(`${EXAMPLE}/lantern-strait.json`)),
      ...SOURCES.map((name) => given(name, read(`${EXAMPLE}/sources/${name}`))),
      given('notes.md', '# my notes'),
    ];
    const result = opened(openFiles(files));
    expectValid(result.dataset, result.sourceTexts);
    expect(result.notes.at(-1)).toBe('left out 1 file that the story does not use: notes.md');
  });

  it('says which source has no text, and how to give it', () => {
    const files = [
      given('lantern-strait.json', read(`${EXAMPLE}/lantern-strait.json`)),
      given(SOURCES[0]!, read(`${EXAMPLE}/sources/${SOURCES[0]}`)),
    ];
    expect(refused(openFiles(files))).toBe(
      'lantern-strait.json: sources[1] names sources/harbour-gazette-report.txt: add that file, or drop the whole folder',
    );
  });

  it('says when a text of a dropped folder is not where the dataset says', () => {
    const files = [given('story.json', tiny('sources/a.txt'), 'story/story.json'), given('a.txt', 'A text.', 'story/texts/a.txt')];
    expect(refused(openFiles(files))).toBe(
      'story/story.json: sources[0] names sources/a.txt, relative to story/story.json, but story/texts/a.txt is elsewhere: move it to story/sources/a.txt, or correct the file name in the dataset',
    );
  });

  it('refuses a picked file that fits two sources, and a source that two files fit', () => {
    const twoSources = [given('story.json', tiny('old/a.txt', 'new/a.txt')), given('a.txt', 'A text.')];
    expect(refused(openFiles(twoSources))).toBe(
      'story.json: a.txt fits both sources[0] (old/a.txt) and sources[1] (new/a.txt): drop the whole folder, so that their paths tell the two apart',
    );
    // In a folder the paths tell them apart.
    const folder = [
      given('story.json', tiny('old/a.txt', 'new/a.txt'), 's/story.json'),
      given('a.txt', 'Old.', 's/old/a.txt'),
      given('a.txt', 'New.', 's/new/a.txt'),
    ];
    expect(opened(openFiles(folder)).sourceTexts).toEqual(
      new Map([
        ['old/a.txt', 'Old.'],
        ['new/a.txt', 'New.'],
      ]),
    );
    const twoFiles = [given('story.json', tiny('a.txt')), given('a.txt', 'One.'), given('a.txt', 'Two.')];
    expect(refused(openFiles(twoFiles))).toMatch(
      /^story\.json: sources\[0\] names a\.txt, and 2 files fit it \(a\.txt, a\.txt\): drop the whole folder/,
    );
  });

  it('reads a text that is not UTF-8, and notes how', () => {
    const result = opened(openFiles([given('story.json', tiny('a.txt')), given('a.txt', new Uint8Array([0x63, 0x61, 0x66, 0xe9]))]));
    expect(result.sourceTexts.get('a.txt')).toBe('café');
    expect(result.notes).toContain('a.txt: read as Windows-1252 (it is not UTF-8): "café" — save it as UTF-8 to silence this notice');
  });

  it('refuses a web page where the dataset or a text was expected', () => {
    const page = '<!DOCTYPE html>\n<html><body>GitHub</body></html>';
    expect(refused(openFiles([given('story.json', page)]))).toBe(
      'story.json is a web page (HTML), not JSON: was it saved from the browser? Save the file itself, not the page that shows it',
    );
    expect(refused(openFiles([given('story.json', tiny('a.txt')), given('a.txt', page)]))).toBe(
      "story.json: sources[0] names a.txt, which is a web page (HTML), not plain text: save the page's text as a .txt file and name that",
    );
    expect(refused(openFiles([given('story.json', tiny('a.pdf')), given('a.pdf', new Uint8Array([0x25, 0x50, 0x44, 0x46]))]))).toBe(
      'story.json: sources[0] names a.pdf, which is not a text file: save its text as a .txt file (UTF-8) and name that',
    );
  });

  it('gives the line and column of invalid JSON', () => {
    expect(refused(openFiles([given('story.json', '{\n  "schemaVersion": 1,\n}')]))).toMatch(
      /^story\.json:3:1: invalid JSON: .*: correct it in a text editor \(or leave the file out\)$/,
    );
  });

  it('opens one story at a time', () => {
    expect(refused(openFiles([given('a.json', tiny()), given('b.json', tiny())]))).toBe(
      '2 datasets at once (a.json, b.json): open one story at a time, its dataset with its source texts',
    );
  });
});

describe('openFiles: our sheets', () => {
  const sheet = (name: string) => read(`${EXAMPLE}/lantern-strait.${name}.csv`);
  const texts = () => SOURCES.map((name) => given(name, read(`${EXAMPLE}/sources/${name}`)));

  it('finds the sheets by their columns, whatever their names and order, and the texts they name', () => {
    const files = [...texts(), given('c.csv', sheet('actors')), given('b.csv', sheet('sources')), given('a.csv', sheet('events'))];
    const result = opened(openFiles(files));
    const dataset = expectValid(result.dataset, result.sourceTexts);
    const example = JSON.parse(readFileSync(`${EXAMPLE}/lantern-strait.json`, 'utf8')) as { events: unknown[]; actors: unknown[] };
    expect(dataset.events).toEqual(example.events);
    expect(dataset.actors).toEqual(example.actors);
    // With neither a story sheet nor "events" in its name, the events sheet's name is the title, as in npm run import.
    expect(dataset.title).toBe('a');
    expect(result.notes[0]).toBe('converted our sheets (a.csv, b.csv, c.csv) into a dataset of 8 events, with 2 source texts');
  });

  it('takes the title from a story sheet, and does without actors', () => {
    const files = [
      ...texts(),
      given('story.csv', 'title,description\nThe strait,Told in sheets\n'),
      given('my story - events.csv', sheet('events')),
      given('sources.csv', sheet('sources')),
    ];
    const result = opened(openFiles(files));
    expect(result.dataset).toMatchObject({ title: 'The strait', description: 'Told in sheets', actors: [] });
    expect(result.notes).toContain('no actors sheet (its first row: id, name, kind, country, role): the dataset has no actors');
  });

  it('finds the texts a sheet names by path in a dropped folder, and says which is missing', () => {
    const files = [
      given('events.csv', sheet('events'), 'story/events.csv'),
      given('sources.csv', sheet('sources'), 'story/sources.csv'),
      given(SOURCES[0]!, read(`${EXAMPLE}/sources/${SOURCES[0]}`), `story/sources/${SOURCES[0]}`),
    ];
    expect(refused(openFiles(files))).toBe(
      'sources sheet row 3 names sources/harbour-gazette-report.txt: add that file, or drop the whole folder',
    );
  });

  it('asks for the sources sheet, and for the events sheet', () => {
    expect(refused(openFiles([given('events.csv', sheet('events'))]))).toMatch(
      /^events\.csv is our events sheet, but no sources sheet came with it \(its first row: id, title, file, origin\): open it too/,
    );
    expect(refused(openFiles([given('sources.csv', sheet('sources'))]))).toMatch(
      /sources\.csv is our sources sheet, which needs the events sheet/,
    );
  });

  it("reports a sheet's errors with their rows", () => {
    const events = 'id,title,date,dateBasis,dateNote,status,summary,quotes\ne,E,2020,stated,,sometime,S,"a|b"\n';
    expect(refused(openFiles([given('e.csv', events), given('s.csv', 'id,title,file\n')]))).toMatch(/^events sheet row 2, column status: /);
  });
});

describe('openFiles: TimelineJS', () => {
  it('converts a TimelineJS JSON file, its text becoming the one source', () => {
    const result = opened(openFiles([given('harbour-accord.json', read(`${TIMELINEJS}/harbour-accord.json`))]));
    expect([...result.sourceTexts.keys()]).toEqual(['sources/harbour-accord.txt']);
    expectValid(result.dataset, result.sourceTexts);
    expect(result.notes[0]).toMatch(/^harbour-accord\.json: converted from a TimelineJS JSON: \d+ slides → \d+ events/);
  });

  it('converts a TimelineJS sheet', () => {
    const result = opened(openFiles([given('harbour-accord.csv', read(`${TIMELINEJS}/harbour-accord.csv`))]));
    expectValid(result.dataset, result.sourceTexts);
    expect(result.notes[0]).toMatch(/^harbour-accord\.csv: converted from a TimelineJS sheet: /);
  });

  it('opens one TimelineJS file at a time', () => {
    const files = ['json', 'csv'].map((ext) => given(`harbour-accord.${ext}`, read(`${TIMELINEJS}/harbour-accord.${ext}`)));
    expect(refused(openFiles(files))).toBe('2 TimelineJS files at once (harbour-accord.json, harbour-accord.csv): open one at a time');
  });
});

describe('openFiles: zips, what cannot be opened, and the bounds', () => {
  it('opens a zip of a story folder', () => {
    const zipped: Record<string, Uint8Array> = { '__MACOSX/._x': new Uint8Array([1]) };
    for (const file of exampleFolder()) zipped[file.path!] = file.bytes;
    const result = opened(openFiles([given('examples.zip', zipSync(zipped))]));
    expectValid(result.dataset, result.sourceTexts);
    expect(result.notes[0]).toBe('examples.zip: unzipped, 6 files');
    expect(result.notes).toContain('examples/lantern-strait.json (in examples.zip): opened the dataset with 2 source texts');
  });

  it('explains a zip it cannot open', () => {
    expect(refused(openFiles([given('story.zip', 'not a zip')]))).toMatch(
      /^story\.zip: cannot open this zip \(.*\): unzip it on your computer and open the folder it gives$/,
    );
  });

  it('asks for CSV in place of a workbook', () => {
    const workbook = zipSync({ '[Content_Types].xml': encode('<Types/>') });
    expect(refused(openFiles([given('story.xlsx', workbook)]))).toMatch(
      /story\.xlsx is a spreadsheet workbook, which the studio does not read: save each sheet \(events, sources, actors, and story if there is one\) as CSV/,
    );
  });

  it('explains an empty selection, and files that are no timeline', () => {
    expect(refused(openFiles([]))).toMatch(/^nothing to open: no file was chosen\. Open a dataset/);
    expect(refused(openFiles([given('notes.txt', 'when,what\n1,2'), given('photo.png', new Uint8Array([0x89, 0x50]))]))).toBe(
      [
        'nothing here is a timeline to open:',
        'notes.txt is neither a dataset nor a sheet (its first row: when, what)',
        'photo.png is not a text file',
        'Open a dataset (.json of this format) with its source texts, our events, sources and actors sheets (CSV) with theirs, or a TimelineJS JSON or CSV file.',
      ].join('\n'),
    );
  });

  it('refuses more than 500 files, or more than 64 MB, zips counted unpacked', () => {
    const many = Array.from({ length: MAX_FILES + 1 }, (_, index) => given(`${index}.txt`, 'x'));
    expect(refused(openFiles(many))).toMatch(/^501 files: the studio opens at most 500 at a time/);
    expect(refused(openFiles([given('big.txt', new Uint8Array(MAX_BYTES + 1))]))).toMatch(
      /^the files come to 64\.1 MB, over the 64 MB the studio opens at once: leave out what the story does not use/,
    );
    const manyZipped = Object.fromEntries(Array.from({ length: MAX_FILES + 1 }, (_, index) => [`${index}.txt`, encode('x')]));
    expect(refused(openFiles([given('many.zip', zipSync(manyZipped))]))).toMatch(/at most 500 at a time/);
    // A small zip that says it unpacks to more than the bound is refused before anything is unpacked.
    const bomb = zipSync({ 'zeros.txt': new Uint8Array(1000) });
    const central = bomb.findIndex((byte, at) => byte === 0x50 && bomb[at + 1] === 0x4b && bomb[at + 2] === 1 && bomb[at + 3] === 2);
    new DataView(bomb.buffer, bomb.byteOffset).setUint32(central + 24, MAX_BYTES + 1, true);
    expect(refused(openFiles([given('bomb.zip', bomb)]))).toMatch(
      /^the files come to 64\.1 MB unzipped, over the 64 MB the studio opens at once/,
    );
  });
});
