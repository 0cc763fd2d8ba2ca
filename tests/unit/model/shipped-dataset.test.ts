// @vitest-environment node
/**
 * The dataset the site ships must pass the validator, and every quote in it must stand
 * verbatim in its source text: a reader may check any quote against the linked source.
 */
import { existsSync, readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { DEFAULT_DATASET_FILE } from '../../../src/cli/validate.ts';
import { collectSourceFiles, formatProblem, isVerbatimIn, validateDataset } from '../../../src/model/validate.ts';

function readShipped() {
  expect(existsSync(DEFAULT_DATASET_FILE), `${DEFAULT_DATASET_FILE} has not been written yet`).toBe(true);
  const input: unknown = JSON.parse(readFileSync(DEFAULT_DATASET_FILE, 'utf8'));
  const sourceTexts = new Map(
    collectSourceFiles(input).map((file) => [file, readFileSync(join(dirname(DEFAULT_DATASET_FILE), file), 'utf8')]),
  );
  return { input, sourceTexts };
}

describe('the shipped dataset', () => {
  it('passes the validator', () => {
    const { input, sourceTexts } = readShipped();
    expect(validateDataset(input, { sourceTexts }).problems.map(formatProblem)).toEqual([]);
  });

  it('quotes every source verbatim', () => {
    const { input, sourceTexts } = readShipped();
    const result = validateDataset(input, { sourceTexts });
    if (!result.ok) throw new Error(result.problems.map(formatProblem).join('\n'));
    const fileOf = new Map(result.dataset.sources.map((source) => [source.id, source.file]));
    const missing = result.dataset.events.flatMap((event) =>
      event.quotes
        .filter((quote) => !isVerbatimIn(quote.text, sourceTexts.get(fileOf.get(quote.source) ?? '') ?? ''))
        .map((quote) => `${event.id}: ${quote.text}`),
    );
    expect(missing).toEqual([]);
    expect(result.dataset.events.every((event) => event.quotes.length > 0)).toBe(true);
  });

  it('writes what lasted as an interval and what happened once, on an unknown day, as a window, each note saying which', () => {
    const { input, sourceTexts } = readShipped();
    const result = validateDataset(input, { sourceTexts });
    if (!result.ok) throw new Error(result.problems.map(formatProblem).join('\n'));
    const byKind = (kind: string) =>
      result.events
        .filter((event) => event.parsedDate.kind === kind)
        .map((event) => event.id)
        .sort();
    // Re-read against the articles (issue 14): a remark, a cancellation, a return, a concession,
    // a briefing and a declaration happened once; an administration, an outcry, repeated
    // statements and two days of meetings lasted.
    expect(byKind('window')).toEqual([
      'biden-declares-america-is-back',
      'france-cancels-parly-wallace-talks',
      'french-ambassador-returns',
      'johnson-says-france-need-not-worry',
      'senior-official-briefs-on-talks',
      'us-concedes-coordination-would-have-helped',
    ]);
    expect(byKind('interval')).toEqual([
      'france-says-healing-will-take-time',
      'france-voices-anger-over-aukus',
      'oecd-meetings-paris',
      'trump-era-transatlantic-strain',
    ]);
    for (const event of result.events) {
      if (event.parsedDate.kind === 'window') expect(event.dateNote, event.id).toContain('A window, not an interval');
      if (event.parsedDate.kind === 'interval') expect(event.dateNote, event.id).toContain('An interval, not a window');
    }
  });
});
