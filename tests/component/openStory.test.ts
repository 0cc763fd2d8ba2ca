/**
 * Opening a dataset as a story, the one way the app and the embed do it: from an address
 * (with its source texts) or from a dataset already in hand (the app's bundled story).
 * The reader sees the dataset's events, is told which broken ones were left out, and,
 * when nothing can be shown, why, with a retry only when retrying can help.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { formatProblem } from '../../src/model/validate.ts';
import { openStory } from '../../src/state/openStory.ts';
import { fromSearchParams, knownValues } from '../../src/state/urlState.ts';
import type { Locale } from '../../src/i18n/strings.ts';
import { DATASET_FILE, loadStory } from './story.ts';

const FIXTURE_DIR = join(process.cwd(), 'tests/unit/model/fixtures/valid');
const fixture = (path: string) => readFileSync(join(FIXTURE_DIR, path), 'utf8');
const SITE = 'https://example.org/timeline/data/';
const FIXTURE_FILES: Record<string, string> = {
  [`${SITE}events.json`]: fixture('events.json'),
  [`${SITE}sources/communique.txt`]: fixture('sources/communique.txt'),
  [`${SITE}sources/interview.txt`]: fixture('sources/interview.txt'),
};
const FIXTURE_TEXTS = new Map([
  ['sources/communique.txt', fixture('sources/communique.txt')],
  ['sources/interview.txt', fixture('sources/interview.txt')],
]);

/** Serves fixed texts by absolute URL; anything else is a 404. */
function fakeFetch(files: Record<string, string>): typeof fetch {
  return (async (input: RequestInfo | URL) => {
    const body = files[String(input)];
    return body === undefined ? new Response('missing', { status: 404, statusText: 'Not Found' }) : new Response(body);
  }) as typeof fetch;
}

/** Like fakeFetch, with bodies given as bytes where a test wants a file's encoding. */
function fakeBytes(files: Record<string, string | Uint8Array<ArrayBuffer>>): typeof fetch {
  return (async (input: RequestInfo | URL) => {
    const body = files[String(input)];
    return body === undefined ? new Response('missing', { status: 404, statusText: 'Not Found' }) : new Response(body);
  }) as typeof fetch;
}

/** The fixture with its second event ("A stab in the back") dated on a day that does not exist. */
function withBrokenEvent(): unknown {
  const broken = JSON.parse(fixture('events.json'));
  broken.events[1].date = '2021-02-30';
  return broken;
}

const english = (): Locale => 'en';
const ids = (events: readonly { id: string }[]) => events.map((event) => event.id);

afterEach(() => {
  performance.clearMarks('timeline:story');
});

describe('opening a story from an address', () => {
  it('gives a story of the dataset’s events, in time order, with the texts of its sources', async () => {
    const opened = await openStory(`${SITE}events.json`, english, fakeFetch(FIXTURE_FILES));

    expect(opened.ok).toBe(true);
    if (!opened.ok) return;
    expect(opened.story.title).toBe('Fixture timeline');
    expect(ids(opened.story.events)).toEqual(['partnership-announced', 'stab-in-the-back', 'talks']);
    expect([...opened.story.sourceTexts.keys()].sort()).toEqual(['sources/communique.txt', 'sources/interview.txt']);
    expect(opened.dataset.sources.map((source) => source.title)).toEqual(['Joint statement', 'Radio interview']);
    expect(opened.skipped).toEqual([]);
  });

  it('leaves out a broken event, says which, and shows the others', async () => {
    const files = { ...FIXTURE_FILES, [`${SITE}events.json`]: JSON.stringify(withBrokenEvent()) };
    const opened = await openStory(`${SITE}events.json`, english, fakeFetch(files));

    expect(opened.ok).toBe(true);
    if (!opened.ok) return;
    expect(ids(opened.story.events)).toEqual(['partnership-announced', 'talks']);
    expect(opened.skipped.map(formatProblem)).toEqual(['events[1].date: "2021-02-30" is not a day of the calendar']);
  });

  it('offers a retry when the network fails', async () => {
    const failingFetch = (async () => {
      throw new TypeError('Failed to fetch');
    }) as typeof fetch;
    const opened = await openStory(`${SITE}events.json`, english, failingFetch);

    expect(opened).toEqual({
      ok: false,
      problems: [{ path: '(root)', message: `could not load ${SITE}events.json: the network request failed (Failed to fetch)` }],
      retryable: true,
    });
  });

  it('offers no retry for a file that is not there, nor for an address that is not http', async () => {
    const missing = await openStory(`${SITE}nothing.json`, english, fakeFetch(FIXTURE_FILES));
    expect(missing.ok || missing.retryable).toBe(false);
    expect(missing.ok || missing.problems.map(formatProblem)).toEqual([
      `(root): could not load ${SITE}nothing.json: the server answered 404 Not Found: no file at this address; check the src`,
    ]);

    const script = await openStory('javascript:alert(1)', english, fakeFetch(FIXTURE_FILES));
    expect(script).toEqual({
      ok: false,
      problems: [{ path: '(root)', message: '"javascript:alert(1)" is not an http or https address' }],
      retryable: false,
    });
  });

  it('gives the story the language the reader chose while the dataset was loading', async () => {
    let locale: Locale = 'en';
    let answer: (response: Response) => void = () => {};
    const slowFetch = ((input: RequestInfo | URL) =>
      String(input).endsWith('.json')
        ? new Promise<Response>((resolve) => (answer = resolve))
        : fakeFetch(FIXTURE_FILES)(input)) as typeof fetch;

    const opening = openStory(`${SITE}events.json`, () => locale, slowFetch);
    locale = 'fr';
    answer(new Response(FIXTURE_FILES[`${SITE}events.json`]));
    const opened = await opening;

    expect(opened.ok && opened.story.locale).toBe('fr');
  });
});

describe('opening a story already in hand, as the app’s bundled one', () => {
  it('gives a story of the shipped AUKUS dataset, in the language asked for', async () => {
    const dataset: unknown = JSON.parse(readFileSync(DATASET_FILE, 'utf8'));
    const shipped = loadStory();
    const opened = await openStory({ dataset, sourceTexts: new Map(shipped.sourceTexts) }, () => 'fr');

    expect(opened.ok).toBe(true);
    if (!opened.ok) return;
    expect(opened.story.title).toBe('The AUKUS rift: France, the US, the UK and Australia, 2021');
    expect(opened.story.events).toHaveLength(31);
    expect(ids(opened.story.events)).toEqual(ids(shipped.events));
    expect(opened.story.locale).toBe('fr');
    expect(opened.dataset.description).toMatch(/^How the AUKUS pact of September 2021 cost France/);
    expect(opened.skipped).toEqual([]);
  });

  it('leaves out a broken event and says which', async () => {
    const opened = await openStory({ dataset: withBrokenEvent(), sourceTexts: FIXTURE_TEXTS }, english);

    expect(opened.ok && ids(opened.story.events)).toEqual(['partnership-announced', 'talks']);
    expect(opened.ok && opened.skipped.map(formatProblem)).toEqual(['events[1].date: "2021-02-30" is not a day of the calendar']);
  });

  it('refuses a dataset whose actors are broken, with no retry: the file will not change', async () => {
    const broken = JSON.parse(fixture('events.json'));
    broken.actors[0].kind = 'alien';
    const opened = await openStory({ dataset: broken, sourceTexts: FIXTURE_TEXTS }, english);

    expect(opened.ok).toBe(false);
    if (opened.ok) return;
    expect(opened.problems[0]?.path).toBe('actors[0].kind');
    expect(opened.retryable).toBe(false);
    // The dataset comes back with the problems, so that the error panel names the actor.
    expect(opened.input).toBe(broken);
  });

  it('gives back, from an address, the dataset that failed and the notice of a file not in UTF-8', async () => {
    const broken = JSON.parse(fixture('events.json'));
    broken.actors[0].kind = 'alien';
    const files = { ...FIXTURE_FILES, [`${SITE}events.json`]: JSON.stringify(broken) };
    const failed = await openStory(`${SITE}events.json`, english, fakeFetch(files));
    expect(failed.ok ? undefined : failed.input).toEqual(broken);

    // The same source saved by Excel on Windows: each letter beyond ASCII as one byte (here é).
    const windows = Uint8Array.from(fixture('sources/interview.txt').replace(/[^ -~\s]/g, 'é'), (c) => c.charCodeAt(0) & 255);
    const opened = await openStory(
      `${SITE}events.json`,
      english,
      fakeBytes({ ...FIXTURE_FILES, [`${SITE}sources/interview.txt`]: windows }),
    );
    expect(opened.ok && opened.notices).toEqual([expect.stringMatching(/sources\/interview\.txt.*Windows-1252/)]);
  });
});

describe('the timing mark the benchmark reads', () => {
  it('is set once the story is built, and not when nothing could be opened', async () => {
    await openStory({ dataset: { title: 'no events' }, sourceTexts: new Map() }, english);
    expect(performance.getEntriesByName('timeline:story')).toHaveLength(0);

    await openStory({ dataset: JSON.parse(fixture('events.json')), sourceTexts: FIXTURE_TEXTS }, english);
    expect(performance.getEntriesByName('timeline:story')).toHaveLength(1);
  });
});

describe('knownValues', () => {
  it('names the story’s events, the countries they name and its actors, so a link naming anything else is ignored', async () => {
    const opened = await openStory({ dataset: JSON.parse(fixture('events.json')), sourceTexts: FIXTURE_TEXTS }, english);
    if (!opened.ok) throw new Error(opened.problems.map(formatProblem).join('\n'));
    const known = knownValues(opened.story);

    expect([...known.eventIds]).toEqual(['partnership-announced', 'stab-in-the-back', 'talks']);
    expect([...known.countries].sort()).toEqual(['AU', 'FR', 'US']);
    expect([...known.actors]).toEqual(['minister', 'government-a', 'government-b']);

    const { view, ignored } = fromSearchParams(new URLSearchParams('event=talks&country=FR,GB&actor=minister,nobody'), known);
    expect(view).toMatchObject({ event: 'talks', countries: ['FR'], actors: ['minister'] });
    expect(ignored).toEqual(['country "GB"', 'actor "nobody"']);
  });
});
