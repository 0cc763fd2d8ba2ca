import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { zoomIdentity } from 'd3-zoom';
import {
  DAY_MS,
  HOUR_MS,
  createTimeScale,
  dataExtent,
  pixelsPerMs,
  rescale,
  visibleDomain,
  zoomLimits,
} from '../../../src/layout/timeScale';
import { day, utc, year } from './dates';

describe('dataExtent', () => {
  it('adds 5% of the span on each side', () => {
    const [start, end] = dataExtent([year(2010), year(2019)]) ?? [NaN, NaN];
    const span = utc(2020) - utc(2010);
    expect(start).toBe(utc(2010) - span * 0.05);
    expect(end).toBe(utc(2020) + span * 0.05);
  });

  it('keeps at least a day on each side of a single day', () => {
    expect(dataExtent([day(2021, 9, 15)])).toEqual([utc(2021, 9, 14), utc(2021, 9, 17)]);
  });

  it('covers intervals to their exclusive end, not their start', () => {
    const [, end] =
      dataExtent([
        { startMs: 0, endMs: 100 * DAY_MS },
        { startMs: 50 * DAY_MS, endMs: 60 * DAY_MS },
      ]) ?? [];
    expect(end).toBe(105 * DAY_MS);
  });

  it('is null when there is nothing to show', () => {
    expect(dataExtent([])).toBeNull();
  });
});

describe('createTimeScale', () => {
  it('maps the domain onto [0, width]', () => {
    const scale = createTimeScale([utc(2016), utc(2022)], 800);
    expect(scale(utc(2016))).toBe(0);
    expect(scale(utc(2022))).toBe(800);
    expect(scale.invert(400).getTime()).toBe((utc(2016) + utc(2022)) / 2);
  });
});

describe('zoomLimits', () => {
  const domain = [utc(2016), utc(2022)] as const;
  const width = 1000;

  it('makes k=1 the widest view, showing exactly the full extent', () => {
    const { scaleExtent, translateExtent } = zoomLimits(domain, width);
    expect(scaleExtent[0]).toBe(1);
    expect(translateExtent[0][0]).toBe(0);
    expect(translateExtent[1][0]).toBe(width);
    expect(visibleDomain(rescale(createTimeScale(domain, width), { k: 1, x: 0 }))).toEqual([...domain]);
  });

  it('stops zooming in when the width shows six hours by default', () => {
    const [, maxK] = zoomLimits(domain, width).scaleExtent;
    const [t0, t1] = visibleDomain(rescale(createTimeScale(domain, width), { k: maxK, x: 0 }));
    expect(t1 - t0).toBeCloseTo(6 * HOUR_MS, -1);
  });

  it('accepts another shortest span', () => {
    const [, maxK] = zoomLimits(domain, width, { minVisibleMs: DAY_MS }).scaleExtent;
    expect(maxK).toBeCloseTo((domain[1] - domain[0]) / DAY_MS);
  });

  it('never lets the maximum fall below 1 for a domain shorter than the shortest span', () => {
    expect(zoomLimits([0, HOUR_MS], width).scaleExtent).toEqual([1, 1]);
  });
});

describe('rescale', () => {
  it('agrees with d3-zoom rescaleX', () => {
    fc.assert(
      fc.property(fc.double({ min: 1, max: 5000, noNaN: true }), fc.double({ min: -1e6, max: 1e6, noNaN: true }), (k, x) => {
        const base = createTimeScale([utc(2016), utc(2022)], 1000);
        const ours = rescale(base, { k, x });
        const theirs = zoomIdentity.translate(x, 0).scale(k).rescaleX(base);
        const [a0, a1] = visibleDomain(ours);
        const [b0, b1] = visibleDomain(theirs);
        expect(Math.abs(a0 - b0)).toBeLessThanOrEqual(1);
        expect(Math.abs(a1 - b1)).toBeLessThanOrEqual(1);
      }),
    );
  });

  it('does not change the base scale', () => {
    const base = createTimeScale([utc(2016), utc(2022)], 1000);
    rescale(base, { k: 4, x: -200 });
    expect(visibleDomain(base)).toEqual([utc(2016), utc(2022)]);
  });
});

describe('pixelsPerMs', () => {
  it('grows with k and does not depend on the pan', () => {
    const base = createTimeScale([0, 1000 * DAY_MS], 1000);
    expect(pixelsPerMs(base)).toBeCloseTo(1 / DAY_MS);
    expect(pixelsPerMs(rescale(base, { k: 3, x: -700 }))).toBeCloseTo(3 / DAY_MS);
  });
});
