/**
 * A link's range is untrusted: any date `Date` can hold, or none, far from the story. The
 * link is read (urlState), the range kept inside the story (the view model) and written back
 * (formatInstant) without a throw, an empty axis or an axis of invalid dates.
 */
import { describe, expect, it } from 'vitest';
import { estimatingMeasure } from '../../../src/layout/labelWidth.ts';
import { TimelineView } from '../../../src/state/timelineView.svelte.ts';
import {
  DEFAULT_VIEW,
  MAX_DATE_MS,
  MAX_PARAM_LENGTH,
  formatInstant,
  fromSearchParams,
  knownValues,
  toSearchParams,
} from '../../../src/state/urlState.ts';
import { loadStory } from '../../component/story.ts';

const WIDTH = 1000;

function setUp() {
  const story = loadStory();
  const view = new TimelineView(() => story, estimatingMeasure(13));
  view.width = WIDTH;
  const read = (search: string) => fromSearchParams(new URLSearchParams(search), knownValues(story));
  return { story, view, read };
}

/** The view a request reaches, as the zoom glue would apply it, and settled. */
function show(view: TimelineView, request: Parameters<TimelineView['transformFor']>[0]) {
  view.zoomed(view.transformFor(request));
  view.settled();
  return view.viewRange;
}

const EXTREME_RANGES = [
  '+275760-09-12T23:00Z/+275760-09-13T00:00Z',
  '+200000-01-01/+200001-01-01',
  '-271821-04-20/-271821-04-21',
  '-100000-01-01/-099999-01-01',
  '1970-01-01/1970-01-02',
];

describe('a link whose range lies wholly outside the story', () => {
  it.each(EXTREME_RANGES)('%s is ignored with a notice, and the story opens where it does', (range) => {
    const { read } = setUp();
    const { view, ignored } = read(`?range=${encodeURIComponent(range)}`);
    expect(view.range).toBeNull();
    expect(ignored).toEqual([`range "${range}"`]);
  });

  it('keeps a range that overlaps the story, however far its other end', () => {
    const { read } = setUp();
    const { view, ignored } = read(`?range=${encodeURIComponent('2021-09-20/+275760-09-13T00:00Z')}`);
    expect(ignored).toEqual([]);
    expect(view.range).toEqual([Date.UTC(2021, 8, 20), MAX_DATE_MS]);
  });

  it('ignores a range past what Date can hold', () => {
    const { read } = setUp();
    expect(read('?range=2021-09-20/%2B275760-09-13T00:01Z').view.range).toBeNull();
  });
});

describe('the view model keeps a requested range inside its domain', () => {
  it.each([
    ['far after the story', [MAX_DATE_MS - 3_600_000, MAX_DATE_MS]],
    ['far before the story', [-MAX_DATE_MS, -MAX_DATE_MS + 86_400_000]],
    ['from before the story to far after it', [-MAX_DATE_MS, MAX_DATE_MS]],
    ['overlapping its end and reaching the last date', [Date.UTC(2021, 9, 1), MAX_DATE_MS]],
  ] as const)('%s: the axis has dates, and the edge buttons do not both offer everything', (_, range) => {
    const { view, story } = setUp();
    // The domain: what "Fit all" shows.
    const [first, last] = show(view, 'all');
    const [from, to] = show(view, [range[0], range[1]]);
    expect(Number.isFinite(from) && Number.isFinite(to)).toBe(true);
    expect(from).toBeLessThan(to);
    expect(from).toBeGreaterThanOrEqual(first - 1);
    expect(to).toBeLessThanOrEqual(last + 1);
    expect(view.ticks.major.length).toBeGreaterThan(1);
    const { before, after } = view.offscreen;
    expect(before + after).toBeLessThan(story.events.length);
    expect(view.transform.x).toBeLessThanOrEqual(0);
    expect(view.transform.x).toBeGreaterThanOrEqual(WIDTH * (1 - view.transform.k) - 1e-6);
    // What the URL would be given never throws.
    expect(() => toSearchParams({ ...DEFAULT_VIEW, range: story.viewport.visible })).not.toThrow();
  });

  it('shows the part of a range that overlaps the story', () => {
    const { view } = setUp();
    const [from, to] = show(view, [Date.UTC(2021, 8, 15), MAX_DATE_MS]);
    expect(from).toBeLessThanOrEqual(Date.UTC(2021, 8, 15) + 1);
    expect(to).toBeGreaterThan(Date.UTC(2021, 8, 16));
    expect(view.transform.k).toBeGreaterThan(1);
  });

  it('shows all for a range wholly outside its domain', () => {
    const { view, story } = setUp();
    show(view, [MAX_DATE_MS - 1000, MAX_DATE_MS]);
    expect(view.transform).toEqual({ k: 1, x: 0 });
    expect(view.marks).toHaveLength(story.events.length);
  });
});

describe('formatInstant', () => {
  it.each([Infinity, -Infinity, NaN, 9e15, -9e15])('never throws (%s)', (ms) => {
    expect(() => formatInstant(ms)).not.toThrow();
  });

  it('writes the last date Date can hold', () => {
    expect(formatInstant(MAX_DATE_MS)).toBe('+275760-09-13');
  });

  it('leaves out a range whose ends are not numbers', () => {
    expect(toSearchParams({ ...DEFAULT_VIEW, range: [NaN, 1] }).has('range')).toBe(false);
  });
});

describe('long parameters', () => {
  it('ignores an event id over the limit, naming only its beginning', () => {
    const { read } = setUp();
    const id = 'a'.repeat(2_000_000);
    const started = performance.now();
    const { view, ignored } = read(`?event=${id}&country=FR`);
    expect(performance.now() - started).toBeLessThan(500);
    expect(view.event).toBeNull();
    expect(view.countries).toEqual(['FR']);
    expect(ignored).toEqual([`event "${'a'.repeat(80)}…"`]);
  });

  it('ignores a whole list over the limit', () => {
    const { read } = setUp();
    const list = Array.from({ length: MAX_PARAM_LENGTH }, (_, i) => `actor-${i}`).join(',');
    const { view, ignored } = read(`?actor=${list}`);
    expect(view.actors).toEqual([]);
    expect(ignored).toHaveLength(1);
    expect(ignored[0]).toMatch(/^actor "actor-0,actor-1,.*…"$/);
  });

  it('names ten unknown values and counts the rest', () => {
    const { read } = setUp();
    const { ignored } = read(`?country=${Array.from({ length: 30 }, (_, i) => `X${i}`).join(',')}`);
    expect(ignored).toHaveLength(11);
    expect(ignored.at(-1)).toBe('20 more');
  });
});
