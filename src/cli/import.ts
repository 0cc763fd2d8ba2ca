/**
 * `npm run import -- <file> [--out data/my.json]`: converts a TimelineJS JSON file, a CSV of
 * TimelineJS's spreadsheet template, or our own events/sources/actors sheets into a dataset,
 * validates it with the app's validator, and writes it only when it is valid. What could not
 * be carried over is printed as a report; nothing is dropped silently.
 *
 * The conversion itself is pure (src/interop); this file reads and writes files.
 */
import { existsSync, mkdirSync, writeFileSync } from 'node:fs';
import { basename, dirname, extname, join, relative, resolve } from 'node:path';
import {
  EVENT_COLUMNS,
  sheetsToDataset,
  siblingSheetName,
  titleFromEventsFileName,
  type ItemLocations,
} from '../interop/dataset-sheets.ts';
import { formatNote, formatReport, importClosing, importHeadline, type ImportCount, type InteropNote } from '../interop/notes.ts';
import { locateProblem } from '../interop/problem-location.ts';
import { detectImportText } from '../interop/openFiles.ts';
import { slugify } from '../interop/slug.ts';
import { importTimelineJsCsv, importTimelineJsJson, type GeneratedSourceText } from '../interop/timelinejs-import.ts';
import type { Dataset } from '../model/schema.ts';
import { collectSourceFiles, validateDataset } from '../model/validate.ts';
import { readTextFile, type CliOutcome } from './validate.ts';
import { helpAsked, showUsage, runWhenMain, readArgs } from './usage.ts';

export const IMPORT_FORMATS = ['timelinejs-json', 'timelinejs-csv', 'csv'] as const;
export type ImportFormat = (typeof IMPORT_FORMATS)[number];

const USAGE = `usage: npm run import -- <file> [--out data/my.json] [--format ${IMPORT_FORMATS.join('|')}]
                          [--title "…"] [--description "…"] [--source-title "…"] [--sources file] [--actors file] [--force]

  <file>         a TimelineJS JSON file, a CSV of the TimelineJS sheet template,
                 or the events sheet (CSV) of our own format
  --out          the dataset to write (default: next to <file>, with .json)
  --format       skip the detection of the input format
  --title        the dataset title (our sheets: default the story sheet's, e.g. story.csv
                 next to events.csv, else the existing --out file's title, else the file
                 name, e.g. "My story - events.csv" → "My story")
  --description  the dataset description (our sheets: default the story sheet's)
  --source-title TimelineJS: the title readers see under each quote (default: the story's title)
  --sources      our sheets: the sources sheet (default: the events file name with
                 "events" replaced by "sources", e.g. sources.csv next to events.csv)
  --actors       our sheets: the actors sheet (default likewise, actors.csv)
  --force        overwrite a source text that this command did not write for this dataset

  TimelineJS: the converted text is written in a folder named after the dataset file, so that
  two stories never share one: --out data/houston.json writes data/sources/houston/<file>.txt`;

/** First line of every source text the import writes: how it knows it may overwrite one. */
const GENERATED_MARK = 'converted to plain text by npm run import';

/**
 * Where the texts a TimelineJS import converts go, beside the dataset: a folder of sources/
 * named after the dataset file (data/houston.json → data/sources/houston/), so that two
 * imports of files of the same name (houston/timeline3.json and republican/timeline3.json)
 * never write the same text. The file's name, not the title: two datasets in one folder never
 * share a file name, and a story keeps its folder when its title changes.
 */
export function storySourcesFolder(outFile: string): string {
  return `sources/${slugify(basename(outFile, extname(outFile))) || 'story'}/`;
}

/** The generated texts moved into the story's folder, and the dataset's sources pointed at them. */
function inStoryFolder(dataset: Dataset, generated: readonly GeneratedSourceText[], outFile: string) {
  const folder = storySourcesFolder(outFile);
  const moved = new Map(generated.map((source) => [source.file, folder + source.file.split('/').at(-1)]));
  return {
    dataset: { ...dataset, sources: dataset.sources.map((source) => ({ ...source, file: moved.get(source.file) ?? source.file })) },
    sourceTexts: generated.map((source) => ({ ...source, file: moved.get(source.file) ?? source.file })),
  };
}

interface ImportOptions {
  input: string;
  out?: string;
  format?: ImportFormat;
  title?: string;
  sourceTitle?: string;
  description?: string;
  sources?: string;
  actors?: string;
  force: boolean;
}

type Parsed = { ok: true; options: ImportOptions } | { ok: false; message: string };

function parseOptions(args: readonly string[]): Parsed {
  const read = readArgs(
    args,
    {
      out: { type: 'string', short: 'o' },
      format: { type: 'string' },
      title: { type: 'string' },
      'source-title': { type: 'string' },
      description: { type: 'string' },
      sources: { type: 'string' },
      actors: { type: 'string' },
      force: { type: 'boolean', default: false },
    },
    USAGE,
  );
  if (!read.ok) return read;
  const { values, positionals } = read;
  const [input, ...extra] = positionals;
  if (input === undefined) return { ok: false, message: `which file should be imported?\n${USAGE}` };
  if (extra.length > 0) return { ok: false, message: `one file at a time: ${extra.join(' ')} is extra\n${USAGE}` };
  if (values.format !== undefined && !(IMPORT_FORMATS as readonly string[]).includes(values.format)) {
    return { ok: false, message: `--format must be one of ${IMPORT_FORMATS.join(', ')}` };
  }
  return {
    ok: true,
    options: {
      input,
      out: values.out,
      format: values.format as ImportFormat | undefined,
      title: values.title,
      sourceTitle: values['source-title'],
      description: values.description,
      sources: values.sources,
      actors: values.actors,
      force: values.force,
    },
  };
}

/** What the files read by this run call for (one not in UTF-8, a web page): first on stderr. */
let readWarnings: string[] = [];

/** Any encoding, told by src/model/decodeText.ts, with a warning when it is not UTF-8. */
function readText(path: string): string | undefined {
  const read = readTextFile(path, readWarnings);
  if (!read.ok && read.page) readWarnings.push(read.reason);
  return read.ok ? read.text : undefined;
}

type Detected = { ok: true; format: ImportFormat; json?: unknown } | { ok: false; message: string };

function detectFormat(file: string, text: string, requested: ImportFormat | undefined): Detected {
  if (requested !== undefined && requested !== 'timelinejs-json') return { ok: true, format: requested };
  const detected = detectImportText(file, text, requested === 'timelinejs-json');
  switch (detected.kind) {
    case 'invalid-json':
      return { ok: false, message: detected.message };
    case 'dataset':
      return { ok: false, message: `${file} is already a dataset of this project's format: check it with npm run validate -- ${file}` };
    case 'timelinejs-json':
      return { ok: true, format: 'timelinejs-json', json: detected.json };
    case 'timelinejs-csv':
      return { ok: true, format: 'timelinejs-csv' };
    case 'events-sheet':
      return { ok: true, format: 'csv' };
    default:
      return {
        ok: false,
        message:
          `${file}: cannot tell which sheet this is from its first row (${detected.header.join(', ') || 'empty'}). ` +
          `A TimelineJS sheet has the columns Year, Month, Day, …, Headline, Text; ours has ${EVENT_COLUMNS.join(', ')}. ` +
          'Name the columns in the first row, or pass --format.',
      };
  }
}

function defaultOut(input: string): string {
  const json = join(dirname(input), `${basename(input, extname(input))}.json`);
  // Never overwrite the input, which a TimelineJS .json file would be.
  return resolve(json) === resolve(input) ? join(dirname(input), `${basename(input, extname(input))}.dataset.json`) : json;
}

/** "./events.schema.json" when data/events.schema.json exists, so editors can check the output. */
function schemaReference(outFile: string): string | undefined {
  const schema = resolve('data/events.schema.json');
  // Outside the project a path back into it would be meaningless to whoever gets the file.
  if (!existsSync(schema) || relative(process.cwd(), resolve(outFile)).startsWith('..')) return undefined;
  const path = relative(dirname(resolve(outFile)), schema)
    .split('\\')
    .join('/');
  return path.startsWith('.') ? path : `./${path}`;
}

function existingDataset(outFile: string): { title?: unknown; description?: unknown } | undefined {
  const text = readText(outFile);
  if (text === undefined) return undefined;
  try {
    const json: unknown = JSON.parse(text);
    return typeof json === 'object' && json !== null ? json : undefined;
  } catch {
    return undefined;
  }
}

interface Converted {
  dataset: Dataset;
  sourceTexts: GeneratedSourceText[];
  labels: Partial<ItemLocations>;
  columnsAreFields: boolean;
  notes: InteropNote[];
  /** What became of the input's slides (TimelineJS only), for the report's first and last lines. */
  count?: ImportCount;
}

type Conversion = { ok: true; value: Converted } | { ok: false; notes: InteropNote[]; message?: string };

function convert(options: ImportOptions, text: string, detected: Extract<Detected, { ok: true }>, outFile: string): Conversion {
  const fileName = basename(options.input);
  if (detected.format !== 'csv') {
    const result =
      detected.format === 'timelinejs-json'
        ? importTimelineJsJson(detected.json, { fileName, title: options.title, sourceTitle: options.sourceTitle })
        : importTimelineJsCsv(text, { fileName, title: options.title, sourceTitle: options.sourceTitle });
    if (!result.ok) return result;
    const description = options.description ?? result.dataset.description;
    const { dataset, sourceTexts } = inStoryFolder(
      { ...result.dataset, ...(description ? { description } : {}) },
      result.sourceTexts,
      outFile,
    );
    return {
      ok: true,
      value: {
        dataset,
        sourceTexts,
        labels: { events: result.eventLocations },
        columnsAreFields: false,
        notes: result.notes,
        count: result.count,
      },
    };
  }

  const notes: InteropNote[] = [];
  const sourcesFile = options.sources ?? join(dirname(options.input), siblingSheetName(fileName, 'sources'));
  const actorsFile = options.actors ?? join(dirname(options.input), siblingSheetName(fileName, 'actors'));
  const sources = readText(sourcesFile);
  if (sources === undefined) {
    return {
      ok: false,
      notes: [],
      message: `cannot read the sources sheet ${sourcesFile}: every quote names a source, so the events sheet needs it next to it (or pass --sources)`,
    };
  }
  const actors = readText(actorsFile);
  if (actors === undefined) {
    if (options.actors !== undefined) return { ok: false, notes: [], message: `cannot read the actors sheet ${actorsFile}` };
    notes.push({ level: 'info', where: '', message: `no actors sheet at ${actorsFile}: the dataset has no actors` });
  }
  // The story sheet (title, description, language) is optional; --title and --description override it.
  const story = readText(join(dirname(options.input), siblingSheetName(fileName, 'story')));
  const previous = existingDataset(outFile);
  const fallback = {
    title:
      (typeof previous?.title === 'string' && previous.title.trim() !== '' ? previous.title : undefined) ??
      (titleFromEventsFileName(fileName) || 'Untitled timeline'),
    ...(typeof previous?.description === 'string' ? { description: previous.description } : {}),
  };
  const result = sheetsToDataset(
    { events: text, sources, ...(actors === undefined ? {} : { actors }), ...(story === undefined ? {} : { story }) },
    { title: options.title, description: options.description, fallback },
  );
  if (!result.ok) return { ok: false, notes: [...notes, ...result.notes] };
  return {
    ok: true,
    value: {
      dataset: result.dataset,
      sourceTexts: [],
      labels: result.locations,
      columnsAreFields: true,
      notes: [...notes, ...result.notes],
    },
  };
}

/** Texts of the dataset's sources: generated ones, else read from disk relative to the output. */
function gatherSourceTexts(dataset: Dataset, generated: readonly GeneratedSourceText[], outFile: string) {
  const sourceTexts = new Map(generated.map((source) => [source.file, source.text]));
  const sourceErrors = new Map<string, string>();
  for (const file of collectSourceFiles(dataset)) {
    if (sourceTexts.has(file)) continue;
    const path = resolve(dirname(outFile), file);
    const text = readText(path);
    if (text === undefined) {
      sourceErrors.set(file, `cannot read ${relative(process.cwd(), path)}: a source's file is relative to the dataset, ${outFile}`);
    } else {
      sourceTexts.set(file, text);
    }
  }
  return { sourceTexts, sourceErrors };
}

/**
 * What the editor reads: first what became of the slides (when the input has slides), then
 * what was left behind or decided, each kind once with its count and a few places
 * (notes.ts does the grouping); errors go to stderr one by one, since each needs fixing.
 */
function report(notes: readonly InteropNote[], count?: ImportCount): { stdout: string[]; stderr: string[] } {
  const errors = notes.filter((note) => note.level === 'error').map(formatNote);
  const stdout = [...(count === undefined ? [] : [importHeadline(count, notes)]), ...formatReport(notes)];
  return { stdout, stderr: errors };
}

export function runImport(args: readonly string[]): CliOutcome {
  readWarnings = [];
  const outcome = importFiles(args);
  return { ...outcome, stderr: [...readWarnings, ...outcome.stderr] };
}

function importFiles(args: readonly string[]): CliOutcome {
  if (helpAsked(args)) return showUsage(USAGE);
  const parsed = parseOptions(args);
  if (!parsed.ok) return { exitCode: 1, stdout: [], stderr: [parsed.message] };
  const options = parsed.options;
  const text = readText(options.input);
  if (text === undefined) return { exitCode: 1, stdout: [], stderr: [`cannot read ${options.input}`] };

  const detected = detectFormat(options.input, text, options.format);
  if (!detected.ok) return { exitCode: 1, stdout: [], stderr: [detected.message] };
  const outFile = options.out ?? defaultOut(options.input);

  const conversion = convert(options, text, detected, outFile);
  if (!conversion.ok) {
    const { stdout, stderr } = report(conversion.notes);
    return {
      exitCode: 1,
      stdout,
      stderr: [...stderr, ...(conversion.message === undefined ? [] : [conversion.message]), `nothing written`],
    };
  }
  const { dataset, sourceTexts: generated, labels, columnsAreFields, notes, count: slideCount } = conversion.value;
  const { stdout, stderr } = report(notes, slideCount);

  const { sourceTexts, sourceErrors } = gatherSourceTexts(dataset, generated, outFile);
  const validation = validateDataset(dataset, { sourceTexts, sourceErrors });
  if (!validation.ok) {
    const problems = validation.problems.map((problem) => `${locateProblem(problem.path, labels, columnsAreFields)}: ${problem.message}`);
    return { exitCode: 1, stdout, stderr: [...stderr, ...problems, `the converted dataset is not valid: nothing written`] };
  }

  // Refuse to replace a hand-written source text that happens to share the name, or one an
  // import wrote for another story (a source of another dataset, not of the one at --out).
  const ownFiles = new Set(collectSourceFiles(existingDataset(outFile)));
  for (const source of generated) {
    const path = resolve(dirname(outFile), source.file);
    const existing = readText(path);
    if (existing === undefined || existing === source.text || options.force) continue;
    const why = !existing.split('\n', 1)[0]?.includes(GENERATED_MARK)
      ? 'exists and was not written by npm run import'
      : !ownFiles.has(source.file)
        ? `exists and was written by npm run import for another story (it is not a source of ${outFile})`
        : undefined;
    if (why !== undefined) {
      return {
        exitCode: 1,
        stdout,
        stderr: [...stderr, `${relative(process.cwd(), path)} ${why}: pass --force to replace it, or choose another --out`],
      };
    }
  }

  const schema = schemaReference(outFile);
  const output = schema === undefined ? dataset : { $schema: schema, ...dataset };
  mkdirSync(dirname(resolve(outFile)), { recursive: true });
  writeFileSync(outFile, `${JSON.stringify(output, null, 2)}\n`);
  const written = [outFile];
  for (const source of generated) {
    const path = resolve(dirname(outFile), source.file);
    mkdirSync(dirname(path), { recursive: true });
    writeFileSync(path, source.text);
    written.push(join(dirname(outFile), source.file));
  }
  const count = dataset.events.length;
  // The last line says what came in whole and what did not, for an editor who reads only it.
  const made = slideCount === undefined ? `${count} event${count === 1 ? '' : 's'}` : importClosing(slideCount, notes);
  stdout.push(`wrote ${written.join(' and ')}: ${made}; valid (check again with npm run validate -- ${outFile})`);
  return { exitCode: 0, stdout, stderr };
}

runWhenMain(import.meta.url, runImport);
