import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { expect } from 'vitest';
import type { InteropNote } from '../../../src/interop/notes.ts';
import type { GeneratedSourceText } from '../../../src/interop/timelinejs-import.ts';
import type { Dataset } from '../../../src/model/schema.ts';
import { formatProblem, validateDataset } from '../../../src/model/validate.ts';

/** Tests run from the project root, as npx vitest does. */
export const FIXTURE_DIR = 'tests/fixtures/interop';

export function fixture(name: string): string {
  return readFileSync(join(FIXTURE_DIR, name), 'utf8');
}

/** Runs the app's validator, source texts included, and fails with its messages. */
export function expectValid(dataset: unknown, sourceTexts: readonly GeneratedSourceText[] | ReadonlyMap<string, string>): Dataset {
  const texts =
    sourceTexts instanceof Map ? sourceTexts : new Map((sourceTexts as readonly GeneratedSourceText[]).map((s) => [s.file, s.text]));
  const result = validateDataset(dataset, { sourceTexts: texts });
  expect(result.ok ? [] : result.problems.map(formatProblem)).toEqual([]);
  if (!result.ok) throw new Error('invalid');
  return result.dataset;
}

export function messages(notes: readonly InteropNote[], level?: InteropNote['level']): string[] {
  return notes
    .filter((note) => level === undefined || note.level === level)
    .map((note) => (note.where === '' ? note.message : `${note.where}: ${note.message}`));
}
