/**
 * The time axis: which span of time the timeline shows, the D3 scale that maps it to
 * pixels, and the zoom limits that keep the user inside it. No DOM: d3-zoom only needs the
 * numbers returned here, and `rescale` reproduces `ZoomTransform.rescaleX` without it.
 * Embed stand-in: the embed build swaps d3-scale for src/embed/slim/d3-scale.ts, whose
 * `scaleUtc` returns exactly the `TimeScale` below, and d3-time for src/embed/slim/d3-time.ts,
 * whose intervals are the `CountableTimeInterval` below (see src/embed/vite-plugin.ts).
 */
import { scaleUtc } from 'd3-scale';
import type { TimeSpan } from './types';

export const HOUR_MS = 3_600_000;
export const DAY_MS = 24 * HOUR_MS;

/** [startMs, endMs] in UTC milliseconds. */
export type TimeDomain = readonly [startMs: number, endMs: number];

/**
 * The time scale the layout works with: the part of d3-scale's `scaleUtc` that the embed's
 * slim stand-in (src/embed/slim/d3-scale.ts) implements, and that stand-in's return type.
 * A call beyond it (ticks, nice, clamp…) fails the type check here rather than the embed.
 */
export interface TimeScale {
  /** Pixels for a time (a Date or UTC milliseconds). */
  (value: Date | number): number;
  domain(): Date[];
  domain(domain: Iterable<Date | number>): TimeScale;
  range(): number[];
  range(range: Iterable<number>): TimeScale;
  /** The time at a pixel. */
  invert(value: number): Date;
  copy(): TimeScale;
}

/**
 * A calendar interval (a UTC year, month, week, day, hour or minute, or every n of them) as
 * the layout steps through it: the part of d3-time's intervals that the embed's slim d3-time
 * (src/embed/slim/d3-time.ts) implements. d3-time's intervals are of this type too. (ticks.ts
 * and marks.ts still name d3-time's own interval types; naming these instead would let the
 * compiler catch a method the embed lacks there too.)
 */
export interface TimeInterval {
  floor(date: Date | number): Date;
  ceil(date: Date | number): Date;
  offset(date: Date | number, step?: number): Date;
  range(start: Date | number, stop: Date | number, step?: number): Date[];
  filter(test: (date: Date) => boolean): TimeInterval;
}

/** An interval that can also count its steps and be taken every n steps. */
export interface CountableTimeInterval extends TimeInterval {
  every(step: number): TimeInterval | null;
  count(start: Date | number, end: Date | number): number;
}

/** The part of a d3-zoom transform that matters on a horizontal-only time axis. */
export interface ZoomTransformLike {
  readonly k: number;
  readonly x: number;
}

export interface DataExtentOptions {
  /** Share of the data span added on each side, so that edge marks and labels are not clipped. */
  readonly marginRatio?: number;
  /** Smallest margin on each side, so that a single-day dataset still has room around it. */
  readonly minMarginMs?: number;
}

/**
 * The domain that shows every item with a margin on each side, or null when there is
 * nothing to show (the caller decides what an empty timeline displays).
 */
export function dataExtent(items: Iterable<TimeSpan>, options: DataExtentOptions = {}): TimeDomain | null {
  const { marginRatio = 0.05, minMarginMs = DAY_MS } = options;
  let min = Infinity;
  let max = -Infinity;
  for (const { startMs, endMs } of items) {
    if (startMs < min) min = startMs;
    if (endMs > max) max = endMs;
  }
  if (!Number.isFinite(min) || !Number.isFinite(max)) return null;
  const margin = Math.max((max - min) * marginRatio, minMarginMs);
  return [min - margin, max + margin];
}

/** The base scale: at zoom k=1 the whole domain spans [0, width]. */
export function createTimeScale(domain: TimeDomain, width: number): TimeScale {
  return scaleUtc<number>()
    .domain([new Date(domain[0]), new Date(domain[1])])
    .range([0, width]);
}

export interface ZoomLimits {
  /** For `zoom().scaleExtent`: k=1 shows the full domain, the maximum shows `minVisibleMs`. */
  readonly scaleExtent: [number, number];
  /** For `zoom().translateExtent`, in base-scale pixels: panning stops at the domain edges. */
  readonly translateExtent: [[number, number], [number, number]];
}

export interface ZoomLimitOptions {
  /** The shortest span the width may show; a few hours is enough to separate same-day events. */
  readonly minVisibleMs?: number;
}

/**
 * Limits for d3-zoom. They hold only if the zoom behaviour's `extent` is the same
 * [[0, 0], [width, height]] viewport as the base scale's range.
 */
export function zoomLimits(domain: TimeDomain, width: number, options: ZoomLimitOptions = {}): ZoomLimits {
  const { minVisibleMs = 6 * HOUR_MS } = options;
  const span = domain[1] - domain[0];
  const maxK = Math.max(1, span / minVisibleMs);
  return {
    scaleExtent: [1, maxK],
    // Vertical panning is not the zoom's business; infinite bounds leave y unconstrained.
    translateExtent: [
      [0, -Infinity],
      [width, Infinity],
    ],
  };
}

/** The scale seen through a zoom transform, as `transform.rescaleX(baseScale)` would return. */
export function rescale(baseScale: TimeScale, transform: ZoomTransformLike): TimeScale {
  const [r0 = 0, r1 = 0] = baseScale.range();
  const toBase = (px: number) => baseScale.invert((px - transform.x) / transform.k);
  return baseScale.copy().domain([toBase(r0), toBase(r1)]);
}

/** The time range currently on screen, for a visibility query. */
export function visibleDomain(scale: TimeScale): TimeDomain {
  const [d0, d1] = scale.domain();
  return [d0?.getTime() ?? NaN, d1?.getTime() ?? NaN];
}

/** Pixels per millisecond: the only thing about a scale that depends on the zoom level alone. */
export function pixelsPerMs(scale: TimeScale): number {
  const [d0 = 0, d1 = 0] = visibleDomain(scale);
  const [r0 = 0, r1 = 0] = scale.range();
  return (r1 - r0) / (d1 - d0);
}
