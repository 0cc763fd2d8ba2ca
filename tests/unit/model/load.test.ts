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
    // UTF-8 files: nothing to tell.
    expect(result.notices).toEqual([]);
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
      `sources[1].file: could not load ${SITE}sources/interview.txt: the server answered 404 Not Found: no file at this address; check the src`,
    ]);
  });

  it('reports a dataset that cannot be fetched', async () => {
    const { fetchImpl } = fakeFetch({});
    const result = await loadDataset(`${SITE}events.json`, fetchImpl);
    expect(result.problems.map(formatProblem)).toEqual([
      `(root): could not load ${SITE}events.json: the server answered 404 Not Found: no file at this address; check the src`,
    ]);
    expect(result.retryable).toBe(false);
  });

  it('reports a network failure', async () => {
    const failingFetch = (async () => {
      throw new TypeError('Failed to fetch');
    }) as typeof fetch;
    const result = await loadDataset(`${SITE}events.json`, failingFetch);
    expect(result.problems.map(formatProblem)).toEqual([
      `(root): could not load ${SITE}events.json: the network request failed (Failed to fetch)`,
    ]);
    expect(result.retryable).toBe(true);
  });

  it('reports a dataset that is not JSON', async () => {
    const { fetchImpl } = fakeFetch({ [`${SITE}events.json`]: '{ nope' });
    const result = await loadDataset(`${SITE}events.json`, fetchImpl);
    expect(result.ok).toBe(false);
    expect(result.problems[0]?.message).toMatch(/^https:\/\/example\.org\/timeline\/data\/events\.json:1:3: invalid JSON: /);
    expect(result.retryable).toBe(false);
  });

  it('offers a retry after a server error', async () => {
    const fetchImpl = (async () => new Response('busy', { status: 503, statusText: 'Service Unavailable' })) as typeof fetch;
    const result = await loadDataset(`${SITE}events.json`, fetchImpl);
    expect(result.problems[0]?.message).toBe(`could not load ${SITE}events.json: the server answered 503 Service Unavailable`);
    expect(result.retryable).toBe(true);
  });

  it('gives up on a server that does not answer in time', async () => {
    const hangingFetch = ((_url: string, init?: RequestInit) =>
      new Promise((_resolve, reject) =>
        init?.signal?.addEventListener('abort', () => reject(new DOMException('aborted', 'AbortError'))),
      )) as typeof fetch;
    const result = await loadDataset(`${SITE}events.json`, { fetchImpl: hangingFetch, timeoutMs: 20 });
    expect(result.problems[0]?.message).toBe(`could not load ${SITE}events.json: no answer within 0 s`);
    expect(result.retryable).toBe(true);
  });

  it('says an empty file is empty', async () => {
    const { fetchImpl } = fakeFetch({ [`${SITE}events.json`]: '  \n' });
    const result = await loadDataset(`${SITE}events.json`, fetchImpl);
    expect(result.problems[0]?.message).toBe(`${SITE}events.json is empty: a dataset is a JSON object`);
  });

  it('refuses a file over the size limit', async () => {
    const { fetchImpl } = fakeFetch({ [`${SITE}events.json`]: 'x'.repeat(3 * 1024 * 1024) });
    const result = await loadDataset(`${SITE}events.json`, { fetchImpl, maxBytes: 1024 * 1024 });
    expect(result.problems[0]?.message).toBe(`could not load ${SITE}events.json: it is over the 1.0 MB limit`);
  });

  it('refuses addresses that are not http or https', async () => {
    const { fetchImpl, requested } = fakeFetch({});
    const result = await loadDataset('javascript:alert(1)', fetchImpl);
    expect(result.problems[0]?.message).toBe('"javascript:alert(1)" is not an http or https address');
    expect(requested).toEqual([]);
  });

  it('shows the sound events of a dataset with a broken one, and lists what it skipped', async () => {
    const broken = JSON.parse(fixture('events.json'));
    broken.events[1].date = '2021-02-30';
    const { fetchImpl } = fakeFetch({ ...FIXTURE_FILES, [`${SITE}events.json`]: JSON.stringify(broken) });
    const result = await loadDataset(`${SITE}events.json`, fetchImpl);
    expect(result.ok).toBe(true);
    expect(result.ok && result.events.map((event) => event.id)).toEqual(['partnership-announced', 'talks']);
    expect(result.ok && result.skipped.map(formatProblem)).toEqual(['events[1].date: "2021-02-30" is not a day of the calendar']);
  });

  it('refuses a dataset whose sources or actors are broken, since every event may depend on them', async () => {
    const broken = JSON.parse(fixture('events.json'));
    broken.actors[0].kind = 'alien';
    const { fetchImpl } = fakeFetch({ ...FIXTURE_FILES, [`${SITE}events.json`]: JSON.stringify(broken) });
    const result = await loadDataset(`${SITE}events.json`, fetchImpl);
    expect(result.ok).toBe(false);
    expect(result.problems[0]?.path).toBe('actors[0].kind');
  });
});
