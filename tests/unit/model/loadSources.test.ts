/**
 * Where a dataset's source texts may come from and how they are read: over http(s) from the
 * dataset's own site (or one the page allows), a few at a time, as plain text in UTF-8, or in
 * UTF-16 or Windows-1252 with a notice; a web page answering for a file is named as such; and a
 * failure says what likely happened.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { loadDataset, SOURCE_FETCHES_AT_ONCE, type LoadOptions } from '../../../src/model/load.ts';
import { formatProblem } from '../../../src/model/validate.ts';

const FIXTURE_DIR = join(process.cwd(), 'tests/unit/model/fixtures/valid');
const fixture = (path: string) => readFileSync(join(FIXTURE_DIR, path), 'utf8');
const SITE = 'https://example.org/timeline/data/';
const DATASET = `${SITE}events.json`;

type Bytes = Uint8Array<ArrayBuffer>;
type Body = string | Bytes | { body: string | Bytes; type: string };

/** Serves fixed bodies by absolute URL, and records what was asked for. */
function fakeFetch(files: Record<string, Body>) {
  const requested: string[] = [];
  const fetchImpl = (async (input: RequestInfo | URL) => {
    const url = String(input);
    requested.push(url);
    const file = files[url];
    if (file === undefined) return new Response('missing', { status: 404, statusText: 'Not Found' });
    if (typeof file === 'object' && 'type' in file) return new Response(file.body, { headers: { 'content-type': file.type } });
    return new Response(file);
  }) as typeof fetch;
  return { fetchImpl, requested };
}

/** The fixture dataset with its second source's file replaced. */
function withInterviewAt(file: string) {
  const dataset = JSON.parse(fixture('events.json'));
  dataset.sources[1].file = file;
  return {
    [DATASET]: JSON.stringify(dataset),
    [`${SITE}sources/communique.txt`]: fixture('sources/communique.txt'),
  };
}

const load = (files: Record<string, Body>, options: LoadOptions = {}) => {
  const fake = fakeFetch(files);
  return { result: loadDataset(DATASET, { fetchImpl: fake.fetchImpl, ...options }), requested: fake.requested };
};

describe('where source texts may come from', () => {
  it('refuses a data: URL, and never checks quotes against a text the dataset supplies itself', async () => {
    const interview = fixture('sources/interview.txt');
    const dataUrl = `data:text/plain,${encodeURIComponent(interview)}`;
    const { result } = load(withInterviewAt(dataUrl));
    const loaded = await result;
    expect(loaded.ok).toBe(false);
    const messages = loaded.problems.map(formatProblem);
    expect(messages[0]).toMatch(/^sources\[1\]\.file: "data:text\/plain,.{84}" is not on the dataset's site, https:\/\/example\.org$/);
    expect(loaded.sourceTexts.has(dataUrl)).toBe(false);
  });

  it.each([
    'https://elsewhere.example/interview.txt',
    '//elsewhere.example/interview.txt',
    'http://example.org/interview.txt',
    'blob:https://example.org/1',
    'javascript:alert(1)',
  ])('refuses %s without fetching it', async (file) => {
    const { result, requested } = load(withInterviewAt(file));
    const loaded = await result;
    expect(loaded.problems.map(formatProblem)).toEqual([expect.stringMatching(/^sources\[1\]\.file: .* is not on the dataset's site/)]);
    expect(requested).toEqual([DATASET, `${SITE}sources/communique.txt`]);
    expect(loaded.retryable).toBe(false);
  });

  it('fetches from another site the page allows', async () => {
    const files = {
      ...withInterviewAt('https://cdn.example.net/interview.txt'),
      'https://cdn.example.net/interview.txt': fixture('sources/interview.txt'),
    };
    const { result } = load(files, { sourceOrigins: ['https://cdn.example.net'] });
    expect((await result).problems).toEqual([]);
  });

  it('takes the sites the page allows from its meta element', async () => {
    const meta = document.createElement('meta');
    meta.name = 'diplomatic-timeline-sources';
    meta.content = 'https://a.example  https://cdn.example.net';
    document.head.append(meta);
    try {
      const files = {
        ...withInterviewAt('https://cdn.example.net/interview.txt'),
        'https://cdn.example.net/interview.txt': fixture('sources/interview.txt'),
      };
      expect((await load(files).result).problems).toEqual([]);
    } finally {
      meta.remove();
    }
  });
});

describe('fetching many sources', () => {
  it(`fetches ${SOURCE_FETCHES_AT_ONCE} at a time, and all of them`, async () => {
    const count = 200;
    const dataset = JSON.parse(fixture('events.json'));
    for (let i = 0; i < count; i++) dataset.sources.push({ id: `extra-${i}`, title: `Extra ${i}`, file: `sources/extra-${i}.txt` });
    let inFlight = 0;
    let most = 0;
    const requested = new Set<string>();
    const fetchImpl = (async (input: RequestInfo | URL) => {
      const url = String(input);
      requested.add(url);
      inFlight++;
      most = Math.max(most, inFlight);
      await new Promise((wait) => setTimeout(wait, 1));
      inFlight--;
      if (url === DATASET) return new Response(JSON.stringify(dataset));
      if (url.endsWith('communique.txt')) return new Response(fixture('sources/communique.txt'));
      if (url.endsWith('interview.txt')) return new Response(fixture('sources/interview.txt'));
      return new Response('An extra source.');
    }) as typeof fetch;
    const loaded = await loadDataset(DATASET, fetchImpl);
    expect(loaded.problems).toEqual([]);
    expect(requested.size).toBe(count + 3);
    expect(most).toBe(SOURCE_FETCHES_AT_ONCE);
  });
});

const WEB_PAGE = `<!DOCTYPE html>
<html lang="en"><head><title>My timeline</title></head><body><div id="app"></div></body></html>`;
const SINGLE_PAGE_HOST = 'is the file in the published folder? (a single-page host answers every missing file with its index.html)';

describe('a web page answering for a file', () => {
  it.each([
    ['as text/html', { body: '<p>Not found</p>', type: 'text/html; charset=utf-8' }],
    ['by its first characters, whatever its type', { body: `\n  ${WEB_PAGE}`, type: 'text/plain' }],
    ['by its first characters, after a byte-order mark', new Uint8Array([0xef, 0xbb, 0xbf, ...new TextEncoder().encode(WEB_PAGE)])],
  ])('is named as such for a source, %s, rather than its quotes reported missing', async (_, body) => {
    const files = { ...withInterviewAt('sources/interview.txt'), [`${SITE}sources/interview.txt`]: body };
    const loaded = await load(files).result;
    expect(loaded.problems.map(formatProblem)).toEqual([
      `sources[1].file: could not load ${SITE}sources/interview.txt: the server answered with a web page, not the source text "sources/interview.txt": ${SINGLE_PAGE_HOST}`,
    ]);
    expect(loaded.retryable).toBe(false);
  });

  it.each([
    ['as text/html', { body: WEB_PAGE, type: 'text/html' }],
    ['by its first characters, as application/json', { body: WEB_PAGE.toLowerCase(), type: 'application/json' }],
  ])('is named as such for the dataset, %s, rather than as invalid JSON', async (_, body) => {
    const { result, requested } = load({ [DATASET]: body });
    const loaded = await result;
    expect(loaded.problems.map(formatProblem)).toEqual([
      `(root): could not load ${DATASET}: the server answered with a web page, not the dataset: ${SINGLE_PAGE_HOST}`,
    ]);
    expect(loaded.retryable).toBe(false);
    expect(requested).toEqual([DATASET]);
  });

  it('is not mistaken for a text that speaks of HTML', async () => {
    const dataset = JSON.parse(fixture('events.json'));
    dataset.sources[1].file = 'sources/page.txt';
    dataset.events[1].quotes[0].text = '<html> begins a page';
    dataset.events[2].quotes[0].text = '<html> begins a page';
    dataset.events[2].quotes[0].source = 'interview';
    const files = {
      [DATASET]: JSON.stringify(dataset),
      [`${SITE}sources/communique.txt`]: fixture('sources/communique.txt'),
      [`${SITE}sources/page.txt`]: 'In HTML, <html> begins a page.',
    };
    expect((await load(files).result).problems).toEqual([]);
  });
});

describe('what a source file must be', () => {
  it('a PNG answering for a source is reported as not plain text, not as quotes missing', async () => {
    const body = { body: new Uint8Array([0x89, 0x50, 0x4e, 0x47, 0, 0, 0, 0]), type: 'image/png' };
    const files = { ...withInterviewAt('sources/interview.txt'), [`${SITE}sources/interview.txt`]: body };
    const loaded = await load(files).result;
    expect(loaded.problems.map(formatProblem)).toEqual([
      `sources[1].file: could not load ${SITE}sources/interview.txt: this is not a plain text file (content-type image/png)`,
    ]);
  });

  const encode = (text: string, littleEndian: boolean) => {
    const bytes = new Uint8Array(2 + text.length * 2);
    bytes.set(littleEndian ? [0xff, 0xfe] : [0xfe, 0xff]);
    for (let i = 0; i < text.length; i++) {
      const unit = text.charCodeAt(i);
      bytes[2 + 2 * i + (littleEndian ? 0 : 1)] = unit & 0xff;
      bytes[2 + 2 * i + (littleEndian ? 1 : 0)] = unit >> 8;
    }
    return bytes;
  };

  it.each([
    ['UTF-16LE', true],
    ['UTF-16BE', false],
  ])('a %s source with its byte-order mark is read, and its quotes verified', async (_, littleEndian) => {
    const interview = fixture('sources/interview.txt');
    const files = { ...withInterviewAt('sources/interview.txt'), [`${SITE}sources/interview.txt`]: encode(interview, littleEndian) };
    const loaded = await load(files).result;
    expect(loaded.problems).toEqual([]);
    expect(loaded.sourceTexts.get('sources/interview.txt')).toBe(interview);
    expect(loaded.notices).toEqual([
      `sources/interview.txt: read as UTF-16${littleEndian ? 'LE' : 'BE'} (it is not UTF-8) — save it as UTF-8 to silence this notice`,
    ]);
  });

  it('a UTF-8 byte-order mark is dropped, without a notice', async () => {
    const interview = fixture('sources/interview.txt');
    const bytes = new Uint8Array([0xef, 0xbb, 0xbf, ...new TextEncoder().encode(interview)]);
    const files = { ...withInterviewAt('sources/interview.txt'), [`${SITE}sources/interview.txt`]: bytes };
    const loaded = await load(files).result;
    expect(loaded.sourceTexts.get('sources/interview.txt')).toBe(interview);
    expect(loaded.notices).toEqual([]);
  });
});

/** Windows-1252 bytes of a text whose characters it holds. */
const windows1252 = (text: string) => {
  const high: Record<string, number> = { '“': 0x93, '”': 0x94, '’': 0x92, '€': 0x80 };
  return new Uint8Array([...text].map((c) => high[c] ?? c.charCodeAt(0)));
};

describe('a file that is not UTF-8', () => {
  it('a Windows-1252 source is read as such, its quotes verified, and a notice names it with the first characters changed', async () => {
    const interview = fixture('sources/interview.txt');
    const files = { ...withInterviewAt('sources/interview.txt'), [`${SITE}sources/interview.txt`]: windows1252(interview) };
    const loaded = await load(files).result;
    expect(loaded.problems).toEqual([]);
    expect(loaded.sourceTexts.get('sources/interview.txt')).toBe(interview);
    expect(loaded.notices).toEqual([
      'sources/interview.txt: read as Windows-1252 (it is not UTF-8): "it was “a" — save it as UTF-8 to silence this notice',
    ]);
  });

  it('a Windows-1252 dataset is read, with a notice naming its address', async () => {
    const dataset = JSON.parse(fixture('events.json'));
    dataset.title = 'L’alliance';
    const files = { ...withInterviewAt('sources/interview.txt'), [`${SITE}sources/interview.txt`]: fixture('sources/interview.txt') };
    files[DATASET] = windows1252(JSON.stringify(dataset)) as unknown as string;
    const loaded = await load(files).result;
    expect(loaded.ok && loaded.dataset.title).toBe('L’alliance');
    expect(loaded.notices).toEqual([
      `${DATASET}: read as Windows-1252 (it is not UTF-8): "L’alliance" — save it as UTF-8 to silence this notice`,
    ]);
  });

  it('the notices follow the order of the sources, whatever order the answers come in', async () => {
    const dataset = JSON.parse(fixture('events.json'));
    const files: Record<string, Body> = {
      [DATASET]: JSON.stringify(dataset),
      [`${SITE}sources/communique.txt`]: windows1252(`${fixture('sources/communique.txt')}’`),
      [`${SITE}sources/interview.txt`]: windows1252(fixture('sources/interview.txt')),
    };
    const slowFirst = (async (input: RequestInfo | URL) => {
      if (String(input).endsWith('communique.txt')) await new Promise((wait) => setTimeout(wait, 20));
      return fakeFetch(files).fetchImpl(input);
    }) as typeof fetch;
    const loaded = await loadDataset(DATASET, slowFirst);
    expect(loaded.notices?.map((notice) => notice.split(':')[0])).toEqual(['sources/communique.txt', 'sources/interview.txt']);
  });
});

describe('a request that fails', () => {
  it('says when the page’s Content-Security-Policy refused it, and offers no retry', async () => {
    const fetchImpl = (async (input: RequestInfo | URL) => {
      const event = Object.assign(new Event('securitypolicyviolation'), { blockedURI: String(input) });
      setTimeout(() => document.dispatchEvent(event));
      throw new TypeError('Failed to fetch');
    }) as typeof fetch;
    const loaded = await loadDataset('https://blocked.example/events.json', fetchImpl);
    expect(loaded.problems.map(formatProblem)).toEqual([
      `(root): could not load https://blocked.example/events.json: this page's Content-Security-Policy forbids it`,
    ]);
    expect(loaded.retryable).toBe(false);
  });

  it('a refusal that is not about the network offers no retry', async () => {
    const fetchImpl = (async () => {
      throw new TypeError('Request cannot be constructed from a URL that includes credentials');
    }) as typeof fetch;
    const loaded = await loadDataset(DATASET, fetchImpl);
    expect(loaded.problems.map(formatProblem)).toEqual([
      `(root): could not load ${DATASET}: the browser refused it (Request cannot be constructed from a URL that includes credentials)`,
    ]);
    expect(loaded.retryable).toBe(false);
  });

  it('a network failure offers a retry', async () => {
    const fetchImpl = (async () => {
      throw new TypeError('Failed to fetch');
    }) as typeof fetch;
    expect((await loadDataset(DATASET, fetchImpl)).retryable).toBe(true);
  });
});
