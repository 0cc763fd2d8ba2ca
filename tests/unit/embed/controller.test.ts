/**
 * The embed's controller, as a host page's script meets it through <diplomatic-timeline>:
 * a call with arguments of the wrong kind throws a TypeError to its caller at once, before
 * the dataset has loaded too, and nothing a host page does can leave the widget loading.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { EmbedController, type EmbedEvents } from '../../../src/embed/controller.svelte.ts';
import { Story } from '../../../src/state/story.svelte.ts';

const FIXTURE_DIR = join(process.cwd(), 'tests/unit/model/fixtures/valid');
const fixture = (path: string) => readFileSync(join(FIXTURE_DIR, path), 'utf8');
const SITE = 'https://example.org/timeline/data/';
const DATASET = `${SITE}events.json`;
const FILES: Record<string, string> = {
  [DATASET]: fixture('events.json'),
  [`${SITE}sources/communique.txt`]: fixture('sources/communique.txt'),
  [`${SITE}sources/interview.txt`]: fixture('sources/interview.txt'),
};

/** Every fetch the controller makes, with the signal it was given. */
let requests: { url: string; signal: AbortSignal | null | undefined }[];

beforeEach(() => {
  requests = [];
  vi.stubGlobal('fetch', async (input: RequestInfo | URL, init?: RequestInit) => {
    const url = String(input);
    requests.push({ url, signal: init?.signal });
    // An address under /slow/ never answers, unless its request is aborted.
    if (url.includes('/slow/'))
      return new Promise((_, reject) => init?.signal?.addEventListener('abort', () => reject(new DOMException('aborted', 'AbortError'))));
    const body = FILES[url];
    return body === undefined ? new Response('missing', { status: 404 }) : new Response(body);
  });
  // jsdom lacks it; browsers report the error as uncaught, and go on.
  vi.stubGlobal('reportError', vi.fn());
});

afterEach(() => {
  vi.unstubAllGlobals();
  vi.restoreAllMocks();
});

function controller() {
  const events: { type: keyof EmbedEvents; detail: unknown }[] = [];
  const made = new EmbedController((type, detail) => events.push({ type, detail }));
  return { controller: made, loads: () => events.filter((event) => event.type === 'timeline-load').map((event) => event.detail) };
}

const LOADED = { ok: true, title: 'Fixture timeline', events: 3 };

/** Calls as a host page's script may make them, typed as the page's JavaScript would not be. */
const loose = (made: EmbedController) => made as unknown as { select(id?: unknown): void; setFilters(filters?: unknown): void };

const BAD_CALLS: [string, (made: EmbedController) => void, RegExp][] = [
  ['setFilters()', (made) => loose(made).setFilters(), /setFilters\(\): filters must be an object/],
  ['setFilters(null)', (made) => loose(made).setFilters(null), /setFilters\(\): filters must be an object/],
  ["setFilters({ countries: 'FR' })", (made) => loose(made).setFilters({ countries: 'FR' }), /countries must be an array of strings/],
  [
    "setFilters({ countries: ['FR', 3] })",
    (made) => loose(made).setFilters({ countries: ['FR', 3] }),
    /countries must be an array of strings/,
  ],
  [
    'setFilters({ actors: new Set() })',
    (made) => loose(made).setFilters({ actors: new Set(['minister']) }),
    /actors must be an array of strings/,
  ],
  ["setFilters({ bases: 'inferred' })", (made) => loose(made).setFilters({ bases: 'inferred' }), /bases must be an array of strings/],
  ['setFilters({ query: 5 })', (made) => loose(made).setFilters({ query: 5 }), /query must be a string/],
  ['setFilters({ query: null })', (made) => loose(made).setFilters({ query: null }), /query must be a string/],
  ['select(Symbol())', (made) => loose(made).select(Symbol()), /select\(\): id must be an event's id or null/],
  ['select()', (made) => loose(made).select(), /select\(\): id must be an event's id or null/],
  ['select(42)', (made) => loose(made).select(42), /select\(\): id must be an event's id or null/],
];

describe('a call with arguments of the wrong kind', () => {
  it.each(BAD_CALLS)(
    '%s, before the load, throws a TypeError naming the method and the argument; the load goes on',
    async (_, call, message) => {
      const { controller: made, loads } = controller();
      const loading = made.load(DATASET, new URLSearchParams());
      expect(() => call(made)).toThrow(TypeError);
      expect(() => call(made)).toThrow(message);
      expect(() => call(made)).toThrow(/^<diplomatic-timeline>\./);
      // A good call made beside it still applies once the dataset is in.
      made.setFilters({ countries: ['FR'] });
      await loading;

      expect(loads()).toEqual([LOADED]);
      expect(made.story?.filters.countries).toEqual(['FR']);
      expect(made.story?.filters.query).toBe('');
      made.select('talks');
      expect(made.selectedId).toBe('talks');
    },
  );

  it.each(BAD_CALLS)('%s, after the load, throws and changes nothing', async (_, call, message) => {
    const { controller: made } = controller();
    await made.load(DATASET, new URLSearchParams());
    made.setFilters({ countries: ['FR'], query: 'stab' });
    made.select('talks');

    expect(() => call(made)).toThrow(message);
    expect(made.story?.filters.criteria).toEqual({ countries: ['FR'], actors: [], tags: [], bases: [], query: 'stab' });
    expect(made.selectedId).toBe('talks');
  });

  it('is taken as it was at the call: changing the array after it changes nothing', async () => {
    const { controller: made } = controller();
    const loading = made.load(DATASET, new URLSearchParams());
    const countries = ['FR'];
    made.setFilters({ countries });
    countries.push('AU');
    await loading;
    expect(made.story?.filters.countries).toEqual(['FR']);
  });
});

describe('setFilters({ bases })', () => {
  it('keeps the date bases it knows and warns of any other', async () => {
    const { controller: made } = controller();
    await made.load(DATASET, new URLSearchParams());
    const warn = vi.spyOn(console, 'warn').mockImplementation(() => {});
    made.setFilters({ bases: ['inferred', 'guessed'] as never });
    expect(made.story?.filters.bases).toEqual(['inferred']);
    expect(warn).toHaveBeenCalledWith('<diplomatic-timeline>: no basis "guessed"');
    warn.mockRestore();
  });
});

describe('a queued call that throws anyway', () => {
  it('is reported, and neither stops the load nor the calls queued after it', async () => {
    const { controller: made, loads } = controller();
    // The first select('talks') throws, as a bug in the story would.
    const select = Story.prototype.select;
    let thrown = false;
    vi.spyOn(Story.prototype, 'select').mockImplementation(function (this: Story, id) {
      if (id === 'talks' && !thrown) {
        thrown = true;
        throw new Error('broken');
      }
      select.call(this, id);
    });
    const loading = made.load(DATASET, new URLSearchParams());
    made.select('talks');
    made.setFilters({ query: 'stab' });
    await loading;

    expect(loads()).toEqual([LOADED]);
    expect(made.story).not.toBeNull();
    expect(made.story?.filters.query).toBe('stab');
    expect(reportError).toHaveBeenCalledWith(new Error('broken'));
    made.select('talks');
    expect(made.selectedId).toBe('talks');
  });
});

describe('an empty src', () => {
  it('is refused with a message, and a failed load, rather than loading the page itself', async () => {
    const { controller: made, loads } = controller();
    await made.load('', new URLSearchParams());
    expect(made.problems.map((problem) => problem.message)).toEqual(['src is empty: no dataset to load']);
    expect(loads()).toEqual([{ ok: false, problems: made.problems }]);
    expect(requests).toEqual([]);
  });
});

describe('a load superseded by another', () => {
  it('has its requests aborted, and the newer dataset shows', async () => {
    const { controller: made, loads } = controller();
    const superseded = Array.from({ length: 20 }, (_, index) => made.load(`${SITE}slow/${index}.json`, new URLSearchParams()));
    await made.load(DATASET, new URLSearchParams());
    await Promise.all(superseded);

    const slow = requests.filter((request) => request.url.includes('/slow/'));
    expect(slow).toHaveLength(20);
    expect(slow.every((request) => request.signal?.aborted)).toBe(true);
    expect(loads()).toEqual([LOADED]);
    expect(made.story?.title).toBe('Fixture timeline');
  });

  it('is aborted when the widget is destroyed', async () => {
    const { controller: made, loads } = controller();
    const loading = made.load(`${SITE}slow/only.json`, new URLSearchParams());
    made.destroy();
    await loading;
    expect(requests[0]?.signal?.aborted).toBe(true);
    expect(loads()).toEqual([]);
  });
});

describe('the height attribute', () => {
  it.each([
    ['600px', '600px'],
    ['600', '600px'],
    [' 40.5em ', '40.5em'],
    ['80vh', '80vh'],
    ['.5rem', '.5rem'],
    ['100%', '100%'],
  ])('takes the CSS length %j as %j', (value, height) => {
    const { controller: made } = controller();
    made.setHeight(value);
    expect(made.height).toBe(height);
  });

  it.each([
    '100px; position:fixed; inset:0; z-index:2147483647',
    '10px; background-image:url(https://tracker.example/x.png)',
    'calc(100vh - 10px)',
    'var(--x)',
    '-100px',
    '600 px',
    'auto',
    '',
  ])('ignores %j, and says so', (value) => {
    const { controller: made } = controller();
    made.setHeight('300px');
    const warn = vi.spyOn(console, 'warn').mockImplementation(() => undefined);
    made.setHeight(value);
    expect(made.height).toBeNull();
    expect(warn).toHaveBeenCalledWith(`<diplomatic-timeline>: ignored height="${value}": not a CSS length like 600px`);
  });

  it('is no fixed height when the attribute goes', () => {
    const { controller: made } = controller();
    made.setHeight('300px');
    made.setHeight(null);
    expect(made.height).toBeNull();
  });
});
