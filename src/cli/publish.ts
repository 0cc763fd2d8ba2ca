/**
 * `npm run publish -- data/my-story.json --out <folder> [--base https://…/] [--viewer]`: the
 * story made into a folder to copy to a web site as it is (src/interop/publish.ts decides what
 * goes in it): the dataset with the texts of its sources, with `--viewer` the built viewer
 * too, and a README.txt for the editor with the three embeds, which are also printed.
 *
 * It writes into a new or empty folder, or one an earlier publish made (README.txt says so);
 * any other only with --force. It never writes outside --out.
 */
import { existsSync, mkdirSync, readdirSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { dirname, join, relative, resolve, sep } from 'node:path';
import {
  localMediaPaths,
  NOT_VIEWER,
  pathProblem,
  PUBLISH_MARK,
  publishStory,
  README_FILE,
  SOURCES_FOLDER,
  VIEWER_FILES,
  VIEWER_MANIFEST,
  type PublishedFile,
} from '../interop/publish.ts';
import { collectSourceFiles } from '../model/validate.ts';
import { describeJsonSyntaxError, readTextFile, type CliOutcome } from './validate.ts';
import { helpAsked, showUsage, runWhenMain, readArgs } from './usage.ts';
import { listFiles } from './listFiles.ts';

export const DEFAULT_DIST = 'dist';

const USAGE = `usage: npm run publish -- <dataset> --out <folder> [--base https://…/] [--viewer] [--dist dist] [--force]

  <dataset>  the story to publish, e.g. data/my-story.json; its source texts (and media
             files) are read relative to it, and it must be valid (npm run validate)
  --out      the folder to write: new, empty, or made by an earlier publish
  --base     the address the folder will have on the site, e.g. https://news.example.org/stories/aukus/;
             the embeds in README.txt and printed here use it (without it: https://YOUR-SITE/…
             placeholders to replace). Without --viewer the story goes in the data/ folder of a
             viewer already on the site, so the address ends in /data/<story>/
  --viewer   publish the viewer with the story (built by npm run build into dist/): the folder
             is then the whole timeline, the story in data/<story>/
  --dist     where the built viewer is (default ${DEFAULT_DIST}/)
  --force    write into a folder that is not empty and that publish did not make
             (files of the same name are replaced; nothing else is removed)`;

interface PublishOptions {
  dataset: string;
  out: string;
  base?: string;
  viewer: boolean;
  dist: string;
  force: boolean;
}

type Parsed = { ok: true; options: PublishOptions } | { ok: false; message: string };

function parseOptions(args: readonly string[]): Parsed {
  const read = readArgs(
    args,
    {
      out: { type: 'string', short: 'o' },
      base: { type: 'string' },
      viewer: { type: 'boolean', default: false },
      dist: { type: 'string' },
      force: { type: 'boolean', default: false },
    },
    USAGE,
  );
  if (!read.ok) return read;
  const { values, positionals } = read;
  const [dataset, ...extra] = positionals;
  if (dataset === undefined) return { ok: false, message: `which story should be published? e.g. data/my-story.json\n${USAGE}` };
  if (extra.length > 0) return { ok: false, message: `one story at a time: ${extra.join(' ')} is extra\n${USAGE}` };
  if (values.out === undefined || values.out.trim() === '') {
    return { ok: false, message: `--out: which folder should the story be written into? e.g. --out publish/my-story\n${USAGE}` };
  }
  if (values.dist !== undefined && !values.viewer) return { ok: false, message: '--dist says where the viewer is: only with --viewer' };
  return {
    ok: true,
    options: {
      dataset,
      out: values.out,
      base: values.base,
      viewer: values.viewer,
      dist: values.dist ?? DEFAULT_DIST,
      force: values.force,
    },
  };
}

/** A path as the editor typed it: relative to where the command runs, or absolute when outside it. */
function shown(path: string): string {
  const inside = relative(process.cwd(), path);
  return inside === '' ? '.' : inside.startsWith('..') ? path : inside;
}

/** Whether `path` is `folder` or inside it. */
const within = (path: string, folder: string) => path === folder || path.startsWith(folder.endsWith(sep) ? folder : folder + sep);

type Viewer = { ok: true; files: Map<string, Uint8Array> } | { ok: false; message: string };

/** The built viewer from dist/, without its own stories and demonstration pages. */
function readViewer(dist: string): Viewer {
  const folder = resolve(dist);
  const missing = VIEWER_FILES.filter((path) => !existsSync(join(folder, path)));
  if (missing.length > 0) {
    const what = existsSync(folder) ? `${shown(folder)}/ has no ${missing.join(', ')}` : `there is no ${shown(folder)}/ folder`;
    return {
      ok: false,
      message: `--viewer: ${what}, so there is no built viewer to publish: run npm run build first, then publish again`,
    };
  }
  // The build lists what a reader's pages load (VIEWER_MANIFEST); a folder without the list is published whole.
  const manifest = join(folder, VIEWER_MANIFEST);
  const paths = existsSync(manifest) ? (JSON.parse(readFileSync(manifest, 'utf8')) as string[]) : listFiles(folder, NOT_VIEWER);
  const files = new Map<string, Uint8Array>();
  for (const path of paths) files.set(path, readFileSync(join(folder, path)));
  return { ok: true, files };
}

/** What is in `out` now: nothing, something publish made (README.txt's first line says so), or something else. */
function folderState(out: string): 'new' | 'empty' | 'ours' | 'other' | 'file' {
  if (!existsSync(out)) return 'new';
  if (!statSync(out).isDirectory()) return 'file';
  if (readdirSync(out).length === 0) return 'empty';
  try {
    const first = readFileSync(join(out, README_FILE), 'utf8').split('\n', 1)[0] ?? '';
    return first.includes(PUBLISH_MARK) ? 'ours' : 'other';
  } catch {
    return 'other';
  }
}

/** Reads the dataset, its texts and its media, relative to the dataset file. */
function readStory(file: string, warnings: string[]) {
  const read = readTextFile(file, warnings, 'a dataset (JSON)');
  if (!read.ok) return { ok: false as const, message: read.page ? read.reason : `${file}: cannot read the file: ${read.reason}` };
  let dataset: unknown;
  try {
    dataset = JSON.parse(read.text);
  } catch (error) {
    return { ok: false as const, message: describeJsonSyntaxError(file, read.text, error) };
  }
  const folder = dirname(resolve(file));
  const sourceTexts = new Map<string, string>();
  const sourceErrors = new Map<string, string>();
  // A path that is absolute or goes up is not read: publishStory names it with its fix.
  for (const sourceFile of collectSourceFiles(dataset).filter((path) => pathProblem(path) === undefined)) {
    const path = resolve(folder, sourceFile);
    const text = readTextFile(path, warnings, 'a source text', shown(path));
    if (text.ok) sourceTexts.set(sourceFile, text.text);
    else sourceErrors.set(sourceFile, text.page ? text.reason : `cannot read ${shown(path)}: ${text.reason}`);
  }
  const media = new Map<string, Uint8Array>();
  for (const mediaFile of localMediaPaths(dataset).filter((path) => pathProblem(path) === undefined)) {
    try {
      media.set(mediaFile, readFileSync(resolve(folder, mediaFile)));
    } catch {
      // publishStory says which event names a file that is not there.
    }
  }
  return { ok: true as const, dataset, sourceTexts, sourceErrors, media };
}

/**
 * The folders a publish owns whole, replaced when it publishes again into its own folder: the
 * story's source texts (named after sources that may be gone) and the viewer's hashed assets.
 */
function ownedFolders(datasetPath: string, viewer: boolean): string[] {
  const story = datasetPath.includes('/') ? datasetPath.slice(0, datasetPath.lastIndexOf('/') + 1) : '';
  return [`${story}${SOURCES_FOLDER}/`, ...(viewer ? ['assets/', 'embed/'] : [])];
}

function writeFiles(out: string, files: readonly PublishedFile[], replace: readonly string[]): string | undefined {
  const root = resolve(out);
  const targets = files.map((file) => ({ file, path: resolve(root, file.path) }));
  const outside = targets.find(({ path }) => !within(path, root) || path === root);
  if (outside) return `${outside.file.path} would be written outside ${shown(root)}: nothing written`;
  for (const folder of replace) rmSync(resolve(root, folder), { recursive: true, force: true });
  for (const { file, path } of targets) {
    mkdirSync(dirname(path), { recursive: true });
    writeFileSync(path, file.content);
  }
  return undefined;
}

export function runPublish(args: readonly string[]): CliOutcome {
  if (helpAsked(args)) return showUsage(USAGE);
  const warnings: string[] = [];
  const refuse = (...lines: string[]): CliOutcome => ({ exitCode: 1, stdout: [], stderr: [...warnings, ...lines] });
  const parsed = parseOptions(args);
  if (!parsed.ok) return refuse(parsed.message);
  const options = parsed.options;

  const out = resolve(options.out);
  const state = folderState(out);
  if (state === 'file') return refuse(`--out ${options.out} is a file, not a folder: give a folder to publish into`);
  if (state === 'other' && !options.force) {
    return refuse(
      `--out ${options.out} is not empty and was not made by npm run publish (it has no ${README_FILE} saying so): ` +
        'choose a new or empty folder, or pass --force to write into it (files of the same name are replaced)',
    );
  }
  const dist = resolve(options.dist);
  if (options.viewer && (within(out, dist) || within(dist, out))) {
    return refuse(
      `--out ${options.out} overlaps ${shown(dist)}/, where the viewer is built (and which npm run build empties): choose a folder outside it`,
    );
  }

  const story = readStory(options.dataset, warnings);
  if (!story.ok) return refuse(story.message, 'nothing written');
  const viewer = options.viewer ? readViewer(options.dist) : undefined;
  if (viewer !== undefined && !viewer.ok) return refuse(viewer.message, 'nothing written');

  const result = publishStory({
    dataset: story.dataset,
    sourceTexts: story.sourceTexts,
    sourceErrors: story.sourceErrors,
    media: story.media,
    ...(options.base === undefined ? {} : { base: options.base }),
    ...(viewer === undefined ? {} : { viewer: viewer.files }),
  });
  if (!result.ok) {
    return refuse(
      ...result.problems.map((problem) => `${options.dataset}: ${problem}`),
      `${options.dataset} cannot be published: nothing written`,
    );
  }

  const failed = writeFiles(out, result.files, state === 'ours' ? ownedFolders(result.dataset, options.viewer) : []);
  if (failed !== undefined) return refuse(failed);

  const sources = result.files.filter((file) => file.path.startsWith(`${result.dataset.replace(/events\.json$/, '')}${SOURCES_FOLDER}/`));
  const stdout = [
    `published "${options.dataset}" into ${shown(out)}/: ${result.dataset}, ${sources.length} source text${sources.length === 1 ? '' : 's'}` +
      `${options.viewer ? ' and the viewer' : ''} (${result.files.length} files)`,
    `${shown(join(out, README_FILE))} says where the folder goes${options.base === undefined ? ' (the addresses are placeholders: or publish again with --base https://…/)' : ''}; the embeds:`,
    '',
    'Link:',
    result.snippets.link,
    '',
    'Custom element:',
    result.snippets.element,
    '',
    'Iframe:',
    result.snippets.iframe,
  ];
  return { exitCode: 0, stdout, stderr: warnings };
}

runWhenMain(import.meta.url, runPublish);
