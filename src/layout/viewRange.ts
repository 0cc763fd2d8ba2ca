/**
 * Conversions between a time range the reader should see and the zoom transform that
 * shows it, for a base scale whose range is [0, width].
 */
import type { TimeScale, ZoomTransformLike } from './timeScale';

export function transformForRange(baseScale: TimeScale, range: readonly [number, number], maxK = Infinity): ZoomTransformLike {
  const [r0 = 0, r1 = 0] = baseScale.range();
  const from = baseScale(range[0]);
  const to = baseScale(range[1]);
  const k = Math.min(maxK, Math.max(1, (r1 - r0) / Math.max(to - from, 1e-9)));
  const centre = (from + to) / 2;
  return { k, x: (r0 + r1) / 2 - centre * k };
}

/** Keeps the zoom level and puts `ms` in the middle of the view. */
export function transformCentredOn(baseScale: TimeScale, transform: ZoomTransformLike, ms: number): ZoomTransformLike {
  const [r0 = 0, r1 = 0] = baseScale.range();
  return { k: transform.k, x: (r0 + r1) / 2 - baseScale(ms) * transform.k };
}

/** Whether `ms` is on screen with at least `marginPx` to spare on either side. */
export function isInView(scale: TimeScale, ms: number, marginPx = 0): boolean {
  const [r0 = 0, r1 = 0] = scale.range();
  const x = scale(ms);
  return x >= r0 + marginPx && x <= r1 - marginPx;
}
