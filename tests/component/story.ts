/**
 * The shipped AUKUS story, loaded the way the app loads it (validator and source texts),
 * as a fresh Story for each test so no test sees another's filters or selection.
 */
import { readFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { collectSourceFiles, formatProblem, validateDataset } from '../../src/model/validate.ts';
import { Story } from '../../src/state/story.svelte.ts';
import type { Locale } from '../../src/i18n/strings.ts';

export const DATASET_FILE = resolve(import.meta.dirname, '../../data/events.json');

function readShipped() {
  const json: unknown = JSON.parse(readFileSync(DATASET_FILE, 'utf8'));
  const sourceTexts = new Map(collectSourceFiles(json).map((file) => [file, readFileSync(join(dirname(DATASET_FILE), file), 'utf8')]));
  return { json, sourceTexts };
}

let cached: ReturnType<typeof readShipped> | undefined;

/** A new Story over the real dataset, in English unless told otherwise. */
export function loadStory(locale: Locale = 'en'): Story {
  cached ??= readShipped();
  const result = validateDataset(cached.json, { sourceTexts: cached.sourceTexts });
  if (!result.ok) throw new Error(`The shipped dataset does not validate:\n${result.problems.map(formatProblem).join('\n')}`);
  return new Story({ dataset: result.dataset, events: result.events, sourceTexts: cached.sourceTexts, locale });
}
