/**
 * What an editor drops on the studio or picks in its file dialog (issue 15), made into a
 * dataset and the source texts it quotes. Pure: bytes in, text and an unvalidated dataset out,
 * with no DOM and no Node API, so the page and the tests run the same code.
 *
 * It takes the files in any order: a dataset of this project's format with its source texts,
 * our sheets (events, sources, actors, and story when there is one, told by their columns) with
 * the source texts they name, or a TimelineJS JSON or CSV, whose text becomes the one source; a
 * zip of any of these is opened first. A source text is found by its path relative to the
 * dataset when the files came as a dropped folder (or a zip), else by its file name. Whatever is
 * wrong comes back as one message (place, reason, fix); whatever was decided, decoded otherwise
 * than as UTF-8 or left out, as notes.
 *
 * `detectImportText` tells what one text is (a dataset, TimelineJS JSON or CSV, one of our
 * sheets); the import command (src/cli/import.ts) uses it too, so both read a file alike.
 */
import { unzipSync } from 'fflate';
import { decodeText, isWebPage } from '../model/decodeText.ts';
import { describeJsonSyntaxError } from '../model/json.ts';
import { EVENT_COLUMNS, sheetsToDataset, siblingSheetName, SOURCE_COLUMNS, titleFromEventsFileName } from './dataset-sheets.ts';
import { formatNote, formatNoteGroup, groupNotes, importHeadline, type InteropNote } from './notes.ts';
import { hasColumns, readHeader } from './sheet.ts';
import { importTimelineJsCsv, importTimelineJsJson } from './timelinejs-import.ts';

/** What one text is, told by its content (JSON) or its first row (CSV), never by its name. */
export type DetectedText =
  | { kind: 'dataset'; json: object }
  | { kind: 'timelinejs-json'; json: unknown }
  | { kind: 'invalid-json'; message: string }
  | { kind: 'timelinejs-csv'; header: string[] }
  | { kind: 'events-sheet'; header: string[] }
  | { kind: 'sources-sheet'; header: string[] }
  | { kind: 'actors-sheet'; header: string[] }
  | { kind: 'story-sheet'; header: string[] }
  | { kind: 'unknown'; header: string[] };

/** Where JSON starts: a text whose first character is a bracket is read as JSON. */
export const looksLikeJson = (text: string): boolean => /^\s*[[{]/.test(text);

const STORY_KEYS = new Set(['title', 'description', 'language']);

/**
 * `file` names the text in messages; `asJson` reads it as JSON whatever it looks like (the
 * CLI's --format timelinejs-json, or a file named .json). JSON with a `schemaVersion` is a
 * dataset of this project's format, other JSON is taken for TimelineJS; a CSV is told by the
 * columns of its first row, in any order or case.
 */
export function detectImportText(file: string, text: string, asJson = false): DetectedText {
  if (asJson || looksLikeJson(text)) {
    let json: unknown;
    try {
      json = JSON.parse(text);
    } catch (error) {
      return { kind: 'invalid-json', message: describeJsonSyntaxError(file, text, error) };
    }
    if (typeof json === 'object' && json !== null && 'schemaVersion' in json) return { kind: 'dataset', json };
    return { kind: 'timelinejs-json', json };
  }
  const header = readHeader(text);
  if (hasColumns(header, ['Year', 'Headline'])) return { kind: 'timelinejs-csv', header };
  if (hasColumns(header, ['id', 'quotes'])) return { kind: 'events-sheet', header };
  if (hasColumns(header, ['id', 'title', 'file'])) return { kind: 'sources-sheet', header };
  if (hasColumns(header, ['id', 'name', 'kind'])) return { kind: 'actors-sheet', header };
  const named = header.filter((cell) => cell !== '').map((cell) => cell.replace(/\s+/g, ' ').toLowerCase());
  if (named.length > 0 && named.every((cell) => STORY_KEYS.has(cell))) return { kind: 'story-sheet', header };
  return { kind: 'unknown', header };
}

// ---------------------------------------------------------------------------------------------
// Opening what the editor has

/** A file as the browser gives it: `path` is its place within a dropped folder ("my-story/sources/a.txt"). */
export interface GivenFile {
  name: string;
  path?: string;
  bytes: Uint8Array;
}

export type OpenFilesResult =
  | {
      ok: true;
      /** Not yet validated: the studio validates it and shows the problems. */
      dataset: unknown;
      /** The texts of the dataset's sources, by each source's `file` as the dataset writes it. */
      sourceTexts: Map<string, string>;
      /** What was converted, decoded otherwise than as UTF-8, or left out. */
      notes: string[];
    }
  | { ok: false; message: string };

/** More files than this at once is a folder larger than a story's. */
export const MAX_FILES = 500;
/** All files together, unzipped; a story's texts are a few megabytes. */
export const MAX_BYTES = 64 * 1024 * 1024;

const SPREADSHEET = /\.(xlsx|xlsm|xlsb|xls|ods|numbers)$/i;
const ZIP = /\.zip$/i;
/** Files that are not text: media next to a dataset, documents. Never decoded unless a source names them. */
const BINARY =
  /\.(png|jpe?g|gif|webp|avif|bmp|tiff?|ico|heic|pdf|docx?|odt|pptx?|mp3|mp4|m4a|wav|ogg|webm|mov|woff2?|ttf|otf|gz|7z|rar|tar)$/i;
/** What operating systems leave in folders and zips, which no editor means to open. */
const SYSTEM_FILE = /(^|\/)(\.DS_Store|Thumbs\.db|desktop\.ini|\._[^/]*|__MACOSX\/.*|\.git\/.*)$/i;

const OPEN_WHAT =
  'Open a dataset (.json of this format) with its source texts, our events, sources and actors sheets (CSV) with theirs, ' +
  'or a TimelineJS JSON or CSV file';

type Kind = DetectedText['kind'] | 'spreadsheet' | 'zip' | 'binary' | 'web-page' | 'text';

interface Entry {
  name: string;
  /** Normalised: "/"-separated, without "." or empty segments; undefined when the browser gave none. */
  path?: string;
  bytes: Uint8Array;
  /** How messages name it: its path, else its name; "inside" the zip it came from. */
  shown: string;
  /** The zip it came from, when it did. */
  zip?: string;
  decoded?: { text: string; notice?: string };
  detected?: DetectedText;
  kind?: Kind;
}

const fail = (message: string): OpenFilesResult => ({ ok: false, message });

/** Rounded up to a tenth, so that a byte over the bound never reads as the bound: "64.1 MB". */
const megabytes = (bytes: number) => `${Math.ceil((bytes / (1024 * 1024)) * 10) / 10} MB`;

const plural = (count: number, one: string, many = `${one}s`) => `${count} ${count === 1 ? one : many}`;

/** "a, b, c and 4 more". */
function listOf(items: readonly string[], max = 5): string {
  const shown = items.slice(0, max).join(', ');
  return items.length > max ? `${shown} and ${items.length - max} more` : shown;
}

/** "a/./b\\c" → "a/b/c"; ".." steps back, and stays at the start when it leaves the folder. */
export function normalizePath(path: string): string {
  const out: string[] = [];
  for (const segment of path.replace(/\\/g, '/').split('/')) {
    if (segment === '' || segment === '.') continue;
    if (segment === '..' && out.length > 0 && out.at(-1) !== '..') out.pop();
    else out.push(segment);
  }
  return out.join('/');
}

const folderOf = (path: string) => path.slice(0, Math.max(0, path.lastIndexOf('/')));
const baseName = (path: string) => path.slice(path.lastIndexOf('/') + 1);
const joinPath = (folder: string, path: string) => normalizePath(folder === '' ? path : `${folder}/${path}`);

const isZipBytes = (bytes: Uint8Array) => bytes[0] === 0x50 && bytes[1] === 0x4b && (bytes[2] === 3 || bytes[2] === 5);

function entryOf(name: string, path: string | undefined, bytes: Uint8Array, zip?: string): Entry {
  const normalized = path === undefined || path.trim() === '' ? undefined : normalizePath(path);
  const shown = (normalized ?? name) + (zip === undefined ? '' : ` (in ${zip})`);
  return { name, path: normalized, bytes, shown, ...(zip === undefined ? {} : { zip }) };
}

type Expanded = { ok: true; entries: Entry[]; notes: string[] } | { ok: false; message: string };

/** The given files with every zip (not a workbook, which is a zip too) replaced by what it holds. */
function expandZips(files: readonly GivenFile[]): Expanded {
  const entries: Entry[] = [];
  const notes: string[] = [];
  let count = 0;
  let total = 0;
  const over = () => count > MAX_FILES || total > MAX_BYTES;
  for (const file of files) {
    const zip = ZIP.test(file.name) || (isZipBytes(file.bytes) && !SPREADSHEET.test(file.name) && !BINARY.test(file.name));
    if (!zip) {
      if (SYSTEM_FILE.test(file.path ?? file.name)) continue;
      entries.push(entryOf(file.name, file.path, file.bytes));
      count += 1;
      total += file.bytes.length;
      continue;
    }
    const shown = file.path ?? file.name;
    // A zip given inside a folder keeps its place: what it holds sits where it sits.
    const folder = file.path === undefined ? undefined : folderOf(normalizePath(file.path));
    let unzipped: Record<string, Uint8Array>;
    try {
      // The sizes a zip declares are checked before anything is inflated, so a small zip
      // cannot unpack into more than the limits allow.
      unzipped = unzipSync(file.bytes, {
        filter: (info) => {
          if (info.name.endsWith('/') || SYSTEM_FILE.test(info.name)) return false;
          count += 1;
          total += info.originalSize;
          return !over();
        },
      });
    } catch (error) {
      const reason = error instanceof Error ? error.message : String(error);
      return { ok: false, message: `${shown}: cannot open this zip (${reason}): unzip it on your computer and open the folder it gives` };
    }
    if (over()) break;
    const names = Object.keys(unzipped);
    for (const name of names) {
      const bytes = unzipped[name] ?? new Uint8Array();
      entries.push(entryOf(baseName(name), folder === undefined ? name : joinPath(folder, name), bytes, shown));
    }
    notes.push(`${shown}: unzipped, ${plural(names.length, 'file')}`);
  }
  if (count > MAX_FILES) {
    return {
      ok: false,
      message: `${plural(count, 'file')}: the studio opens at most ${MAX_FILES} at a time: open the story's own folder (its dataset or sheets and its source texts), not one that holds more`,
    };
  }
  const actual = entries.reduce((sum, entry) => sum + entry.bytes.length, 0);
  if (total > MAX_BYTES || actual > MAX_BYTES) {
    return {
      ok: false,
      message: `the files come to ${megabytes(Math.max(total, actual))} unzipped, over the ${megabytes(MAX_BYTES)} the studio opens at once: leave out what the story does not use (media, other stories)`,
    };
  }
  return { ok: true, entries, notes };
}

function decoded(entry: Entry): { text: string; notice?: string } {
  entry.decoded ??= decodeText(entry.bytes, entry.shown);
  return entry.decoded;
}

/** What an entry is: by its name for workbooks, zips and media, else by its content. */
function kindOf(entry: Entry): Kind {
  if (entry.kind !== undefined) return entry.kind;
  const json = /\.json$/i.test(entry.name);
  let kind: Kind;
  if (SPREADSHEET.test(entry.name)) kind = 'spreadsheet';
  else if (BINARY.test(entry.name)) kind = 'binary';
  else if (ZIP.test(entry.name) || isZipBytes(entry.bytes)) kind = 'zip';
  else {
    const { text } = decoded(entry);
    if (isWebPage(text)) kind = 'web-page';
    else {
      entry.detected = detectImportText(entry.shown, text, json);
      kind = entry.detected.kind;
      // Only a file named .json must be JSON; a text that merely starts with a bracket is text.
      if ((kind === 'invalid-json' && !json) || kind === 'unknown') kind = 'text';
    }
  }
  entry.kind = kind;
  return kind;
}

/** What the message says of a file that is no timeline, for the editor who opened only such files. */
function describeUnopenable(entry: Entry): string {
  switch (kindOf(entry)) {
    case 'spreadsheet':
      return (
        `${entry.shown} is a spreadsheet workbook, which the studio does not read: save each sheet ` +
        '(events, sources, actors, and story if there is one) as CSV, and open those CSV files with the source texts'
      );
    case 'zip':
      return `${entry.shown} is a zip inside the zip: unzip it first, and open what it holds`;
    case 'binary':
      return `${entry.shown} is not a text file`;
    case 'web-page':
      return `${entry.shown} is a web page (HTML): was it saved from the browser? Save the file itself, not the page that shows it`;
    case 'sources-sheet':
    case 'actors-sheet':
    case 'story-sheet':
      return `${entry.shown} is our ${kindOf(entry).replace('-', ' ')}, which needs the events sheet (the one whose first row has ${EVENT_COLUMNS.join(', ')}): open it too`;
    default: {
      const header = entry.detected && 'header' in entry.detected ? entry.detected.header : [];
      const first = header.filter((cell) => cell !== '').slice(0, 8);
      return `${entry.shown} is neither a dataset nor a sheet${first.length > 0 ? ` (its first row: ${first.join(', ')})` : ''}`;
    }
  }
}

/** Where a source stands in messages: "sources[2]", or "sources sheet row 4" for our sheets. */
type SourcePlace = (index: number) => string;

interface Matched {
  sourceTexts: Map<string, string>;
  used: Set<Entry>;
  problems: string[];
}

/**
 * Finds each source's text among the entries: by its path from the dataset's folder when the
 * dataset's path is known, else by its path's end, else by its file name among files without a
 * path. A file that fits two different sources, or a source that several files fit, is a
 * problem: only the whole folder tells them apart.
 */
function matchSources(dataset: unknown, main: Entry, candidates: readonly Entry[], place: SourcePlace): Matched {
  const sourceTexts = new Map<string, string>();
  const used = new Set<Entry>();
  const problems: string[] = [];
  const sources = typeof dataset === 'object' && dataset !== null && 'sources' in dataset ? dataset.sources : undefined;
  if (!Array.isArray(sources)) return { sourceTexts, used, problems };
  const folder = main.path === undefined ? undefined : folderOf(main.path);
  const byEntry = new Map<Entry, { index: number; file: string }>();
  const unpathed = candidates.filter((entry) => entry.path === undefined);
  const pathed = candidates.filter((entry) => entry.path !== undefined);
  for (const [index, source] of sources.entries()) {
    const raw: unknown = typeof source === 'object' && source !== null && 'file' in source ? source.file : undefined;
    const file = typeof raw === 'string' ? raw.trim() : '';
    if (file === '') continue; // the validator says what is missing
    const wanted = normalizePath(file);
    const name = baseName(wanted);
    let found: Entry[] =
      folder === undefined
        ? pathed.filter((entry) => entry.path === wanted || entry.path!.endsWith(`/${wanted}`))
        : pathed.filter((entry) => entry.path === joinPath(folder, wanted));
    let byName = false;
    if (found.length === 0) {
      found = unpathed.filter((entry) => entry.name === name);
      byName = true;
    }
    if (found.length === 0) {
      const elsewhere = pathed.filter((entry) => entry.name === name).map((entry) => entry.shown);
      problems.push(
        elsewhere.length > 0 && main.path !== undefined
          ? `${place(index)} names ${file}, relative to ${main.shown}, but ${listOf(elsewhere)} ${elsewhere.length === 1 ? 'is' : 'are'} elsewhere: ` +
              `move it to ${joinPath(folder ?? '', wanted)}, or correct the file name in the dataset`
          : `${place(index)} names ${file}: add that file, or drop the whole folder`,
      );
      continue;
    }
    if (found.length > 1) {
      problems.push(
        `${place(index)} names ${file}, and ${plural(found.length, 'file')} fit it (${listOf(found.map((entry) => entry.shown))}): ` +
          (byName ? 'drop the whole folder, so that their paths tell them apart' : 'leave out the ones that do not belong to this story'),
      );
      continue;
    }
    const entry = found[0]!;
    const earlier = byEntry.get(entry);
    if (earlier !== undefined && normalizePath(earlier.file) !== wanted) {
      problems.push(
        `${entry.shown} fits both ${place(earlier.index)} (${earlier.file}) and ${place(index)} (${file}): ` +
          'drop the whole folder, so that their paths tell the two apart',
      );
      continue;
    }
    byEntry.set(entry, { index, file });
    const kind = kindOf(entry);
    if (kind === 'web-page' || kind === 'binary' || kind === 'spreadsheet' || kind === 'zip') {
      problems.push(
        kind === 'web-page'
          ? `${place(index)} names ${file}, which is a web page (HTML), not plain text: save the page's text as a .txt file and name that`
          : `${place(index)} names ${file}, which is not a text file: save its text as a .txt file (UTF-8) and name that`,
      );
      continue;
    }
    used.add(entry);
    sourceTexts.set(file, decoded(entry).text);
  }
  return { sourceTexts, used, problems };
}

const problemsMessage = (problems: readonly string[], max = 12) =>
  problems.length <= max ? problems.join('\n') : [...problems.slice(0, max), `… and ${problems.length - max} more like these`].join('\n');

/** Notes of a converter, each kind once with its count (notes.ts). */
const noteLines = (notes: readonly InteropNote[]) =>
  groupNotes(notes.filter((note) => note.level !== 'error')).map((group) => formatNoteGroup(group));

const errorLines = (file: string, notes: readonly InteropNote[]) =>
  notes.filter((note) => note.level === 'error').map((note) => `${file}: ${formatNote(note)}`);

/** Decoding notices of the files used, then the files left out. */
function closingNotes(used: readonly Entry[], all: readonly Entry[]): string[] {
  const notices = used.map((entry) => entry.decoded?.notice).filter((notice): notice is string => notice !== undefined);
  const usedSet = new Set(used);
  const left = all.filter((entry) => !usedSet.has(entry)).map((entry) => entry.shown);
  return [...notices, ...(left.length > 0 ? [`left out ${plural(left.length, 'file')} that the story does not use: ${listOf(left)}`] : [])];
}

/**
 * Opens what the editor dropped or picked (see the top of this file). Refuses more than
 * MAX_FILES files or MAX_BYTES bytes, zips counted unpacked.
 */
export function openFiles(files: readonly GivenFile[]): OpenFilesResult {
  if (files.length === 0) return fail(`nothing to open: no file was chosen. ${OPEN_WHAT}.`);
  if (files.length > MAX_FILES) {
    return fail(
      `${plural(files.length, 'file')}: the studio opens at most ${MAX_FILES} at a time: open the story's own folder (its dataset or sheets and its source texts), not one that holds more`,
    );
  }
  const given = files.reduce((sum, file) => sum + file.bytes.length, 0);
  if (given > MAX_BYTES) {
    return fail(
      `the files come to ${megabytes(given)}, over the ${megabytes(MAX_BYTES)} the studio opens at once: leave out what the story does not use (media, other stories)`,
    );
  }
  const expanded = expandZips(files);
  if (!expanded.ok) return fail(expanded.message);
  const { entries } = expanded;
  if (entries.length === 0) return fail(`nothing to open: the folder or zip holds no file. ${OPEN_WHAT}.`);

  // A file named .json must be JSON, and a web page is never what was meant by one.
  for (const entry of entries) {
    const kind = kindOf(entry);
    if (kind === 'invalid-json' && entry.detected?.kind === 'invalid-json') {
      return fail(`${entry.detected.message}: correct it in a text editor (or leave the file out)`);
    }
    if (kind === 'web-page' && /\.(json|csv|tsv)$/i.test(entry.name)) {
      return fail(
        `${entry.shown} is a web page (HTML), not ${/\.json$/i.test(entry.name) ? 'JSON' : 'a CSV sheet'}: was it saved from the browser? Save the file itself, not the page that shows it`,
      );
    }
  }
  const of = (kind: Kind) => entries.filter((entry) => entry.kind === kind);
  const datasets = of('dataset');
  const timelineJs = [...of('timelinejs-json'), ...of('timelinejs-csv')];
  const sheets = {
    events: of('events-sheet'),
    sources: of('sources-sheet'),
    actors: of('actors-sheet'),
    story: of('story-sheet'),
  };
  const names = (list: readonly Entry[]) => listOf(list.map((entry) => entry.shown));

  if (datasets.length > 1) {
    return fail(
      `${plural(datasets.length, 'dataset')} at once (${names(datasets)}): open one story at a time, its dataset with its source texts`,
    );
  }
  const [dataset] = datasets;
  if (dataset !== undefined) return openDataset(dataset, entries, expanded.notes);
  if (sheets.events.length > 0) {
    if (timelineJs.length > 0) {
      return fail(`both our events sheet (${names(sheets.events)}) and a TimelineJS file (${names(timelineJs)}): open one story at a time`);
    }
    return openSheets(sheets, entries, expanded.notes);
  }
  if (timelineJs.length > 1)
    return fail(`${plural(timelineJs.length, 'TimelineJS file')} at once (${names(timelineJs)}): open one at a time`);
  const [timeline] = timelineJs;
  if (timeline !== undefined) return openTimelineJs(timeline, entries, expanded.notes);

  // Nothing to open: say what each file is, the ones closest to a story first.
  const order: Kind[] = ['spreadsheet', 'sources-sheet', 'actors-sheet', 'story-sheet', 'zip', 'web-page', 'text', 'binary'];
  const sorted = [...entries].sort((a, b) => order.indexOf(kindOf(a)) - order.indexOf(kindOf(b)));
  const reasons = sorted.slice(0, 5).map(describeUnopenable);
  const more = sorted.length > 5 ? [`(and ${plural(sorted.length - 5, 'more file')})`] : [];
  return fail([`nothing here is a timeline to open:`, ...reasons, ...more, `${OPEN_WHAT}.`].join('\n'));
}

function openDataset(main: Entry, entries: readonly Entry[], notes: string[]): OpenFilesResult {
  const json = (main.detected as { json: object }).json;
  const candidates = entries.filter((entry) => entry !== main);
  const matched = matchSources(json, main, candidates, (index) => `sources[${index}]`);
  if (matched.problems.length > 0) return fail(problemsMessage(matched.problems.map((problem) => `${main.shown}: ${problem}`)));
  const used = [main, ...matched.used];
  const opened = `${main.shown}: opened the dataset with ${plural(matched.sourceTexts.size, 'source text')}`;
  const sheetsToo = entries.filter((entry) => /-sheet$|^timelinejs/.test(entry.kind ?? ''));
  const asWell =
    sheetsToo.length > 0
      ? [
          `${listOf(sheetsToo.map((entry) => entry.shown))}: not converted, since the dataset came with them; open them alone to convert them instead`,
        ]
      : [];
  return {
    ok: true,
    dataset: json,
    sourceTexts: matched.sourceTexts,
    notes: [
      ...notes,
      opened,
      ...asWell,
      ...closingNotes(
        used,
        entries.filter((entry) => !sheetsToo.includes(entry)),
      ),
    ],
  };
}

/** One sheet of a kind: the only one, else the one named after the events sheet. */
function pickSheet(found: readonly Entry[], events: Entry, sheet: 'sources' | 'actors' | 'story'): Entry | undefined | 'ambiguous' {
  if (found.length <= 1) return found[0];
  const named = found.filter((entry) => entry.name === siblingSheetName(events.name, sheet));
  return named.length === 1 ? named[0] : 'ambiguous';
}

function openSheets(
  sheets: Record<'events' | 'sources' | 'actors' | 'story', Entry[]>,
  entries: readonly Entry[],
  notes: string[],
): OpenFilesResult {
  const [events, ...otherEvents] = sheets.events;
  if (events === undefined) return fail('no events sheet');
  if (otherEvents.length > 0) {
    return fail(
      `${plural(sheets.events.length, 'events sheet')} at once (${listOf(sheets.events.map((entry) => entry.shown))}): open one story at a time`,
    );
  }
  const picked = {
    sources: pickSheet(sheets.sources, events, 'sources'),
    actors: pickSheet(sheets.actors, events, 'actors'),
    story: pickSheet(sheets.story, events, 'story'),
  };
  for (const [sheet, entry] of Object.entries(picked)) {
    if (entry === 'ambiguous') {
      const list = sheets[sheet as keyof typeof picked].map((other) => other.shown);
      return fail(
        `${list.length} ${sheet} sheets (${listOf(list)}) and nothing tells which goes with ${events.shown}: ` +
          `name it ${siblingSheetName(events.name, sheet as 'sources')}, or open one story at a time`,
      );
    }
  }
  const { sources, actors, story } = picked as Record<keyof typeof picked, Entry | undefined>;
  if (sources === undefined) {
    return fail(
      `${events.shown} is our events sheet, but no sources sheet came with it (its first row: ${SOURCE_COLUMNS.join(', ')}): ` +
        'open it too, since every quote names a source',
    );
  }
  const text = (entry: Entry | undefined) => (entry === undefined ? undefined : decoded(entry).text);
  const result = sheetsToDataset(
    {
      events: text(events)!,
      sources: text(sources)!,
      ...(actors ? { actors: text(actors)! } : {}),
      ...(story ? { story: text(story)! } : {}),
    },
    { fallback: { title: titleFromEventsFileName(events.name) || 'Untitled timeline' } },
  );
  if (!result.ok) {
    const errors = result.notes.filter((note) => note.level === 'error').map((note) => formatNote(note));
    return fail(problemsMessage(errors.length > 0 ? errors : [`${events.shown}: the sheets could not be read`]));
  }
  const sheetEntries = [events, sources, ...(actors ? [actors] : []), ...(story ? [story] : [])];
  const candidates = entries.filter((entry) => !sheetEntries.includes(entry));
  const matched = matchSources(
    result.dataset,
    events,
    candidates,
    (index) => result.locations.sources[index] ?? `sources sheet, source ${index + 1}`,
  );
  if (matched.problems.length > 0) return fail(problemsMessage(matched.problems));
  const count = result.dataset.events.length;
  const opened =
    `converted our sheets (${listOf(sheetEntries.map((entry) => entry.shown))}) into a dataset of ${plural(count, 'event')}, ` +
    `with ${plural(matched.sourceTexts.size, 'source text')}`;
  const noActors =
    actors === undefined ? ['no actors sheet (its first row: id, name, kind, country, role): the dataset has no actors'] : [];
  return {
    ok: true,
    dataset: result.dataset,
    sourceTexts: matched.sourceTexts,
    notes: [...notes, opened, ...noActors, ...noteLines(result.notes), ...closingNotes([...sheetEntries, ...matched.used], entries)],
  };
}

function openTimelineJs(main: Entry, entries: readonly Entry[], notes: string[]): OpenFilesResult {
  const options = { fileName: main.name };
  const result =
    main.kind === 'timelinejs-json'
      ? importTimelineJsJson((main.detected as { json: unknown }).json, options)
      : importTimelineJsCsv(decoded(main).text, options);
  if (!result.ok) return fail(problemsMessage(errorLines(main.shown, result.notes)));
  const kind = main.kind === 'timelinejs-json' ? 'TimelineJS JSON' : 'TimelineJS sheet';
  return {
    ok: true,
    dataset: result.dataset,
    sourceTexts: new Map(result.sourceTexts.map((source) => [source.file, source.text])),
    notes: [
      ...notes,
      `${main.shown}: converted from a ${kind}: ${importHeadline(result.count, result.notes)}`,
      ...noteLines(result.notes),
      ...closingNotes([main], entries),
    ],
  };
}
