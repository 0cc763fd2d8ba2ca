import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { expect } from 'vitest';
import type { InteropNote } from '../../../src/interop/notes.ts';
import type { GeneratedSourceText } from '../../../src/interop/timelinejs-import.ts';
import type { Dataset } from '../../../src/model/schema.ts';
import { formatProblem, validateDataset } from '../../../src/model/validate.ts';

export function fixture(name: string): string {
  return readFileSync(fileURLToPath(new URL(`../../fixtures/interop/${name}`, import.meta.url)), 'utf8');
}

export function projectFile(path: string): string {
  return readFileSync(fileURLToPath(new URL(`../../../${path}`, import.meta.url)), 'utf8');
}

/** Runs the app's validator, source texts included, and fails with its messages. */
export function expectValid(dataset: unknown, sourceTexts: readonly GeneratedSourceText[] | ReadonlyMap<string, string>): Dataset {
  const texts = sourceTexts instanceof Map ? sourceTexts : new Map((sourceTexts as readonly GeneratedSourceText[]).map((s) => [s.file, s.text]));
  const result = validateDataset(dataset, { sourceTexts: texts });
  expect(result.ok ? [] : result.problems.map(formatProblem)).toEqual([]);
  if (!result.ok) throw new Error('invalid');
  return result.dataset;
}

export function messages(notes: readonly InteropNote[], level?: InteropNote['level']): string[] {
  return notes.filter((note) => level === undefined || note.level === level).map((note) => (note.where === '' ? note.message : `${note.where}: ${note.message}`));
}
