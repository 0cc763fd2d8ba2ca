/**
 * Layout time in Node, validation excluded: what the timeline computes once per dataset
 * or filter change, through src/layout's own functions, as Timeline.svelte chains them:
 * `preparePackable` (marks in ms, labels measured), `packAtZoom` at k = 1 (fully zoomed
 * out: the widest extents, the most rows), and `createTimeIndex` over the packed items.
 */
import { createTimeScale, dataExtent, DAY_MS } from '../../src/layout/timeScale.ts';
import { packAtZoom, preparePackable } from '../../src/layout/pack.ts';
import { createTimeIndex } from '../../src/layout/visible.ts';
import type { ParsedEvent } from '../../src/model/validate.ts';

export interface LayoutTiming {
  readonly prepareMs: number;
  readonly packMs: number;
  readonly indexMs: number;
  readonly totalMs: number;
  readonly rows: number;
}

export const LAYOUT_WIDTH_PX = 1200;

export function layoutOnce(events: readonly ParsedEvent[]): LayoutTiming {
  const t0 = performance.now();
  const packable = preparePackable(events);
  const t1 = performance.now();
  const domain = dataExtent(events.map((event) => event.parsedDate)) ?? [0, DAY_MS];
  const packing = packAtZoom(packable, createTimeScale(domain, LAYOUT_WIDTH_PX));
  const t2 = performance.now();
  const index = createTimeIndex(packing.items.map((item) => ({ id: item.id, parsedDate: item })));
  const t3 = performance.now();
  if (index.size !== events.length) throw new Error('index lost events');
  return { prepareMs: t1 - t0, packMs: t2 - t1, indexMs: t3 - t2, totalMs: t3 - t0, rows: packing.rowCount };
}

export function median(values: readonly number[]): number {
  if (values.length === 0) return NaN;
  const sorted = [...values].sort((a, b) => a - b);
  const middle = Math.floor(sorted.length / 2);
  return sorted.length % 2 === 1 ? (sorted[middle] as number) : ((sorted[middle - 1] as number) + (sorted[middle] as number)) / 2;
}

/** The run whose total is the median of `runs` runs, so that its parts add up. */
export function medianLayout(events: readonly ParsedEvent[], runs = 3): LayoutTiming & { runsMs: number[] } {
  const timings = Array.from({ length: runs }, () => layoutOnce(events));
  const sorted = [...timings].sort((a, b) => a.totalMs - b.totalMs);
  const middle = sorted[Math.floor((sorted.length - 1) / 2)] as LayoutTiming;
  return { ...middle, runsMs: timings.map((timing) => timing.totalMs) };
}

/** How time grows with size: t ∝ n^exponent between two sizes. */
export function growthExponent(n1: number, t1: number, n2: number, t2: number): number {
  return Math.log(t2 / t1) / Math.log(n2 / n1);
}
