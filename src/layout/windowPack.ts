/**
 * Packing the stretch around the view, for timelines too big to pack whole at every zoom
 * step: 100,000 events take a 2-core machine a third of a second to pack, and most of the
 * rows would hold nothing near the view, so the drawing would be thousands of rows tall.
 *
 * Only the extents meeting the window are packed, so the cost follows what is near the
 * view and the rows are as few as the window needs. When the window moves (a pan left it,
 * a zoom step re-packs), the events already packed keep their rows wherever they still fit,
 * which they always do at the same or a higher zoom: marks do not jump as the reader pans,
 * and zooming out moves only the marks that would otherwise overlap.
 * New events take the lowest row where they fit, as the greedy packing of pack.ts would.
 */
import {
  candidatesAtZoom,
  stackLanes,
  type Candidate,
  type IntervalPacking,
  type PackableItem,
  type PackLayout,
  type PackOptions,
} from './pack';
import type { TimeScale } from './timeScale';
import type { TimeSpan } from './types';

/** The extents of one row in start order; they never overlap. */
interface Row {
  readonly starts: number[];
  readonly ends: number[];
}

/** The position of the first extent of `row` starting at or after `ms`. */
function firstStartingAtOrAfter(row: Row, ms: number): number {
  let lo = 0;
  let hi = row.starts.length;
  while (lo < hi) {
    const mid = (lo + hi) >>> 1;
    if ((row.starts[mid] as number) < ms) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}

/**
 * Whether [start, end) fits in the row: only the last extent starting before `end` can
 * overlap it, since the row's extents are disjoint and in order.
 */
function fits(row: Row | undefined, start: number, end: number): boolean {
  if (!row) return true;
  const before = firstStartingAtOrAfter(row, end) - 1;
  return before < 0 || (row.ends[before] as number) <= start;
}

function place(rows: Row[], index: number, start: number, end: number): void {
  let row = rows[index];
  if (!row) {
    for (let i = rows.length; i <= index; i++) rows.push({ starts: [], ends: [] });
    row = rows[index] as Row;
  }
  const at = firstStartingAtOrAfter(row, start);
  row.starts.splice(at, 0, start);
  row.ends.splice(at, 0, end);
}

/** Rows in the lane for each candidate (in start order): kept rows first, then the lowest that fits. */
function packLane(candidates: readonly Candidate[], keptRow: (id: string) => number | undefined): IntervalPacking {
  const rows: Row[] = [];
  const assigned = new Array<number>(candidates.length);
  candidates.forEach(({ item, extent }, i) => {
    const kept = keptRow(item.id);
    if (kept !== undefined && fits(rows[kept], extent.startMs, extent.endMs)) {
      place(rows, kept, extent.startMs, extent.endMs);
      assigned[i] = kept;
    }
  });
  candidates.forEach(({ extent }, i) => {
    if (assigned[i] !== undefined) return;
    let row = 0;
    while (!fits(rows[row], extent.startMs, extent.endMs)) row++;
    place(rows, row, extent.startMs, extent.endMs);
    assigned[i] = row;
  });
  return { rows: assigned, rowCount: rows.length };
}

export interface WindowPackOptions extends PackOptions {
  /** The previous packing: its events keep their rows wherever they still fit. */
  readonly keep?: PackLayout | null;
}

/**
 * Packs, at the zoom level of `scaleAtK`, the items whose extent meets `window`; `items`
 * may hold more (the caller's cheap pre-selection by mark time). Lanes are stacked as in
 * packAtZoom; the layout holds only the items packed, in start order.
 */
export function packWindow(
  items: readonly PackableItem[],
  scaleAtK: TimeScale,
  window: TimeSpan,
  options: WindowPackOptions = {},
): PackLayout {
  const { keep = null, ...packOptions } = options;
  const { candidates: all, pxPerMs, compareLanes } = candidatesAtZoom(items, scaleAtK, packOptions);
  const candidates = all
    .filter(({ extent }) => extent.endMs > window.startMs && extent.startMs < window.endMs)
    .sort((a, b) => a.extent.startMs - b.extent.startMs);
  // Made at this zoom or further out, every kept row still fits (extents only shrink as one
  // zooms in); made further in, the rows that no longer fit are given up.
  return stackLanes(candidates, pxPerMs, compareLanes, (members, lane) =>
    packLane(members, (id) => {
      const previous = keep?.byId.get(id);
      return previous && previous.lane === lane ? previous.rowInLane : undefined;
    }),
  );
}

/** The stretch packed around a view, and the zoom level it was packed at. */
export interface PackingWindow extends TimeSpan {
  readonly k: number;
}

/**
 * The window to pack for a view: the view and one view's width on either side, kept as it
 * is (the same object) while the view stays inside it at the same zoom level, so that a
 * pan re-packs once per view's width of travel rather than at every frame.
 */
export function windowAround(view: readonly [number, number], k: number, previous: PackingWindow | null): PackingWindow {
  const [from, to] = view;
  if (previous && previous.k === k && previous.startMs <= from && to <= previous.endMs) return previous;
  const width = to - from;
  return { startMs: from - width, endMs: to + width, k };
}
