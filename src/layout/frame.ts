/**
 * The per-frame path, put together: after a (re)pack, index the packed extents once; on
 * each zoom frame, query that index with the visible domain and project only what it
 * returns. A frame thus costs O((visible + 1) · log n), whatever the dataset size.
 *
 * The index is over packed extents, not event dates, so that an event just off-screen
 * whose label reaches into view is still drawn. Extents from a packing at a lower zoom are
 * wider than needed at the current one, which only adds a few off-screen items.
 */
import type { Link } from '../model/relations';
import { linkAnchor, rowCentreY } from './geometry';
import type { Point } from './links';
import { projectMark, type Mark, type MarkTimes } from './marks';
import { DEFAULT_LABEL_GEOMETRY, labelStartPx, type LabelGeometry, type PackableItem, type PackLayout } from './pack';
import { visibleDomain, type TimeScale } from './timeScale';
import type { DatedItem } from './types';
import { createTimeIndex, type TimeIndex } from './visible';

/** A packed item, indexed by the time it occupies in its row. */
export interface PlacedItem extends DatedItem {
  readonly mark: MarkTimes;
  readonly labelWidthPx: number;
  readonly lane: string;
  /** Position of the item's lane in the packing's stack. */
  readonly laneIndex: number;
  readonly row: number;
}

/** What the component draws for one visible event. */
export interface FrameMark extends Mark {
  readonly row: number;
  readonly lane: string;
  readonly labelX: number;
  readonly labelWidthPx: number;
  /** The middle of the mark's row, where its dot sits. */
  readonly y: number;
  /**
   * Free room in its row before the mark (from the end of the previous drawn mark, or the
   * view's left edge), in px: where a label that would run off the view's right edge may
   * move to be read whole (see `markShape`).
   */
  readonly freeBeforePx: number;
}

/**
 * Run after each (re)pack: O(packed · log packed). Every item of `layout` must be found in
 * `items`, given as a list or as a lookup by id (a packing of the stretch around the view
 * packs a few of many items: a lookup the caller already has saves indexing them all).
 */
export function indexPlacedItems(
  items: readonly PackableItem[] | ((id: string) => PackableItem | undefined),
  layout: PackLayout,
): TimeIndex<PlacedItem> {
  const itemOf = typeof items === 'function' ? items : lookup(items);
  const laneIndexOf = new Map(layout.lanes.map((lane, i) => [lane.key, i]));
  const placed = layout.items.map((packed): PlacedItem => {
    const item = itemOf(packed.id);
    if (item === undefined) throw new Error(`layout was not packed from these items: no item "${packed.id}"`);
    return {
      id: item.id,
      parsedDate: { startMs: packed.startMs, endMs: packed.endMs },
      mark: item.mark,
      labelWidthPx: item.labelWidthPx,
      lane: packed.lane,
      laneIndex: laneIndexOf.get(packed.lane) ?? 0,
      row: packed.row,
    };
  });
  return createTimeIndex(placed);
}

function lookup(items: readonly PackableItem[]): (id: string) => PackableItem | undefined {
  const byId = new Map(items.map((item) => [item.id, item]));
  return (id) => byId.get(id);
}

export interface FrameOptions {
  /** Whether rows are stacked in lanes, each under a label of its own. */
  readonly lanes?: boolean;
  readonly geometry?: LabelGeometry;
}

/** One mark in pixels for the current scale, in its row. */
export function placeMark(item: PlacedItem, scale: TimeScale, options: FrameOptions = {}): FrameMark {
  const { lanes = false, geometry = DEFAULT_LABEL_GEOMETRY } = options;
  const mark = projectMark(item.mark, scale);
  return {
    ...mark,
    row: item.row,
    lane: item.lane,
    labelX: labelStartPx(mark, geometry),
    labelWidthPx: item.labelWidthPx,
    y: rowCentreY(item.laneIndex, item.row, lanes),
    freeBeforePx: Number.POSITIVE_INFINITY,
  };
}

/** Run on each zoom frame with the current scale: O((visible + 1) · log n). */
export function frameMarks(index: TimeIndex<PlacedItem>, scale: TimeScale, options: FrameOptions = {}): FrameMark[] {
  const [t0, t1] = visibleDomain(scale);
  const marks = index.query(t0, t1).map((item) => placeMark(item, scale, options));
  return withRoomBefore(marks, Math.min(...scale.range()), options.geometry ?? DEFAULT_LABEL_GEOMETRY);
}

/**
 * Each mark's free room before it in its row: the gap after the previous mark's label and
 * padding, or after the view's left edge. The index returns marks in start order, so one
 * pass with the last end seen per row does it.
 */
function withRoomBefore(marks: FrameMark[], viewLeft: number, geometry: LabelGeometry): FrameMark[] {
  const lastEnd = new Map<string, number>();
  return marks.map((mark) => {
    const row = `${mark.lane}\u0000${mark.row}`;
    const before = lastEnd.get(row) ?? viewLeft;
    const start = mark.kind === 'point' ? mark.x - geometry.pointRadiusPx : mark.x;
    lastEnd.set(row, Math.max(before, mark.x2, mark.labelX + mark.labelWidthPx) + geometry.paddingPx);
    return { ...mark, freeBeforePx: Math.max(0, start - before) };
  });
}

/**
 * How much a link stands out: at rest it recedes to a hint that links exist; the links of
 * an active event (selected, focused or hovered) are drawn fully.
 */
export type LinkEmphasis = 'rest' | 'strong';

/** A link as drawn: its ends in pixels, and how much it stands out. */
export interface FrameLink extends Link {
  readonly fromPoint: Point;
  readonly toPoint: Point;
  readonly emphasis: LinkEmphasis;
}

/**
 * The links to draw in a frame, among `links` (those touching a mark in view): a link is
 * drawn when both its ends have a place (`placeOf` gives undefined for an end that is not
 * packed). A link with an end among the `active` events (the selected one, the one with
 * keyboard focus, the one under the pointer) is strong; every other link rests, so that
 * the picture at rest is not a web of arcs over the titles.
 */
export function frameLinks(
  links: readonly Link[],
  placeOf: (id: string) => FrameMark | undefined,
  active: ReadonlySet<string>,
): FrameLink[] {
  return links.flatMap((link) => {
    const from = placeOf(link.from);
    const to = placeOf(link.to);
    if (!from || !to) return [];
    const emphasis: LinkEmphasis = active.has(link.from) || active.has(link.to) ? 'strong' : 'rest';
    return [{ ...link, fromPoint: linkAnchor(from, from.y), toPoint: linkAnchor(to, to.y), emphasis }];
  });
}
