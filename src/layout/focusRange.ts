/**
 * Where a story opens. Showing the whole extent squeezes a story whose events cluster in
 * a few weeks (with a little background years earlier) into a sliver, so the timeline
 * opens on the shortest stretch that holds most events; "fit all" still shows everything.
 * A story whose every event reads at once (`fitsLegibly`) opens whole.
 */
import { DEFAULT_LABEL_GEOMETRY, extentAtZoom, packIntervals, type LabelGeometry, type PackableItem } from './pack';
import type { TimeDomain } from './timeScale';

/** The shortest window of `times` holding at least `share` of them (times in order are the cheapest to sort). */
export function densestWindow(times: readonly number[], share = 0.8): TimeDomain | null {
  if (times.length === 0) return null;
  const sorted = [...times].sort((a, b) => a - b);
  const size = Math.max(1, Math.ceil(sorted.length * share));
  let best: [number, number] = [sorted[0] as number, sorted[size - 1] as number];
  for (let i = 1; i + size - 1 < sorted.length; i++) {
    const start = sorted[i] as number;
    const end = sorted[i + size - 1] as number;
    if (end - start < best[1] - best[0]) best = [start, end];
  }
  return best;
}

export interface LabelledTime {
  /** Where the label starts, in ms. */
  readonly labelAtMs: number;
  /** Label width plus whatever must stay clear after it, in px. */
  readonly labelPx: number;
}

/** Where each item's label starts, and the room it needs with its marker's lead and the padding after it. */
export function labelledTimes(items: readonly PackableItem[], geometry: LabelGeometry = DEFAULT_LABEL_GEOMETRY): LabelledTime[] {
  const clearancePx = geometry.pointRadiusPx + geometry.labelGapPx + geometry.paddingPx;
  return items.map((item) => ({ labelAtMs: item.mark.atMs, labelPx: item.labelWidthPx + clearancePx }));
}

export interface FitLabelsOptions {
  /** Padding on both sides, as a share of the span. */
  readonly padRatio?: number;
  /** Labels wider than this share of the width are left to be clipped. */
  readonly maxLabelShare?: number;
  /** The range grows by at most this share of its span. */
  readonly maxGrowth?: number;
}

/**
 * Widens `range` on the right so that the labels of the items starting inside it end
 * inside the width, and pads both sides. On a narrow screen a few long labels would
 * otherwise stretch the axis far past the data and squeeze every mark to the left, so
 * wide labels and the growth are capped: a clipped label beats an unreadable picture.
 */
export function fitLabels(range: TimeDomain, items: Iterable<LabelledTime>, width: number, options: FitLabelsOptions = {}): TimeDomain {
  const { padRatio = 0.02, maxLabelShare = 0.6, maxGrowth = 1 } = options;
  const [a, b] = range;
  let end = b;
  for (const { labelAtMs, labelPx } of items) {
    if (labelAtMs < a || labelAtMs > b || labelPx > width * maxLabelShare) continue;
    // The label fits when (t - a) * width / (end - a) + labelPx <= width.
    end = Math.max(end, a + ((labelAtMs - a) * width) / (width - labelPx));
  }
  end = Math.min(end, b + Math.max(b - a, 1) * maxGrowth);
  const pad = Math.max(end - a, 1) * padRatio;
  return [a - pad, end + pad];
}

/** Most rows a story may need at k = 1 and still open whole: beyond, its first screen would be rows of marks. */
export const OPENING_MAX_ROWS = 8;

export interface FitsLegiblyOptions {
  readonly maxRows?: number;
  readonly geometry?: LabelGeometry;
}

/**
 * Whether every event reads when the whole `domain` spans `width` px (k = 1): each label,
 * placed as the timeline places it, starts and ends inside the width (none clipped), and
 * the rows that keep labels apart number at most `maxRows`. A story that fits opens whole;
 * one that does not opens on its densest stretch. Rows each hold at most the width, so a
 * big story is refused from the sum of its extents before any packing.
 */
export function fitsLegibly(
  items: readonly PackableItem[],
  domain: TimeDomain,
  width: number,
  { maxRows = OPENING_MAX_ROWS, geometry = DEFAULT_LABEL_GEOMETRY }: FitsLegiblyOptions = {},
): boolean {
  if (items.length === 0) return true;
  const [d0, d1] = domain;
  if (!(d1 > d0) || !(width > 0) || !(maxRows >= 1)) return false;
  const pxPerMs = width / (d1 - d0);
  const lead = geometry.pointRadiusPx + geometry.labelGapPx;
  const rowRoomPx = width + geometry.pointRadiusPx + geometry.paddingPx;
  let totalPx = 0;
  for (const { mark, labelWidthPx } of items) {
    const x = (mark.atMs - d0) * pxPerMs;
    const labelEnd = (mark.kind === 'point' ? x + lead : x) + labelWidthPx;
    if (!(x >= 0) || !(labelEnd <= width + 0.5)) return false;
    totalPx += labelWidthPx + lead + geometry.paddingPx;
    if (totalPx > maxRows * rowRoomPx) return false;
  }
  return packIntervals(items.map((item) => extentAtZoom(item, pxPerMs, geometry))).rowCount <= maxRows;
}
