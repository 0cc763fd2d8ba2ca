import { afterEach, describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { axisTicks, type AxisLocale } from '../../../src/layout/ticks';
import { createTimeScale, DAY_MS, HOUR_MS } from '../../../src/layout/timeScale';
import { utc } from './dates';

const labels = (t0: number, t1: number, width: number, locale: AxisLocale = 'en') =>
  axisTicks(createTimeScale([t0, t1], width), width, locale).major.map((tick) => tick.label);

describe('axisTicks', () => {
  it('labels years over a decade', () => {
    expect(labels(utc(2012, 6), utc(2022, 6), 1000)).toEqual([
      '2013',
      '2014',
      '2015',
      '2016',
      '2017',
      '2018',
      '2019',
      '2020',
      '2021',
      '2022',
    ]);
  });

  it('steps years by 2, 5, 10… when a year is too narrow for its label', () => {
    expect(labels(utc(1990), utc(2030), 1000)).toEqual(['1990', '1995', '2000', '2005', '2010', '2015', '2020', '2025']);
    expect(labels(utc(1000), utc(2000), 1000)).toEqual(['1000', '1100', '1200', '1300', '1400', '1500', '1600', '1700', '1800', '1900']);
  });

  it('still labels a narrow view that falls between two of its steps, with a finer step', () => {
    // Five-year steps would suit this width, but no multiple of five lies in 2001–2004; two-year
    // steps are closer than a label needs, so one of them is kept.
    expect(labels(utc(2001, 2), utc(2004, 12), 150)).toEqual(['2002']);
  });

  it('labels months with their year, in English and in French', () => {
    const [t0, t1] = [utc(2021, 8, 20), utc(2021, 12, 10)];
    expect(labels(t0, t1, 600)).toEqual(['Sep 2021', 'Oct 2021', 'Nov 2021', 'Dec 2021']);
    expect(labels(t0, t1, 600, 'fr')).toEqual(['sept. 2021', 'oct. 2021', 'nov. 2021', 'déc. 2021']);
  });

  it('labels days, giving the year on the first tick and on the first tick of a new year', () => {
    const [t0, t1] = [utc(2021, 12, 29), utc(2022, 1, 3)];
    expect(labels(t0, t1, 500)).toEqual(['29 Dec 2021', '30 Dec', '31 Dec', '1 Jan 2022', '2 Jan']);
    expect(labels(utc(2021, 9, 14), utc(2021, 9, 17), 300, 'fr')).toEqual(['14 sept. 2021', '15 sept.', '16 sept.']);
  });

  it('labels hours when zoomed far in, with the date on the first tick and at midnight', () => {
    expect(labels(utc(2021, 9, 15, 21), utc(2021, 9, 16, 3), 1000)).toEqual(['15 Sep 21:00', '22:00', '23:00', '16 Sep', '01:00', '02:00']);
    expect(labels(utc(2021, 9, 15, 6), utc(2021, 9, 16, 6), 1000, 'fr')).toEqual([
      '15 sept. 06:00',
      '09:00',
      '12:00',
      '15:00',
      '18:00',
      '21:00',
      '16 sept.',
      '03:00',
    ]);
  });

  it('puts each tick where the scale puts its time', () => {
    const scale = createTimeScale([utc(2021, 8, 20), utc(2021, 12, 10)], 600);
    for (const tick of axisTicks(scale, 600, 'en').major) expect(tick.x).toBe(scale(tick.ms));
  });

  it('adds unlabelled minor ticks between major ones, never on them', () => {
    const { major, minor } = axisTicks(createTimeScale([utc(2016), utc(2022)], 1000), 1000, 'en');
    expect(major.map((t) => t.label)).toEqual(['2016', '2017', '2018', '2019', '2020', '2021']);
    expect(minor).toHaveLength(6 * 11);
    const majorTimes = new Set(major.map((t) => t.ms));
    expect(minor.some((t) => majorTimes.has(t.ms))).toBe(false);
  });

  it('drops minor ticks that would be too dense to read', () => {
    expect(axisTicks(createTimeScale([utc(2016), utc(2022)], 1000), 1000, 'en', { minMinorSpacingPx: 40 }).minor).toEqual([]);
  });

  it('returns nothing for an empty width or domain', () => {
    expect(axisTicks(createTimeScale([utc(2016), utc(2022)], 0), 0, 'en')).toEqual({ major: [], minor: [] });
    expect(axisTicks(createTimeScale([utc(2016), utc(2016)], 500), 500, 'en')).toEqual({ major: [], minor: [] });
  });
});

describe('axisTicks in another time zone', () => {
  const original = process.env.TZ;
  afterEach(() => {
    if (original === undefined) delete process.env.TZ;
    else process.env.TZ = original;
  });

  it('labels UTC calendar boundaries whatever the local zone', () => {
    for (const zone of ['Pacific/Kiritimati', 'America/Santiago', 'Pacific/Pago_Pago']) {
      process.env.TZ = zone;
      expect(labels(utc(2021, 12, 29), utc(2022, 1, 3), 500)).toEqual(['29 Dec 2021', '30 Dec', '31 Dec', '1 Jan 2022', '2 Jan']);
      expect(labels(utc(2021, 9, 15, 22), utc(2021, 9, 16, 1), 1000)).toEqual(['15 Sep 22:00', '23:00', '16 Sep']);
    }
  });
});

describe('axisTicks properties', () => {
  // From six hours to three centuries, starting anywhere between 1800 and 2100.
  const viewArb = fc.record({
    startMs: fc.integer({ min: utc(1800), max: utc(2100) }),
    spanMs: fc.double({ min: 6 * HOUR_MS, max: 300 * 365 * DAY_MS, noNaN: true }),
    width: fc.integer({ min: 200, max: 2500 }),
    locale: fc.constantFrom<AxisLocale>('en', 'fr'),
  });

  it('gives increasing ticks inside the visible domain, labels at least 90 px apart', () => {
    fc.assert(
      fc.property(viewArb, ({ startMs, spanMs, width, locale }) => {
        const [t0, t1] = [startMs, startMs + spanMs];
        const { major, minor } = axisTicks(createTimeScale([t0, t1], width), width, locale);
        for (const ticks of [major, minor]) {
          for (const [i, tick] of ticks.entries()) {
            expect(tick.ms).toBeGreaterThanOrEqual(t0);
            expect(tick.ms).toBeLessThanOrEqual(t1);
            expect(tick.x).toBeGreaterThanOrEqual(-1e-6);
            expect(tick.x).toBeLessThanOrEqual(width + 1e-6);
            if (i > 0) expect(tick.ms).toBeGreaterThan(ticks[i - 1]!.ms);
          }
        }
        for (let i = 1; i < major.length; i++) expect(major[i]!.x - major[i - 1]!.x).toBeGreaterThanOrEqual(90 - 1e-6);
        for (const tick of major) expect(tick.label.length).toBeGreaterThan(0);
      }),
    );
  });

  it('keeps the work proportional to the width, not to the span', () => {
    fc.assert(
      fc.property(viewArb, ({ startMs, spanMs, width, locale }) => {
        const { major, minor } = axisTicks(createTimeScale([startMs, startMs + spanMs], width), width, locale);
        expect(major.length).toBeLessThanOrEqual(width / 90 + 1);
        expect(minor.length).toBeLessThanOrEqual(width / 6 + 1);
      }),
    );
  });

  it('shows a useful number of labels: at least one unless the view is narrower than two labels', () => {
    fc.assert(
      fc.property(viewArb, ({ startMs, spanMs, width, locale }) => {
        const { major } = axisTicks(createTimeScale([startMs, startMs + spanMs], width), width, locale);
        if (width >= 400) expect(major.length).toBeGreaterThanOrEqual(1);
      }),
    );
  });
});
