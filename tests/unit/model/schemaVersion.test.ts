/**
 * The format's version policy (README, "Versions of the format"): a reader of version 1 reads
 * version 1, ignoring fields it does not know, and refuses a later version as a whole with
 * the fix; any other value of schemaVersion is a mistake in the file.
 */
import { describe, expect, it } from 'vitest';
import { validateDataset } from '../../../src/model/validate.ts';
import { validateOrSalvage } from '../../../src/model/salvage.ts';
import { SCHEMA_VERSION } from '../../../src/model/schema.ts';
import { ONE_EVENT_SOURCE_TEXTS, oneEventStory } from './oneEventStory.ts';

const SOURCE_TEXTS = ONE_EVENT_SOURCE_TEXTS;

const dataset = (schemaVersion: unknown = SCHEMA_VERSION, extra: Record<string, unknown> = {}) =>
  oneEventStory({ top: { schemaVersion, ...extra } });

describe('schemaVersion', () => {
  it('reads its own version', () => {
    expect(SCHEMA_VERSION).toBe(1);
    expect(validateDataset(dataset(), { sourceTexts: SOURCE_TEXTS }).ok).toBe(true);
  });

  it('reads a file of its version with fields it does not know, added since, and leaves them out', () => {
    const input = dataset(1, { fieldOfALaterRelease: 'A newsroom' });
    (input.events[0] as Record<string, unknown>).fieldOfALaterRelease = 'Paris';
    const result = validateDataset(input, { sourceTexts: SOURCE_TEXTS });
    expect(result.ok).toBe(true);
    expect(result.ok && 'fieldOfALaterRelease' in result.dataset).toBe(false);
    expect(result.ok && 'fieldOfALaterRelease' in result.dataset.events[0]!).toBe(false);
  });

  it('refuses a later version as a whole, with the one problem that names the fix', () => {
    // Broken in other ways too, as a file of a format this reader does not know would seem.
    const input = { ...dataset(2), events: [{ id: 'welcome', when: { year: 2021 } }] };
    const result = validateDataset(input, { sourceTexts: SOURCE_TEXTS });
    expect(result.problems).toEqual([
      {
        path: 'schemaVersion',
        message:
          'the file is written in version 2 of the format, and this reader knows version 1 only: update diplomatic-timeline (npm install diplomatic-timeline@latest) to read it',
      },
    ]);
  });

  it('shows no part of a later version: the viewer does not salvage its events', () => {
    const result = validateOrSalvage(dataset(3), { sourceTexts: SOURCE_TEXTS });
    expect(result.ok).toBe(false);
    expect(result.problems.map((problem) => problem.path)).toEqual(['schemaVersion']);
  });

  it.each([
    [0, 'expected 1 but got 0'],
    [1.5, 'expected 1 but got 1.5'],
    ['2', 'expected 1 but got "2"'],
    [null, 'expected 1 but got null'],
  ])('takes schemaVersion %j for a mistake, not a version: %s', (version, message) => {
    expect(validateDataset(dataset(version), { sourceTexts: SOURCE_TEXTS }).problems).toEqual([{ path: 'schemaVersion', message }]);
  });

  it('requires schemaVersion', () => {
    const { schemaVersion: _, ...unversioned } = dataset();
    const problems = validateDataset(unversioned, { sourceTexts: SOURCE_TEXTS }).problems;
    expect(problems).toEqual([{ path: 'schemaVersion', message: 'is required' }]);
  });
});
