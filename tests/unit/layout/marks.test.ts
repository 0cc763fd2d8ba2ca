import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { computeMark, markTimes, projectMark } from '../../../src/layout/marks';
import { createTimeScale, DAY_MS } from '../../../src/layout/timeScale';
import { parseEdtf } from '../../../src/model/edtf';
import { datePoint, day, intervalDate, layoutEvent, month, utc, year } from './dates';

const scale = createTimeScale([utc(2016), utc(2022)], 6000);

describe('marks', () => {
  it('draws a day-precision point as a point marker at the middle of its day', () => {
    const mark = computeMark(layoutEvent('a', day(2021, 9, 15)), scale);
    expect(mark.kind).toBe('point');
    expect(mark.x).toBeCloseTo(scale(utc(2021, 9, 15, 12)));
    expect(mark.x2).toBe(mark.x);
    expect(mark.precisionBand).toBeNull();
    expect(mark.certainSpan).toBeNull();
  });

  it('draws a month-precision date as a faint span covering the month', () => {
    const mark = computeMark(layoutEvent('a', month(2021, 9)), scale);
    expect(mark.kind).toBe('span');
    expect(mark.x).toBe(scale(utc(2021, 9, 1)));
    expect(mark.x2).toBe(scale(utc(2021, 10, 1)));
    expect(mark.precisionBand).toEqual({ x: mark.x, x2: mark.x2 });
    expect(mark.certainSpan).toBeNull();
  });

  it('draws a year-precision date as a faint span covering the year', () => {
    const mark = computeMark(layoutEvent('a', year(2016)), scale);
    expect(mark.kind).toBe('span');
    expect([mark.x, mark.x2]).toEqual([scale(utc(2016)), scale(utc(2017))]);
    expect(mark.precisionBand).not.toBeNull();
  });

  it('draws a day interval as a solid span, end day included', () => {
    const date = intervalDate(datePoint(2021, 10, 5), datePoint(2021, 10, 6));
    const mark = computeMark(layoutEvent('a', date), scale);
    expect(mark.kind).toBe('span');
    expect([mark.x, mark.x2]).toEqual([scale(utc(2021, 10, 5)), scale(utc(2021, 10, 7))]);
    expect(mark.precisionBand).toBeNull();
    expect(mark.certainSpan).toEqual({ x: mark.x, x2: mark.x2 });
  });

  it('makes only the certain part of a partly imprecise interval solid', () => {
    const date = intervalDate(datePoint(2021, 9), datePoint(2021, 10, 15));
    const times = markTimes(layoutEvent('a', date));
    expect(times.precisionBand).toEqual({ startMs: utc(2021, 9, 1), endMs: utc(2021, 10, 16) });
    expect(times.certainSpan).toEqual({ startMs: utc(2021, 10, 1), endMs: utc(2021, 10, 16) });
  });

  it('finds the certain middle of an interval between two months', () => {
    const date = intervalDate(datePoint(2021, 9), datePoint(2021, 11));
    expect(markTimes(layoutEvent('a', date)).certainSpan).toEqual({ startMs: utc(2021, 10), endMs: utc(2021, 11) });
  });

  it('finds no certain part when a coarse end overlaps the start', () => {
    const date = intervalDate(datePoint(2021, 3, 5), datePoint(2021));
    expect(markTimes(layoutEvent('a', date)).certainSpan).toBeNull();
  });

  it('draws a window as a faint band over the window, with no solid part', () => {
    for (const text of [
      '[2021-09-15..2021-09-26]',
      '[2021-10-05..2021-10-06]',
      '[2020-11..2021-02]',
      '[..2021-10-05?]',
      '[2021-09-15..]',
    ]) {
      const parsed = parseEdtf(text);
      if (!parsed.ok) throw new Error(parsed.reason);
      const times = markTimes(layoutEvent('a', parsed.value));
      expect(times.kind, text).toBe('span');
      expect(times.precisionBand, text).toEqual({ startMs: parsed.value.startMs, endMs: parsed.value.endMs });
      expect(times.certainSpan, text).toBeNull();
      expect([times.atMs, times.endMs], text).toEqual([parsed.value.startMs, parsed.value.endMs]);
    }
    const open = parseEdtf('[..2021-10-05?]');
    if (!open.ok) throw new Error(open.reason);
    expect(markTimes(layoutEvent('a', open.value))).toMatchObject({ uncertain: true, approximate: false });
  });

  it('carries the qualifiers of either end and the planned status', () => {
    const date = intervalDate(datePoint(2021, 10, 5), datePoint(2021, 10, 6, { uncertain: true }));
    const mark = computeMark(layoutEvent('a', date, 'A', 'planned'), scale);
    expect(mark).toMatchObject({ approximate: false, uncertain: true, planned: true });
    const approx = computeMark(layoutEvent('b', day(2021, 1, 1, { approximate: true })), scale);
    expect(approx).toMatchObject({ approximate: true, uncertain: false, planned: false });
  });

  it('projects marks in the same order on the axis as their dates', () => {
    const dates = fc.integer({ min: 0, max: 2000 }).map((n) => {
      const d = new Date(utc(2016) + n * DAY_MS);
      return day(d.getUTCFullYear(), d.getUTCMonth() + 1, d.getUTCDate());
    });
    fc.assert(
      fc.property(dates, dates, (a, b) => {
        const ma = projectMark(markTimes(layoutEvent('a', a)), scale);
        const mb = projectMark(markTimes(layoutEvent('b', b)), scale);
        expect(Math.sign(ma.x - mb.x)).toBe(Math.sign(a.startMs - b.startMs));
      }),
    );
  });

  it('keeps every span inside its precision band', () => {
    fc.assert(
      fc.property(
        fc.integer({ min: 2000, max: 2030 }),
        fc.integer({ min: 1, max: 12 }),
        fc.integer({ min: 0, max: 40 }),
        (y, m, months) => {
          const end = new Date(Date.UTC(y, m - 1 + months, 1));
          const date = intervalDate(datePoint(y, m), datePoint(end.getUTCFullYear(), end.getUTCMonth() + 1));
          const times = markTimes(layoutEvent('a', date));
          expect(times.precisionBand).toEqual({ startMs: times.atMs, endMs: times.endMs });
          if (times.certainSpan) {
            expect(times.certainSpan.startMs).toBeGreaterThanOrEqual(times.atMs);
            expect(times.certainSpan.endMs).toBeLessThanOrEqual(times.endMs);
          } else {
            expect(months).toBeLessThanOrEqual(1);
          }
        },
      ),
    );
  });
});
