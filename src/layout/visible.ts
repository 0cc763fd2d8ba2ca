/**
 * A time index over items for what a zoom frame needs: the items overlapping the visible
 * range, without scanning all of them, and keyboard navigation in time order.
 *
 * Items are sorted once by start. A query takes the prefix of items starting before the
 * range's end (binary search) and, within it, those ending after the range's start, found
 * by descending a max-of-ends tree that skips every subtree ending too early. That costs
 * O((visible + 1) · log n), unlike a prefix-max scan, which one long event spanning the
 * whole dataset would turn into a full scan.
 */
import type { DatedItem } from './types';

export interface TimeIndex<T extends DatedItem> {
  readonly size: number;
  /** Items overlapping [t0, t1), in time order. */
  query(t0: number, t1: number): T[];
  /** The item at a position in time order. */
  at(position: number): T | undefined;
  positionOf(id: string): number | undefined;
  /** The first position whose item starts at or after `ms` (size when there is none). */
  firstStartingAtOrAfter(ms: number): number;
  /** The first position whose item starts after `ms` (size when there is none). */
  firstStartingAfter(ms: number): number;
  first(): T | undefined;
  last(): T | undefined;
  next(id: string): T | undefined;
  previous(id: string): T | undefined;
}

/** Whether `a` may stand before `b` in time order. */
const comesFirst = (a: DatedItem, b: DatedItem) =>
  a.parsedDate.startMs < b.parsedDate.startMs ||
  (a.parsedDate.startMs === b.parsedDate.startMs && a.parsedDate.endMs <= b.parsedDate.endMs);

/**
 * Time order: by start, then end, then input order, so that it is total and stable. Input
 * already in that order (a filtered subset of sorted items) is taken as it is, after one
 * pass to check it, rather than sorted again.
 */
function sortInTimeOrder<T extends DatedItem>(items: readonly T[]): readonly T[] {
  let sorted = true;
  for (let i = 1; i < items.length && sorted; i++) sorted = comesFirst(items[i - 1] as T, items[i] as T);
  if (sorted) return items;
  const order = items.map((_, i) => i);
  const span = (i: number) => (items[i] as T).parsedDate;
  order.sort((a, b) => span(a).startMs - span(b).startMs || span(a).endMs - span(b).endMs || a - b);
  return order.map((i) => items[i] as T);
}

/** A complete binary tree over leaf values where each node holds its subtree's maximum. */
function buildMaxTree(values: Float64Array): { tree: Float64Array; leaves: number } {
  let leaves = 1;
  while (leaves < values.length) leaves *= 2;
  const tree = new Float64Array(2 * leaves).fill(-Infinity);
  tree.set(values, leaves);
  for (let node = leaves - 1; node >= 1; node--) {
    tree[node] = Math.max(tree[2 * node] as number, tree[2 * node + 1] as number);
  }
  return { tree, leaves };
}

export function createTimeIndex<T extends DatedItem>(items: readonly T[]): TimeIndex<T> {
  const sorted = sortInTimeOrder(items);
  const starts = Float64Array.from(sorted, (item) => item.parsedDate.startMs);
  const { tree, leaves } = buildMaxTree(Float64Array.from(sorted, (item) => item.parsedDate.endMs));
  // By id, for keyboard steps only: built on the first step, not on every filter change.
  let positionsById: Map<string, number> | undefined;
  const positions = (): ReadonlyMap<string, number> => {
    if (positionsById === undefined) {
      const byId = new Map<string, number>();
      sorted.forEach((item, position) => byId.set(item.id, position));
      positionsById = byId;
    }
    return positionsById;
  };

  /** The first position whose start does not satisfy `before`; starts are sorted. */
  const bisect = (before: (start: number) => boolean): number => {
    let lo = 0;
    let hi = starts.length;
    while (lo < hi) {
      const mid = (lo + hi) >>> 1;
      if (before(starts[mid] as number)) lo = mid + 1;
      else hi = mid;
    }
    return lo;
  };
  const firstStartingAtOrAfter = (ms: number) => bisect((start) => start < ms);
  const firstStartingAfter = (ms: number) => bisect((start) => start <= ms);

  const query = (t0: number, t1: number): T[] => {
    const found: T[] = [];
    const startsBefore = firstStartingAtOrAfter(t1);
    if (startsBefore === 0 || !(t1 > t0)) return found;
    // Depth-first, left child first, so results come out in time order.
    const visit = (node: number, from: number, width: number): void => {
      if (from >= startsBefore || (tree[node] as number) <= t0) return;
      if (width === 1) {
        found.push(sorted[from] as T);
        return;
      }
      const half = width / 2;
      visit(2 * node, from, half);
      visit(2 * node + 1, from + half, half);
    };
    visit(1, 0, leaves);
    return found;
  };

  const at = (position: number): T | undefined => sorted[position];
  const step = (id: string, by: number): T | undefined => {
    const position = positions().get(id);
    return position === undefined ? undefined : sorted[position + by];
  };

  return {
    size: sorted.length,
    query,
    at,
    positionOf: (id) => positions().get(id),
    firstStartingAtOrAfter,
    firstStartingAfter,
    first: () => sorted[0],
    last: () => sorted[sorted.length - 1],
    next: (id) => step(id, 1),
    previous: (id) => step(id, -1),
  };
}

export type NearestDirection = 'forward' | 'backward' | 'either';

/**
 * The item whose start is nearest `ms`: forward takes the first starting at or after it,
 * backward the last starting at or before it, either the closer of the two (forward on a tie).
 */
export function nearest<T extends DatedItem>(index: TimeIndex<T>, ms: number, direction: NearestDirection = 'either'): T | undefined {
  const forward = index.at(index.firstStartingAtOrAfter(ms));
  const backward = index.at(index.firstStartingAfter(ms) - 1);
  if (direction === 'forward') return forward;
  if (direction === 'backward') return backward;
  if (forward === undefined || backward === undefined) return forward ?? backward;
  return ms - backward.parsedDate.startMs < forward.parsedDate.startMs - ms ? backward : forward;
}
