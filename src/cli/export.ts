/**
 * `npm run export -- [--format timelinejs-csv|csv|svg] [--out file] [--filter-country FR]
 * [--filter-actor id] [dataset]`: writes a dataset, or the view of some countries or actors,
 * as a CSV of TimelineJS's sheet template (default), as our own events/sources/actors/story
 * sheets, or as a standalone SVG image of the timeline for print (with `--from`, `--to`,
 * `--width`, `--lang` and `--lanes`). The report of what the target cannot hold goes to
 * stderr, so that the CSV or the SVG can go to stdout.
 */
import { mkdirSync, writeFileSync } from 'node:fs';
import { basename, dirname, join, resolve } from 'node:path';
import { datasetToSheets, siblingSheetName } from '../interop/dataset-sheets.ts';
import { filterDataset } from '../interop/dataset-view.ts';
import { formatNote, type InteropNote } from '../interop/notes.ts';
import { countriesByFrequency, renderTimelinePrint } from '../interop/svg-export.ts';
import { datasetToTimelineJsCsv, datasetToTimelineJsJson } from '../interop/timelinejs-export.ts';
import { LOCALES, loadLocale, type Locale } from '../i18n/strings.ts';

// Every language is loaded before the first export: in Node the files cost nothing to read,
// and runExport stays synchronous for its callers.
await Promise.all(LOCALES.map(loadLocale));
import { dataExtent } from '../layout/timeScale.ts';
import { parseEdtf } from '../model/edtf.ts';
import type { Dataset } from '../model/schema.ts';
import { formatProblem, validateDataset, type ParsedEvent } from '../model/validate.ts';
import { DEFAULT_DATASET_FILE, describeJsonSyntaxError, readTextFile, type CliOutcome } from './validate.ts';
import { helpAsked, showUsage, runWhenMain, readArgs } from './usage.ts';

export const EXPORT_FORMATS = ['timelinejs-csv', 'timelinejs-json', 'csv', 'svg'] as const;
export type ExportFormat = (typeof EXPORT_FORMATS)[number];

const SVG_WIDTH = { default: 1200, min: 320, max: 20_000 };

const USAGE = `usage: npm run export -- [--format ${EXPORT_FORMATS.join('|')}] [--out file]
                          [--filter-country FR]… [--filter-actor id]… [dataset]
                          [--from 2021-09-01] [--to 2021-10-31] [--width 1200] [--lang fr] [--lanes]

  dataset           the dataset to export (default ${DEFAULT_DATASET_FILE})
  --format          timelinejs-csv (default): one CSV in TimelineJS's sheet template;
                    timelinejs-json: one TimelineJS JSON file (media, groups, planned events);
                    csv: our own sheets, events plus sources, actors and story next to it;
                    svg: the timeline as a standalone image for print
  --out             the file to write; timelinejs-csv, timelinejs-json and svg go to stdout without it;
                    csv needs it and names the events sheet (e.g. my-story/events.csv
                    also writes my-story/sources.csv, actors.csv and story.csv)
  --filter-country  keep the events of this country (repeat for several: any of them)
  --filter-actor    keep the events of this actor id (repeat for several: any of them);
                    with both filters, an event must match both

  For --format svg only:
  --from, --to      the dates the image shows (YYYY, YYYY-MM or YYYY-MM-DD, --to included),
                    widened on the right as far as the labels of its events need;
                    by default the stretch where most events are, as the app opens
  --width           the image's width in px (default ${SVG_WIDTH.default})
  --lang            ${LOCALES.join(', ')}: axis, legend and country names (default en)
  --lanes           one band per country (the first of each event), as "group by country"`;

interface SvgOptions {
  /** UTC ms where --from starts and where --to ends; either is missing when not given. */
  from?: number;
  to?: number;
  width: number;
  locale: Locale;
  lanes: boolean;
}

interface ExportOptions {
  dataset: string;
  format: ExportFormat;
  out?: string;
  countries: string[];
  actors: string[];
  svg: SvgOptions;
}

type Parsed = { ok: true; options: ExportOptions } | { ok: false; message: string };

function parseOptions(args: readonly string[]): Parsed {
  const read = readArgs(
    args,
    {
      format: { type: 'string', default: 'timelinejs-csv' },
      out: { type: 'string', short: 'o' },
      'filter-country': { type: 'string', multiple: true, default: [] },
      'filter-actor': { type: 'string', multiple: true, default: [] },
      from: { type: 'string' },
      to: { type: 'string' },
      width: { type: 'string' },
      lang: { type: 'string' },
      lanes: { type: 'boolean', default: false },
    },
    USAGE,
  );
  if (!read.ok) return read;
  const { values, positionals } = read;
  if (!(EXPORT_FORMATS as readonly string[]).includes(values.format)) {
    return { ok: false, message: `--format must be one of ${EXPORT_FORMATS.join(', ')}` };
  }
  if (positionals.length > 1) return { ok: false, message: `one dataset at a time\n${USAGE}` };
  const format = values.format as ExportFormat;
  if (format === 'csv' && values.out === undefined) {
    return {
      ok: false,
      message:
        '--format csv writes three sheets (events, sources, actors) and a story sheet: give the events file with --out, e.g. --out my-story/events.csv',
    };
  }
  const svgOnly = (['from', 'to', 'width', 'lang'] as const).filter((name) => values[name] !== undefined).map((name) => `--${name}`);
  if (values.lanes) svgOnly.push('--lanes');
  if (format !== 'svg' && svgOnly.length > 0) return { ok: false, message: `${svgOnly.join(', ')}: only for --format svg` };
  const svg = parseSvgOptions(values);
  if (!svg.ok) return svg;
  return {
    ok: true,
    options: {
      dataset: positionals[0] ?? DEFAULT_DATASET_FILE,
      format,
      out: values.out,
      countries: values['filter-country'],
      actors: values['filter-actor'],
      svg: svg.options,
    },
  };
}

function parseSvgOptions(values: {
  from?: string;
  to?: string;
  width?: string;
  lang?: string;
  lanes: boolean;
}): { ok: true; options: SvgOptions } | { ok: false; message: string } {
  const date = (name: 'from' | 'to', text: string | undefined) => {
    if (text === undefined) return { ok: true as const, ms: undefined };
    const parsed = parseEdtf(text);
    if (!parsed.ok) return { ok: false as const, message: `--${name} ${text}: ${parsed.reason}` };
    // --to names the last day (or month, or year) to show, so the range runs to its end.
    return { ok: true as const, ms: name === 'from' ? parsed.value.startMs : parsed.value.endMs };
  };
  const from = date('from', values.from);
  if (!from.ok) return from;
  const to = date('to', values.to);
  if (!to.ok) return to;
  if (from.ms !== undefined && to.ms !== undefined && to.ms <= from.ms)
    return { ok: false, message: `--to ${values.to} is not after --from ${values.from}` };

  const width = values.width === undefined ? SVG_WIDTH.default : /^\d+$/.test(values.width) ? Number(values.width) : NaN;
  if (!(width >= SVG_WIDTH.min && width <= SVG_WIDTH.max)) {
    return { ok: false, message: `--width must be a whole number of pixels from ${SVG_WIDTH.min} to ${SVG_WIDTH.max}` };
  }
  const lang = values.lang ?? 'en';
  if (!(LOCALES as readonly string[]).includes(lang)) return { ok: false, message: `--lang must be one of ${LOCALES.join(', ')}` };
  return { ok: true, options: { from: from.ms, to: to.ms, width, locale: lang as Locale, lanes: values.lanes } };
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

/** A dataset that is not UTF-8 is read all the same, with a warning first on stderr. */
export function runExport(args: readonly string[]): CliOutcome {
  const warnings: string[] = [];
  const outcome = exportFile(args, warnings);
  return { ...outcome, stderr: [...warnings, ...outcome.stderr] };
}

function exportFile(args: readonly string[], warnings: string[]): CliOutcome {
  if (helpAsked(args)) return showUsage(USAGE);
  const parsed = parseOptions(args);
  if (!parsed.ok) return { exitCode: 1, stdout: [], stderr: [parsed.message] };
  const options = parsed.options;

  const read = readTextFile(options.dataset, warnings, 'a dataset (JSON)');
  if (!read.ok) return { exitCode: 1, stdout: [], stderr: [read.page ? read.reason : `cannot read ${options.dataset}`] };
  const text = read.text;
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
    return {
      exitCode: 1,
      stdout: [],
      stderr: [...validation.problems.map(formatProblem), `${options.dataset} is not valid: nothing exported`],
    };
  }

  const view = filterDataset(validation.dataset, { countries: options.countries, actors: options.actors });
  if (options.format === 'svg') return exportSvg(options, validation.events, view.dataset);
  // Relations cut by the filter matter only to our sheets: TimelineJS holds no relations at all.
  const notes = options.format === 'csv' ? [...view.notes] : [];
  if (view.dataset.events.length === 0) {
    return { exitCode: 1, stdout: [], stderr: ['no event matches the filters: nothing exported'] };
  }

  if (options.format === 'timelinejs-csv' || options.format === 'timelinejs-json') {
    const json = options.format === 'timelinejs-json';
    const result = json ? datasetToTimelineJsJson(view.dataset) : datasetToTimelineJsCsv(view.dataset);
    notes.push(...result.notes);
    if (!result.ok)
      return { exitCode: 1, stdout: [], stderr: [...notes.filter((n) => n.level === 'error').map(formatNote), 'nothing exported'] };
    const text = 'json' in result ? `${JSON.stringify(result.json, null, 2)}\n` : result.csv;
    const stderr = reportLines(notes);
    if (options.out === undefined) return { exitCode: 0, stdout: [text.replace(/\n$/, '')], stderr };
    write(options.out, text);
    const what = json ? 'as a TimelineJS JSON file' : 'in the TimelineJS sheet template';
    return { exitCode: 0, stdout: [], stderr: [...stderr, `wrote ${options.out}: ${view.dataset.events.length} events ${what}`] };
  }

  const result = datasetToSheets(view.dataset);
  notes.push(...result.notes);
  if (!result.ok)
    return { exitCode: 1, stdout: [], stderr: [...notes.filter((n) => n.level === 'error').map(formatNote), 'nothing exported'] };
  const eventsFile = options.out ?? '';
  const sourcesFile = join(dirname(eventsFile), siblingSheetName(basename(eventsFile), 'sources'));
  const actorsFile = join(dirname(eventsFile), siblingSheetName(basename(eventsFile), 'actors'));
  const storyFile = join(dirname(eventsFile), siblingSheetName(basename(eventsFile), 'story'));
  write(eventsFile, result.sheets.events);
  write(sourcesFile, result.sheets.sources);
  write(actorsFile, result.sheets.actors);
  write(storyFile, result.sheets.story);
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
      `wrote ${eventsFile}, ${sourcesFile}, ${actorsFile} and ${storyFile}: ${view.dataset.events.length} events`,
      `${storyFile} holds the title, description and language (--title and --description override it); the file names of the source texts, and media addresses that are not http(s), are relative to the dataset. To import the sheets again:`,
      `  npm run import -- ${eventsFile} --out ${importTo} --title ${quote(view.dataset.title)}${description}`,
    ],
  };
}

/** The filtered view as an image; its colours follow the whole dataset's countries, as in the app. */
function exportSvg(options: ExportOptions, allEvents: readonly ParsedEvent[], view: Dataset): CliOutcome {
  if (view.events.length === 0) return { exitCode: 1, stdout: [], stderr: ['no event matches the filters: nothing exported'] };
  const parsedDates = new Map(allEvents.map((event) => [event.id, event.parsedDate]));
  const events = view.events.flatMap((event) => {
    const parsedDate = parsedDates.get(event.id);
    return parsedDate === undefined ? [] : [{ ...event, parsedDate }];
  });
  const { from, to, width, locale, lanes } = options.svg;
  // With one end given, the other is the edge of the view's events.
  const extent = dataExtent(events.map((event) => event.parsedDate));
  const range = from === undefined && to === undefined ? undefined : ([from ?? extent?.[0] ?? 0, to ?? extent?.[1] ?? 0] as const);
  if (range !== undefined && !(range[1] > range[0])) {
    return {
      exitCode: 1,
      stdout: [],
      stderr: [`the events of the view are all ${from === undefined ? 'after --to' : 'before --from'}: nothing exported`],
    };
  }
  const result = renderTimelinePrint(events, {
    width,
    locale,
    lanes,
    ...(range === undefined ? {} : { range }),
    title: view.title,
    countries: countriesByFrequency(allEvents),
    sources: view.sources,
  });
  if (result.drawn === 0) return { exitCode: 1, stdout: [], stderr: ['no event falls between --from and --to: nothing exported'] };
  const leftOut = [result.earlier > 0 ? `${result.earlier} earlier` : '', result.later > 0 ? `${result.later} later` : ''].filter(
    (part) => part !== '',
  );
  const summary = `${result.drawn} events drawn${leftOut.length > 0 ? `, ${leftOut.join(' and ')} outside the range` : ''}`;
  if (options.out === undefined) return { exitCode: 0, stdout: [result.svg.replace(/\n$/, '')], stderr: [summary] };
  write(options.out, result.svg);
  return { exitCode: 0, stdout: [], stderr: [`wrote ${options.out}: ${summary}`] };
}

runWhenMain(import.meta.url, runExport);
