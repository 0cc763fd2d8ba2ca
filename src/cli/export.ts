/**
 * `npm run export -- [--format timelinejs-csv|csv] [--out file] [--filter-country FR]
 * [--filter-actor id] [dataset]`: writes a dataset, or the view of some countries or actors,
 * as a CSV of TimelineJS's sheet template (default) or as our own events/sources/actors
 * sheets. The report of what the target cannot hold goes to stderr, so that the CSV can go
 * to stdout.
 */
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { basename, dirname, join, resolve } from 'node:path';
import { pathToFileURL } from 'node:url';
import { parseArgs } from 'node:util';
import { datasetToSheets, siblingSheetName } from '../interop/dataset-sheets.ts';
import { filterDataset } from '../interop/dataset-view.ts';
import { formatNote, type InteropNote } from '../interop/notes.ts';
import { datasetToTimelineJsCsv } from '../interop/timelinejs-export.ts';
import { formatProblem, validateDataset } from '../model/validate.ts';
import { DEFAULT_DATASET_FILE, describeJsonSyntaxError, type CliOutcome } from './validate.ts';

export const EXPORT_FORMATS = ['timelinejs-csv', 'csv'] as const;
export type ExportFormat = (typeof EXPORT_FORMATS)[number];

const USAGE = `usage: npm run export -- [--format ${EXPORT_FORMATS.join('|')}] [--out file]
                          [--filter-country FR]… [--filter-actor id]… [dataset]

  dataset           the dataset to export (default ${DEFAULT_DATASET_FILE})
  --format          timelinejs-csv (default): one CSV in TimelineJS's sheet template;
                    csv: our own sheets, events plus sources and actors next to it
  --out             the file to write; timelinejs-csv goes to stdout without it;
                    csv needs it and names the events sheet (e.g. my-story/events.csv
                    also writes my-story/sources.csv and my-story/actors.csv)
  --filter-country  keep the events of this country (repeat for several: any of them)
  --filter-actor    keep the events of this actor id (repeat for several: any of them);
                    with both filters, an event must match both`;

interface ExportOptions {
  dataset: string;
  format: ExportFormat;
  out?: string;
  countries: string[];
  actors: string[];
}

type Parsed = { ok: true; options: ExportOptions } | { ok: false; message: string };

function parseOptions(args: readonly string[]): Parsed {
  let values;
  let positionals;
  try {
    ({ values, positionals } = parseArgs({
      args: [...args],
      allowPositionals: true,
      options: {
        format: { type: 'string', default: 'timelinejs-csv' },
        out: { type: 'string', short: 'o' },
        'filter-country': { type: 'string', multiple: true, default: [] },
        'filter-actor': { type: 'string', multiple: true, default: [] },
        help: { type: 'boolean', short: 'h', default: false },
      },
    }));
  } catch (error) {
    return { ok: false, message: `${error instanceof Error ? error.message : String(error)}\n${USAGE}` };
  }
  if (values.help) return { ok: false, message: USAGE };
  if (!(EXPORT_FORMATS as readonly string[]).includes(values.format)) {
    return { ok: false, message: `--format must be one of ${EXPORT_FORMATS.join(', ')}` };
  }
  if (positionals.length > 1) return { ok: false, message: `one dataset at a time\n${USAGE}` };
  const format = values.format as ExportFormat;
  if (format === 'csv' && values.out === undefined) {
    return { ok: false, message: '--format csv writes three sheets (events, sources, actors): give the events file with --out, e.g. --out my-story/events.csv' };
  }
  return {
    ok: true,
    options: {
      dataset: positionals[0] ?? DEFAULT_DATASET_FILE,
      format,
      out: values.out,
      countries: values['filter-country'],
      actors: values['filter-actor'],
    },
  };
}

function reportLines(notes: readonly InteropNote[]): string[] {
  const dropped = notes.filter((note) => note.level === 'not-carried-over').map(formatNote);
  const infos = notes.filter((note) => note.level === 'info').map(formatNote);
  return [
    ...(dropped.length > 0 ? [`Not carried over (${dropped.length}):`, ...dropped.map((line) => `  ${line}`)] : []),
    ...(infos.length > 0 ? ['Notes:', ...infos.map((line) => `  ${line}`)] : []),
  ];
}

function write(path: string, text: string): void {
  mkdirSync(dirname(resolve(path)), { recursive: true });
  writeFileSync(path, text);
}

export function runExport(args: readonly string[]): CliOutcome {
  const parsed = parseOptions(args);
  if (!parsed.ok) return { exitCode: 1, stdout: [], stderr: [parsed.message] };
  const options = parsed.options;

  let text: string;
  try {
    text = readFileSync(options.dataset, 'utf8').replace(/^\uFEFF/, '');
  } catch {
    return { exitCode: 1, stdout: [], stderr: [`cannot read ${options.dataset}`] };
  }
  let input: unknown;
  try {
    input = JSON.parse(text);
  } catch (error) {
    return { exitCode: 1, stdout: [], stderr: [describeJsonSyntaxError(options.dataset, text, error)] };
  }
  // The shape and the references must hold for the export to mean anything; the quotes are
  // checked against their sources by npm run validate, which an export does not need.
  const validation = validateDataset(input);
  if (!validation.ok) {
    return { exitCode: 1, stdout: [], stderr: [...validation.problems.map(formatProblem), `${options.dataset} is not valid: nothing exported`] };
  }

  const view = filterDataset(validation.dataset, { countries: options.countries, actors: options.actors });
  // Relations cut by the filter matter only to our sheets: TimelineJS holds no relations at all.
  const notes = options.format === 'csv' ? [...view.notes] : [];
  if (view.dataset.events.length === 0) {
    return { exitCode: 1, stdout: [], stderr: ['no event matches the filters: nothing exported'] };
  }

  if (options.format === 'timelinejs-csv') {
    const result = datasetToTimelineJsCsv(view.dataset);
    notes.push(...result.notes);
    if (!result.ok) return { exitCode: 1, stdout: [], stderr: [...notes.filter((n) => n.level === 'error').map(formatNote), 'nothing exported'] };
    const stderr = reportLines(notes);
    if (options.out === undefined) return { exitCode: 0, stdout: [result.csv.replace(/\n$/, '')], stderr };
    write(options.out, result.csv);
    return { exitCode: 0, stdout: [], stderr: [...stderr, `wrote ${options.out}: ${view.dataset.events.length} events in the TimelineJS sheet template`] };
  }

  const result = datasetToSheets(view.dataset);
  notes.push(...result.notes);
  if (!result.ok) return { exitCode: 1, stdout: [], stderr: [...notes.filter((n) => n.level === 'error').map(formatNote), 'nothing exported'] };
  const eventsFile = options.out ?? '';
  const sourcesFile = join(dirname(eventsFile), siblingSheetName(basename(eventsFile), 'sources'));
  const actorsFile = join(dirname(eventsFile), siblingSheetName(basename(eventsFile), 'actors'));
  write(eventsFile, result.sheets.events);
  write(sourcesFile, result.sheets.sources);
  write(actorsFile, result.sheets.actors);
  const quote = (value: string) => `"${value.replace(/(["\\$`])/g, '\\$1')}"`;
  const description = view.dataset.description === undefined ? '' : ` --description ${quote(view.dataset.description)}`;
  // A filtered view must not be imported over the whole dataset; next to it, its source files still resolve.
  const filtered = options.countries.length > 0 || options.actors.length > 0;
  const importTo = filtered ? join(dirname(options.dataset), `${basename(options.dataset, '.json')}.view.json`) : options.dataset;
  return {
    exitCode: 0,
    stdout: [],
    stderr: [
      ...reportLines(notes),
      `wrote ${eventsFile}, ${sourcesFile} and ${actorsFile}: ${view.dataset.events.length} events`,
      'The sheets do not hold the dataset title and description; the file names of the source texts are relative to the dataset. To import the sheets again:',
      `  npm run import -- ${eventsFile} --out ${importTo} --title ${quote(view.dataset.title)}${description}`,
    ],
  };
}

function main(args: readonly string[]) {
  const outcome = runExport(args);
  for (const line of outcome.stdout) console.log(line);
  for (const line of outcome.stderr) console.error(line);
  process.exitCode = outcome.exitCode;
}

if (process.argv[1] !== undefined && import.meta.url === pathToFileURL(process.argv[1]).href) main(process.argv.slice(2));
