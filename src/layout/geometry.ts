/**
 * The timeline's picture in numbers, for the screen (components/Timeline.svelte and the
 * marks it draws) and for print (interop/svg-export.ts) alike: how tall a row and the axis
 * are, how lanes stack, in what order lanes come, and where a link meets a mark. Change a
 * number here and both pictures change together.
 */
import type { Mark } from './marks';
import type { Point } from './links';

/** One row of marks: a label's line with room for the selected dot's ring. */
export const ROW_HEIGHT = 30;
/** The axis band above the rows: tick labels and ticks. */
export const AXIS_HEIGHT = 36;
/** Space between two lanes, above the next lane's label. */
export const LANE_GAP = 10;
/** A lane's label line, above its first row. */
export const LANE_LABEL_HEIGHT = 20;

/** How far below the axis lane `laneIndex` starts, counting the labels and gaps of the lanes above. */
export function laneOffset(laneIndex: number, lanes: boolean): number {
  return lanes ? laneIndex * LANE_GAP + (laneIndex + 1) * LANE_LABEL_HEIGHT : 0;
}

/** The y of the middle of `row` in lane `laneIndex`, where a mark's dot sits. */
export function rowCentreY(laneIndex: number, row: number, lanes: boolean): number {
  return AXIS_HEIGHT + laneOffset(laneIndex, lanes) + row * ROW_HEIGHT + ROW_HEIGHT / 2;
}

/** The top of a lane's label line, for a lane whose first row is `firstRow`. */
export function laneTopY(laneIndex: number, firstRow: number, lanes: boolean): number {
  return AXIS_HEIGHT + laneOffset(laneIndex, lanes) + firstRow * ROW_HEIGHT - LANE_LABEL_HEIGHT;
}

/** The height of the axis and every lane's rows (at least one row, so an empty view keeps its shape). */
export function rowsHeight(laneCount: number, rowCount: number, lanes: boolean): number {
  return AXIS_HEIGHT + laneOffset(laneCount, lanes) + Math.max(rowCount, 1) * ROW_HEIGHT;
}

/**
 * Lanes in the order of `countries` (most frequent first); a lane the list does not name
 * (events without a country) comes after them, and ties go by code unit.
 */
export function laneComparator(countries: readonly string[]): (a: string, b: string) => number {
  const order = new Map(countries.map((code, i) => [code, i]));
  const rank = (key: string) => order.get(key) ?? countries.length;
  return (a, b) => rank(a) - rank(b) || (a < b ? -1 : a > b ? 1 : 0);
}

/**
 * Where a link meets a mark: a point's dot, or just inside the start of a span, where its
 * label begins (a span that starts before the view's left edge, `viewLeft`, is met there).
 */
export function linkAnchor(mark: Mark, y: number, viewLeft = 0): Point {
  return { x: mark.kind === 'point' ? mark.x : Math.max(mark.x, viewLeft) + 4, y };
}

/** A lane as drawn: its band (label line and rows) and whether it takes the alternate fill. */
export interface LaneBand {
  readonly key: string;
  readonly top: number;
  readonly height: number;
  readonly odd: boolean;
}

/** The bands of stacked lanes, each from its label line down to its last row. */
export function laneBands(lanes: readonly { key: string; firstRow: number; rowCount: number }[]): LaneBand[] {
  return lanes.map((lane, i) => ({
    key: lane.key,
    top: laneTopY(i, lane.firstRow, true),
    height: LANE_LABEL_HEIGHT + lane.rowCount * ROW_HEIGHT,
    odd: i % 2 === 1,
  }));
}
