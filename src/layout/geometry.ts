/**
 * The timeline's picture in numbers, for the screen (components/Timeline.svelte and the
 * marks it draws) and for print (interop/svg-export.ts) alike: how tall a row and the axis
 * are, how lanes stack, in what order lanes come, where a link meets a mark, and the shape
 * of a mark. Change a number here and both pictures change together.
 */
import type { Mark } from './marks';
import type { Point } from './links';
import { DEFAULT_LABEL_GEOMETRY } from './pack';

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
 * Lanes in the order of `keys` (countries or tags, most frequent first); a lane the list does
 * not name (events without a country or tag) comes after them, and ties go by code unit.
 */
export function laneComparator(keys: readonly string[]): (a: string, b: string) => number {
  const order = new Map(keys.map((key, i) => [key, i]));
  const rank = (key: string) => order.get(key) ?? keys.length;
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

// ---------------------------------------------------------------------------
// A mark's shape, about its own x and its row's middle (components/EventMark.svelte draws
// it inside a translate to that point; the print adds the mark's x back).

/** A span's bar: its height, and its top above the row's middle (its label goes under it). */
export const BAR_HEIGHT = 7;
export const BAR_TOP = -11;
/** A point's dot. */
export const POINT_RADIUS = DEFAULT_LABEL_GEOMETRY.pointRadiusPx;
/** The dashed ring around the dot of an approximate or uncertain date. */
export const HALO_RADIUS = POINT_RADIUS + 3.5;
/** The space between a span's bar and the dashed outline of an approximate or uncertain date. */
export const OUTLINE_GAP = 2;
/**
 * The open caret over a date the editors inferred rather than read (the proofreader's
 * insertion mark: something supplied, not in the copy). Half its width and its height; it
 * is drawn as a stroke, so it survives print and greyscale and clashes with no dash.
 */
export const CARET_HALF_WIDTH = 3;
export const CARET_HEIGHT = 3.5;

/** The caret's path with its apex at (x, y). */
export function caretPath(x: number, y: number): string {
  return `M${x - CARET_HALF_WIDTH} ${y + CARET_HEIGHT}L${x} ${y}L${x + CARET_HALF_WIDTH} ${y + CARET_HEIGHT}`;
}

/** How far inside the view's left edge the label of a span that starts before it begins. */
export const SPAN_LABEL_INSET = 4;

/** A rectangle of a mark: x from the mark's x, y from its row's middle. */
export interface MarkRect {
  readonly x: number;
  readonly y: number;
  readonly width: number;
  readonly height: number;
  readonly rx: number;
}

export interface MarkShape {
  /** The whole range a date known only to the month or year, or within a window, covers, drawn faint; null when every end is a day. */
  readonly band: MarkRect | null;
  /** A span's solid bar: the part it certainly covers (all of it when every end is a day); null for a point, and for a span with no certain part. */
  readonly bar: MarkRect | null;
  /** A point's dot, on the mark's x and the row's middle; null for a span. */
  readonly dot: { readonly r: number } | null;
  /** The dashed ring around a point whose date is approximate or uncertain, else null. */
  readonly halo: { readonly r: number } | null;
  /**
   * The dashed outline around a span whose date is approximate or uncertain (round its bar,
   * or its band when it has no certain part), else null: the span's counterpart of the
   * halo, so that the mark alone says so without colour or opacity.
   */
  readonly outline: MarkRect | null;
  /** Where the label's text starts (x from the mark's x) and its baseline. */
  readonly label: { readonly x: number; readonly y: number };
  /**
   * After the label on paper: ' ?' for an uncertain date, ' ~' for an approximate one. The
   * screen draws no qualifier (the halo or outline says it, and the mark's accessible name,
   * the list and the detail say it in words); a print has no detail to open, and keeps it.
   */
  readonly qualifier: '' | ' ?' | ' ~';
  /**
   * Where the apex of an inferred date's caret goes (see `caretPath`): over a point's dot,
   * clear of its ring and within its row; before a span's start, level with its bar (over
   * a span the row has no room: its label sits under the bar, the row above over it).
   */
  readonly caret: { readonly x: number; readonly y: number };
}

const POINT_CARET = { x: 0, y: -(HALO_RADIUS + 2 + CARET_HEIGHT) };
const SPAN_CARET = { x: -(OUTLINE_GAP + 1.5 + CARET_HALF_WIDTH), y: BAR_TOP + (BAR_HEIGHT - CARET_HEIGHT) / 2 };

const MIN_WIDTH = DEFAULT_LABEL_GEOMETRY.minSpanWidthPx;
/** Beside a point's dot, where `labelStartPx` puts it. */
const POINT_LABEL_X = DEFAULT_LABEL_GEOMETRY.pointRadiusPx + DEFAULT_LABEL_GEOMETRY.labelGapPx;
const POINT_LABEL_Y = 4.5;
const SPAN_LABEL_Y = 9;

/**
 * Where a span's label starts, in the view's px: at the span's start, or, when the span
 * starts before the view's left edge `viewLeft`, just inside that edge, so that it stays
 * readable. On screen (`labelWidthPx` given) it slides no further than where it ends with
 * its span, so that it leaves the view with the span when panned; on paper (`null`),
 * where nothing pans, it stays at the edge however short the rest of the span.
 */
export function spanLabelX(mark: Mark, labelWidthPx: number | null, viewLeft = 0): number {
  const inView = Math.max(mark.x, viewLeft + SPAN_LABEL_INSET);
  return labelWidthPx === null ? inView : Math.min(inView, Math.max(mark.x, mark.x2 - labelWidthPx));
}

/** The view's right edge, and the room free before a mark in its row (`FrameMark.freeBeforePx`). */
export interface RightEdge {
  readonly viewRight: number;
  readonly freeBeforePx: number;
}

/**
 * A span's label that would run off the view's right edge moves left, under the free room
 * before its span, so that it reads whole; as far as it needs and the row allows.
 */
function clearOfRightEdge(labelX: number, labelWidthPx: number | null, viewLeft: number, edge: RightEdge | undefined): number {
  if (!edge || labelWidthPx === null) return labelX;
  const overflow = labelX + labelWidthPx - edge.viewRight;
  if (overflow <= 0) return labelX;
  return Math.max(labelX - Math.min(overflow, edge.freeBeforePx), Math.min(labelX, viewLeft + SPAN_LABEL_INSET));
}

/**
 * A point's label sits after its dot, or before it when after it would run off the view's
 * right edge and the row has room before the dot for the whole label.
 */
function pointLabelX(mark: Mark, labelWidthPx: number | null, edge: RightEdge | undefined): number {
  if (!edge || labelWidthPx === null || mark.x + POINT_LABEL_X + labelWidthPx <= edge.viewRight) return POINT_LABEL_X;
  const before = -POINT_LABEL_X - labelWidthPx;
  return labelWidthPx + POINT_LABEL_X <= edge.freeBeforePx && mark.x + before >= 0 ? before : POINT_LABEL_X;
}

/**
 * A mark as drawn, about its own x and its row's middle: a coarse date's faint band, a
 * span's bar or a point's dot (ringed, or outlined for a span, when its date is approximate or uncertain), and its
 * label with the date's qualifier. `labelWidthPx` and `viewLeft` place a span's label (see
 * `spanLabelX`).
 */
export function markShape(mark: Mark, labelWidthPx: number | null, viewLeft = 0, rightEdge?: RightEdge): MarkShape {
  const { precisionBand, certainSpan } = mark;
  const fuzzy = mark.approximate || mark.uncertain;
  const band =
    precisionBand === null
      ? null
      : {
          x: precisionBand.x - mark.x,
          y: BAR_TOP - 2,
          width: Math.max(precisionBand.x2 - precisionBand.x, MIN_WIDTH),
          height: BAR_HEIGHT + 4,
          rx: 2,
        };
  const qualifier = mark.uncertain ? ' ?' : mark.approximate ? ' ~' : '';
  if (mark.kind === 'point') {
    return {
      band,
      bar: null,
      dot: { r: POINT_RADIUS },
      halo: fuzzy ? { r: HALO_RADIUS } : null,
      outline: null,
      label: { x: pointLabelX(mark, labelWidthPx, rightEdge), y: POINT_LABEL_Y },
      qualifier,
      caret: POINT_CARET,
    };
  }
  const start = certainSpan?.x ?? mark.x;
  const end = certainSpan?.x2 ?? mark.x2;
  const bar =
    certainSpan !== null || precisionBand === null
      ? { x: start - mark.x, y: BAR_TOP, width: Math.max(end - start, MIN_WIDTH), height: BAR_HEIGHT, rx: BAR_HEIGHT / 2 }
      : null;
  const gap = OUTLINE_GAP;
  const outline = !fuzzy
    ? null
    : bar
      ? { x: bar.x - gap, y: bar.y - gap, width: bar.width + 2 * gap, height: bar.height + 2 * gap, rx: bar.rx + gap }
      : band;
  return {
    band,
    bar,
    dot: null,
    halo: null,
    outline,
    label: { x: clearOfRightEdge(spanLabelX(mark, labelWidthPx, viewLeft), labelWidthPx, viewLeft, rightEdge) - mark.x, y: SPAN_LABEL_Y },
    qualifier,
    caret: SPAN_CARET,
  };
}
