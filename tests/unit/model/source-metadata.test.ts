/**
 * The optional metadata a source (and the story) may carry for citations: where it is
 * published, by whom, who wrote it and when. Optional fields, so a file without them
 * (the AUKUS story) stays valid as it is.
 */
import { describe, expect, it } from 'vitest';
import { validateDataset } from '../../../src/model/validate.ts';
import { ONE_EVENT_SOURCE_TEXTS, oneEventStory } from './oneEventStory.ts';

const SOURCE_TEXTS = ONE_EVENT_SOURCE_TEXTS;

const dataset = (source: Record<string, unknown>, top: Record<string, unknown> = {}) => oneEventStory({ source, top });

const problems = (source: Record<string, unknown>, top?: Record<string, unknown>) =>
  validateDataset(dataset(source, top), { sourceTexts: SOURCE_TEXTS }).problems.map((problem) => `${problem.path}: ${problem.message}`);

describe('source metadata for citations', () => {
  it('takes an address, a publisher, one author or several, and a day, month or year of publication', () => {
    const full = {
      url: 'https://example.org/news/statement',
      publisher: 'Example News',
      author: ['Ann Smith', 'Bo Li'],
      published: '2021-09-16',
    };
    const result = validateDataset(dataset(full, { url: 'https://example.org/story/', publisher: 'Example Desk' }), {
      sourceTexts: SOURCE_TEXTS,
    });
    expect(result.ok && result.dataset.sources[0]).toMatchObject(full);
    expect(result.ok && [result.dataset.url, result.dataset.publisher]).toEqual(['https://example.org/story/', 'Example Desk']);
    expect(problems({ author: 'Ann Smith', published: '2021-09' })).toEqual([]);
    expect(problems({ published: '2021' })).toEqual([]);
  });

  it('refuses an address that is not http(s), and a date that is not one day, month or year of the calendar', () => {
    expect(problems({ url: 'javascript:alert(1)' })).toEqual([
      'sources[0].url: must be an http(s) address, e.g. "https://example.org/story"',
    ]);
    expect(problems({}, { url: 'data/events.json' })).toEqual(['url: must be an http(s) address, e.g. "https://example.org/story"']);
    expect(problems({ published: '2021-09-15/2021-09-16' })).toHaveLength(1);
    expect(problems({ published: '2021-09-15?' })).toHaveLength(1);
    expect(problems({ published: '2021-02-30' })).toEqual(['sources[0].published: is not a day of the calendar']);
    expect(problems({ author: '' })).toHaveLength(1);
  });
});
