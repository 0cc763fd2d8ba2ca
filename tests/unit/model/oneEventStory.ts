/**
 * The smallest sound story: one source, one event quoting it. Tests of one rule of the format
 * change the one field they are about (`top` for the story's own, `source` for its source).
 */
export const ONE_EVENT_SOURCE_TEXTS = { 'sources/statement.txt': 'The ministers welcome the partnership.' };

export function oneEventStory({ top = {}, source = {} }: { top?: Record<string, unknown>; source?: Record<string, unknown> } = {}) {
  return {
    schemaVersion: 1 as unknown,
    title: 'A story',
    sources: [{ id: 'statement', title: 'Joint statement', file: 'sources/statement.txt', ...source }],
    actors: [],
    events: [
      {
        id: 'welcome',
        title: 'The ministers welcome the partnership',
        date: '2021-09-15',
        dateBasis: 'stated',
        dateNote: 'Dated in the statement.',
        status: 'occurred',
        countries: ['FR'],
        actors: [],
        summary: 'They welcome it.',
        quotes: [{ source: 'statement', text: 'welcome the partnership' }],
        related: [],
      },
    ],
    ...top,
  };
}
