import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { loadDataset } from '../../../src/model/load.ts';
import { formatProblem } from '../../../src/model/validate.ts';

const FIXTURE_DIR = join(process.cwd(), 'tests/unit/model/fixtures/valid');
const fixture = (path: string) => readFileSync(join(FIXTURE_DIR, path), 'utf8');

/** Serves fixed texts by absolute URL, and records what was asked for. */
function fakeFetch(files: Record<string, string>) {
  const requested: string[] = [];
  const fetchImpl = (async (input: RequestInfo | URL) => {
    const url = String(input);
    requested.push(url);
    const body = files[url];
    return body === undefined ? new Response('missing', { status: 404, statusText: 'Not Found' }) : new Response(body);
  }) as typeof fetch;
  return { fetchImpl, requested };
}

const SITE = 'https://example.org/timeline/data/';
const FIXTURE_FILES = {
  [`${SITE}events.json`]: fixture('events.json'),
  [`${SITE}sources/communique.txt`]: fixture('sources/communique.txt'),
  [`${SITE}sources/interview.txt`]: fixture('sources/interview.txt'),
};

describe('loadDataset', () => {
  it('fetches the sources relative to the dataset and validates them together', async () => {
    const { fetchImpl, requested } = fakeFetch(FIXTURE_FILES);
    const result = await loadDataset(`${SITE}events.json`, fetchImpl);
    expect(result.problems).toEqual([]);
    expect(result.ok && result.events.map((event) => event.id)).toEqual(['partnership-announced', 'stab-in-the-back', 'talks']);
    expect(requested.sort()).toEqual(Object.keys(FIXTURE_FILES).sort());
    expect([...result.sourceTexts.keys()].sort()).toEqual(['sources/communique.txt', 'sources/interview.txt']);
  });

  it('resolves a relative dataset URL against the page', async () => {
    const page = globalThis.location.href;
    const { fetchImpl, requested } = fakeFetch({});
    await loadDataset('data/events.json', fetchImpl);
    expect(requested).toEqual([new URL('data/events.json', page).href]);
  });

  it('reports a source that cannot be fetched on its file', async () => {
    const { fetchImpl } = fakeFetch({ ...FIXTURE_FILES, [`${SITE}sources/interview.txt`]: undefined as unknown as string });
    const result = await loadDataset(`${SITE}events.json`, fetchImpl);
    expect(result.problems.map(formatProblem)).toEqual([
      `sources[1].file: could not load ${SITE}sources/interview.txt: HTTP 404 Not Found`,
    ]);
  });

  it('reports a dataset that cannot be fetched', async () => {
    const { fetchImpl } = fakeFetch({});
    const result = await loadDataset(`${SITE}events.json`, fetchImpl);
    expect(result.problems.map(formatProblem)).toEqual([`(root): could not load ${SITE}events.json: HTTP 404 Not Found`]);
  });

  it('reports a network failure', async () => {
    const failingFetch = (async () => {
      throw new TypeError('Failed to fetch');
    }) as typeof fetch;
    const result = await loadDataset(`${SITE}events.json`, failingFetch);
    expect(result.problems.map(formatProblem)).toEqual([`(root): could not load ${SITE}events.json: Failed to fetch`]);
  });

  it('reports a dataset that is not JSON', async () => {
    const { fetchImpl } = fakeFetch({ [`${SITE}events.json`]: '{ nope' });
    const result = await loadDataset(`${SITE}events.json`, fetchImpl);
    expect(result.ok).toBe(false);
    expect(result.problems[0]?.message).toMatch(/^https:\/\/example\.org\/timeline\/data\/events\.json is not valid JSON: /);
  });
});
