/**
 * `npm run validate [file]`: checks a dataset file (default data/events.json) and the
 * source texts it quotes, with the same validator as the app. Prints every problem as
 * `path: message` on stderr and exits 1, or prints a one-line summary and exits 0.
 */
import { readFileSync } from 'node:fs';
import { dirname, relative, resolve } from 'node:path';
import type { Dataset } from '../model/schema.ts';
import { collectSourceFiles, formatProblem, validateDataset } from '../model/validate.ts';
import { describeJsonSyntaxError } from '../model/json.ts';
import { decodeText, isWebPage } from '../model/decodeText.ts';
import { helpAsked, showUsage, runWhenMain } from './usage.ts';

export const DEFAULT_DATASET_FILE = 'data/events.json';

export const USAGE = `usage: npm run validate -- [dataset]

  dataset   the dataset to check with the source texts it quotes (default ${DEFAULT_DATASET_FILE});
            every problem is printed as "place: reason", and the command exits 1 if there is one`;

export interface CliOutcome {
  exitCode: 0 | 1;
  stdout: string[];
  stderr: string[];
}

const fail = (...lines: string[]): CliOutcome => ({ exitCode: 1, stdout: [], stderr: lines });

const READ_ERRORS: Record<string, string> = {
  ENOENT: 'no such file',
  EISDIR: 'is a directory',
  EACCES: 'permission denied',
};

function describeReadError(error: unknown): string {
  const code = (error as NodeJS.ErrnoException | undefined)?.code;
  return (code !== undefined ? READ_ERRORS[code] : undefined) ?? (error instanceof Error ? error.message : String(error));
}

/** `page`: the file is a web page, and `reason` a sentence that names it and says what to do. */
export type ReadResult = { ok: true; text: string } | { ok: false; reason: string; page?: true };

/**
 * Reads a text file as the viewer does (src/model/decodeText.ts): a file that is not UTF-8 is
 * read all the same, and `warnings` gets a line that says how. A web page where `what` was
 * expected (a page saved from the browser) is refused as such.
 */
export function readTextFile(path: string, warnings: string[], what = 'a text file', shown = path): ReadResult {
  let bytes: Uint8Array;
  try {
    bytes = readFileSync(path);
  } catch (error) {
    return { ok: false, reason: describeReadError(error) };
  }
  const { text, notice } = decodeText(bytes, shown);
  if (isWebPage(text)) {
    return {
      ok: false,
      page: true,
      reason: `${shown} is a web page (HTML), not ${what}: was it saved from the browser? Save the file itself, not the page that shows it`,
    };
  }
  if (notice) warnings.push(`warning: ${notice}`);
  return { ok: true, text };
}

// Kept here too because import.ts and the tests take them from the CLI.
export { describeJsonSyntaxError, lineAndColumn } from '../model/json.ts';

const count = (n: number, noun: string) => `${n} ${noun}${n === 1 ? '' : 's'}`;

export function summarize(file: string, dataset: Dataset): string {
  const quotes = dataset.events.reduce((total, event) => total + event.quotes.length, 0);
  const links = dataset.events.reduce((total, event) => total + event.related.length, 0);
  const counts = [
    count(dataset.events.length, 'event'),
    count(dataset.actors.length, 'actor'),
    count(quotes, 'quote'),
    count(links, 'link'),
    count(dataset.sources.length, 'source'),
  ];
  return `${file}: valid — ${counts.join(', ')}`;
}

/** Warnings (a file that is not UTF-8) come first on stderr, and change nothing else. */
export function validateFile(file: string): CliOutcome {
  const warnings: string[] = [];
  const refuse = (...lines: string[]): CliOutcome => ({ exitCode: 1, stdout: [], stderr: [...warnings, ...lines] });
  // The byte order mark of UTF-8, legal in a file but not in JSON, is dropped as it is read.
  const read = readTextFile(file, warnings, 'a dataset (JSON)');
  if (!read.ok) return refuse(read.page ? read.reason : `${file}: cannot read the file: ${read.reason}`);
  const text = read.text;

  let input: unknown;
  try {
    input = JSON.parse(text);
  } catch (error) {
    return refuse(describeJsonSyntaxError(file, text, error));
  }

  const sourceTexts = new Map<string, string>();
  const sourceErrors = new Map<string, string>();
  for (const sourceFile of collectSourceFiles(input)) {
    const path = resolve(dirname(file), sourceFile);
    const shown = relative(process.cwd(), path);
    const source = readTextFile(path, warnings, 'a source text', shown);
    if (source.ok) sourceTexts.set(sourceFile, source.text);
    else sourceErrors.set(sourceFile, source.page ? source.reason : `cannot read ${shown}: ${source.reason}`);
  }

  const result = validateDataset(input, { sourceTexts, sourceErrors });
  if (!result.ok) return refuse(...result.problems.map(formatProblem));
  return { exitCode: 0, stdout: [summarize(file, result.dataset)], stderr: warnings };
}

/** The command: `--help`, one dataset file, or the default one. */
export function runValidate(args: readonly string[]): CliOutcome {
  if (helpAsked(args)) return showUsage(USAGE);
  const unknown = args.find((arg) => arg.startsWith('-'));
  if (unknown !== undefined) return fail(`${unknown}: no such option`, USAGE);
  if (args.length > 1) return fail(`one dataset at a time: ${args.slice(1).join(' ')} is extra`, USAGE);
  return validateFile(args[0] ?? DEFAULT_DATASET_FILE);
}

runWhenMain(import.meta.url, runValidate);
