import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import {
  autoBreakAfterMs,
  DEFAULT_MAX_GAP_PX,
  DEFAULT_MAX_ROWS,
  gapDuration,
  gapSpace,
  MONTH_MS,
  railScale,
  verticalRows,
  WEEK_MS,
  YEAR_MS,
  type ClusterRow,
  type EventRow,
  type GapDuration,
  type VerticalInput,
  type VerticalOptions,
  type VerticalRow,
} from '../../../src/layout/vertical';
import { DAY_MS } from '../../../src/layout/timeScale';
import type { ParsedDate } from '../../../src/model/edtf';
import { day, month, utc } from './dates';

const input = (id: string, date: ParsedDate): VerticalInput => ({ id, startMs: date.startMs, endMs: date.endMs });
const at = (id: string, startMs: number, endMs = startMs): VerticalInput => ({ id, startMs, endMs });

const UNIT_MS: Record<GapDuration['unit'], number> = { day: DAY_MS, week: WEEK_MS, month: MONTH_MS, year: YEAR_MS };
const durationMs = (d: GapDuration): number => d.count * UNIT_MS[d.unit];

const isBreak = (row: VerticalRow) => row.kind === 'break';
const clusters = (rows: readonly VerticalRow[]) => rows.filter((row): row is ClusterRow => row.kind === 'cluster');
const eventRows = (rows: readonly VerticalRow[]) => rows.filter((row): row is EventRow => row.kind === 'event');
/** Rows that count against maxRows: not breaks, not the events of an opened cluster. */
const countedRows = (rows: readonly VerticalRow[]) =>
  rows.filter((row) => row.kind === 'cluster' || (row.kind === 'event' && row.cluster === undefined)).length;

/** The time a row stands at for the row after it: an event's start, a cluster's last start, a break's end. */
function rowTime(row: VerticalRow): number {
  return row.kind === 'event' ? row.startMs : row.kind === 'cluster' ? row.lastMs : row.toMs;
}

/**
 * Every rule of the brief, checked on one layout: each event once, in order; breaks exactly
 * where the empty time between two rows passes the threshold; space from the gap, capped;
 * the row bound; opened clusters shown as events.
 */
function expectValidLayout(events: readonly VerticalInput[], options: VerticalOptions, rows: readonly VerticalRow[]): void {
  const maxGapPx = options.maxGapPx ?? DEFAULT_MAX_GAP_PX;
  const maxRows = options.maxRows ?? DEFAULT_MAX_ROWS;
  const expanded = options.expanded ?? new Set<string>();
  const threshold = options.breakAfterMs === undefined || options.breakAfterMs === 'auto' ? autoBreakAfterMs(events) : options.breakAfterMs;

  // Each event exactly once, as a row or in one cluster, in input order.
  let position = 0;
  let reachMs = -Infinity;
  let previous: VerticalRow | undefined;
  let breaksSince = 0;
  for (const row of rows) {
    expect(Number.isFinite(row.spaceBefore)).toBe(true);
    expect(row.spaceBefore).toBeGreaterThanOrEqual(0);
    if (row.kind === 'break') {
      breaksSince++;
      expect(previous?.kind).not.toBe('break');
      expect(previous).toBeDefined();
      expect(row.fromMs).toBe(reachMs);
      expect(row.hiddenMs).toBe(row.toMs - row.fromMs);
      expect(row.hiddenMs).toBeGreaterThan(threshold);
      expect(row.duration).toEqual(gapDuration(row.hiddenMs));
      previous = row;
      continue;
    }
    const from = row.kind === 'event' ? row.index : row.from;
    const to = row.kind === 'event' ? row.index + 1 : row.to;
    expect(from).toBe(position);
    const firstMs = (events[from] as VerticalInput).startMs;
    if (row.kind === 'event') {
      expect(row.id).toBe((events[from] as VerticalInput).id);
      expect(row.startMs).toBe(firstMs);
      if (row.cluster !== undefined) expect(expanded.has(row.cluster)).toBe(true);
    } else {
      expect(row.count).toBe(to - from);
      expect(row.count).toBeGreaterThan(1);
      expect(row.firstMs).toBe(firstMs);
      expect(row.lastMs).toBe((events[to - 1] as VerticalInput).startMs);
      expect(expanded.has(row.key)).toBe(false);
    }
    // Time order, and a break where (and only where) the empty time before this row passes the threshold.
    if (previous === undefined) expect(row.spaceBefore).toBe(0);
    else {
      expect(rowTime(previous)).toBeLessThanOrEqual(firstMs);
      const empty = firstMs - reachMs;
      expect(breaksSince).toBe(empty > threshold ? 1 : 0);
      if (previous.kind === 'break') expect(previous.toMs).toBe(firstMs);
      expect(row.spaceBefore).toBeLessThanOrEqual(maxGapPx);
      expect(row.spaceBefore).toBe(gapSpace(firstMs - rowTime(previous), options.pxPerDay, options.maxGapPx));
    }
    for (let i = from; i < to; i++) reachMs = Math.max(reachMs, (events[i] as VerticalInput).endMs);
    position = to;
    breaksSince = 0;
    previous = row;
  }
  expect(position).toBe(events.length);
  expect(previous?.kind).not.toBe('break');

  // The row bound, and no folding in a story that fits.
  expect(countedRows(rows)).toBeLessThanOrEqual(maxRows);
  if (events.length <= maxRows) {
    expect(clusters(rows)).toEqual([]);
    expect(eventRows(rows).every((row) => row.cluster === undefined)).toBe(true);
  }
}

/** Sorted stories with the rhythms of real ones: same-day bursts, daily news, quiet months, dormant years. */
const storyArb = fc
  .array(
    fc.tuple(
      fc.oneof(
        fc.constant(0),
        fc.integer({ min: 0, max: 3 * DAY_MS }),
        fc.integer({ min: 0, max: 400 * DAY_MS }),
        fc.integer({ min: 0, max: 10 * 366 * DAY_MS }),
      ),
      fc.oneof(fc.constant(0), fc.constant(DAY_MS), fc.integer({ min: 0, max: 3 * 366 * DAY_MS })),
    ),
    { maxLength: 150 },
  )
  .map((steps) => {
    let startMs = utc(1990);
    return steps.map(([gap, length], i) => {
      startMs += gap;
      return at(`e${i}`, startMs, startMs + length);
    });
  });

const optionsArb: fc.Arbitrary<VerticalOptions> = fc.record(
  {
    pxPerDay: fc.double({ min: 0, max: 50, noNaN: true }),
    maxGapPx: fc.double({ min: 0, max: 200, noNaN: true }),
    breakAfterMs: fc.oneof(fc.constant('auto' as const), fc.integer({ min: 0, max: 5 * 366 * DAY_MS })),
    maxRows: fc.integer({ min: 1, max: 60 }),
  },
  // maxRows always: a story of up to 150 events then folds often enough for the rules to bite.
  { requiredKeys: ['maxRows'] },
);

describe('gapDuration', () => {
  it('says what a reader would: 4 years, 3 months, 12 days, 2 weeks, 20 months', () => {
    expect(gapDuration(utc(2021, 9, 1) - utc(2017, 8, 20))).toEqual({ unit: 'year', count: 4 });
    expect(gapDuration(90 * DAY_MS)).toEqual({ unit: 'month', count: 3 });
    expect(gapDuration(12 * DAY_MS)).toEqual({ unit: 'day', count: 12 });
    expect(gapDuration(15 * DAY_MS)).toEqual({ unit: 'week', count: 2 });
    expect(gapDuration(utc(2022, 9, 1) - utc(2021, 1, 1))).toEqual({ unit: 'month', count: 20 });
    expect(gapDuration(0)).toEqual({ unit: 'day', count: 0 });
  });

  it('rejects a length that is negative or not finite', () => {
    expect(() => gapDuration(-1)).toThrow(RangeError);
    expect(() => gapDuration(NaN)).toThrow(RangeError);
    expect(() => gapDuration(Infinity)).toThrow(RangeError);
  });

  it('is within half a day or a quarter of the time, whichever is more', () => {
    fc.assert(
      fc.property(fc.double({ min: 0, max: 1e14, noNaN: true }), (ms) => {
        const d = gapDuration(ms);
        expect(Number.isInteger(d.count)).toBe(true);
        expect(Math.abs(durationMs(d) - ms)).toBeLessThanOrEqual(Math.max(DAY_MS / 2, ms / 4) * (1 + 1e-9));
      }),
    );
  });

  it('never says less for a longer time', () => {
    fc.assert(
      fc.property(fc.double({ min: 0, max: 1e13, noNaN: true }), fc.double({ min: 0, max: 1e13, noNaN: true }), (a, b) => {
        const [short, long] = a <= b ? [a, b] : [b, a];
        expect(durationMs(gapDuration(short))).toBeLessThanOrEqual(durationMs(gapDuration(long)));
      }),
    );
  });
});

describe('autoBreakAfterMs', () => {
  it('is 12 times the median gap between starts, never under 60 days', () => {
    const quarterly = Array.from({ length: 21 }, (_, i) => at(`q${i}`, utc(2016) + i * 91 * DAY_MS));
    expect(autoBreakAfterMs(quarterly)).toBe(12 * 91 * DAY_MS);
    const daily = Array.from({ length: 10 }, (_, i) => at(`d${i}`, utc(2021) + i * DAY_MS));
    expect(autoBreakAfterMs(daily)).toBe(60 * DAY_MS);
    expect(autoBreakAfterMs([])).toBe(60 * DAY_MS);
  });

  it('takes the rhythm of a few events from their short gaps, so their one long gap is still broken', () => {
    const few = [at('deal', utc(2016, 4, 26)), at('pact', utc(2021, 9, 15)), at('recall', utc(2021, 9, 17))];
    expect(autoBreakAfterMs(few)).toBe(60 * DAY_MS);
    const breaks = verticalRows(few).filter((row) => row.kind === 'break');
    expect(breaks).toHaveLength(1);
    expect(breaks[0]).toMatchObject({ duration: { unit: 'year', count: 5 } });
  });
});

describe('verticalRows', () => {
  it('has no rows for no events', () => {
    expect(verticalRows([])).toEqual([]);
  });

  it('refuses events out of order, an end before a start, and nonsense options', () => {
    expect(() => verticalRows([at('b', 10), at('a', 5)])).toThrow(RangeError);
    expect(() => verticalRows([at('a', 10, 5)])).toThrow(RangeError);
    expect(() => verticalRows([at('a', NaN)])).toThrow(RangeError);
    expect(() => verticalRows([at('a', 0)], { maxRows: 0 })).toThrow(RangeError);
    expect(() => verticalRows([at('a', 0)], { maxRows: 2.5 })).toThrow(RangeError);
    expect(() => verticalRows([at('a', 0)], { pxPerDay: -1 })).toThrow(RangeError);
    expect(() => verticalRows([at('a', 0)], { maxGapPx: Infinity })).toThrow(RangeError);
    expect(() => verticalRows([at('a', 0)], { breakAfterMs: -1 })).toThrow(RangeError);
  });

  it('keeps events of the same start in the order given', () => {
    const rows = verticalRows([at('z', 0), at('a', 0), at('m', 0)]);
    expect(eventRows(rows).map((row) => [row.index, row.id])).toEqual([
      [0, 'z'],
      [1, 'a'],
      [2, 'm'],
    ]);
  });

  it('spaces rows by the days between them, 6 px a day up to 48 px', () => {
    const events = [
      input('a', day(2021, 9, 1)),
      input('b', day(2021, 9, 1)),
      input('c', day(2021, 9, 2)),
      input('d', day(2021, 9, 4)),
      input('e', day(2021, 10, 1)),
    ];
    expect(verticalRows(events).map((row) => row.spaceBefore)).toEqual([0, 0, 6, 12, 48]);
  });

  it('cuts the years between a 2016 event and September 2021 into one "5 years" break, without clusters', () => {
    const events = [
      input('agreement', month(2016, 6)),
      ...Array.from({ length: 30 }, (_, i) => input(`aukus-${i + 1}`, day(2021, 9, i + 1))),
    ];
    const rows = verticalRows(events);
    expect(clusters(rows)).toEqual([]);
    expect(rows.filter(isBreak)).toEqual([
      {
        kind: 'break',
        fromMs: utc(2016, 7, 1),
        toMs: utc(2021, 9, 1),
        hiddenMs: utc(2021, 9, 1) - utc(2016, 7, 1),
        spaceBefore: DEFAULT_MAX_GAP_PX,
        duration: { unit: 'year', count: 5 },
      },
    ]);
    expect(rows[1]?.kind).toBe('break');
    expect(rows[2]).toMatchObject({ kind: 'event', id: 'aukus-1', spaceBefore: 0 });
    expectValidLayout(events, {}, rows);
  });

  it('gives an evenly spread story no break', () => {
    const events = Array.from({ length: 21 }, (_, i) => at(`q${i}`, utc(2016) + i * 91 * DAY_MS, utc(2016) + i * 91 * DAY_MS + DAY_MS));
    const rows = verticalRows(events);
    expect(rows.filter(isBreak)).toEqual([]);
    expect(rows.every((row) => row.kind === 'event' && (row.index === 0 || row.spaceBefore === DEFAULT_MAX_GAP_PX))).toBe(true);
  });

  it('does not cut the time a long span covers', () => {
    const events = [at('talks', utc(2010), utc(2020)), at('round 1', utc(2010, 3)), at('signing', utc(2019, 6))];
    expect(verticalRows(events, { breakAfterMs: YEAR_MS }).filter(isBreak)).toEqual([]);
    const after = [...events, at('review', utc(2024))];
    expect(verticalRows(after, { breakAfterMs: YEAR_MS }).filter(isBreak)).toMatchObject([
      { fromMs: utc(2020), toMs: utc(2024), duration: { unit: 'year', count: 4 } },
    ]);
  });

  it('folds the busiest day of a story that has too many rows, and opens it on request', () => {
    const events = [
      ...Array.from({ length: 10 }, (_, i) => at(`busy-${i}`, utc(2021, 9, 3, i))),
      input('a', day(2021, 9, 10)),
      input('b', day(2021, 9, 20)),
      input('c', day(2021, 10, 1)),
    ];
    const rows = verticalRows(events, { maxRows: 5 });
    expect(rows.map((row) => row.kind)).toEqual(['cluster', 'event', 'event', 'event']);
    expect(rows[0]).toEqual({
      kind: 'cluster',
      key: 'day:2021-09-03',
      unit: 'day',
      from: 0,
      to: 10,
      count: 10,
      firstMs: utc(2021, 9, 3, 0),
      lastMs: utc(2021, 9, 3, 9),
      spaceBefore: 0,
    });
    expect(rows[1]?.spaceBefore).toBe(gapSpace(utc(2021, 9, 10) - utc(2021, 9, 3, 9)));

    const opened = verticalRows(events, { maxRows: 5, expanded: new Set(['day:2021-09-03']) });
    expect(opened).toHaveLength(13);
    expect(eventRows(opened).filter((row) => row.cluster === 'day:2021-09-03')).toHaveLength(10);
    expectValidLayout(events, { maxRows: 5, expanded: new Set(['day:2021-09-03']) }, opened);
  });

  it('folds the fullest buckets first, and only as many as needed', () => {
    // Three busy days of 2, 5 and 3 events; 10 rows must come down to 7: folding the 5 is enough.
    const starts = [1, 1, 2, 2, 2, 2, 2, 3, 3, 3].map((d) => utc(2021, 9, d, 12));
    const events = starts.map((startMs, i) => at(`e${i}`, startMs));
    const rows = verticalRows(events, { maxRows: 7 });
    expect(clusters(rows).map((c) => [c.key, c.count])).toEqual([['day:2021-09-02', 5]]);
    expect(countedRows(rows)).toBe(6);
    // Down to 3 rows, all three days fold.
    expect(clusters(verticalRows(events, { maxRows: 3 })).map((c) => c.count)).toEqual([2, 5, 3]);
  });

  it('takes the finest unit whose buckets fit: weeks when days are too many, then months', () => {
    // Two events a day on 14 days of September 2021, Wednesday 1 to Tuesday 14.
    const events = Array.from({ length: 28 }, (_, i) => at(`e${i}`, utc(2021, 9, 1 + (i >> 1), i % 2)));
    expect(clusters(verticalRows(events, { maxRows: 14 })).every((c) => c.unit === 'day')).toBe(true);
    const weekly = clusters(verticalRows(events, { maxRows: 3 }));
    expect(weekly.map((c) => [c.key, c.count])).toEqual([
      ['week:2021-08-30', 10],
      ['week:2021-09-06', 14],
      ['week:2021-09-13', 4],
    ]);
    expect(clusters(verticalRows(events, { maxRows: 2 })).map((c) => [c.key, c.count])).toEqual([['month:2021-09-01', 28]]);
  });

  it('keeps every rule on any story and options', () => {
    fc.assert(
      fc.property(storyArb, optionsArb, fc.infiniteStream(fc.boolean()), (events, options, opens) => {
        const rows = verticalRows(events, options);
        expectValidLayout(events, options, rows);
        // Open some of the clusters: their events become rows, the rest stays as it was.
        const expanded = new Set(clusters(rows).flatMap((c) => (opens.next().value ? [c.key] : [])));
        const opened = verticalRows(events, { ...options, expanded });
        expectValidLayout(events, { ...options, expanded }, opened);
        expect(clusters(opened)).toEqual(clusters(rows).filter((c) => !expanded.has(c.key)));
      }),
    );
  });

  it('never gives a longer gap less space', () => {
    fc.assert(
      fc.property(storyArb, optionsArb, (events, options) => {
        const pairs = verticalRows(events, options).flatMap((row, i, rows) =>
          row.kind === 'break' || i === 0
            ? []
            : [{ gap: (row.kind === 'event' ? row.startMs : row.firstMs) - rowTime(rows[i - 1] as VerticalRow), space: row.spaceBefore }],
        );
        pairs.sort((a, b) => a.gap - b.gap);
        for (let i = 1; i < pairs.length; i++)
          expect((pairs[i] as { space: number }).space).toBeGreaterThanOrEqual((pairs[i - 1] as { space: number }).space);
      }),
    );
  });

  it('folds only while the story has too many rows', () => {
    fc.assert(
      fc.property(storyArb, optionsArb, (events, options) => {
        const rows = verticalRows(events, options);
        const folded = clusters(rows);
        if (folded.length === 0) return;
        // Unfolding the smallest cluster would take the story over the bound again.
        const smallest = Math.min(...folded.map((c) => c.count));
        expect(countedRows(rows) + smallest - 1).toBeGreaterThan(options.maxRows ?? DEFAULT_MAX_ROWS);
        expect(new Set(folded.map((c) => c.unit)).size).toBe(1);
      }),
    );
  });

  it('lays out 100,000 events within the row bound', () => {
    // A story of a dormant decade, a busy year and a burst in September 2021, in a fixed pseudo-random order.
    let seed = 42;
    const random = () => (seed = (seed * 1_103_515_245 + 12_345) % 2 ** 31) / 2 ** 31;
    const starts = Array.from({ length: 100_000 }, (_, i) =>
      i < 50
        ? utc(2005) + random() * (utc(2015) - utc(2005))
        : i < 20_000
          ? utc(2020) + random() * YEAR_MS
          : utc(2021, 9, 1) + random() * 30 * DAY_MS,
    ).sort((a, b) => a - b);
    const events = starts.map((startMs, i) => at(`e${i}`, startMs, startMs + DAY_MS));
    const rows = verticalRows(events);
    expect(countedRows(rows)).toBeLessThanOrEqual(DEFAULT_MAX_ROWS);
    expect(clusters(rows).reduce((sum, c) => sum + c.count, 0) + eventRows(rows).length).toBe(100_000);
    expectValidLayout(events, {}, rows);

    // Spread over all the time a Date can hold, the story still fits.
    const spread = Array.from({ length: 100_000 }, (_, i) => at(`s${i}`, -8e15 + i * 1.6e11));
    const spreadRows = verticalRows(spread, { maxRows: 50 });
    expect(countedRows(spreadRows)).toBeLessThanOrEqual(50);
    expect(clusters(spreadRows).reduce((sum, c) => sum + c.count, 0) + eventRows(spreadRows).length).toBe(100_000);
  });
});

describe('railScale', () => {
  // Rows measured after render: two events, a break for 2016-2021, three events on one day.
  const anchors = [
    { timeMs: utc(2016, 6, 1), y: 0 },
    { timeMs: utc(2016, 7, 1), y: 40 },
    { timeMs: utc(2021, 9, 1), y: 64 },
    { timeMs: utc(2021, 9, 15), y: 100 },
    { timeMs: utc(2021, 9, 15), y: 130 },
    { timeMs: utc(2021, 9, 15), y: 160 },
    { timeMs: utc(2021, 9, 16), y: 200 },
  ];
  const y = railScale(anchors);

  it('hits the anchors and keeps the years of a break inside the break', () => {
    expect(y(utc(2016, 6, 1))).toBe(0);
    expect(y(utc(2016, 7, 1))).toBe(40);
    expect(y(utc(2021, 9, 1))).toBe(64);
    const midBreak = y(utc(2019, 2, 1));
    expect(midBreak).toBeGreaterThan(40);
    expect(midBreak).toBeLessThan(64);
  });

  it('maps a time shared by several rows to the first, and goes on from the last', () => {
    expect(y(utc(2021, 9, 15))).toBe(100);
    expect(y(utc(2021, 9, 15, 12))).toBe(180);
  });

  it('clamps outside the anchors and draws nothing for none', () => {
    expect(y(utc(2000))).toBe(0);
    expect(y(utc(2030))).toBe(200);
    expect(railScale([])(utc(2021))).toBe(0);
    expect(railScale([{ timeMs: 5, y: 7 }])(9)).toBe(7);
    expect(() => railScale([{ timeMs: NaN, y: 0 }])).toThrow(RangeError);
  });

  /** Measured anchors: times and heights both growing down the page, some times repeated. */
  const anchorsArb = fc
    .array(fc.tuple(fc.oneof(fc.constant(0), fc.integer({ min: 0, max: 1e12 })), fc.double({ min: 0, max: 500, noNaN: true })), {
      minLength: 1,
      maxLength: 60,
    })
    .map((steps) => {
      let timeMs = utc(2000);
      let y = 0;
      return steps.map(([dt, dy]) => ({ timeMs: (timeMs += dt), y: (y += dy) }));
    });

  it('is monotone, finite, hits every anchor of its own time first, and clamps outside', () => {
    fc.assert(
      fc.property(
        anchorsArb,
        fc.array(fc.double({ min: utc(1990), max: utc(2300), noNaN: true }), { maxLength: 40 }),
        (measured, times) => {
          const scale = railScale(measured);
          for (const anchor of measured) {
            const first = measured.find((a) => a.timeMs === anchor.timeMs) as { y: number };
            expect(scale(anchor.timeMs)).toBe(first.y);
          }
          const sorted = [...times, ...measured.map((a) => a.timeMs)].sort((a, b) => a - b);
          const ys = sorted.map(scale);
          ys.forEach((value, i) => {
            expect(Number.isFinite(value)).toBe(true);
            expect(value).toBeGreaterThanOrEqual((measured[0] as { y: number }).y);
            expect(value).toBeLessThanOrEqual((measured[measured.length - 1] as { y: number }).y);
            if (i > 0) expect(value).toBeGreaterThanOrEqual(ys[i - 1] as number);
          });
        },
      ),
    );
  });
});
