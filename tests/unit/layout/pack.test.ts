import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import {
  DEFAULT_LABEL_GEOMETRY,
  extentAtZoom,
  labelStartPx,
  packAtZoom,
  packIntervals,
  preparePackable,
  quantizeZoom,
} from '../../../src/layout/pack';
import { projectMark } from '../../../src/layout/marks';
import { createTimeScale, DAY_MS, rescale, type TimeScale } from '../../../src/layout/timeScale';
import type { LayoutEvent, TimeSpan } from '../../../src/layout/types';
import { datePoint, day, intervalDate, layoutEvent, utc } from './dates';

const span = (startMs: number, endMs: number): TimeSpan => ({ startMs, endMs });

/** The most extents covering one instant; half-open, so an end and a start at t do not meet. */
function maxClique(extents: readonly TimeSpan[]): number {
  const edges = extents.flatMap((e) => [
    { at: e.startMs, delta: 1 },
    { at: e.endMs, delta: -1 },
  ]);
  edges.sort((a, b) => a.at - b.at || a.delta - b.delta);
  let open = 0;
  let most = 0;
  for (const edge of edges) {
    open += edge.delta;
    most = Math.max(most, open);
  }
  return most;
}

function rowsOverlap(extents: readonly TimeSpan[], rows: readonly number[], tolerance = 0): boolean {
  const byRow = new Map<number, TimeSpan[]>();
  extents.forEach((e, i) => byRow.set(rows[i] as number, [...(byRow.get(rows[i] as number) ?? []), e]));
  for (const inRow of byRow.values()) {
    inRow.sort((a, b) => a.startMs - b.startMs);
    for (let i = 1; i < inRow.length; i++) {
      if ((inRow[i - 1] as TimeSpan).endMs - (inRow[i] as TimeSpan).startMs > tolerance) return true;
    }
  }
  return false;
}

const extentArb = fc
  .tuple(fc.integer({ min: 0, max: 1000 }), fc.integer({ min: 1, max: 300 }))
  .map(([start, length]) => span(start, start + length));

describe('packIntervals', () => {
  it('puts three overlapping extents on three rows', () => {
    expect(packIntervals([span(0, 10), span(2, 12), span(4, 14)])).toEqual({ rows: [0, 1, 2], rowCount: 3 });
  });

  it('puts extents that do not overlap on one row, in any input order', () => {
    expect(packIntervals([span(20, 30), span(0, 10), span(10, 20)])).toEqual({ rows: [0, 0, 0], rowCount: 1 });
  });

  it('reuses the lowest free row', () => {
    // Rows 0 and 1 both free up before 20; the item at 20 takes row 0.
    const { rows } = packIntervals([span(0, 5), span(1, 8), span(2, 30), span(20, 25)]);
    expect(rows).toEqual([0, 1, 2, 0]);
  });

  it('has nothing to do for no extents', () => {
    expect(packIntervals([])).toEqual({ rows: [], rowCount: 0 });
  });

  it('never overlaps two extents in a row', () => {
    fc.assert(
      fc.property(fc.array(extentArb, { maxLength: 200 }), (extents) => {
        expect(rowsOverlap(extents, packIntervals(extents).rows)).toBe(false);
      }),
    );
  });

  it('places every extent exactly once on an existing row', () => {
    fc.assert(
      fc.property(fc.array(extentArb, { maxLength: 200 }), (extents) => {
        const { rows, rowCount } = packIntervals(extents);
        expect(rows).toHaveLength(extents.length);
        for (const row of rows) {
          expect(Number.isInteger(row)).toBe(true);
          expect(row).toBeGreaterThanOrEqual(0);
          expect(row).toBeLessThan(rowCount);
        }
        expect(new Set(rows).size).toBe(rowCount);
      }),
    );
  });

  it('uses as many rows as the most extents overlapping at one instant, never more than n', () => {
    fc.assert(
      fc.property(fc.array(extentArb, { maxLength: 200 }), (extents) => {
        const { rowCount } = packIntervals(extents);
        expect(rowCount).toBeLessThanOrEqual(extents.length);
        expect(rowCount).toBe(maxClique(extents));
      }),
    );
  });

  it('is deterministic', () => {
    fc.assert(
      fc.property(fc.array(extentArb, { maxLength: 100 }), (extents) => {
        expect(packIntervals(extents.map((e) => ({ ...e })))).toEqual(packIntervals(extents));
      }),
    );
  });
});

const base = createTimeScale([utc(2021, 1, 1), utc(2022, 1, 1)], 1000);
const atZoom = (k: number) => rescale(base, { k, x: 0 });
const fixedWidth = (px: number) => () => px;

describe('packAtZoom', () => {
  const sameDay = ['a', 'b', 'c'].map((id) => layoutEvent(id, day(2021, 9, 15), `Event ${id}`));

  it('stacks three labelled points on the same day on three rows', () => {
    const layout = packAtZoom(preparePackable(sameDay, { measureLabel: fixedWidth(100) }), base);
    expect(layout.rowCount).toBe(3);
    expect(layout.items.map((item) => item.row)).toEqual([0, 1, 2]);
  });

  it('keeps far-apart events on one row', () => {
    const events = [day(2021, 2, 1), day(2021, 6, 1), day(2021, 10, 1)].map((d, i) => layoutEvent(`e${i}`, d));
    expect(packAtZoom(preparePackable(events, { measureLabel: fixedWidth(100) }), base).rowCount).toBe(1);
  });

  it('needs fewer rows as the zoom spreads neighbouring days apart', () => {
    const events = [13, 14, 15, 16].map((d) => layoutEvent(`d${d}`, day(2021, 9, d)));
    const packable = preparePackable(events, { measureLabel: fixedWidth(100) });
    expect(packAtZoom(packable, base).rowCount).toBe(4);
    expect(packAtZoom(packable, atZoom(64)).rowCount).toBe(1);
  });

  it('accounts for the label: a long title pushes the next event down, a short one does not', () => {
    const events = [layoutEvent('a', day(2021, 9, 1), 'A'), layoutEvent('b', day(2021, 9, 15), 'B')];
    // Two weeks are about 38 px at this zoom; a point with a 2 px label occupies 24 px.
    expect(packAtZoom(preparePackable(events, { measureLabel: fixedWidth(2) }), base).rowCount).toBe(1);
    expect(packAtZoom(preparePackable(events, { measureLabel: fixedWidth(60) }), base).rowCount).toBe(2);
  });

  it('uses the estimate at the given font size by default', () => {
    const events = [layoutEvent('a', day(2021, 9, 1), 'Short'), layoutEvent('b', day(2021, 9, 15), 'Short')];
    expect(packAtZoom(preparePackable(events, { fontSizePx: 2 }), base).rowCount).toBe(1);
    expect(packAtZoom(preparePackable(events, { fontSizePx: 20 }), base).rowCount).toBe(2);
  });

  it('packs each lane on its own rows and stacks lanes in key order', () => {
    const events = [
      layoutEvent('fr-1', day(2021, 9, 15)),
      layoutEvent('au-1', day(2021, 9, 15)),
      layoutEvent('fr-2', day(2021, 9, 15)),
      layoutEvent('us-1', day(2021, 3, 1)),
    ];
    const packable = preparePackable(events, { groupBy: (e) => e.id.slice(0, 2).toUpperCase(), measureLabel: fixedWidth(50) });
    const layout = packAtZoom(packable, base);
    expect(layout.lanes).toEqual([
      { key: 'AU', firstRow: 0, rowCount: 1 },
      { key: 'FR', firstRow: 1, rowCount: 2 },
      { key: 'US', firstRow: 3, rowCount: 1 },
    ]);
    expect(layout.byId.get('fr-2')).toMatchObject({ lane: 'FR', row: 2, rowInLane: 1 });
    expect(layout.byId.get('us-1')).toMatchObject({ lane: 'US', row: 3, rowInLane: 0 });
    expect(layout.rowCount).toBe(4);
  });

  it('orders lanes as told', () => {
    const events = [layoutEvent('a', day(2021, 1, 1)), layoutEvent('b', day(2021, 1, 1))];
    const layout = packAtZoom(preparePackable(events, { groupBy: (e) => e.id }), base, {
      compareLanes: (x, y) => y.localeCompare(x),
    });
    expect(layout.lanes.map((lane) => lane.key)).toEqual(['b', 'a']);
  });

  it('has one lane with key "" without groupBy, and none for no events', () => {
    expect(packAtZoom(preparePackable(sameDay), base).lanes.map((lane) => lane.key)).toEqual(['']);
    expect(packAtZoom([], base)).toMatchObject({ rowCount: 0, lanes: [], items: [] });
  });

  it('reserves the minimum drawn width for a very short span', () => {
    const short = intervalDate(datePoint(2021, 9, 1), datePoint(2021, 9, 1));
    const item = preparePackable([layoutEvent('a', short)], { measureLabel: fixedWidth(0) })[0]!;
    const pxPerMs = 1 / DAY_MS; // one pixel per day: the day is narrower than the minimum
    const extent = extentAtZoom(item, pxPerMs, DEFAULT_LABEL_GEOMETRY);
    const { minSpanWidthPx, paddingPx } = DEFAULT_LABEL_GEOMETRY;
    expect((extent.endMs - extent.startMs) * pxPerMs).toBeCloseTo(minSpanWidthPx + paddingPx);
  });
});

/** Events over one year: day points, month points and day intervals, with titles of any length. */
const eventsArb: fc.Arbitrary<LayoutEvent[]> = fc
  .array(
    fc.record({
      dayOfYear: fc.integer({ min: 0, max: 364 }),
      lengthDays: fc.integer({ min: 0, max: 60 }),
      shape: fc.constantFrom('day', 'month', 'interval'),
      title: fc.string({ maxLength: 40 }),
      lane: fc.constantFrom('AU', 'FR', 'US'),
    }),
    { maxLength: 80 },
  )
  .map((records) =>
    records.map((r, i) => {
      const start = new Date(utc(2021) + r.dayOfYear * DAY_MS);
      const end = new Date(start.getTime() + r.lengthDays * DAY_MS);
      const [y, m, d] = [start.getUTCFullYear(), start.getUTCMonth() + 1, start.getUTCDate()];
      const date =
        r.shape === 'day'
          ? day(y, m, d)
          : r.shape === 'month'
            ? intervalDate(datePoint(y, m), datePoint(y, m))
            : intervalDate(datePoint(y, m, d), datePoint(end.getUTCFullYear(), end.getUTCMonth() + 1, end.getUTCDate()));
      return { ...layoutEvent(`e${i}`, date, r.title), lane: r.lane };
    }),
  );

/** Pixel extents at `scale` computed from the drawn mark and label, independently of the packer. */
function pixelExtents(events: readonly LayoutEvent[], scale: TimeScale, fontSizePx: number): TimeSpan[] {
  const g = DEFAULT_LABEL_GEOMETRY;
  return preparePackable(events, { fontSizePx }).map((item) => {
    const mark = projectMark(item.mark, scale);
    const left = mark.kind === 'point' ? mark.x - g.pointRadiusPx : mark.x;
    const markRight = mark.kind === 'point' ? mark.x + g.pointRadiusPx : Math.max(mark.x2, mark.x + g.minSpanWidthPx);
    const right = Math.max(markRight, labelStartPx(mark, g) + item.labelWidthPx) + g.paddingPx;
    return span(left, right);
  });
}

describe('packAtZoom properties', () => {
  const zoomArb = fc.double({ min: 1, max: 200, noNaN: true });

  it('never overlaps two drawn items in a row, at the packing zoom or any closer zoom', () => {
    fc.assert(
      fc.property(eventsArb, zoomArb, fc.double({ min: 1, max: 4, noNaN: true }), (events, k, closer) => {
        const layout = packAtZoom(preparePackable(events, { fontSizePx: 12 }), atZoom(k));
        const rows = layout.items.map((item) => item.row);
        for (const kDrawn of [k, k * closer]) {
          expect(rowsOverlap(pixelExtents(events, atZoom(kDrawn), 12), rows, 1e-6)).toBe(false);
        }
      }),
    );
  });

  it('places every event exactly once, within its lane, with lanes stacked without gaps', () => {
    fc.assert(
      fc.property(eventsArb, zoomArb, (events, k) => {
        const layout = packAtZoom(preparePackable(events, { groupBy: (e) => (e as LayoutEvent & { lane: string }).lane }), atZoom(k));
        expect(layout.items.map((item) => item.id)).toEqual(events.map((e) => e.id));
        expect(layout.byId.size).toBe(events.length);
        let nextFirstRow = 0;
        for (const lane of layout.lanes) {
          expect(lane.firstRow).toBe(nextFirstRow);
          expect(lane.rowCount).toBeGreaterThan(0);
          nextFirstRow += lane.rowCount;
        }
        expect(layout.rowCount).toBe(nextFirstRow);
        for (const item of layout.items) {
          const lane = layout.lanes.find((l) => l.key === item.lane);
          expect(lane).toBeDefined();
          expect(item.row).toBe(lane!.firstRow + item.rowInLane);
          expect(item.rowInLane).toBeLessThan(lane!.rowCount);
        }
      }),
    );
  });

  it('is deterministic and uses as many rows per lane as the widest overlap in it', () => {
    fc.assert(
      fc.property(eventsArb, zoomArb, (events, k) => {
        const packable = preparePackable(events);
        const layout = packAtZoom(packable, atZoom(k));
        expect(packAtZoom(preparePackable(events), atZoom(k))).toEqual(layout);
        expect(layout.rowCount).toBe(maxClique(layout.items));
        expect(layout.rowCount).toBeLessThanOrEqual(events.length);
      }),
    );
  });
});

describe('quantizeZoom', () => {
  it('rounds down to half-doublings', () => {
    expect(quantizeZoom(1)).toBe(1);
    expect(quantizeZoom(1.3)).toBe(1);
    expect(quantizeZoom(1.5)).toBeCloseTo(Math.SQRT2);
    expect(quantizeZoom(2)).toBe(2);
    expect(quantizeZoom(3)).toBeCloseTo(2 * Math.SQRT2);
    expect(quantizeZoom(5, 1)).toBe(4);
  });

  it('never exceeds k and stays within one step below it', () => {
    fc.assert(
      fc.property(fc.double({ min: 1, max: 1e6, noNaN: true }), fc.integer({ min: 1, max: 8 }), (k, steps) => {
        const q = quantizeZoom(k, steps);
        expect(q).toBeLessThanOrEqual(k);
        expect(q).toBeGreaterThan(k / 2 ** (1 / steps) - 1e-9);
      }),
    );
  });

  it('falls back to 1 for a meaningless zoom', () => {
    expect(quantizeZoom(0)).toBe(1);
    expect(quantizeZoom(Number.NaN)).toBe(1);
  });
});
