/**
 * What an editor drops on the studio or picks in its file dialog (issue 15), made into a
 * dataset and the source texts it quotes. Pure: bytes in, text and an unvalidated dataset out,
 * with no DOM and no Node API, so the page and the tests run the same code.
 *
 * `detectImportText` tells what one text is (a dataset, TimelineJS JSON or CSV, one of our
 * sheets); the import command (src/cli/import.ts) uses it too, so both read a file alike.
 */
import { hasColumns, readHeader } from './sheet.ts';
import { describeJsonSyntaxError } from '../model/json.ts';

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
