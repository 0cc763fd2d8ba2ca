/** The story as schema.org JSON-LD: the timeline, each event as an Event, the sources they rest on. */
import { describe, expect, it } from 'vitest';
import { jsonLdScriptText, storyJsonLd } from '../../../src/interop/jsonld.ts';
import { validateDataset } from '../../../src/model/validate.ts';

const TEXT = 'The ministers welcome the partnership. Talks are set for October.';

function story(title = 'A story', extra: Record<string, unknown> = {}) {
  const event = (id: string, date: string, countries: string[] = []) => ({
    id,
    title: `Event ${id}`,
    date,
    dateBasis: 'stated',
    dateNote: 'In the statement.',
    status: 'occurred',
    countries,
    actors: [],
    summary: `What happened at ${id}.`,
    quotes: [{ source: 'statement', text: 'welcome the partnership' }],
  });
  const result = validateDataset(
    {
      schemaVersion: 1,
      title,
      description: 'A standfirst.',
      language: 'en',
      ...extra,
      sources: [{ id: 'statement', title: 'Joint statement', file: 'sources/statement.txt', url: 'https://gov.example/statement' }],
      actors: [],
      events: [
        event('day', '2021-09-15', ['FR', 'AU']),
        event('month', '2021-10'),
        event('talks', '2021-10-05/2021-10-06'),
        event('maybe', '2021-10-05?'),
        event('window', '[2021-09-15..2021-09-26]'),
        event('before', '[..2021-10-05]'),
      ],
    },
    { sourceTexts: { 'sources/statement.txt': TEXT } },
  );
  if (!result.ok) throw new Error(JSON.stringify(result.problems));
  return storyJsonLd(result.dataset, result.events, { countryName: (code) => ({ FR: 'France', AU: 'Australia' })[code] ?? code });
}

type Graph = { '@graph': Record<string, unknown>[] };
const nodes = (data: unknown) => (data as Graph)['@graph'];
const eventNode = (data: unknown, id: string) => nodes(data).find((node) => node['@id'] === `#event-${id}`);

describe('storyJsonLd', () => {
  it('names the timeline with its description and language, citing its sources and about its events', () => {
    const data = story();
    expect((data as Record<string, unknown>)['@context']).toBe('https://schema.org');
    expect(nodes(data)[0]).toEqual({
      '@type': 'CreativeWork',
      '@id': '#timeline',
      name: 'A story',
      description: 'A standfirst.',
      inLanguage: 'en',
      citation: [{ '@id': '#source-statement' }],
      about: ['day', 'month', 'talks', 'maybe', 'window', 'before'].map((id) => ({ '@id': `#event-${id}` })),
    });
    expect(nodes(data).at(-1)).toEqual({
      '@type': 'CreativeWork',
      '@id': '#source-statement',
      name: 'Joint statement',
      url: 'https://gov.example/statement',
    });
  });

  it('gives every event as an Event: its summary, dates at their precision, countries by name, its link and sources', () => {
    const data = story();
    expect(eventNode(data, 'day')).toEqual({
      '@type': 'Event',
      '@id': '#event-day',
      name: 'Event day',
      description: 'What happened at day.',
      startDate: '2021-09-15',
      eventStatus: 'https://schema.org/EventScheduled',
      location: [
        { '@type': 'Country', name: 'France' },
        { '@type': 'Country', name: 'Australia' },
      ],
      inLanguage: 'en',
      url: '?event=day',
      subjectOf: [{ '@id': '#source-statement' }],
    });
    expect(eventNode(data, 'month')).toMatchObject({ startDate: '2021-10', description: 'What happened at month.' });
    expect(eventNode(data, 'talks')).toMatchObject({ startDate: '2021-10-05', endDate: '2021-10-06' });
  });

  it('says in the description what the dates alone would misstate: an uncertain date, a window', () => {
    const data = story();
    expect(eventNode(data, 'maybe')).toMatchObject({
      startDate: '2021-10-05',
      description: 'What happened at maybe. (Date uncertain: October 5, 2021?)',
    });
    expect(eventNode(data, 'window')).toMatchObject({
      startDate: '2021-09-15',
      endDate: '2021-09-26',
      description: 'What happened at window. (Date: between September 15 and 26, 2021)',
    });
    expect(eventNode(data, 'before')).toEqual(expect.objectContaining({ endDate: '2021-10-05' }));
    expect(eventNode(data, 'before')).not.toHaveProperty('startDate');
  });

  it('links to the page the dataset names as its own, when it does', () => {
    const data = story('A story', { url: 'https://news.example/story/', publisher: 'Example News' });
    expect(nodes(data)[0]).toMatchObject({
      url: 'https://news.example/story/',
      publisher: { '@type': 'Organization', name: 'Example News' },
    });
    expect(eventNode(data, 'day')?.url).toBe('https://news.example/story/?event=day');
  });
});

describe('jsonLdScriptText', () => {
  it('writes no character that could close the script element, and reads back to the same text', () => {
    const title = '</script><script>alert(1)</script> <!-- \u2028 & -->';
    const text = jsonLdScriptText(story(title));
    expect(text).not.toMatch(/[<>&\u2028\u2029]/);
    expect(text).toContain('\\u003c/script\\u003e\\u003cscript\\u003ealert(1)');
    expect(nodes(JSON.parse(text))[0]?.name).toBe(title);
  });
});
