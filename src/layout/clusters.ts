/**
 * Clusters for a zoomed-out view: when too many events would be drawn one by one, the view
 * is cut into buckets of time a few dozen pixels wide and each bucket shows how many events
 * start in it.
 *
 * Counting uses the sorted starts of a time index: one binary search per bucket boundary,
 * so a frame costs O(buckets · log n), never O(visible). Buckets sit on a fixed grid of
 * time (multiples of their width from the epoch), so a pan slides clusters along rather
 * than re-cutting them, and their width is a power-of-two multiple of a minute, so a zoom
 * changes it only when the pixel width leaves a factor-of-√2 band around the target.
 */
import type { DatedItem } from './types';
import type { TimeIndex } from './visible';

export const MINUTE_MS = 60_000;

/** One bucket with at least one event starting in [fromMs, toMs). */
export interface Cluster {
  readonly fromMs: number;
  readonly toMs: number;
  readonly count: number;
  /** Position in the index of the first event of the bucket (time order). */
  readonly firstPosition: number;
  /** Starts of the first and last events of the bucket. */
  readonly firstMs: number;
  readonly lastMs: number;
}

/** The bucket width for a scale of `msPerPx`: the power-of-two multiple of a minute nearest `targetPx`. */
export function bucketMsFor(msPerPx: number, targetPx = 50): number {
  if (!(msPerPx > 0) || !Number.isFinite(msPerPx)) throw new RangeError('msPerPx must be positive and finite');
  return MINUTE_MS * 2 ** Math.round(Math.log2((targetPx * msPerPx) / MINUTE_MS));
}

/** How many events start in [t0, t1): O(log n). */
export function countStartingIn(index: Pick<TimeIndex<DatedItem>, 'firstStartingAtOrAfter'>, t0: number, t1: number): number {
  return t1 > t0 ? index.firstStartingAtOrAfter(t1) - index.firstStartingAtOrAfter(t0) : 0;
}

/** The most buckets one call will cut; a view is a few thousand pixels at most. */
export const MAX_BUCKETS = 10_000;

/**
 * The non-empty buckets of width `bucketMs` covering [t0, t1), in time order. Every event
 * starting in [t0, t1) is counted in exactly one cluster; the first and last buckets are
 * clipped to the range so that nothing outside it is counted.
 */
export function clusterBuckets<T extends DatedItem>(
  index: Pick<TimeIndex<T>, 'firstStartingAtOrAfter' | 'at'>,
  t0: number,
  t1: number,
  bucketMs: number,
): Cluster[] {
  if (!(bucketMs > 0) || !(t1 > t0) || !Number.isFinite(t0) || !Number.isFinite(t1)) return [];
  const first = Math.floor(t0 / bucketMs);
  const buckets = Math.ceil(t1 / bucketMs) - first;
  if (buckets > MAX_BUCKETS) throw new RangeError(`${buckets} buckets: the bucket is too narrow for the range`);
  const clusters: Cluster[] = [];
  let fromMs = t0;
  let position = index.firstStartingAtOrAfter(fromMs);
  for (let i = 1; i <= buckets; i++) {
    const toMs = Math.min((first + i) * bucketMs, t1);
    if (!(toMs > fromMs)) continue;
    const next = index.firstStartingAtOrAfter(toMs);
    if (next > position) {
      const firstItem = index.at(position) as T;
      const lastItem = index.at(next - 1) as T;
      clusters.push({
        fromMs,
        toMs,
        count: next - position,
        firstPosition: position,
        firstMs: firstItem.parsedDate.startMs,
        lastMs: lastItem.parsedDate.startMs,
      });
    }
    fromMs = toMs;
    position = next;
  }
  return clusters;
}

/** The band the clusters are drawn in, under the axis, and the tallest bar in it. */
export const CLUSTER_BAND_HEIGHT = 48;
export const CLUSTER_BAR_MAX = 26;

/** A cluster as drawn: its stretch of the band in pixels, and its bar's height. */
export interface ClusterBar {
  readonly cluster: Cluster;
  readonly x0: number;
  readonly x1: number;
  readonly barHeight: number;
}

/** Bars in proportion to the fullest cluster in view; the emptiest still shows. */
export function clusterBars(clusters: readonly Cluster[], x: (ms: number) => number): ClusterBar[] {
  const max = clusters.reduce((most, cluster) => Math.max(most, cluster.count), 1);
  return clusters.map((cluster) => ({
    cluster,
    x0: x(cluster.fromMs),
    x1: x(cluster.toMs),
    barHeight: Math.max(3, (CLUSTER_BAR_MAX * cluster.count) / max),
  }));
}
