// @vitest-environment node
/**
 * The embed build swaps three libraries for slim stand-ins (src/embed/slim/, see
 * src/embed/vite-plugin.ts) to stay within its size budget. They must give exactly what
 * the libraries give for everything the layout asks of them: checked here against the
 * libraries themselves. (No browser needed: these run with the unit tests.)
 */
import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { scaleUtc } from 'd3-scale';
import { format } from 'date-fns';
import { ar, de, enGB, es, fr } from 'date-fns/locale';
import { scaleUtc as slimScaleUtc } from '../../../src/embed/slim/d3-scale.ts';
import { format as slimFormat } from '../../../src/embed/slim/date-fns.ts';
import { enGB as slimEnGB } from '../../../src/embed/slim/date-fns-locale.ts';
import { fr as slimFr } from '../../../src/embed/slim/date-fns-locale/fr.ts';
import { de as slimDe } from '../../../src/embed/slim/date-fns-locale/de.ts';
import { es as slimEs } from '../../../src/embed/slim/date-fns-locale/es.ts';
import { ar as slimAr } from '../../../src/embed/slim/date-fns-locale/ar.ts';
import { remToEmbedUnit } from '../../../src/embed/vite-plugin.ts';
import * as d3Time from 'd3-time';
import * as slimTime from '../../../src/embed/slim/d3-time.ts';

const YEAR_MS = 365.25 * 24 * 3600 * 1000;
const instant = fc.double({ min: -3000 * YEAR_MS, max: 3000 * YEAR_MS, noNaN: true });
const pixels = fc.double({ min: -1e5, max: 1e5, noNaN: true });

describe('slim d3-scale scaleUtc', () => {
  it('maps, inverts and copies exactly as d3-scale does, ascending, descending or empty domains', () => {
    fc.assert(
      fc.property(
        instant,
        instant,
        pixels,
        pixels,
        fc.array(fc.oneof(instant, fc.constant(NaN)), { maxLength: 8 }),
        pixels,
        (d0, d1, r0, r1, xs, y) => {
          const real = scaleUtc()
            .domain([new Date(d0), new Date(d1)])
            .range([r0, r1]);
          const slim = slimScaleUtc()
            .domain([new Date(d0), new Date(d1)])
            .range([r0, r1]);
          for (const scale of [slim, slim.copy()]) {
            expect(scale.domain().map(Number)).toEqual(real.domain().map(Number));
            expect(scale.range()).toEqual(real.range());
            for (const x of xs) expect(scale(x)).toEqual(real(x));
            expect(scale.invert(y).getTime()).toEqual(real.invert(y).getTime());
          }
        },
      ),
      { numRuns: 300 },
    );
  });

  it('rounds numeric domain values and starts from the same default domain and range', () => {
    const real = scaleUtc().domain([1.4, 86_400_000.6]);
    const slim = slimScaleUtc().domain([1.4, 86_400_000.6]);
    expect(slim.domain().map(Number)).toEqual(real.domain().map(Number));
    expect(slimScaleUtc().domain().map(Number)).toEqual(scaleUtc().domain().map(Number));
    expect(slimScaleUtc().range()).toEqual(scaleUtc().range());
  });

  it('leaves out what the layout does not use, rather than approximating it', () => {
    expect((slimScaleUtc() as unknown as Record<string, unknown>).ticks).toBeUndefined();
  });
});

describe('slim date-fns format', () => {
  // Every pattern src/i18n/dates.ts and src/layout/ticks.ts use (German's day on the axis is "d. MMM").
  const PATTERNS = ['MMMM', 'LLLL', 'yyyy', 'MMM yyyy', 'd MMM yyyy', 'd MMM', 'd. MMM'];
  const LOCALES = [
    ['en-GB', enGB, slimEnGB],
    ['fr', fr, slimFr],
    ['de', de, slimDe],
    ['es', es, slimEs],
    ['ar', ar, slimAr],
  ] as const;

  it.each(LOCALES)('words every month, day and pattern as date-fns does (%s)', (_name, real, slim) => {
    for (const pattern of PATTERNS) {
      for (let month = 0; month < 12; month += 1) {
        for (const day of [1, 9, 28]) {
          const date = new Date(2021, month, day, 12);
          expect(slimFormat(date, pattern, { locale: slim })).toBe(format(date, pattern, { locale: real }));
        }
      }
    }
  });

  it.each(LOCALES)('writes years as date-fns does, padded, and BC years as era years (%s)', (_name, real, slim) => {
    fc.assert(
      fc.property(
        fc.integer({ min: -270_000, max: 270_000 }),
        fc.integer({ min: 0, max: 11 }),
        fc.constantFrom(...PATTERNS),
        (year, month, pattern) => {
          const date = new Date(2000, month, 15, 12);
          date.setFullYear(year);
          expect(slimFormat(date, pattern, { locale: slim })).toBe(format(date, pattern, { locale: real }));
        },
      ),
    );
  });

  it('refuses what it does not implement, and invalid dates as date-fns does', () => {
    expect(() => slimFormat(new Date(2021, 0, 1), 'do MMMM', { locale: slimFr })).toThrow(RangeError);
    expect(() => slimFormat(new Date(2021, 0, 1), "d 'de' MMMM", { locale: slimFr })).toThrow(RangeError);
    expect(() => slimFormat(new Date(NaN), 'yyyy', { locale: slimEnGB })).toThrow('Invalid time value');
  });
});

describe("the element's rem rewrite", () => {
  it("turns each rem into a multiple of the embed's own unit", () => {
    expect(remToEmbedUnit('.a{padding:.3rem 1rem;margin:-2.5rem;width:calc(100% - 1rem)}')).toBe(
      '.a{padding:calc(.3*var(--diplomatic-timeline-rem)) calc(1*var(--diplomatic-timeline-rem));' +
        'margin:calc(-2.5*var(--diplomatic-timeline-rem));width:calc(100% - calc(1*var(--diplomatic-timeline-rem)))}',
    );
  });

  it('leaves other units and names alone, and refuses rem in a media query', () => {
    expect(remToEmbedUnit('.x-2rem{font-size:2em;width:3px}')).toBe('.x-2rem{font-size:2em;width:3px}');
    expect(() => remToEmbedUnit('@media (max-width:40rem){.a{color:red}}')).toThrow(/at-rule/);
  });
});

describe('slim d3-time UTC intervals', () => {
  const NAMES = ['utcMinute', 'utcHour', 'utcDay', 'utcMonday', 'utcMonth', 'utcYear'] as const;
  const nearby = fc.double({ min: -400 * 24 * 3600 * 1000, max: 400 * 24 * 3600 * 1000, noNaN: true });
  const ms = (dates: Date[]) => dates.map(Number);

  it('floor, ceil, offset and count as d3-time does, for every interval the layout uses', () => {
    fc.assert(
      fc.property(fc.constantFrom(...NAMES), instant, instant, (name, a, b) => {
        const real = d3Time[name];
        const slim = slimTime[name];
        expect(+slim.floor(new Date(a))).toBe(+real.floor(new Date(a)));
        expect(+slim.ceil(new Date(a))).toBe(+real.ceil(new Date(a)));
        expect(+slim(new Date(a))).toBe(+real(new Date(a)));
        expect(slim.count(new Date(a), new Date(b))).toBe(real.count(new Date(a), new Date(b)));
      }),
      { numRuns: 400 },
    );
    fc.assert(
      fc.property(fc.constantFrom(...NAMES), instant, fc.integer({ min: -50, max: 50 }), (name, a, step) => {
        expect(+slimTime[name].offset(new Date(a), step)).toBe(+d3Time[name].offset(new Date(a), step));
      }),
      { numRuns: 400 },
    );
  });

  it('ranges and every-n-steps give the same dates as d3-time', () => {
    fc.assert(
      fc.property(fc.constantFrom(...NAMES), instant, nearby, fc.integer({ min: 1, max: 40 }), (name, start, length, step) => {
        const scale = name === 'utcYear' ? 60 : name === 'utcMonth' ? 5 : name === 'utcMinute' ? 1 / 500 : name === 'utcHour' ? 1 / 20 : 1;
        const stop = start + Math.abs(length) * scale;
        const real = d3Time[name];
        const slim = slimTime[name];
        expect(ms(slim.range(new Date(start), new Date(stop)))).toEqual(ms(real.range(new Date(start), new Date(stop))));
        const realEvery = real.every(step);
        const slimEvery = slim.every(step);
        expect(ms(slimEvery?.range(new Date(start), new Date(stop)) ?? [])).toEqual(
          ms(realEvery?.range(new Date(start), new Date(stop)) ?? []),
        );
      }),
      { numRuns: 300 },
    );
  });

  it('filters as d3-time does', () => {
    const odd = (date: Date) => date.getUTCDate() % 2 === 1;
    fc.assert(
      fc.property(instant, nearby, (start, length) => {
        const stop = start + Math.abs(length);
        expect(ms(slimTime.utcDay.filter(odd).range(new Date(start), new Date(stop)))).toEqual(
          ms(d3Time.utcDay.filter(odd).range(new Date(start), new Date(stop))),
        );
      }),
      { numRuns: 200 },
    );
  });
});
