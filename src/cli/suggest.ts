/**
 * `npm run suggest -- article.txt [--published YYYY-MM-DD] [--lang en|fr] [--dataset file]
 * [--source id] [--table]`: the events src/suggest proposes for an article, as JSON (the
 * return value of suggestEvents) or as a table to read. Nothing is written.
 */
import { basename, resolve } from 'node:path';
import type { Dataset } from '../model/schema.ts';
import { describeJsonSyntaxError } from '../model/json.ts';
import { suggestEvents, type Candidate } from '../suggest/index.ts';
import { parseAnchor } from '../suggest/dates.ts';
import { helpAsked, showUsage, runWhenMain } from './usage.ts';
import { readTextFile, type CliOutcome } from './validate.ts';

export const USAGE = `usage: npm run suggest -- article.txt [--published YYYY-MM-DD] [--lang en|fr] [--dataset events.json] [--source id] [--table]

  article.txt   the article's text (UTF-8, or UTF-16 or Windows-1252 with a warning)
  --published   its publication date, the anchor of "on Tuesday", "last week", "September 15";
                without it relative dates are not resolved, and a note says so
  --lang        the article's language, en (the default) or fr
  --dataset     a story (e.g. data/events.json): its actors are matched, its events mark duplicates
  --source      the story's id of this article (default: the file's name without .txt when the
                story has such a source), to prefer the speakers the story quotes from it
  --table       a table to read instead of JSON

Prints the candidates (quote with offsets, title, dates with EDTF and notes, countries, actors,
speaker, confidence with reasons, duplicateOf) and notes. Writes nothing.`;

const fail = (...lines: string[]): CliOutcome => ({ exitCode: 1, stdout: [], stderr: lines });

function table(candidates: Candidate[], notes: string[]): string[] {
  const lines: string[] = [];
  candidates.forEach((c, i) => {
    lines.push(`${String(i + 1).padStart(3)}. [${c.confidence.toFixed(2)}] ${c.title}`);
    lines.push(
      `     quote    ${c.quote.start}–${c.quote.end}: ${c.quote.text.length > 160 ? `${c.quote.text.slice(0, 159)}…` : c.quote.text}`,
    );
    if (c.date) lines.push(`     date     ${c.date.edtf} (${c.date.dateBasis}): ${c.date.dateNote}`);
    for (const d of c.dates) if (d !== c.date) lines.push(`     also     ${d.edtf} (${d.dateBasis}): ${d.dateNote}`);
    if (c.countries.length > 0) lines.push(`     countries ${c.countries.map((p) => `${p.code} (${p.text})`).join(', ')}`);
    if (c.actors.length > 0) {
      lines.push(`     actors   ${c.actors.map((a) => `${a.isNew ? '+' : ''}${a.id}${a.role ? ` [${a.role}]` : ''}`).join(', ')}`);
    }
    if (c.speaker) lines.push(`     speaker  ${c.speaker.id}`);
    if (c.duplicateOf) lines.push(`     repeats  ${c.duplicateOf}`);
    lines.push(`     why      ${c.reasons.join('; ')}`);
  });
  if (candidates.length === 0) lines.push('No candidate.');
  lines.push('', '+ a new actor', ...notes.map((note) => `note: ${note}`));
  return lines;
}

function readDataset(file: string, warnings: string[]): { ok: true; dataset: Dataset } | { ok: false; reason: string } {
  const read = readTextFile(file, warnings, 'a dataset (JSON)');
  if (!read.ok) return { ok: false, reason: `${file}: ${read.reason}` };
  let data: unknown;
  try {
    data = JSON.parse(read.text);
  } catch (error) {
    return { ok: false, reason: describeJsonSyntaxError(file, read.text, error) };
  }
  const shape = data as Partial<Dataset> | null;
  if (!shape || typeof shape !== 'object' || !Array.isArray(shape.actors) || !Array.isArray(shape.events)) {
    return { ok: false, reason: `${file}: not a story: it needs "actors" and "events" lists (npm run validate -- ${file} says more)` };
  }
  return { ok: true, dataset: data as Dataset };
}

export function runSuggest(args: readonly string[]): CliOutcome {
  if (helpAsked(args)) return showUsage(USAGE);
  let file: string | undefined;
  let published: string | undefined;
  let language: 'en' | 'fr' = 'en';
  let datasetFile: string | undefined;
  let sourceId: string | undefined;
  let asTable = false;
  for (let i = 0; i < args.length; i++) {
    const arg = args[i]!;
    const value = () => {
      const next = args[i + 1];
      i += 1;
      return next === undefined || next.startsWith('--') ? undefined : next;
    };
    if (arg === '--table') asTable = true;
    else if (arg === '--published') {
      const v = value();
      if (v === undefined) return fail('--published needs a date, e.g. --published 2021-10-06', USAGE);
      if (!parseAnchor(v)) {
        return fail(`--published ${v}: not a day of the calendar written YYYY-MM-DD, e.g. 2021-10-06`);
      }
      published = v;
    } else if (arg === '--lang') {
      const v = value();
      if (v !== 'en' && v !== 'fr') return fail(`--lang ${v ?? ''}: the language is en or fr`.replace(/ :/, ':'), USAGE);
      language = v;
    } else if (arg === '--dataset') {
      const v = value();
      if (v === undefined) return fail('--dataset needs a file, e.g. --dataset data/events.json', USAGE);
      datasetFile = v;
    } else if (arg === '--source') {
      const v = value();
      if (v === undefined) return fail('--source needs a source id of the story', USAGE);
      sourceId = v;
    } else if (arg.startsWith('-')) return fail(`${arg}: no such option`, USAGE);
    else if (file !== undefined) return fail(`one article at a time: ${arg} is extra`, USAGE);
    else file = arg;
  }
  if (file === undefined) return fail('which article? give the path of its text', USAGE);
  const warnings: string[] = [];
  const read = readTextFile(resolve(file), warnings, 'the text of an article', file);
  if (!read.ok) return fail(`${file}: ${read.reason}`);
  let dataset: Dataset | undefined;
  if (datasetFile !== undefined) {
    const loaded = readDataset(datasetFile, warnings);
    if (!loaded.ok) return fail(loaded.reason);
    dataset = loaded.dataset;
    if (sourceId === undefined) {
      const guess = basename(file).replace(/\.txt$/i, '');
      if (dataset.sources?.some((s) => s.id === guess)) sourceId = guess;
    }
  }
  const result = suggestEvents({
    text: read.text,
    language,
    ...(published ? { published } : {}),
    ...(dataset ? { dataset } : {}),
    ...(sourceId ? { sourceId } : {}),
  });
  return {
    exitCode: 0,
    stdout: asTable ? table(result.candidates, result.notes) : [JSON.stringify(result, null, 2)],
    stderr: warnings,
  };
}

runWhenMain(import.meta.url, runSuggest);
