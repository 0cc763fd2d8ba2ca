/**
 * Stands in for d3-scale in the embed build only (see src/embed/vite-plugin.ts): the
 * `scaleUtc` subset that src/layout uses (call, domain, range, invert, copy: the layout's
 * `TimeScale`, which this function's return type makes the contract), with
 * d3-scale's own arithmetic, so the embed positions every mark exactly where the app does.
 * d3-scale's time scale pulls in d3-interpolate, d3-color and d3-time-format (~9 KB gzip)
 * for interpolators and tick formats this project never uses; the embed's budget is 50 KB.
 * Anything beyond the subset (ticks, nice, tickFormat, clamp…) is deliberately absent: the
 * layout's `TimeScale` leaves it out, so a call to it fails the type check (and the embed's
 * browser tests) instead of silently differing from d3.
 * tests/unit/embed/slim.test.ts checks this against d3-scale itself.
 */
import type { TimeScale } from '../../layout/timeScale.ts';

type Map1 = (x: number) => number;

// d3-scale's normalize, bimap and interpolateNumber, for a two-point domain and range.
function normalize(a: number, b: number): Map1 {
  const span = b - a;
  if (span) return (x) => (x - a) / span;
  const middle = Number.isNaN(span) ? NaN : 0.5;
  return () => middle;
}

function interpolateNumber(a: number, b: number): Map1 {
  return (t) => a * (1 - t) + b * t;
}

function bimap(domain: readonly number[], range: readonly number[]): Map1 {
  const [d0 = 0, d1 = 0] = domain;
  const [r0 = 0, r1 = 0] = range;
  const t = d1 < d0 ? normalize(d1, d0) : normalize(d0, d1);
  const r = d1 < d0 ? interpolateNumber(r1, r0) : interpolateNumber(r0, r1);
  return (x) => r(t(x));
}

const asTime = (t: Date | number) => (t instanceof Date ? +t : Math.round(t));

export function scaleUtc(): TimeScale {
  let domain: number[] = [Date.UTC(2000, 0, 1), Date.UTC(2000, 0, 2)];
  let range: number[] = [0, 1];
  let output: Map1 | null = null;
  let input: Map1 | null = null;

  // d3 answers undefined for a missing or NaN input, which TimeScale (as d3's own types) leaves out.
  const scale = ((x: Date | number | null | undefined) => {
    if (x == null) return undefined;
    const value = +x;
    if (Number.isNaN(value)) return undefined;
    output ??= bimap(domain, range);
    return output(value);
  }) as TimeScale;

  const rescale = () => {
    output = input = null;
    return scale;
  };

  function getOrSetDomain(): Date[];
  function getOrSetDomain(values: Iterable<Date | number>): TimeScale;
  function getOrSetDomain(values?: Iterable<Date | number>): Date[] | TimeScale {
    if (values === undefined) return domain.map((t) => new Date(t));
    domain = Array.from(values, asTime).map((t) => +t);
    return rescale();
  }
  function getOrSetRange(): number[];
  function getOrSetRange(values: Iterable<number>): TimeScale;
  function getOrSetRange(values?: Iterable<number>): number[] | TimeScale {
    if (values === undefined) return range.slice();
    range = Array.from(values);
    return rescale();
  }
  // Every member of TimeScale but its call signature: one missing here fails the type check.
  const methods: Omit<TimeScale, never> = {
    domain: getOrSetDomain,
    range: getOrSetRange,
    invert(y: number) {
      input ??= bimap(range.map(Number), domain);
      return new Date(Math.round(input(+y)));
    },
    copy() {
      return scaleUtc().domain(domain).range(range);
    },
  };
  return Object.assign(scale, methods);
}
