/**
 * Row packing: each event gets a row so that no two marks-with-labels in a row overlap,
 * using as few rows as the greedy interval partitioning allows (which is optimal: the row
 * count equals the largest number of extents overlapping at one instant).
 *
 * Why packing happens in time units at a zoom level: an extent is the mark (fixed in time)
 * plus a label and padding (fixed in pixels). Converted to milliseconds at a zoom level k,
 * the pixel parts shrink as k grows, so a packing computed at k stays overlap-free at every
 * k' >= k. The component therefore re-packs only when `quantizeZoom(transform.k)` changes
 * (or on zoom end), passing the scale at that quantized level; a zoom frame in between only
 * re-projects the visible marks with the current scale and reuses the rows.
 *
 * Cost: `preparePackable` measures every label once (O(n)); `packAtZoom` is O(n log n).
 */
import { estimatingMeasure, type MeasureLabel } from './labelWidth';
import { markTimes, type Mark, type MarkTimes } from './marks';
import { MinHeap } from './minHeap';
import { pixelsPerMs, type TimeScale } from './timeScale';
import type { LayoutEvent, TimeSpan } from './types';

/** The pixel sizes that surround a mark in its row; the component must draw with the same. */
export interface LabelGeometry {
  /** Half the width of a point marker. */
  readonly pointRadiusPx: number;
  /** Space between a point marker and its label. */
  readonly labelGapPx: number;
  /** Empty space kept after an item before the next one in its row. */
  readonly paddingPx: number;
  /** Narrowest a span is drawn, so that a short span stays visible when zoomed out. */
  readonly minSpanWidthPx: number;
}

export const DEFAULT_LABEL_GEOMETRY: LabelGeometry = {
  pointRadiusPx: 5,
  labelGapPx: 4,
  paddingPx: 8,
  minSpanWidthPx: 2,
};

/** An event ready to pack: its zoom-independent parts, measured once. */
export interface PackableItem {
  readonly id: string;
  readonly mark: MarkTimes;
  readonly labelWidthPx: number;
  /** Swimlane key; '' when the timeline has no lanes. */
  readonly lane: string;
}

export interface PrepareOptions {
  /** Real text measurement when available; defaults to `estimateLabelWidth` at `fontSizePx`. */
  readonly measureLabel?: MeasureLabel;
  readonly fontSizePx?: number;
  /** Swimlanes, e.g. by first country; each lane is packed on its own and lanes are stacked. */
  readonly groupBy?: (event: LayoutEvent) => string;
}

export function preparePackable(events: readonly LayoutEvent[], options: PrepareOptions = {}): PackableItem[] {
  const measure = options.measureLabel ?? estimatingMeasure(options.fontSizePx ?? 12);
  const groupBy = options.groupBy;
  return events.map((event) => ({
    id: event.id,
    mark: markTimes(event),
    labelWidthPx: measure(event.title),
    lane: groupBy ? groupBy(event) : '',
  }));
}

/**
 * Where the label starts: right of a point marker, or at the start of a span. A label may
 * slide right (e.g. stick to the viewport edge) as long as it stays within the item's extent.
 */
export function labelStartPx(mark: Mark, geometry: LabelGeometry = DEFAULT_LABEL_GEOMETRY): number {
  return mark.kind === 'point' ? mark.x + geometry.pointRadiusPx + geometry.labelGapPx : mark.x;
}

/** The time an item occupies in its row at a zoom level, label and padding included. */
export function extentAtZoom(item: PackableItem, pxPerMs: number, geometry: LabelGeometry): TimeSpan {
  const { mark, labelWidthPx } = item;
  const toMs = (px: number) => px / pxPerMs;
  if (mark.kind === 'point') {
    const trailingPx = geometry.pointRadiusPx + geometry.labelGapPx + labelWidthPx + geometry.paddingPx;
    return { startMs: mark.atMs - toMs(geometry.pointRadiusPx), endMs: mark.atMs + toMs(trailingPx) };
  }
  const drawnEndMs = Math.max(mark.endMs, mark.atMs + toMs(Math.max(geometry.minSpanWidthPx, labelWidthPx)));
  return { startMs: mark.atMs, endMs: drawnEndMs + toMs(geometry.paddingPx) };
}

export interface IntervalPacking {
  /** Row of each extent, in input order. */
  readonly rows: readonly number[];
  readonly rowCount: number;
}

/**
 * Greedy by start: each extent takes the lowest-numbered row already free at its start,
 * or opens a new one. Extents are half-open, so one may start exactly where another ends.
 * Ties in start keep input order, so the result depends only on the input.
 *
 * The heaps hold numbers (extent indexes and row numbers), not records: at 100,000 events
 * a record per push is most of the cost. Input already in start order is not sorted again.
 */
export function packIntervals(extents: readonly TimeSpan[]): IntervalPacking {
  const starts = Float64Array.from(extents, (extent) => extent.startMs);
  const ends = Float64Array.from(extents, (extent) => extent.endMs);
  const order = extents.map((_, i) => i);
  let sorted = true;
  for (let i = 1; i < starts.length && sorted; i++) sorted = (starts[i - 1] as number) <= (starts[i] as number);
  if (!sorted) order.sort((a, b) => (starts[a] as number) - (starts[b] as number) || a - b);

  // Rows in use, by the extent that holds each: the one ending first on top.
  const busy = new MinHeap<number>((a, b) => (ends[a] as number) < (ends[b] as number));
  const free = new MinHeap<number>((a, b) => a < b);
  const rows = new Array<number>(extents.length);
  let rowCount = 0;
  for (const i of order) {
    const start = starts[i] as number;
    while (busy.size > 0 && (ends[busy.peek() as number] as number) <= start) {
      free.push(rows[busy.pop() as number] as number);
    }
    rows[i] = free.pop() ?? rowCount++;
    busy.push(i);
  }
  return { rows, rowCount };
}

export interface Lane {
  readonly key: string;
  readonly firstRow: number;
  readonly rowCount: number;
}

export interface PackedItem {
  readonly id: string;
  readonly lane: string;
  /** Row across all lanes, so that y = row * rowHeight (plus any lane gaps). */
  readonly row: number;
  readonly rowInLane: number;
  /** The extent packed, at the packing zoom level. */
  readonly startMs: number;
  readonly endMs: number;
}

export interface PackLayout {
  readonly rowCount: number;
  /** Lanes in display order, each with at least one row. */
  readonly lanes: readonly Lane[];
  /** In input order. */
  readonly items: readonly PackedItem[];
  readonly byId: ReadonlyMap<string, PackedItem>;
  /** The zoom this packing was made for; it remains valid at any higher pixels per ms. */
  readonly pixelsPerMs: number;
}

export interface PackOptions extends Partial<LabelGeometry> {
  /** Lane display order; defaults to ascending key order. */
  readonly compareLanes?: (a: string, b: string) => number;
}

const ascending = (a: string, b: string) => (a < b ? -1 : a > b ? 1 : 0);

/** An item to pack with its extent at the packing's zoom level. */
export interface Candidate {
  readonly item: PackableItem;
  readonly extent: TimeSpan;
}

/** Rows within one lane for its candidates (in the order given), and how many rows the lane needs. */
export type LanePacker = (members: readonly Candidate[], lane: string) => IntervalPacking;

/**
 * Groups the candidates by lane, packs each lane with `packLane`, and stacks the lanes in
 * display order. The layout's items follow the candidates' order.
 */
export function stackLanes(
  candidates: readonly Candidate[],
  pxPerMs: number,
  compareLanes: (a: string, b: string) => number,
  packLane: LanePacker,
): PackLayout {
  const byLane = new Map<string, number[]>();
  candidates.forEach(({ item }, i) => {
    const members = byLane.get(item.lane);
    if (members) members.push(i);
    else byLane.set(item.lane, [i]);
  });
  const packed = new Array<PackedItem>(candidates.length);
  const lanes: Lane[] = [];
  let firstRow = 0;
  for (const key of [...byLane.keys()].sort(compareLanes)) {
    const members = byLane.get(key) ?? [];
    const packing = packLane(
      members.map((i) => candidates[i] as Candidate),
      key,
    );
    members.forEach((index, memberIndex) => {
      const rowInLane = packing.rows[memberIndex] as number;
      const { item, extent } = candidates[index] as Candidate;
      packed[index] = { id: item.id, lane: key, row: firstRow + rowInLane, rowInLane, startMs: extent.startMs, endMs: extent.endMs };
    });
    lanes.push({ key, firstRow, rowCount: packing.rowCount });
    firstRow += packing.rowCount;
  }
  return { rowCount: firstRow, lanes, items: packed, byId: new Map(packed.map((item) => [item.id, item])), pixelsPerMs: pxPerMs };
}

/** Each item with its extent at the zoom level of `scaleAtK`, and the lane order the options ask for. */
export function candidatesAtZoom(items: readonly PackableItem[], scaleAtK: TimeScale, options: PackOptions = {}) {
  const { compareLanes = ascending, ...geometryOverrides } = options;
  const geometry: LabelGeometry = { ...DEFAULT_LABEL_GEOMETRY, ...geometryOverrides };
  const pxPerMs = pixelsPerMs(scaleAtK);
  const candidates: Candidate[] = items.map((item) => ({ item, extent: extentAtZoom(item, pxPerMs, geometry) }));
  return { candidates, pxPerMs, compareLanes };
}

/** Packs each lane separately at the zoom level of `scaleAtK` and stacks the lanes. */
export function packAtZoom(items: readonly PackableItem[], scaleAtK: TimeScale, options: PackOptions = {}): PackLayout {
  const { candidates, pxPerMs, compareLanes } = candidatesAtZoom(items, scaleAtK, options);
  return stackLanes(candidates, pxPerMs, compareLanes, (members) => packIntervals(members.map((member) => member.extent)));
}

/**
 * The zoom level to pack at: k rounded down to a step (two per doubling by default).
 * Rounding down keeps the packing valid for the actual k; re-pack when this value changes.
 */
export function quantizeZoom(k: number, stepsPerDoubling = 2): number {
  if (!(k > 0)) return 1;
  const stepped = 2 ** (Math.floor(Math.log2(k) * stepsPerDoubling) / stepsPerDoubling);
  // Guard against floating-point rounding up past k, which would break the guarantee.
  return Math.min(stepped, k);
}
