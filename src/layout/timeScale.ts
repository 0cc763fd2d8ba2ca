/**
 * The time axis: which span of time the timeline shows, the D3 scale that maps it to
 * pixels, and the zoom limits that keep the user inside it. No DOM: d3-zoom only needs the
 * numbers returned here, and `rescale` reproduces `ZoomTransform.rescaleX` without it.
 */
import { scaleUtc, type ScaleTime } from 'd3-scale';
import type { TimeSpan } from './types';

export const HOUR_MS = 3_600_000;
export const DAY_MS = 24 * HOUR_MS;

/** [startMs, endMs] in UTC milliseconds. */
export type TimeDomain = readonly [startMs: number, endMs: number];

export type TimeScale = ScaleTime<number, number>;

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
