/**
 * The layout at the edges of the date format: random datasets whose dates, parsed by the
 * real EDTF parser, run from -9999 (10000 BC) to 9999, at every precision, as points and
 * as intervals from one day to twenty thousand years, with every qualifier. Whatever the
 * data, every event is placed exactly once, no two extents share a row, the same input
 * gives the same layout, marks land on finite pixels, and the axis gives finite,
 * increasing ticks whose labels say the right year (BC included) and never "NaN".
 */
import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { daysInMonth, parseEdtf, type ParsedDate } from '../../../src/model/edtf';
import { dataExtent, createTimeScale, rescale, zoomLimits, type TimeScale } from '../../../src/layout/timeScale';
import { fitLabels } from '../../../src/layout/focusRange';
import { packAtZoom, preparePackable, quantizeZoom, type PackLayout } from '../../../src/layout/pack';
import { frameMarks, indexPlacedItems } from '../../../src/layout/frame';
import { axisTicks, type AxisLocale, type AxisTicks } from '../../../src/layout/ticks';
import type { LayoutEvent } from '../../../src/layout/types';
import { EDGE_EVENTS } from '../../fixtures/edge-dates';

const pad4 = (n: number) => String(Math.abs(n)).padStart(4, '0');

/** An EDTF point as text: any year the format can write, at year, month or day precision. */
const pointText = fc
  .record({
    year: fc.oneof(fc.integer({ min: 1, max: 9999 }), fc.integer({ min: -9999, max: 0 }), fc.constantFrom(-1, 0, 1, 9999, -9999)),
    precision: fc.constantFrom('year', 'month', 'day'),
    month: fc.integer({ min: 1, max: 12 }),
    day: fc.integer({ min: 1, max: 31 }),
    qualifier: fc.constantFrom('', '', '~', '?', '%'),
  })
  .map(({ year, precision, month, day, qualifier }) => {
    const yearText = (year < 0 ? '-' : '') + pad4(year);
    if (precision === 'year') return yearText + qualifier;
    const monthText = `${yearText}-${String(month).padStart(2, '0')}`;
    if (precision === 'month') return monthText + qualifier;
    return `${monthText}-${String(Math.min(day, daysInMonth(year, month))).padStart(2, '0')}${qualifier}`;
  });

const parse = (text: string): ParsedDate => {
  const result = parseEdtf(text);
  if (!result.ok) throw new Error(`${text}: ${result.reason}`);
  return result.value;
};

/** A point, or an interval of two points in order (one day up to twenty millennia). */
const dateText = fc.oneof(
  pointText,
  fc.tuple(pointText, pointText).map(([a, b]) => (parse(a).startMs <= parse(b).startMs ? `${a}/${b}` : `${b}/${a}`)),
  // Intervals of one day, and intervals that start and end on the same day at any year.
  pointText.filter((text) => /-\d{2}-\d{2}/.test(text)).map((text) => `${text}/${text}`),
);

const eventsArb = fc
  .array(
    fc.record({
      date: dateText,
      title: fc.string({ maxLength: 40 }),
      planned: fc.boolean(),
      lane: fc.constantFrom('', 'FR', 'US'),
    }),
    { minLength: 1, maxLength: 60 },
  )
  .map((records) =>
    records.map((record, i) => ({
      event: {
        id: `e${i}`,
        title: record.title,
        status: record.planned ? 'planned' : 'occurred',
        parsedDate: parse(record.date),
      } as LayoutEvent,
      lane: record.lane,
    })),
  );

interface View {
  width: number;
  /** 0 shows everything, 1 zooms as deep as the limits allow. */
  zoomShare: number;
  /** Where the view is centred, as a share of the whole domain. */
  centre: number;
  locale: AxisLocale;
}

/** Where the reader looks: a zoom factor between 1 and the deepest allowed, centred somewhere on the data. */
const viewArb: fc.Arbitrary<View> = fc.record({
  width: fc.integer({ min: 200, max: 2000 }),
  zoomShare: fc.double({ min: 0, max: 1, noNaN: true }),
  centre: fc.double({ min: 0, max: 1, noNaN: true }),
  locale: fc.constantFrom<AxisLocale>('en', 'fr'),
});

interface Layout {
  base: TimeScale;
  scale: TimeScale;
  packing: PackLayout;
  ticks: AxisTicks;
}

/** The timeline component's pipeline (src/components/Timeline.svelte), without the DOM. */
function layOut(input: { event: LayoutEvent; lane: string }[], view: View): Layout {
  const events = input.map((entry) => entry.event);
  const lanes = new Map(input.map((entry) => [entry.event.id, entry.lane]));
  const measured = preparePackable(events, { groupBy: (event) => lanes.get(event.id) ?? '' });
  const extent = dataExtent(events.map((event) => event.parsedDate));
  if (!extent) throw new Error('no extent for a non-empty dataset');
  const domain = fitLabels(
    extent,
    measured.map((item) => ({ labelAtMs: item.mark.atMs, labelPx: item.labelWidthPx + 17 })),
    view.width,
  );
  const base = createTimeScale(domain, view.width);
  const maxK = zoomLimits(domain, view.width).scaleExtent[1];
  const k = maxK ** view.zoomShare;
  const transform = { k, x: view.width / 2 - k * view.centre * view.width };
  const scale = rescale(base, transform);
  const packing = packAtZoom(measured, rescale(base, { k: quantizeZoom(k), x: 0 }));
  return { base, scale, packing, ticks: axisTicks(scale, view.width, view.locale) };
}

/** The astronomical year a year label names ("501 BC", "501 av. J.-C." and "-500" alike), or null. */
function yearOfLabel(label: string): number | null {
  const match = /^(\d+)(?: (BC|av\. J\.-C\.))?$/.exec(label);
  if (!match) return null;
  const number = Number(match[1]);
  return match[2] ? 1 - number : number;
}

function expectIncreasing(values: readonly number[], what: string) {
  for (let i = 1; i < values.length; i++) {
    expect(values[i], `${what} ${i} (${values[i]}) after ${values[i - 1]}`).toBeGreaterThan(values[i - 1] as number);
  }
}

describe('layout over datasets spanning 10000 BC to AD 9999', () => {
  it('places every event exactly once, in a row of its own lane', () => {
    fc.assert(
      fc.property(eventsArb, viewArb, (input, view) => {
        const { packing } = layOut(input, view);
        expect(packing.items.map((item) => item.id)).toEqual(input.map((entry) => entry.event.id));
        expect(packing.byId.size).toBe(input.length);
        for (const [i, item] of packing.items.entries()) {
          expect(item.lane).toBe(input[i]?.lane);
          expect(Number.isInteger(item.row) && item.row >= 0 && item.row < packing.rowCount).toBe(true);
          const lane = packing.lanes.find((candidate) => candidate.key === item.lane);
          expect(item.row - (lane?.firstRow ?? NaN)).toBe(item.rowInLane);
          expect(item.rowInLane).toBeLessThan(lane?.rowCount ?? 0);
        }
      }),
    );
  });

  it('never overlaps two extents in one row, and every extent is finite', () => {
    fc.assert(
      fc.property(eventsArb, viewArb, (input, view) => {
        const byRow = new Map<number, { startMs: number; endMs: number; id: string }[]>();
        for (const item of layOut(input, view).packing.items) {
          expect(Number.isFinite(item.startMs) && Number.isFinite(item.endMs) && item.endMs > item.startMs).toBe(true);
          byRow.set(item.row, [...(byRow.get(item.row) ?? []), item]);
        }
        for (const inRow of byRow.values()) {
          inRow.sort((a, b) => a.startMs - b.startMs);
          for (let i = 1; i < inRow.length; i++) {
            const [before, after] = [inRow[i - 1], inRow[i]];
            expect(after?.startMs, `${after?.id} starts inside ${before?.id}`).toBeGreaterThanOrEqual(before?.endMs ?? Infinity);
          }
        }
      }),
    );
  });

  it('is deterministic: the same input gives the same rows, marks and ticks', () => {
    fc.assert(
      fc.property(eventsArb, viewArb, (input, view) => {
        const first = layOut(input, view);
        const second = layOut(structuredClone(input), view);
        expect(second.packing.items).toEqual(first.packing.items);
        expect(second.packing.lanes).toEqual(first.packing.lanes);
        expect(second.ticks).toEqual(first.ticks);
        expect(second.scale.domain()).toEqual(first.scale.domain());
      }),
    );
  });

  it('draws the marks in view on finite pixels', () => {
    fc.assert(
      fc.property(eventsArb, viewArb, (input, view) => {
        const { scale, packing } = layOut(input, view);
        const items = preparePackable(
          input.map((entry) => entry.event),
          { groupBy: (event) => input.find((entry) => entry.event.id === event.id)?.lane ?? '' },
        );
        for (const mark of frameMarks(indexPlacedItems(items, packing), scale)) {
          for (const value of [mark.x, mark.x2, mark.labelX, mark.precisionBand?.x ?? 0, mark.certainSpan?.x2 ?? 0]) {
            expect(Number.isFinite(value), `mark ${mark.id}`).toBe(true);
          }
        }
      }),
    );
  });

  it('gives finite, increasing ticks with readable labels at every zoom, and year labels that name their year', () => {
    fc.assert(
      fc.property(eventsArb, viewArb, (input, view) => {
        const { ticks } = layOut(input, view);
        expect(ticks.major.length).toBeGreaterThan(0);
        for (const list of [ticks.major, ticks.minor]) {
          for (const tick of list) expect(Number.isFinite(tick.ms) && Number.isFinite(tick.x)).toBe(true);
          expectIncreasing(
            list.map((tick) => tick.ms),
            'tick time',
          );
          expectIncreasing(
            list.map((tick) => tick.x),
            'tick x',
          );
        }
        for (const { label } of ticks.major) {
          expect(label).not.toMatch(/NaN|Invalid|undefined|null/);
          expect(label.trim()).not.toBe('');
        }
        // Labels of whole years must say which year, BC included, so that they read in time order.
        const years = ticks.major.map((tick) => yearOfLabel(tick.label));
        if (years.every((year) => year !== null)) {
          ticks.major.forEach((tick, i) => expect(years[i], `label "${tick.label}"`).toBe(new Date(tick.ms).getUTCFullYear()));
        }
      }),
    );
  });
});

describe('the edge-dates fixture (tests/fixtures/edge-dates.ts) through the layout', () => {
  const input = EDGE_EVENTS.map((edge) => ({
    event: { id: edge.id, title: edge.title, status: 'occurred', parsedDate: parse(edge.date) } as LayoutEvent,
    lane: '',
  }));

  it('parses every edge date, in the fixture’s time order', () => {
    const starts = input.map(({ event }) => event.parsedDate.startMs);
    for (let i = 1; i < starts.length; i++) expect(starts[i]).toBeGreaterThanOrEqual(starts[i - 1] as number);
  });

  it.each([
    ['everything', 0, 0.5],
    ['501 BC, close up', 0.45, 0],
    ['the year zero, close up', 0.55, 0.05],
    ['9999, closest', 1, 1],
  ])('lays out %s with readable, truthful ticks in English and French', (_, zoomShare, centre) => {
    for (const locale of ['en', 'fr'] as const) {
      const { packing, ticks } = layOut(input, { width: 1000, zoomShare, centre, locale });
      expect(packing.items).toHaveLength(EDGE_EVENTS.length);
      expect(ticks.major.length).toBeGreaterThan(0);
      for (const tick of ticks.major) expect(tick.label).not.toMatch(/NaN|Invalid/);
    }
  });

  it('writes years before AD 1 on the axis with their era, as the detail panel does', () => {
    const around = (from: number, to: number, width: number, locale: AxisLocale) => {
      const at = (year: number) => new Date(0).setUTCFullYear(year, 0, 1);
      return axisTicks(createTimeScale([at(from), at(to)], width), width, locale).major.map((tick) => tick.label);
    };
    // d3-time steps astronomical years (-600, -580, …), which are 601 BC, 581 BC, …
    expect(around(-600, -400, 1000, 'en')).toEqual([
      '601 BC',
      '581 BC',
      '561 BC',
      '541 BC',
      '521 BC',
      '501 BC',
      '481 BC',
      '461 BC',
      '441 BC',
      '421 BC',
    ]);
    expect(around(-2, 3, 1000, 'en')).toEqual([
      'Jan 3 BC',
      'Jul 3 BC',
      'Jan 2 BC',
      'Jul 2 BC',
      'Jan 1 BC',
      'Jul 1 BC',
      'Jan 1',
      'Jul 1',
      'Jan 2',
      'Jul 2',
    ]);
    expect(around(-2, 3, 1000, 'fr')[0]).toBe('janv. 3 av. J.-C.');
    expect(around(-1200, 1800, 1000, 'en')).toEqual(['1001 BC', '501 BC', '1 BC', '500', '1000', '1500']);
  });
});
