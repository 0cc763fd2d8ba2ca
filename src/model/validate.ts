/**
 * The one runtime validator of a dataset, shared by the app and the CLI. The shape comes
 * from DatasetSchema; the rules a JSON Schema cannot express (unique ids, references,
 * calendar dates, verbatim quotes) are checked here. Every problem is reported at once,
 * and the dataset-wide rules still run on the parts that are well-formed, so that one
 * run of `npm run validate` gives the whole list of things to fix.
 */
import * as v from 'valibot';
import { parseEdtf, type ParseResult, type ParsedDate } from './edtf.ts';
import { compileFastCheck, UNSURE } from './fastShape.ts';
import { createVerbatimFinder, longestOpening, type VerbatimFinder } from './verbatim.ts';
import { describeDateHints } from './dateHints.ts';
import { closest, didYouMean } from './suggest.ts';
import { typographyOf } from './typography.ts';
import { DatasetSchema, SCHEMA_VERSION, type Dataset, type TimelineEvent } from './schema.ts';

export interface Problem {
  /** Where the problem is, e.g. `events[3].quotes[0].text`; `(root)` for the whole dataset. */
  path: string;
  message: string;
}

export type ParsedEvent = TimelineEvent & { parsedDate: ParsedDate };

export type ValidationResult = { ok: true; dataset: Dataset; events: ParsedEvent[]; problems: [] } | { ok: false; problems: Problem[] };

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
  return expected
    .replace(/^\(|\)$/g, '')
    .split(' | ')
    .join(', ');
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

/** Compiled once; null (valibot alone) if the schema ever outgrows the compiler. */
const fastCheck = compileFastCheck(DatasetSchema);

function checkShape(input: unknown): { dataset: Dataset | undefined; problems: Problem[] } {
  // valibot takes an array for an object, which would list every key as missing.
  if (asRecord(input) === undefined) {
    return { dataset: undefined, problems: [{ path: ROOT_PATH, message: `expected an object but got ${describeKind(input)}` }] };
  }
  const fast = fastCheck?.(input);
  if (fast !== undefined && fast !== UNSURE) return { dataset: fast as Dataset, problems: [] };
  const result = v.safeParse(DatasetSchema, input, { abortEarly: false, message: describeShapeIssue });
  if (result.success) return { dataset: result.output, problems: [] };
  return { dataset: undefined, problems: result.issues.map((issue) => ({ path: issuePath(issue), message: issue.message })) };
}

// ---------------------------------------------------------------------------
// Lenient reading of the raw input, so that dataset-wide rules can run even when the
// shape is wrong somewhere else. A path is built only for a value that is reported: a
// dataset of 100,000 events holds millions of values and almost none of them are wrong.

type RawRecord = Readonly<Record<string, unknown>>;

function asRecord(value: unknown): RawRecord | undefined {
  return typeof value === 'object' && value !== null && !Array.isArray(value) ? (value as RawRecord) : undefined;
}

function asList(value: unknown): readonly unknown[] {
  return Array.isArray(value) ? value : [];
}

/** Calls `visit` with each object of `container[key]`, and its index. */
function eachRecord(container: RawRecord, key: string, visit: (item: RawRecord, index: number) => void): void {
  const list = asList(container[key]);
  for (let index = 0; index < list.length; index++) {
    const item = asRecord(list[index]);
    if (item) visit(item, index);
  }
}

function stringAt(item: RawRecord, key: string): string | undefined {
  const value = item[key];
  return typeof value === 'string' ? value : undefined;
}

function lookUp(texts: TextsByFile | undefined, file: string): string | undefined {
  if (texts === undefined) return undefined;
  if (texts instanceof Map) return texts.get(file);
  const record = texts as Readonly<Record<string, string>>;
  return Object.hasOwn(record, file) ? record[file] : undefined;
}

/** The files of the sources, in order and without repeats; reads unvalidated input too. */
export function collectSourceFiles(dataset: unknown): string[] {
  const files = new Set<string>();
  const record = asRecord(dataset);
  if (record) {
    eachRecord(record, 'sources', (source) => {
      const file = stringAt(source, 'file')?.trim();
      if (file) files.add(file);
    });
  }
  return [...files];
}

// ---------------------------------------------------------------------------
// Verbatim quotes

/** Runs of white space (NBSP, narrow NBSP and newlines included) become one space. */
/** White space that is not one plain space: any other kind, or two in a row. */
const FOLDABLE = /[^\S ]| {2}/u;

export function normalizeWhiteSpace(text: string): string {
  // Most texts have nothing to fold; testing is cheaper than building a copy.
  return FOLDABLE.test(text) ? text.replace(/\s+/gu, ' ') : text;
}

export function isVerbatimIn(quote: string, sourceText: string): boolean {
  return normalizeWhiteSpace(sourceText).includes(normalizeWhiteSpace(quote).trim());
}

const SHOWN_CONTEXT = 30;
/** Shorter openings turn up by chance in any long text, and would mislead. */
const MIN_TELLING_OPENING = 10;

/** Why a quote is not in its source, given the source with its white space folded once. */
function describeMissingQuote(quoteText: string, source: SourceText): string {
  const quote = normalizeWhiteSpace(quoteText).trim();
  const foldedSource = source.folded;
  const message = `not found verbatim in source "${source.id}" (white space aside)`;
  source.typography ??= typographyOf(foldedSource);
  const typography = source.typography(quote);
  if (typography !== undefined) return `${message}: ${typography}`;
  // One linear pass over the source, whatever its text (a search per candidate length was quadratic on periodic texts).
  const found = longestOpening(foldedSource, quote);
  if (found < MIN_TELLING_OPENING) return message;
  const before = quote.slice(Math.max(0, found - SHOWN_CONTEXT), found);
  const after = quote.slice(found, found + SHOWN_CONTEXT);
  const lead = found > SHOWN_CONTEXT ? '…' : '';
  const trail = found + SHOWN_CONTEXT < quote.length ? '…' : '';
  return `${message}: the source has "${lead}${before}" but not what follows, "${after}${trail}"`;
}

// ---------------------------------------------------------------------------
// Dataset-wide rules

/**
 * `hint` (e.g. `: did you mean "FR"?`) ends the message; a value already reported as
 * malformed is not reported twice, but the hint is added to that report.
 */
type Report = (path: string, message: string, hint?: string) => void;

/** Ids are unknown, rather than absent, when their list is itself malformed. */
type KnownIds = ReadonlyMap<string, string> | undefined;

/**
 * Maps each id of `input[key]` to the path of the item that first used it, reporting
 * later uses; undefined when `input[key]` is not a list.
 */
function indexIds(input: RawRecord | undefined, key: string, report: Report): KnownIds {
  if (!input || !Array.isArray(input[key])) return undefined;
  const firstUse = new Map<string, string>();
  eachRecord(input, key, (item, index) => {
    const id = stringAt(item, 'id');
    if (id === undefined) return;
    const earlier = firstUse.get(id);
    if (earlier === undefined) firstUse.set(id, `${key}[${index}]`);
    else report(`${key}[${index}].id`, `"${id}" is already used by ${earlier}`);
  });
  return firstUse;
}

/** A reference its list has no id for; none is, when the list is itself malformed (ids unknown). */
function isDangling(value: unknown, ids: KnownIds): value is string {
  return typeof value === 'string' && ids !== undefined && !ids.has(value);
}

const noSuchId = (noun: string, id: string) => `no ${noun} has the id "${id}"`;

interface SourceText {
  id: string;
  /** The text with its white space folded, once: each missing quote is described from it. */
  folded: string;
  /** Finds a quote in `text` with white space folded, prepared once: a dataset quotes each source many times. */
  holds: VerbatimFinder;
  /** Why a missing quote is there but for its typography, made when a quote is first missing. */
  typography?: (quote: string) => string | undefined;
}

/** Source texts by source id; the missing ones are reported on the source's file. */
function gatherSourceTexts(input: RawRecord | undefined, options: ValidateOptions, report: Report): Map<string, SourceText> {
  const texts = new Map<string, SourceText>();
  const given = options.sourceTexts;
  if (given === undefined || !input) return texts;
  eachRecord(input, 'sources', (source, index) => {
    const file = stringAt(source, 'file');
    const id = stringAt(source, 'id');
    const fileName = file?.trim();
    if (!fileName || id === undefined) return;
    const text = lookUp(given, fileName);
    if (text === undefined) {
      const error = lookUp(options.sourceErrors, fileName);
      const files = given instanceof Map ? given.keys() : Object.keys(given);
      report(`sources[${index}].file`, error ?? `no text was given for "${fileName}"`, error ? '' : didYouMean(closest(fileName, files)));
    } else if (!texts.has(id)) {
      const folded = normalizeWhiteSpace(text);
      texts.set(id, { id, folded, holds: createVerbatimFinder(folded) });
    }
  });
  return texts;
}

/** Why a quote is not in its source, if it is not; only when the source text is known, and a blank quote is already a shape problem. */
function verbatimProblem(quote: string | undefined, source: SourceText | undefined): string | undefined {
  if (quote === undefined || source === undefined || quote.trim() === '') return undefined;
  return source.holds(normalizeWhiteSpace(quote).trim()) ? undefined : describeMissingQuote(quote, source);
}

interface RuleContext {
  readonly ids: { sources: KnownIds; actors: KnownIds; events: KnownIds };
  /** Reports a reference to no item of `ids`, with the closest id if one is close. */
  readonly dangling: (path: string, noun: string, id: string, ids: KnownIds, why?: string) => void;
  readonly countries: (path: string, code: unknown) => void;
  readonly sourceTexts: ReadonlyMap<string, SourceText>;
  readonly parseDate: (text: string) => ParseResult;
  readonly report: Report;
}

type KeyOf = (item: unknown) => string | undefined;

/**
 * Reports each entry of a list that repeats an earlier one, at its own place, naming the
 * first. `keyOf` gives what makes two entries the same (undefined: not comparable, say a
 * value of the wrong type, already a shape problem). A repeat is an error rather than
 * something quietly merged: it is almost always a slip of the author's (a pasted line, a
 * relation written twice with two notes), and which copy to keep is theirs to say.
 */
function reportRepeats(list: readonly unknown[], keyOf: KeyOf, listPath: string, describe: (item: unknown) => string, report: Report) {
  if (list.length < 2) return;
  const keys = list.map(keyOf);
  // Nearly every list is short and has no repeat: a few comparisons say so before any map is built.
  if (keys.length < 9 && keys.every((key, at) => key === undefined || keys.indexOf(key) === at)) return;
  const first = new Map<string, number>();
  const count = new Map<string, number>();
  keys.forEach((key, at) => {
    if (key === undefined) return;
    if (!first.has(key)) first.set(key, at);
    count.set(key, (count.get(key) ?? 0) + 1);
  });
  const field = listPath.slice(listPath.lastIndexOf('.') + 1);
  keys.forEach((key, at) => {
    const from = key === undefined ? at : (first.get(key) as number);
    if (from === at) return;
    const times = count.get(key as string) as number;
    report(
      `${listPath}[${at}]`,
      `${describe(list[at])} is listed ${times > 2 ? `${times} times` : 'twice'} (also at ${field}[${from}]); remove the repeat`,
    );
  });
}

const stringKey: KeyOf = (item) => (typeof item === 'string' ? item : undefined);

/**
 * Two relations are the same when they name the same event with the same type, whatever their
 * notes. (Ids are slugs and types are words: no control character, so the parts of a key cannot run together.)
 */
const relationKey: KeyOf = (item) => {
  const relation = asRecord(item);
  const target = relation && stringAt(relation, 'event');
  const type = relation && stringAt(relation, 'type');
  return target === undefined || type === undefined ? undefined : `${target}\u0000${type}`;
};

/** Two quotes are the same when they have the same source, words (white space aside) and speaker. */
const quoteKey: KeyOf = (item) => {
  const quote = asRecord(item);
  const source = quote && stringAt(quote, 'source');
  const text = quote && stringAt(quote, 'text');
  return source === undefined || text === undefined
    ? undefined
    : `${source}\u0000${stringAt(quote as RawRecord, 'speaker') ?? ''}\u0000${normalizeWhiteSpace(text).trim()}`;
};

/** Lists of an event in which an entry must not repeat: the keyed lists the reader sees. */
function checkRepeats(event: RawRecord, eventPath: string, report: Report): void {
  const check = (field: string, keyOf: KeyOf, describe: (item: unknown) => string) =>
    reportRepeats(asList(event[field]), keyOf, `${eventPath}.${field}`, describe, report);
  for (const field of ['countries', 'actors', 'tags']) check(field, stringKey, showValue);
  check('quotes', quoteKey, (quote) => `the quote ${showValue(asRecord(quote)?.text)}`);
  check(
    'related',
    relationKey,
    (relation) => `the relation ${showValue(asRecord(relation)?.type)} to ${showValue(asRecord(relation)?.event)}`,
  );
}

function checkEvent(event: RawRecord, eventPath: string, { ids, sourceTexts, parseDate, report, dangling, countries }: RuleContext) {
  const date = stringAt(event, 'date');
  if (date !== undefined) {
    const parsed = parseDate(date);
    if (!parsed.ok) report(`${eventPath}.date`, parsed.reason, describeDateHints(date));
  }

  asList(event.countries).forEach((code, i) => countries(`${eventPath}.countries[${i}]`, code));
  const actors = asList(event.actors);
  for (let i = 0; i < actors.length; i++) {
    const actor = actors[i];
    if (isDangling(actor, ids.actors)) dangling(`${eventPath}.actors[${i}]`, 'actor', actor, ids.actors);
  }

  eachRecord(event, 'quotes', (quote, i) => {
    const source = stringAt(quote, 'source');
    if (isDangling(source, ids.sources)) dangling(`${eventPath}.quotes[${i}].source`, 'source', source, ids.sources);
    const speaker = quote.speaker;
    if (isDangling(speaker, ids.actors)) dangling(`${eventPath}.quotes[${i}].speaker`, 'actor', speaker, ids.actors);
    const problem = verbatimProblem(stringAt(quote, 'text'), source === undefined ? undefined : sourceTexts.get(source));
    if (problem !== undefined) report(`${eventPath}.quotes[${i}].text`, problem);
  });

  const ownId = stringAt(event, 'id');
  eachRecord(event, 'related', (relation, i) => {
    const target = stringAt(relation, 'event');
    if (target !== undefined && target === ownId) report(`${eventPath}.related[${i}].event`, 'an event cannot be related to itself');
    else if (isDangling(target, ids.events)) dangling(`${eventPath}.related[${i}].event`, 'event', target, ids.events);
  });

  const media = asRecord(event.media);
  if (media && media.kind === 'image' && !stringAt(media, 'alt')?.trim())
    report(
      `${eventPath}.media.alt`,
      'an image needs its alt text',
      ': say in a sentence what the image shows, for readers who cannot see it (e.g. "alt": "Macron and Biden shake hands in Rome")',
    );

  checkRepeats(event, eventPath, report);
}

function checkDatasetRules(input: unknown, options: ValidateOptions, parseDate: RuleContext['parseDate'], report: Report) {
  const record = asRecord(input);
  const ids = {
    sources: indexIds(record, 'sources', report),
    actors: indexIds(record, 'actors', report),
    events: indexIds(record, 'events', report),
  };
  // Suggestions share one budget, and hints are remembered: a typo, a code, is often repeated.
  const budget = { cells: 5e6 };
  const hints = new Map<string, string>();
  const remember = (key: string, hint: () => string) => hints.get(key) ?? (hints.set(key, hint()).get(key) as string);
  const dangling: RuleContext['dangling'] = (path, noun, id, known, why = '') =>
    report(
      path,
      noSuchId(noun, id) + why,
      remember(`${noun} ${id}`, () => didYouMean(closest(id, known?.keys() ?? [], budget))),
    );
  const countries: RuleContext['countries'] = (path, code) => {
    const hint = typeof code === 'string' ? remember(code, () => countryHint(code)) : '!';
    if (hint !== '!') report(path, `${JSON.stringify(code)} is not an ISO 3166-1 alpha-2 code`, hint);
  };
  const context: RuleContext = { ids, sourceTexts: gatherSourceTexts(record, options, report), parseDate, report, dangling, countries };
  if (record) eachRecord(record, 'actors', (actor, index) => countries(`actors[${index}].country`, actor.country));
  if (record) eachRecord(record, 'events', (event, index) => checkEvent(event, `events[${index}]`, context));
  if (record) checkPath(record, context);
}

let regionNames: Intl.DisplayNames | undefined;

/**
 * "!" for a code as it should be written: in capitals, and not an alias of another ("UK" of
 * "GB", "SU" of "RU"); else the hint, the code meant (or "" when there is none). A code no
 * region has is taken: AA, QM to QZ, XA to XZ and ZZ are left to users, e.g. for a fictional
 * story's countries.
 */
function countryHint(code: string): string {
  regionNames ??= new Intl.DisplayNames(['en'], { type: 'region', fallback: 'none' });
  // Two letters make a region subtag, which canonicalises to its capitals or to what it is an alias of.
  const canonical = /^[a-z]{2}$/i.test(code) ? Intl.getCanonicalLocales(`und-${code}`)[0]!.slice(4) : code;
  if (canonical === code) return '!';
  const name = regionNames.of(canonical);
  return `: did you mean "${canonical}"${name ? ` (${name})` : ''}?`;
}

/** Every step of an author's path names an event of the story, once. */
function checkPath(record: RawRecord, { ids, dangling, report }: RuleContext): void {
  const seen = new Map<string, number>();
  eachRecord(record, 'path', (step, i) => {
    const target = step.event;
    if (isDangling(target, ids.events))
      dangling(`path[${i}].event`, 'event', target, ids.events, ': a path step names an event of this story by its id');
    if (typeof target !== 'string') return;
    const first = seen.get(target);
    if (first !== undefined)
      report(`path[${i}].event`, `"${target}" is already step ${first + 1} of the path: a path visits each event once`);
    else seen.set(target, i);
  });
}

/**
 * parseEdtf remembered by text for one validation: a dataset of decades has far fewer
 * distinct dates than events, and each date is read twice (the rule, then the model).
 */
function memoizedDateParser(): (text: string) => ParseResult {
  const known = new Map<string, ParseResult>();
  return (text) => {
    let result = known.get(text);
    if (result === undefined) {
      result = parseEdtf(text);
      known.set(text, result);
    }
    return result;
  };
}

// ---------------------------------------------------------------------------

function parseDates(dataset: Dataset, parseDate: (text: string) => ParseResult): ParsedEvent[] {
  const events: ParsedEvent[] = [];
  for (const event of dataset.events) {
    const parsed = parseDate(event.date);
    if (parsed.ok) events.push({ ...event, parsedDate: parsed.value });
  }
  return events;
}

/**
 * A file of a later version of the format than this reader's (README, "Versions of the format"):
 * it is refused as a whole, with the fix, rather than misread or buried under the problems of
 * fields this reader does not know. Undefined for any other value: the shape check judges it.
 */
function newerVersionProblem(input: unknown): Problem | undefined {
  const version = asRecord(input)?.['schemaVersion'];
  if (typeof version !== 'number' || !Number.isInteger(version) || version <= SCHEMA_VERSION) return undefined;
  return {
    path: 'schemaVersion',
    message: `the file is written in version ${version} of the format, and this reader knows version ${SCHEMA_VERSION} only: update diplomatic-timeline (npm install diplomatic-timeline@latest) to read it`,
  };
}

export function validateDataset(input: unknown, options: ValidateOptions = {}): ValidationResult {
  const newer = newerVersionProblem(input);
  if (newer) return { ok: false, problems: [newer] };
  const shape = checkShape(input);
  const problems = [...shape.problems];
  const parseDate = memoizedDateParser();
  // A value already reported as malformed (say, a reference that is not a slug) is not reported twice.
  const shapePaths = new Map(shape.problems.map((problem) => [problem.path, problem]));
  checkDatasetRules(input, options, parseDate, (path, message, hint = '') => {
    const shaped = shapePaths.get(path);
    if (shaped === undefined) problems.push({ path, message: message + hint });
    else if (hint !== '' && !shaped.message.endsWith(hint)) shaped.message += hint;
  });

  if (shape.dataset === undefined || problems.length > 0) return { ok: false, problems };
  return { ok: true, dataset: shape.dataset, events: parseDates(shape.dataset, parseDate), problems: [] };
}
