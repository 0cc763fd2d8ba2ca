/**
 * The per-frame path, put together: after a (re)pack, index the packed extents once; on
 * each zoom frame, query that index with the visible domain and project only what it
 * returns. A frame thus costs O((visible + 1) · log n), whatever the dataset size.
 *
 * The index is over packed extents, not event dates, so that an event just off-screen
 * whose label reaches into view is still drawn. Extents from a packing at a lower zoom are
 * wider than needed at the current one, which only adds a few off-screen items.
 */
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
  readonly row: number;
}

/** What the component draws for one visible event. */
export interface FrameMark extends Mark {
  readonly row: number;
  readonly lane: string;
  readonly labelX: number;
  readonly labelWidthPx: number;
}

/** Run after each (re)pack: O(n log n). `layout` must come from packing these items. */
export function indexPlacedItems(items: readonly PackableItem[], layout: PackLayout): TimeIndex<PlacedItem> {
  const placed = items.map((item, i): PlacedItem => {
    const packed = layout.items[i];
    if (packed === undefined || packed.id !== item.id) throw new Error('layout was not packed from these items');
    return {
      id: item.id,
      parsedDate: { startMs: packed.startMs, endMs: packed.endMs },
      mark: item.mark,
      labelWidthPx: item.labelWidthPx,
      lane: packed.lane,
      row: packed.row,
    };
  });
  return createTimeIndex(placed);
}

/** Run on each zoom frame with the current scale: O((visible + 1) · log n). */
export function frameMarks(
  index: TimeIndex<PlacedItem>,
  scale: TimeScale,
  geometry: LabelGeometry = DEFAULT_LABEL_GEOMETRY,
): FrameMark[] {
  const [t0, t1] = visibleDomain(scale);
  return index.query(t0, t1).map((item) => {
    const mark = projectMark(item.mark, scale);
    return { ...mark, row: item.row, lane: item.lane, labelX: labelStartPx(mark, geometry), labelWidthPx: item.labelWidthPx };
  });
}
