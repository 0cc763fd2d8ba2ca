/**
 * Publishing a story (issue 15): the dataset with the texts of its sources, and optionally the
 * built viewer, made into one folder an editor copies to a web site as it is, with a README.txt
 * that says where it goes and gives the three embeds. Pure (no Node, no DOM): the publish
 * command (src/cli/publish.ts) and the studio's download run the same code; fflate makes the
 * zip in both.
 *
 * The layout, one for both cases, so that the same `?src=` works everywhere:
 *
 *     <viewer>/index.html, embed.html, embed/…, assets/…   the viewer (npm run build)
 *     <viewer>/data/<story>/events.json                      the story
 *     <viewer>/data/<story>/sources/<source-id>.txt          the texts its quotes are checked against
 *     <viewer>/data/<story>/README.txt
 *
 * With the viewer, the published folder is `<viewer>` (README.txt at its root) and `base` its
 * address; without it, the folder is `<story>`, to be put in the `data/` folder of a viewer
 * already on the site, and `base` is its own address (…/data/<story>/). The viewer's pages
 * read datasets from their own site only (their Content-Security-Policy says `default-src 'self'`),
 * which is why the story goes inside the viewer rather than anywhere.
 */
import { strToU8, zipSync, type Zippable } from 'fflate';
import type { Locale } from '../i18n/strings.ts';
import { DEFAULT_VIEW } from '../state/urlState.ts';
import { embedSnippets } from '../embed/snippet.ts';
import type { Dataset } from '../model/schema.ts';
import { formatProblem, validateDataset, type Problem } from '../model/validate.ts';
import { slugify, uniqueSlug } from './slug.ts';
import { NOT_VIEWER, STORIES_FOLDER, VIEWER_FILES, VIEWER_MANIFEST } from './viewerFiles.ts';

export { NOT_VIEWER, STORIES_FOLDER, VIEWER_FILES, VIEWER_MANIFEST };

export interface PublishInput {
  /** The dataset, as read (it is validated here) or as the studio holds it. */
  dataset: unknown;
  /** The source texts by the `file` the dataset gives (relative to the dataset file). */
  sourceTexts: ReadonlyMap<string, string>;
  /** Why a source text could not be read, by the same `file` (named in the problem instead of "not given"). */
  sourceErrors?: ReadonlyMap<string, string>;
  /**
   * Media files the dataset names by a relative path (`media.url`, `media.thumbnail`), by that
   * path; they are published at the same place in the story folder.
   */
  media?: ReadonlyMap<string, Uint8Array>;
  /** The address the published folder will have, e.g. https://news.example.org/stories/aukus/. */
  base?: string;
  /** The built viewer (dist/), by path inside it: given, it is published with the story. */
  viewer?: ReadonlyMap<string, Uint8Array | string>;
}

export interface PublishedFile {
  /** Relative to the published folder, with forward slashes. */
  path: string;
  content: string | Uint8Array;
}

export interface PublishSnippets {
  /** The address of the viewer's page showing the story. */
  link: string;
  /** The custom element with its script, as HTML. */
  element: string;
  /** The iframe with its resizer script, as HTML. */
  iframe: string;
}

export type PublishResult =
  | {
      ok: true;
      /** The name of the published folder: the slug of the story's title. */
      folder: string;
      files: PublishedFile[];
      snippets: PublishSnippets;
      /** README.txt, also among `files`. */
      readme: string;
      /** Where the story's events.json is in the published folder ("events.json", or "data/<story>/events.json" with the viewer). */
      dataset: string;
    }
  | { ok: false; problems: string[] };

/** The first line of README.txt says this: how the publish command knows a folder is its own. */
export const PUBLISH_MARK = 'made by npm run publish';
export const README_FILE = 'README.txt';
export const DATASET_FILE = 'events.json';
export const SOURCES_FOLDER = 'sources';

/** Placeholders when no base is given; the host is put back in capitals after URL has lowered it. */
const PLACEHOLDER_HOST = 'YOUR-SITE';
const PLACEHOLDER_VIEWER = `https://${PLACEHOLDER_HOST}/YOUR-TIMELINE/`;

type RawRecord = Record<string, unknown>;
const isRecord = (value: unknown): value is RawRecord => typeof value === 'object' && value !== null && !Array.isArray(value);

/** Why `file` cannot be a path inside the story folder, if it cannot: the reason, then its fix. */
export function pathProblem(file: string): string | undefined {
  if (/^[A-Za-z][A-Za-z0-9+.-]*:/.test(file) && !/^[A-Za-z]:[\\/]/.test(file)) {
    return 'is a web address, not a file: a published story carries its texts with it';
  }
  if (/^(?:[\\/]|[A-Za-z]:[\\/])/.test(file)) {
    return 'is an absolute path, which means nothing on the site: a path is relative to the dataset file';
  }
  if (file.split(/[\\/]/).includes('..')) return 'goes up, out of the dataset’s folder, where the published story cannot follow';
  return undefined;
}

/** The part of a media address that names a file in the story folder, or undefined for a web address. */
export function mediaPath(url: string): string | undefined {
  if (/^[Hh][Tt][Tt][Pp][Ss]?:/.test(url)) return undefined;
  const path = url.replace(/[?#].*$/, '');
  try {
    return decodeURI(path);
  } catch {
    return path;
  }
}

/**
 * The files a dataset's media name by a relative path (`media.url`, `media.thumbnail`), as
 * `media` is to give them; reads unvalidated input, for the command that reads the files.
 */
export function localMediaPaths(dataset: unknown): string[] {
  const paths = new Set<string>();
  const events = isRecord(dataset) && Array.isArray(dataset.events) ? dataset.events : [];
  for (const event of events) {
    const media = isRecord(event) && isRecord(event.media) ? event.media : undefined;
    for (const url of [media?.url, media?.thumbnail]) {
      const path = typeof url === 'string' ? mediaPath(url.trim()) : undefined;
      if (path !== undefined && path !== '') paths.add(path);
    }
  }
  return [...paths];
}

const localeOf = (language: string | undefined): Locale => (language?.toLowerCase().startsWith('fr') ? 'fr' : 'en');

/** `base` as the address of a folder (ending in /), or the reason it cannot be one. */
function folderAddress(base: string): { ok: true; url: URL } | { ok: false; reason: string } {
  let url: URL;
  try {
    url = new URL(base.trim());
  } catch {
    return { ok: false, reason: 'is not a web address: give the full address, e.g. https://news.example.org/stories/aukus/' };
  }
  if (url.protocol !== 'https:' && url.protocol !== 'http:') {
    return { ok: false, reason: 'must be an http or https address, e.g. https://news.example.org/stories/aukus/' };
  }
  if (url.search || url.hash) return { ok: false, reason: 'is the address of a folder: leave out the ? or # and what follows' };
  if (/\.html?$/i.test(url.pathname)) {
    return { ok: false, reason: 'names a page: give the address of the folder, e.g. https://news.example.org/stories/aukus/' };
  }
  if (!url.pathname.endsWith('/')) url.pathname += '/';
  return { ok: true, url };
}

interface Located {
  /** The viewer's address. */
  viewer: string;
  /** The story's events.json, relative to the viewer. */
  src: string;
  /** The published folder's address, as README.txt gives it. */
  folder: string;
}

/** Where the viewer and the story will be, from `base` or the placeholders. */
function locate(base: string | undefined, folder: string, withViewer: boolean): { ok: true; at: Located } | { ok: false; problem: string } {
  const src = (name: string) => `${STORIES_FOLDER}/${name}/${DATASET_FILE}`;
  if (base === undefined) {
    const viewer = PLACEHOLDER_VIEWER;
    return { ok: true, at: { viewer, src: src(folder), folder: withViewer ? viewer : `${viewer}${STORIES_FOLDER}/${folder}/` } };
  }
  const address = folderAddress(base);
  if (!address.ok) return { ok: false, problem: `base "${base}" ${address.reason}` };
  const url = address.url;
  if (withViewer) return { ok: true, at: { viewer: url.href, src: src(folder), folder: url.href } };
  const parts = url.pathname.split('/');
  const name = parts.at(-2) ?? '';
  if (parts.at(-3) !== STORIES_FOLDER || name === '') {
    return {
      ok: false,
      problem:
        `base "${base}": without the viewer, the story's folder goes in the ${STORIES_FOLDER} folder of the timeline viewer on your site, ` +
        `so its address ends in /${STORIES_FOLDER}/${folder}/ (e.g. https://news.example.org/timeline/${STORIES_FOLDER}/${folder}/): ` +
        'give that address, or publish the viewer with the story',
    };
  }
  return { ok: true, at: { viewer: new URL('../../', url).href, src: src(decodeURIComponent(name)), folder: url.href } };
}

const withPlaceholder = (text: string) => text.replaceAll(`https://${PLACEHOLDER_HOST.toLowerCase()}/`, `https://${PLACEHOLDER_HOST}/`);

/** The link, the element and the iframe for the story at `at`. */
function snippetsFor(at: Located, title: string, locale: Locale): PublishSnippets {
  const { element, iframe } = embedSnippets({ pageUrl: at.viewer, src: at.src, locale, view: DEFAULT_VIEW, title });
  // Slashes read better than %2F in an address an editor checks by eye, and mean the same in a query.
  const link = `${at.viewer}?src=${encodeURIComponent(at.src).replaceAll('%2F', '/')}`;
  return { link: withPlaceholder(link), element: withPlaceholder(element), iframe: withPlaceholder(iframe) };
}

const plural = (n: number, noun: string) => `${n} ${noun}${n === 1 ? '' : 's'}`;

function indent(text: string): string {
  return text
    .split('\n')
    .map((line) => `    ${line}`)
    .join('\n');
}

interface ReadmeInput {
  dataset: Dataset;
  folder: string;
  at: Located;
  placeholders: boolean;
  withViewer: boolean;
  snippets: PublishSnippets;
  storyFolder: string;
  media: number;
}

/** README.txt: for an editor, in plain words, with nothing to look up elsewhere. */
function readmeText({ dataset, folder, at, placeholders, withViewer, snippets, storyFolder, media }: ReadmeInput): string {
  const what = [
    `its ${plural(dataset.events.length, 'event')} in ${DATASET_FILE}`,
    `the texts of its ${plural(dataset.sources.length, 'source')} in ${SOURCES_FOLDER}/ (every quote is checked against them)`,
    ...(media > 0 ? [`${plural(media, 'media file')} its events show`] : []),
  ];
  const lines = [
    `${dataset.title}: a timeline folder ${PUBLISH_MARK}`,
    '',
    'WHAT THIS FOLDER IS',
    '',
    withViewer
      ? `This folder, "${folder}", is a timeline viewer with the story "${dataset.title}" in ${storyFolder}: ` +
        `${what.join(', ')}. The viewer is the rest: index.html (the timeline page), embed.html (the page inside an iframe), ` +
        'embed/ (the scripts that embed it) and assets/.'
      : `This folder, "${folder}", holds the story "${dataset.title}": ${what.join(', ')}. It is shown by the timeline viewer ` +
        '(the folder npm run build makes, with index.html, embed.html and embed/), which must already be on your site.',
    '',
    'WHERE TO PUT IT',
    '',
    withViewer
      ? 'Copy the whole folder, as it is, to your web site, so that its address is:'
      : `Copy this folder, as it is, into the ${STORIES_FOLDER} folder of the timeline viewer on your site, so that its address is:`,
    '',
    indent(at.folder),
    '',
    withViewer
      ? 'Every path inside it is relative, so it works at any address; only the embeds below need to know it.'
      : `The viewer is then at ${at.viewer} (the folder with index.html). It reads stories from its own site only, ` +
        'so the story cannot go elsewhere.',
    'Keep the files together and do not rename them: the timeline reads the story and every source text from this folder, ' +
      'and shows an error naming the file it could not find.',
    ...(placeholders
      ? [
          '',
          `The addresses here are placeholders: replace ${PLACEHOLDER_HOST} with your site's address (e.g. news.example.org) and ` +
            `YOUR-TIMELINE with the path of ${withViewer ? 'this folder' : 'the viewer'} on it (e.g. stories/aukus), in all three embeds; ` +
            `or publish again with the address: npm run publish -- … --base https://…/${withViewer ? '' : `${STORIES_FOLDER}/${folder}/`}`,
        ]
      : []),
    '',
    'THREE WAYS TO SHOW IT',
    '',
    '1. A link to the timeline page, to share or to put in an article:',
    '',
    indent(snippets.link),
    '',
    '2. The timeline inside your article (a custom element): paste this HTML where the timeline goes.',
    '   It takes the width of your column and the height it needs; your page’s styles do not touch it.',
    '',
    indent(snippets.element),
    '',
    '3. The timeline in a frame (an iframe), where your publishing system prefers frames. The small script',
    '   after it makes the frame exactly as tall as the timeline; without it the frame stays 640 pixels tall.',
    '',
    indent(snippets.iframe),
    '',
    'CHECK IT',
    '',
    'Once the folder is on the site, open the link in 1.: the timeline should show ' +
      `${plural(dataset.events.length, 'event')}. An error there names the file that is missing or the quote that is not in its source.`,
    '',
  ];
  return lines.join('\n');
}

/** The source files, renamed after their sources: `sources/<id>.txt`, one per source. */
function renameSources(dataset: Dataset): Map<number, string> {
  const taken = new Set<string>();
  const renamed = new Map<number, string>();
  dataset.sources.forEach((source, index) => {
    renamed.set(index, `${SOURCES_FOLDER}/${uniqueSlug(source.id, 'source', taken)}.txt`);
  });
  return renamed;
}

/** Problems with a source's file as a path: its text is then not passed to the validator, which reports why on `sources[i].file`. */
function checkSourcePaths(input: unknown, given: PublishInput): { texts: Map<string, string>; errors: Map<string, string> } {
  const texts = new Map<string, string>();
  const errors = new Map<string, string>();
  const sources = isRecord(input) && Array.isArray(input.sources) ? input.sources : [];
  for (const source of sources) {
    if (!isRecord(source) || typeof source.file !== 'string') continue;
    const file = source.file.trim();
    if (file === '' || errors.has(file) || texts.has(file)) continue;
    const who = typeof source.id === 'string' ? `source "${source.id}"` : 'this source';
    const problem = pathProblem(file);
    const text = given.sourceTexts.get(file) ?? given.sourceTexts.get(source.file);
    if (problem !== undefined) {
      errors.set(
        file,
        `${who}: "${file}" ${problem}. Put the text in the dataset's folder (e.g. ${SOURCES_FOLDER}/${typeof source.id === 'string' ? source.id : 'name'}.txt) and give that path`,
      );
    } else if (text === undefined) {
      const why = given.sourceErrors?.get(file);
      errors.set(
        file,
        `${who}: ${why ?? `no text for "${file}"`}. Put the text at ${file}, relative to the dataset file, or correct the path`,
      );
    } else {
      texts.set(file, text);
    }
  }
  return { texts, errors };
}

/** The media files the story shows from its own folder, by path, or the problems of each. */
function gatherMedia(dataset: Dataset, given: PublishInput, reserved: Set<string>): { files: PublishedFile[]; problems: Problem[] } {
  const files = new Map<string, Uint8Array>();
  const problems: Problem[] = [];
  dataset.events.forEach((event, index) => {
    const media = event.media;
    if (media === undefined) return;
    for (const field of ['url', 'thumbnail'] as const) {
      const url = media[field];
      const path = url === undefined ? undefined : mediaPath(url);
      if (path === undefined || files.has(path)) continue;
      const where = `events[${index}].media.${field}`;
      const problem = pathProblem(path);
      const bytes = given.media?.get(path);
      if (problem !== undefined) {
        problems.push({ path: where, message: `"${path}" ${problem}. Put the file in the dataset's folder and give its relative path` });
      } else if (reserved.has(path) || path.startsWith(`${SOURCES_FOLDER}/`)) {
        problems.push({
          path: where,
          message: `"${path}" is where the published story keeps its own files: move the media file elsewhere, e.g. media/${path.split('/').at(-1) ?? ''}`,
        });
      } else if (bytes === undefined) {
        problems.push({
          path: where,
          message: `no file for "${path}": put it at that path, relative to the dataset file, or give its web address (https://…)`,
        });
      } else {
        files.set(path.replace(/\\/g, '/').replace(/^(?:\.\/)+/, ''), bytes);
      }
    }
  });
  return { files: [...files].map(([path, content]) => ({ path, content })), problems };
}

/** The viewer's files to publish, without dist/'s own stories and demonstration pages. */
function viewerFiles(viewer: ReadonlyMap<string, Uint8Array | string>): { files: PublishedFile[]; problems: string[] } {
  const files: PublishedFile[] = [];
  const problems: string[] = [];
  for (const [raw, content] of viewer) {
    const path = raw.replace(/\\/g, '/').replace(/^(?:\.\/)+/, '');
    const problem = pathProblem(path);
    if (problem !== undefined) problems.push(`viewer file "${raw}" ${problem}: give the viewer's files by their paths inside dist/`);
    else if (!NOT_VIEWER.some((prefix) => path.startsWith(prefix)) && path !== README_FILE) files.push({ path, content });
  }
  const missing = VIEWER_FILES.filter((path) => !viewer.has(path));
  if (missing.length > 0) {
    problems.push(`the viewer has no ${missing.join(', ')}: build it again with npm run build, then publish`);
  }
  return { files, problems };
}

export function publishStory(input: PublishInput): PublishResult {
  const { texts, errors } = checkSourcePaths(input.dataset, input);
  const validation = validateDataset(input.dataset, { sourceTexts: texts, sourceErrors: errors });
  if (!validation.ok) return { ok: false, problems: validation.problems.map(formatProblem) };
  const dataset = validation.dataset;

  const folder = slugify(dataset.title) || 'story';
  const withViewer = input.viewer !== undefined;
  const located = locate(input.base, folder, withViewer);
  const problems: string[] = located.ok ? [] : [located.problem];

  const storyFolder = withViewer ? `${STORIES_FOLDER}/${folder}/` : '';
  const viewer = input.viewer === undefined ? { files: [], problems: [] } : viewerFiles(input.viewer);
  problems.push(...viewer.problems);

  const media = gatherMedia(dataset, input, new Set([DATASET_FILE, README_FILE]));
  problems.push(...media.problems.map(formatProblem));
  if (!located.ok || problems.length > 0) return { ok: false, problems };

  const renamed = renameSources(dataset);
  const published: Dataset = {
    ...dataset,
    sources: dataset.sources.map((source, index) => ({ ...source, file: renamed.get(index) ?? source.file })),
  };
  delete published.$schema;
  const sourceFiles: PublishedFile[] = dataset.sources.map((source, index) => ({
    path: renamed.get(index) ?? source.file,
    content: texts.get(source.file.trim()) ?? '',
  }));

  // The story as published must pass as it was given: a check of the renaming, not of the editor.
  const check = validateDataset(published, { sourceTexts: new Map(sourceFiles.map((file) => [file.path, String(file.content)])) });
  if (!check.ok) return { ok: false, problems: check.problems.map((problem) => `as published, ${formatProblem(problem)}`) };

  const snippets = snippetsFor(located.at, dataset.title, localeOf(dataset.language));
  const readme = readmeText({
    dataset,
    folder,
    at: located.at,
    placeholders: input.base === undefined,
    withViewer,
    snippets,
    storyFolder,
    media: media.files.length,
  });
  const story: PublishedFile[] = [
    { path: DATASET_FILE, content: `${JSON.stringify(published, null, 2)}\n` },
    ...sourceFiles,
    ...media.files,
  ].map((file) => ({ ...file, path: storyFolder + file.path }));
  const files = [{ path: README_FILE, content: readme }, ...story, ...viewer.files.filter((file) => file.path !== README_FILE)];
  return { ok: true, folder, files, snippets, readme, dataset: storyFolder + DATASET_FILE };
}

/**
 * The files as one zip, each under `folder/` when it is given (the studio's download: it
 * unpacks into the folder named after the story).
 */
export function zipFiles(files: readonly PublishedFile[], folder?: string): Uint8Array {
  const entries: Zippable = {};
  const prefix = folder === undefined || folder === '' ? '' : `${folder}/`;
  for (const file of files) {
    entries[prefix + file.path] = typeof file.content === 'string' ? strToU8(file.content) : file.content;
  }
  return zipSync(entries, { level: 6 });
}
