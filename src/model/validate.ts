/**
 * The one runtime validator of a dataset, shared by the app and the CLI. The shape comes
 * from DatasetSchema; the rules a JSON Schema cannot express (unique ids, references,
 * calendar dates, verbatim quotes) are checked here. Every problem is reported at once,
 * and the dataset-wide rules still run on the parts that are well-formed, so that one
 * run of `npm run validate` gives the whole list of things to fix.
 */
import * as v from 'valibot';
import { parseEdtf, type ParsedDate } from './edtf.ts';
import { DatasetSchema, type Dataset, type TimelineEvent } from './schema.ts';

export interface Problem {
  /** Where the problem is, e.g. `events[3].quotes[0].text`; `(root)` for the whole dataset. */
  path: string;
  message: string;
}

export type ParsedEvent = TimelineEvent & { parsedDate: ParsedDate };

export type ValidationResult =
  | { ok: true; dataset: Dataset; events: ParsedEvent[]; problems: [] }
  | { ok: false; problems: Problem[] };

/** Keyed by a source's `file` exactly as the dataset writes it (see collectSourceFiles). */
export type TextsByFile = ReadonlyMap<string, string> | Readonly<Record<string, string>>;

export interface ValidateOptions {
  /** The source texts. When given, every quote is checked against its source's text. */
  sourceTexts?: TextsByFile;
  /** Why a source text could not be read (reported on `sources[i].file` instead of a generic message). */
  sourceErrors?: TextsByFile;
}

export const ROOT_PATH = '(root)';

export function formatProblem(problem: Problem): string {
  return `${problem.path}: ${problem.message}`;
}

// ---------------------------------------------------------------------------
// Paths and readable values

type PathKey = string | number;

const IDENTIFIER = /^[A-Za-z_$][\w$]*$/;

export function formatPath(keys: readonly PathKey[]): string {
  if (keys.length === 0) return ROOT_PATH;
  return keys
    .map((key, index) => {
      if (typeof key === 'number') return `[${key}]`;
      if (!IDENTIFIER.test(key)) return `[${JSON.stringify(key)}]`;
      return index === 0 ? key : `.${key}`;
    })
    .join('');
}

function describeKind(value: unknown): string {
  if (value === null) return 'null';
  if (value === undefined) return 'nothing';
  if (Array.isArray(value)) return 'an array';
  const type = typeof value;
  return type === 'object' ? 'an object' : `a ${type}`;
}

const MAX_SHOWN_LENGTH = 40;

function showValue(value: unknown): string {
  if (typeof value === 'string') {
    const shown = value.length > MAX_SHOWN_LENGTH ? `${value.slice(0, MAX_SHOWN_LENGTH)}…` : value;
    return JSON.stringify(shown);
  }
  if (typeof value === 'number' || typeof value === 'boolean') return String(value);
  return describeKind(value);
}

// ---------------------------------------------------------------------------
// Shape

const EXPECTED_TYPE: Record<string, string> = {
  string: 'a string',
  number: 'a number',
  boolean: 'a boolean',
  array: 'an array',
  object: 'an object',
};

/** valibot writes a picklist's options as `("a" | "b")`. */
function listOptions(expected: string): string {
  return expected.replace(/^\(|\)$/g, '').split(' | ').join(', ');
}

/**
 * Used by valibot only where schema.ts gives no message of its own, so the messages
 * written in the schema (slugs, country codes, empty text) come through unchanged.
 */
function describeShapeIssue(issue: v.BaseIssue<unknown>): string {
  if (issue.input === undefined && (issue.path?.length ?? 0) > 0) return 'is required';
  if (issue.type === 'picklist' && issue.expected !== null) {
    return `expected one of ${listOptions(issue.expected)} but got ${showValue(issue.input)}`;
  }
  if (issue.type === 'literal') return `expected ${issue.expected ?? 'a fixed value'} but got ${showValue(issue.input)}`;
  const expectedType = EXPECTED_TYPE[issue.type];
  if (expectedType !== undefined) return `expected ${expectedType} but got ${describeKind(issue.input)}`;
  return `expected ${issue.expected ?? issue.type} but got ${issue.received}`;
}

function issuePath(issue: v.BaseIssue<unknown>): string {
  const isPathKey = (key: unknown): key is PathKey => typeof key === 'string' || typeof key === 'number';
  const keys = (issue.path ?? []).map((item) => item.key).filter(isPathKey);
  return formatPath(keys);
}

function checkShape(input: unknown): { dataset: Dataset | undefined; problems: Problem[] } {
  // valibot takes an array for an object, which would list every key as missing.
  if (asRecord(input) === undefined) {
    return { dataset: undefined, problems: [{ path: ROOT_PATH, message: `expected an object but got ${describeKind(input)}` }] };
  }
  const result = v.safeParse(DatasetSchema, input, { abortEarly: false, message: describeShapeIssue });
  if (result.success) return { dataset: result.output, problems: [] };
  return { dataset: undefined, problems: result.issues.map((issue) => ({ path: issuePath(issue), message: issue.message })) };
}

// ---------------------------------------------------------------------------
// Lenient reading of the raw input, so that dataset-wide rules can run even when the
// shape is wrong somewhere else.

type RawRecord = Readonly<Record<string, unknown>>;

function asRecord(value: unknown): RawRecord | undefined {
  return typeof value === 'object' && value !== null && !Array.isArray(value) ? (value as RawRecord) : undefined;
}

function asList(value: unknown): readonly unknown[] {
  return Array.isArray(value) ? value : [];
}

interface RawItem {
  path: string;
  item: RawRecord;
}

function rawItems(container: unknown, key: string, parentPath?: string): RawItem[] {
  const basePath = parentPath === undefined ? key : `${parentPath}.${key}`;
  return asList(asRecord(container)?.[key]).flatMap((value, index) => {
    const item = asRecord(value);
    return item ? [{ path: `${basePath}[${index}]`, item }] : [];
  });
}

interface RawString {
  path: string;
  value: string;
}

function rawString(item: RawItem, key: string): RawString | undefined {
  const value = item.item[key];
  return typeof value === 'string' ? { path: `${item.path}.${key}`, value } : undefined;
}

function rawStrings(item: RawItem, key: string): RawString[] {
  return asList(item.item[key]).flatMap((value, index) =>
    typeof value === 'string' ? [{ path: `${item.path}.${key}[${index}]`, value }] : [],
  );
}

function lookUp(texts: TextsByFile | undefined, file: string): string | undefined {
  if (texts === undefined) return undefined;
  if (texts instanceof Map) return texts.get(file);
  const record = texts as Readonly<Record<string, string>>;
  return Object.hasOwn(record, file) ? record[file] : undefined;
}

/** The files of the sources, in order and without repeats; reads unvalidated input too. */
export function collectSourceFiles(dataset: unknown): string[] {
  const files = rawItems(dataset, 'sources').flatMap((source) => {
    const file = rawString(source, 'file')?.value.trim();
    return file ? [file] : [];
  });
  return [...new Set(files)];
}

// ---------------------------------------------------------------------------
// Verbatim quotes

/** Runs of white space (NBSP, narrow NBSP and newlines included) become one space. */
export function normalizeWhiteSpace(text: string): string {
  return text.replace(/\s+/gu, ' ');
}

export function isVerbatimIn(quote: string, sourceText: string): boolean {
  return normalizeWhiteSpace(sourceText).includes(normalizeWhiteSpace(quote).trim());
}

const SHOWN_CONTEXT = 30;
/** Shorter openings turn up by chance in any long text, and would mislead. */
const MIN_TELLING_OPENING = 10;

/** The length of the longest opening of the quote found in the source (openings shrink monotonically). */
function longestFoundOpening(quote: string, source: string): number {
  let found = 0;
  let notFound = quote.length;
  while (notFound - found > 1) {
    const middle = Math.floor((found + notFound) / 2);
    if (source.includes(quote.slice(0, middle))) found = middle;
    else notFound = middle;
  }
  return found;
}

function describeMissingQuote(quoteText: string, sourceText: string, sourceId: string): string {
  const quote = normalizeWhiteSpace(quoteText).trim();
  const source = normalizeWhiteSpace(sourceText);
  const message = `not found verbatim in source "${sourceId}" (white space aside)`;
  const found = longestFoundOpening(quote, source);
  if (found < MIN_TELLING_OPENING) return message;
  const before = quote.slice(Math.max(0, found - SHOWN_CONTEXT), found);
  const after = quote.slice(found, found + SHOWN_CONTEXT);
  const lead = found > SHOWN_CONTEXT ? '…' : '';
  const trail = found + SHOWN_CONTEXT < quote.length ? '…' : '';
  return `${message}: the source has "${lead}${before}" but not what follows, "${after}${trail}"`;
}

// ---------------------------------------------------------------------------
// Dataset-wide rules

type Report = (path: string, message: string) => void;

/** Maps each id to the path of the item that first used it, reporting later uses. */
function indexIds(items: readonly RawItem[], report: Report): Map<string, string> {
  const firstUse = new Map<string, string>();
  for (const item of items) {
    const id = rawString(item, 'id');
    if (id === undefined) continue;
    const earlier = firstUse.get(id.value);
    if (earlier === undefined) firstUse.set(id.value, item.path);
    else report(id.path, `"${id.value}" is already used by ${earlier}`);
  }
  return firstUse;
}

/** Ids are unknown, rather than absent, when their list is itself malformed. */
type KnownIds = ReadonlyMap<string, string> | undefined;

function indexCollection(input: unknown, key: string, report: Report): { items: RawItem[]; ids: KnownIds } {
  const items = rawItems(input, key);
  return { items, ids: Array.isArray(asRecord(input)?.[key]) ? indexIds(items, report) : undefined };
}

function checkReference(reference: RawString | undefined, ids: KnownIds, noun: string, report: Report) {
  if (reference === undefined || ids === undefined || ids.has(reference.value)) return;
  report(reference.path, `no ${noun} has the id "${reference.value}"`);
}

interface SourceText {
  id: string;
  text: string;
  /** `text` with white space folded, computed once: a dataset quotes each source many times. */
  folded: string;
}

/** Source texts by source id; the missing ones are reported on the source's file. */
function gatherSourceTexts(sources: readonly RawItem[], options: ValidateOptions, report: Report): Map<string, SourceText> {
  const texts = new Map<string, SourceText>();
  if (options.sourceTexts === undefined) return texts;
  for (const source of sources) {
    const file = rawString(source, 'file');
    const id = rawString(source, 'id')?.value;
    const fileName = file?.value.trim();
    if (file === undefined || !fileName || id === undefined) continue;
    const text = lookUp(options.sourceTexts, fileName);
    if (text === undefined) {
      report(file.path, lookUp(options.sourceErrors, fileName) ?? `no text was given for "${fileName}"`);
    } else if (!texts.has(id)) {
      texts.set(id, { id, text, folded: normalizeWhiteSpace(text) });
    }
  }
  return texts;
}

/** Only when the source text is known; a blank quote is already a shape problem. */
function checkVerbatim(quote: RawString | undefined, source: SourceText | undefined, report: Report) {
  if (quote === undefined || source === undefined || quote.value.trim() === '') return;
  if (!source.folded.includes(normalizeWhiteSpace(quote.value).trim())) {
    report(quote.path, describeMissingQuote(quote.value, source.text, source.id));
  }
}

function checkEvent(
  event: RawItem,
  ids: { sources: KnownIds; actors: KnownIds; events: KnownIds },
  sourceTexts: ReadonlyMap<string, SourceText>,
  report: Report,
) {
  const date = rawString(event, 'date');
  if (date !== undefined) {
    const parsed = parseEdtf(date.value);
    if (!parsed.ok) report(date.path, parsed.reason);
  }

  for (const actor of rawStrings(event, 'actors')) checkReference(actor, ids.actors, 'actor', report);

  for (const quote of rawItems(event.item, 'quotes', event.path)) {
    const source = rawString(quote, 'source');
    checkReference(source, ids.sources, 'source', report);
    checkReference(rawString(quote, 'speaker'), ids.actors, 'actor', report);
    checkVerbatim(rawString(quote, 'text'), source === undefined ? undefined : sourceTexts.get(source.value), report);
  }

  const ownId = rawString(event, 'id')?.value;
  for (const relation of rawItems(event.item, 'related', event.path)) {
    const target = rawString(relation, 'event');
    if (target !== undefined && target.value === ownId) report(target.path, 'an event cannot be related to itself');
    else checkReference(target, ids.events, 'event', report);
  }
}

function checkDatasetRules(input: unknown, options: ValidateOptions, report: Report) {
  const sources = indexCollection(input, 'sources', report);
  const actors = indexCollection(input, 'actors', report);
  const events = indexCollection(input, 'events', report);
  const ids = { sources: sources.ids, actors: actors.ids, events: events.ids };
  const sourceTexts = gatherSourceTexts(sources.items, options, report);
  for (const event of events.items) checkEvent(event, ids, sourceTexts, report);
}

// ---------------------------------------------------------------------------

function parseDates(dataset: Dataset): ParsedEvent[] {
  return dataset.events.flatMap((event) => {
    const parsed = parseEdtf(event.date);
    return parsed.ok ? [{ ...event, parsedDate: parsed.value }] : [];
  });
}

export function validateDataset(input: unknown, options: ValidateOptions = {}): ValidationResult {
  const shape = checkShape(input);
  const problems = [...shape.problems];
  // A value already reported as malformed (say, a reference that is not a slug) is not reported twice.
  const shapePaths = new Set(shape.problems.map((problem) => problem.path));
  checkDatasetRules(input, options, (path, message) => {
    if (!shapePaths.has(path)) problems.push({ path, message });
  });

  if (shape.dataset === undefined || problems.length > 0) return { ok: false, problems };
  return { ok: true, dataset: shape.dataset, events: parseDates(shape.dataset), problems: [] };
}
