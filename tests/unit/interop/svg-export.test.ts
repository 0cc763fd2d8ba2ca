import fc from 'fast-check';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { runExport } from '../../../src/cli/export.ts';
import {
  balanceBidi,
  countriesByFrequency,
  defaultPrintRange,
  escapeXml,
  PRINT_PALETTE,
  renderTimelinePrint,
  renderTimelineSvg,
} from '../../../src/interop/svg-export.ts';
import { parseEdtf } from '../../../src/model/edtf.ts';
import type { RelationType } from '../../../src/model/schema.ts';
import { validateDataset, type ParsedEvent } from '../../../src/model/validate.ts';
import { datasetArbitrary } from './arbitraries.ts';

const SVG_NS = 'http://www.w3.org/2000/svg';

function event(
  id: string,
  title: string,
  date: string,
  more: {
    countries?: string[];
    status?: 'occurred' | 'planned';
    related?: { event: string; type: RelationType }[];
    sources?: string[];
  } = {},
): ParsedEvent {
  const parsed = parseEdtf(date);
  if (!parsed.ok) throw new Error(parsed.reason);
  return {
    id,
    title,
    date,
    dateBasis: 'stated',
    dateNote: 'test',
    status: more.status ?? 'occurred',
    countries: more.countries ?? ['FR'],
    actors: [],
    summary: 'test',
    quotes: (more.sources ?? ['s1']).map((source) => ({ source, text: 'quoted' })),
    related: more.related ?? [],
    parsedDate: parsed.value,
  };
}

/** Parses as XML (jsdom's DOMParser is a real XML parser) and fails on any error. */
function parseSvg(svg: string): Document {
  const doc = new DOMParser().parseFromString(svg, 'image/svg+xml');
  expect(doc.getElementsByTagName('parsererror')).toHaveLength(0);
  expect(doc.documentElement.namespaceURI).toBe(SVG_NS);
  expect(doc.documentElement.localName).toBe('svg');
  return doc;
}

const labelOf = (doc: Document, id: string) => doc.querySelector(`[data-event-id="${id}"] .label`);
const texts = (doc: Document, selector: string) => [...doc.querySelectorAll(selector)].map((node) => node.textContent ?? '');

function aukus() {
  const result = validateDataset(JSON.parse(readFileSync('data/events.json', 'utf8')));
  if (!result.ok) throw new Error('the shipped dataset is invalid');
  return result;
}

describe('escapeXml and balanceBidi', () => {
  it('escapes the five XML specials and replaces what XML cannot hold', () => {
    expect(escapeXml(`<a href="x">&'</a>`)).toBe('&lt;a href=&quot;x&quot;&gt;&amp;&apos;&lt;/a&gt;');
    expect(escapeXml('a\u0000b\u001Fc\uFFFEd\uD800e')).toBe('a\uFFFDb\uFFFDc\uFFFDd\uFFFDe');
    // Tab, newline, astral characters and a proper surrogate pair are fine in XML.
    expect(escapeXml('a\tb\nc 😀')).toBe('a\tb\nc 😀');
  });

  it('closes the embeddings, overrides and isolates a text opens, and drops closers it did not open', () => {
    expect(balanceBidi('plain')).toBe('plain');
    expect(balanceBidi('\u202Eevil')).toBe('\u202Eevil\u202C');
    expect(balanceBidi('\u2067a\u202Bb')).toBe('\u2067a\u202Bb\u202C\u2069');
    expect(balanceBidi('\u202C\u2069x')).toBe('x');
    // A PDI closes the embeddings opened inside its isolate, and nothing more is needed.
    expect(balanceBidi('\u2068\u202Ex\u2069y')).toBe('\u2068\u202Ex\u2069y');
    expect(balanceBidi('\u202Ax\u2069\u202C')).toBe('\u202Ax\u202C');
  });
});

describe('renderTimelineSvg', () => {
  const hostile = [
    event('script', '<script>alert("x")</script>', '2021-09-15', { countries: ['US'] }),
    event('cdata', 'Ends ]]> here & <![CDATA[ there', '2021-09-16'),
    event('quotes', `He said "no" and 'never' &amp; left`, '2021-09-17', { countries: ['GB'] }),
    event('bidi', '\u202Eevil override', '2021-09-18', { countries: ['AU'] }),
    event('control', 'bell\u0007 and \uD800 lone', '2021-09-19~'),
    event('entity', '&lt;b&gt; &#x3C; &nbsp;', '2021-09-20?', { related: [{ event: 'script', type: 'responds-to' }] }),
  ];
  const sources = [{ id: 's1', title: 'A source </text><script>1</script> "quoted" \u202Eright-to-left' }];

  it('is a well-formed SVG document holding hostile titles as text, never as markup', () => {
    const svg = renderTimelineSvg(hostile, { width: 900, locale: 'en', title: 'Title </title><script>x</script>', sources });
    const doc = parseSvg(svg);
    expect(doc.getElementsByTagName('script')).toHaveLength(0);
    expect(doc.getElementsByTagNameNS(SVG_NS, 'script')).toHaveLength(0);
    expect(labelOf(doc, 'script')?.textContent).toBe('<script>alert("x")</script>');
    expect(labelOf(doc, 'cdata')?.textContent).toBe('Ends ]]> here & <![CDATA[ there');
    expect(labelOf(doc, 'quotes')?.textContent).toBe(`He said "no" and 'never' &amp; left`);
    expect(labelOf(doc, 'entity')?.textContent).toBe('&lt;b&gt; &#x3C; &nbsp; ?');
    // The override is closed within its own label; the qualifier and the next text stay in order.
    expect(labelOf(doc, 'bidi')?.textContent).toBe('\u202Eevil override\u202C');
    expect(labelOf(doc, 'control')?.textContent).toBe('bell\uFFFD and \uFFFD lone ~');
    expect(doc.querySelector('title')?.textContent).toBe('Title </title><script>x</script>');
    expect(texts(doc, '.footer text').join('\n')).toContain('A source </text><script>1</script> "quoted" \u202Eright-to-left\u202C');
  });

  it('stays well-formed and keeps each title as text, whatever the titles', () => {
    const nasty = fc.constantFrom(
      '<',
      '>',
      '&',
      '"',
      "'",
      ']]>',
      '<!--',
      '\u202E',
      '\u2067',
      '\u202C',
      '\u2069',
      '\u0000',
      '\u000B',
      '\uD800',
      '\uDC00',
      '😀',
      'é',
      ' ',
      '\t',
      '\n',
    );
    const title = fc.string({
      unit: fc.oneof(nasty, fc.string({ unit: 'binary', minLength: 1, maxLength: 1 })),
      minLength: 1,
      maxLength: 20,
    });
    fc.assert(
      fc.property(datasetArbitrary, fc.array(title, { minLength: 5, maxLength: 5 }), (dataset, titles) => {
        const result = validateDataset(dataset);
        if (!result.ok) return;
        const events = result.events.map((item, i) => ({ ...item, title: titles[i % titles.length] as string }));
        const rendered = renderTimelinePrint(events, {
          width: 800,
          locale: 'fr',
          title: titles[0],
          lanes: titles[1]!.length % 2 === 0,
          sources: dataset.sources,
        });
        const doc = parseSvg(rendered.svg);
        expect(doc.getElementsByTagName('script')).toHaveLength(0);
        expect(doc.querySelectorAll('g.event')).toHaveLength(rendered.drawn);
        expect(rendered.drawn + rendered.earlier + rendered.later).toBe(events.length);
        for (const drawn of doc.querySelectorAll('g.event')) {
          const source = events.find((item) => item.id === drawn.getAttribute('data-event-id'));
          const visible = (source?.title ?? '')
            .replace(/\s+/gu, ' ')
            .trim()
            // eslint-disable-next-line no-control-regex -- control characters are what XML drops: the test strips them too.
            .replace(/[\u0000-\u001F\uD800-\uDFFF\uFFFE\uFFFF\u202A-\u202E\u2066-\u2069]/gu, '');
          // The label's own text, without the qualifier's tspan.
          const own = [...(drawn.querySelector('.label')?.childNodes ?? [])].filter((node) => node.nodeType === node.TEXT_NODE);
          const label = own
            .map((node) => node.textContent)
            .join('')
            .replace(/[\uFFFD\u202A-\u202E\u2066-\u2069]/gu, '');
          // Every character of the title is there, in order, but what XML cannot hold or bidi controls.
          // eslint-disable-next-line no-control-regex -- as above.
          expect(label.replace(/[\u0000-\u001F\uD800-\uDFFF]/gu, '')).toBe(visible);
        }
      }),
      { numRuns: 40 },
    );
    // jsdom's XML parser is the slow part; these machines are shared.
  }, 30_000);

  it('draws the shipped story as the app opens it, deterministically', () => {
    const { dataset, events } = aukus();
    const options = { width: 1200, locale: 'en' as const, title: dataset.title, sources: dataset.sources };
    const first = renderTimelinePrint(events, options);
    expect(renderTimelineSvg([...events].reverse(), options)).toBe(first.svg);
    expect(first.range).toEqual(defaultPrintRange(events, 1200));

    const doc = parseSvg(first.svg);
    const root = doc.documentElement;
    expect(first.svg.startsWith('<?xml version="1.0" encoding="UTF-8"?>\n<svg xmlns="http://www.w3.org/2000/svg"')).toBe(true);
    expect(root.getAttribute('width')).toBe('1200');
    expect(root.getAttribute('viewBox')).toBe(`0 0 1200 ${root.getAttribute('height')}`);
    expect(Number(root.getAttribute('height'))).toBeGreaterThan(600);
    expect(doc.querySelector('title')?.textContent).toBe(dataset.title);
    const style = doc.querySelector('style')?.textContent ?? '';
    for (const colour of PRINT_PALETTE) expect(style).toContain(colour);
    expect(style).toMatch(/\.heading\{font-family:Georgia/);

    // The densest window: everything from AUKUS day on, the 2016 contract and the winter talks before it.
    expect(first).toMatchObject({ drawn: 29, earlier: 2, later: 0 });
    expect(doc.querySelectorAll('g.event')).toHaveLength(29);
    expect(labelOf(doc, 'aukus-announced')?.textContent).toBe('Australia, UK and US unveil the AUKUS pact');
    expect(texts(doc, '.beyond')).toEqual(['‹ 2 earlier events']);
    expect(texts(doc, '.axis text')).toEqual(expect.arrayContaining(['13 Sep 2021', '20 Sep', '4 Oct']));
    expect(doc.querySelectorAll('.axis .grid').length).toBeGreaterThanOrEqual(texts(doc, '.axis text').length);

    // Rows are 30 px apart; every mark sits on one.
    const rows = [...doc.querySelectorAll('g.event')].map((node) =>
      Number(/translate\(0 ([\d.]+)\)/.exec(node.getAttribute('transform') ?? '')?.[1]),
    );
    expect(new Set(rows.map((y) => (y - 51) % 30))).toEqual(new Set([0]));

    // Colours by first country, most frequent first: the US, then France.
    expect(countriesByFrequency(events).slice(0, 2)).toEqual(['US', 'FR']);
    expect(doc.querySelector('[data-event-id="aukus-announced"]')?.getAttribute('class')).toBe('event c2');
    const links = [...doc.querySelectorAll('.links path')];
    expect(links.length).toBeGreaterThan(20);
    const markerIds = new Set([...doc.querySelectorAll('marker')].map((marker) => `url(#${marker.id})`));
    for (const link of links) expect(markerIds).toContain(link.getAttribute('marker-end'));

    expect(texts(doc, '.legend text')).toEqual(
      expect.arrayContaining([
        'United States',
        'France',
        'Australia',
        'United Kingdom',
        'China',
        'Event on a known day',
        'Planned',
        'Led to',
        'Context',
      ]),
    );
    const footer = texts(doc, '.footer text').join(' ');
    for (const source of dataset.sources) expect(footer).toContain(source.title);
  });

  it('draws points, spans, bands and qualifiers as the app does', () => {
    const events = [
      event('day', 'On a day', '2021-09-10'),
      event('approx', 'About a day', '2021-09-11~'),
      event('planned', 'Planned day', '2021-09-12', { status: 'planned', countries: ['US'] }),
      event('span', 'Several days', '2021-09-10/2021-09-14', { countries: [] }),
      event('month', 'Some time in September', '2021-09'),
      event('month-end', 'From a day to a month', '2021-09-05/2021-10'),
    ];
    const doc = parseSvg(renderTimelineSvg(events, { width: 1000, locale: 'en', range: [Date.UTC(2021, 8, 1), Date.UTC(2021, 9, 20)] }));
    const mark = (id: string) => doc.querySelector(`[data-event-id="${id}"]`) as Element;
    expect(mark('day').querySelector('circle.dot')).not.toBeNull();
    expect(mark('day').querySelector('.halo')).toBeNull();
    expect(mark('approx').querySelector('circle.halo')).not.toBeNull();
    expect(mark('approx').querySelector('.qualifier')?.textContent).toBe(' ~');
    expect(mark('planned').getAttribute('class')).toBe('event c1 planned');
    expect(mark('span').getAttribute('class')).toBe('event cnone');
    expect(mark('span').querySelector('rect.bar')).not.toBeNull();
    expect(mark('span').querySelector('rect.band')).toBeNull();
    // A month is known only as a month: a faint band, no bar.
    expect(mark('month').querySelector('rect.band')).not.toBeNull();
    expect(mark('month').querySelector('rect.bar')).toBeNull();
    // A day to a month: the certain part is a bar, the whole a band.
    expect(mark('month-end').querySelector('rect.bar')).not.toBeNull();
    expect(mark('month-end').querySelector('rect.band')).not.toBeNull();
    expect(texts(doc, '.legend text')).toContain('No country');
  });

  it('shows a range given, widened just enough for labels, and counts the events outside it', () => {
    const events = [
      event('before', 'Before', '2021-08-01'),
      event('inside', 'A long title that needs room at the right edge of the picture', '2021-09-29'),
      event('after', 'After', '2021-12-01'),
      event('over', 'Over the whole range', '2021-08-15/2021-11-15'),
    ];
    const range: [number, number] = [Date.UTC(2021, 8, 1), Date.UTC(2021, 9, 1)];
    const result = renderTimelinePrint(events, { width: 800, locale: 'en', range });
    expect(result).toMatchObject({ drawn: 2, earlier: 1, later: 1 });
    expect(result.range[0]).toBe(range[0]);
    expect(result.range[1]).toBeGreaterThan(range[1]);
    const doc = parseSvg(result.svg);
    expect(texts(doc, '.beyond')).toEqual(['‹ 1 earlier event', '1 later event ›']);
    // A span that starts before the range has its label at the left edge.
    expect(labelOf(doc, 'over')?.getAttribute('x')).toBe('4');
  });

  it('speaks French, groups by country in lanes, and follows the colours given', () => {
    const events = [
      event('a', 'Un', '2021-09-10', { countries: ['US'] }),
      event('b', 'Deux', '2021-09-11', { countries: ['FR'] }),
      event('c', 'Trois', '2021-09-12', { countries: ['FR'] }),
    ];
    const svg = renderTimelineSvg(events, {
      width: 700,
      locale: 'fr',
      lanes: true,
      countries: ['US', 'FR'],
      palette: ['#111111', '#222222'],
    });
    const doc = parseSvg(svg);
    expect(doc.documentElement.getAttribute('xml:lang')).toBe('fr');
    expect(texts(doc, '.lane-label')).toEqual(['ÉTATS-UNIS', 'FRANCE']);
    expect(texts(doc, '.legend text').slice(0, 2)).toEqual(['États-Unis', 'France']);
    expect(doc.querySelector('style')?.textContent).toContain('.c1{color:#222222}');
    const y = (id: string) =>
      Number(/translate\(0 ([\d.]+)\)/.exec(doc.querySelector(`[data-event-id="${id}"]`)?.getAttribute('transform') ?? '')?.[1]);
    expect(y('a')).toBeLessThan(y('b'));
    expect(doc.querySelector('.subtitle')?.textContent).toMatch(/^3 événements · /);
  });

  it('draws an empty timeline without failing', () => {
    const doc = parseSvg(renderTimelineSvg([], { width: 600, locale: 'en' }));
    expect(doc.querySelectorAll('g.event')).toHaveLength(0);
    expect(doc.querySelector('title')?.textContent).toBe('Timeline');
  });
});

describe('npm run export -- --format svg', () => {
  let dir: string;
  beforeEach(() => {
    dir = mkdtempSync(join(tmpdir(), 'svg-export-'));
  });
  afterEach(() => {
    rmSync(dir, { recursive: true, force: true });
  });

  it('writes the filtered view, in a date range, as an image', () => {
    const out = join(dir, 'view.svg');
    const outcome = runExport([
      '--format',
      'svg',
      '--filter-country',
      'fr',
      '--from',
      '2021-09-01',
      '--to',
      '2021-10-31',
      '--width',
      '1000',
      '--lang',
      'fr',
      '--out',
      out,
    ]);
    expect(outcome).toEqual({ exitCode: 0, stdout: [], stderr: [`wrote ${out}: 24 events drawn, 1 earlier outside the range`] });
    const doc = parseSvg(readFileSync(out, 'utf8'));
    expect(doc.documentElement.getAttribute('width')).toBe('1000');
    expect(doc.querySelectorAll('g.event')).toHaveLength(24);
    // Colours follow the whole dataset, as the app's do under a filter: France stays second.
    expect(doc.querySelector('[data-event-id="le-drian-stab-in-the-back"]')?.getAttribute('class')).toMatch(/^event c1\b/);
    expect(doc.querySelector('.subtitle')?.textContent).toMatch(/24 événements sur 25 · 1 septembre/);
  });

  it('writes to stdout without --out', () => {
    const outcome = runExport(['--format', 'svg']);
    expect(outcome.exitCode).toBe(0);
    expect(outcome.stdout).toHaveLength(1);
    parseSvg(outcome.stdout[0] as string);
    expect(outcome.stderr).toEqual(['29 events drawn, 2 earlier outside the range']);
  });

  it('refuses options it cannot honour', () => {
    const fails = (args: string[]) => runExport(args).stderr;
    expect(fails(['--width', '800'])).toEqual(['--width: only for --format svg']);
    expect(fails(['--format', 'svg', '--width', '12px'])).toEqual(['--width must be a whole number of pixels from 320 to 20000']);
    expect(fails(['--format', 'svg', '--lang', 'it'])).toEqual(['--lang must be one of en, fr, de, es, ar']);
    expect(fails(['--format', 'svg', '--from', '2021-10-01', '--to', '2021-09'])).toEqual(['--to 2021-09 is not after --from 2021-10-01']);
    expect(fails(['--format', 'svg', '--from', 'yesterday'])[0]).toMatch(/^--from yesterday: /);
    expect(fails(['--format', 'svg', '--from', '1990', '--to', '1991'])).toEqual([
      'no event falls between --from and --to: nothing exported',
    ]);
    expect(fails(['--format', 'svg', '--filter-country', 'XX'])).toEqual(['no event matches the filters: nothing exported']);
  });
});

describe('image credits in print', () => {
  const withMedia = (base: ParsedEvent, media: ParsedEvent['media']): ParsedEvent => ({ ...base, media });
  const sources = [{ id: 's1', title: 'The source' }];

  it('credits the images of the drawn events, once each, after the sources', () => {
    const events = [
      withMedia(event('a', 'First', '2021-09-15'), { kind: 'image', url: 'a.jpg', alt: 'A', credit: 'AP' }),
      withMedia(event('b', 'Second', '2021-09-16'), { kind: 'image', url: 'b.jpg', alt: 'B', credit: 'Reuters' }),
      withMedia(event('c', 'Third', '2021-09-17'), { kind: 'image', url: 'c.jpg', alt: 'C', credit: 'AP' }),
      // A link is not an image the page leaves out; an image without a credit has nobody to name.
      withMedia(event('d', 'Fourth', '2021-09-18'), { kind: 'video', url: 'https://example.org/v', credit: 'France 2' }),
      withMedia(event('e', 'Fifth', '2021-09-19'), { kind: 'image', url: 'e.jpg', alt: 'E' }),
    ];
    const doc = parseSvg(renderTimelineSvg(events, { width: 900, locale: 'en', sources }));
    expect(texts(doc, '.footer text')).toEqual(['Sources', '–', 'The source', 'Images: AP, Reuters']);
    expect(doc.querySelector('.footer .credits .lead')?.textContent).toBe('Images:');
  });

  it('has a footer for the credits alone, and none without images', () => {
    const image = withMedia(event('a', 'First', '2021-09-15'), { kind: 'image', url: 'a.jpg', alt: 'A', credit: 'AP <pool>' });
    expect(texts(parseSvg(renderTimelineSvg([image], { width: 900, locale: 'fr' })), '.footer text')).toEqual(['Images: AP <pool>']);
    const plain = event('a', 'First', '2021-09-15');
    expect(renderTimelineSvg([plain], { width: 900, locale: 'en' })).not.toContain('class="footer"');
    expect(renderTimelineSvg([plain], { width: 900, locale: 'en', sources })).toBe(
      renderTimelineSvg([withMedia(plain, { kind: 'page', url: 'https://example.org', credit: 'AP' })], {
        width: 900,
        locale: 'en',
        sources,
      }),
    );
  });
});
