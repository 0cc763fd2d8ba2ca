/**
 * The vertical timeline for narrow containers: time runs down the page and every event is a
 * row in document flow (a list the browser wraps), so row heights are only known after
 * render. What the layout can decide before render is what lies between rows: how much
 * space says how much time passed, where a long empty stretch is cut short by a visible
 * break that says what it hides ("4 years"), and which dense stretches of a big story fold
 * into cluster rows the reader can open. Once the rows are drawn and measured, `railScale`
 * maps times to their place along the date rail, for span bars and precision bands.
 *
 * Rules, so that the picture can be trusted:
 * - Space before a row grows with the time since the previous row (`pxPerDay`), up to
 *   `maxGapPx`: proportional for the short gaps a reader compares, capped so that one
 *   quiet month does not push the next event off screen.
 * - A gap is empty time: from the latest end of everything before (a long span keeps the
 *   time it covers from being cut) to the next row's start. Every empty gap longer than
 *   the threshold between two rows becomes exactly one break, and no other does. The
 *   'auto' threshold is max(60 days, 12 × the median time between consecutive starts): it
 *   follows the story's own rhythm, so a story that lies dormant for years before its
 *   busy month gets a break, and one spread evenly gets none.
 * - A story of more than `maxRows` events folds: its events are bucketed by the finest of
 *   day, week, month, year, decade, century, millennium (or everything) whose buckets fit
 *   in `maxRows`, and the fullest buckets of that unit fold first, only as many as needed.
 *   A bucket is a calendar unit, not a stretch between breaks, so the bound holds even
 *   for a story with thousands of breaks; an empty gap inside a fold is not a break.
 * - Everything is O(n) but for sorting starts once for the median and the buckets by
 *   size, so a story of 100,000 events lays out in milliseconds.
 */
import { DAY_MS } from './timeScale';

export interface VerticalInput {
  readonly id: string;
  readonly startMs: number;
  /** >= startMs; a day-precision date ends at the next midnight. */
  readonly endMs: number;
}

export interface VerticalOptions {
  /** Space per day of time between two consecutive rows. */
  readonly pxPerDay?: number;
  /** The most space a gap gets; a longer one says "long" and, over the threshold, becomes a break. */
  readonly maxGapPx?: number;
  /** Empty gaps longer than this become a break; 'auto' follows the story (see `autoBreakAfterMs`). */
  readonly breakAfterMs?: number | 'auto';
  /** At most this many rows (events and clusters, not breaks nor the events of opened clusters). */
  readonly maxRows?: number;
  /** Keys of the clusters the reader opened: their events are rows, beyond `maxRows` if need be. */
  readonly expanded?: ReadonlySet<string>;
}

export const DEFAULT_PX_PER_DAY = 6;
export const DEFAULT_MAX_GAP_PX = 48;
export const DEFAULT_MAX_ROWS = 400;
/** The 'auto' threshold never goes under two months: a shorter silence is the news cycle, not a chapter. */
export const MIN_AUTO_BREAK_MS = 60 * DAY_MS;
/** The 'auto' threshold is this many times the story's median gap. */
export const AUTO_BREAK_MEDIAN_FACTOR = 12;

/** Calendar units clusters are cut along, finest first; 'all' is the whole story. */
export type ClusterUnit = 'day' | 'week' | 'month' | 'year' | 'decade' | 'century' | 'millennium' | 'all';

export type VerticalRow = EventRow | ClusterRow | BreakRow;

export interface EventRow {
  readonly kind: 'event';
  /** Position in the input. */
  readonly index: number;
  readonly id: string;
  readonly spaceBefore: number;
  readonly startMs: number;
  /** The key of the opened cluster this event was shown from, so the reader can close it again. */
  readonly cluster?: string;
}

export interface ClusterRow {
  readonly kind: 'cluster';
  /** Stable while the options stay the same: the unit and the bucket's first day, e.g. 'month:2021-09-01'. */
  readonly key: string;
  readonly unit: ClusterUnit;
  /** Positions in the input, `to` exclusive. */
  readonly from: number;
  readonly to: number;
  readonly count: number;
  /** Starts of the first and last events folded. */
  readonly firstMs: number;
  readonly lastMs: number;
  readonly spaceBefore: number;
}

export interface BreakRow {
  readonly kind: 'break';
  /** toMs - fromMs: the empty time the break stands for. */
  readonly hiddenMs: number;
  /** The latest end of everything before the break. */
  readonly fromMs: number;
  /** The start of the row after the break. */
  readonly toMs: number;
  readonly spaceBefore: number;
  readonly duration: GapDuration;
}

/** A rounded length of time in numbers, so that any language can put it into words. */
export interface GapDuration {
  readonly unit: 'year' | 'month' | 'week' | 'day';
  readonly count: number;
}

/** Mean lengths of the Gregorian calendar: a break label is a rounded number, not a date difference. */
export const YEAR_MS = 365.2425 * DAY_MS;
export const MONTH_MS = YEAR_MS / 12;
export const WEEK_MS = 7 * DAY_MS;

/**
 * `ms` in the unit that reads naturally at its size: days under two weeks, weeks under
 * eight weeks, months under two years (so 20 months is not "2 years"), years beyond. Each
 * unit starts where the one before would round to it, so a longer time never reads shorter,
 * and the words are within half a day or a quarter of the time, whichever is more (0 days
 * is under half a day, for the caller to word as such).
 */
export function gapDuration(ms: number): GapDuration {
  if (!(ms >= 0) || !Number.isFinite(ms)) throw new RangeError(`gapDuration: ${ms} is not a finite length of time`);
  if (ms < 13.5 * DAY_MS) return { unit: 'day', count: Math.round(ms / DAY_MS) };
  if (ms < 7.5 * WEEK_MS) return { unit: 'week', count: Math.round(ms / WEEK_MS) };
  if (ms < 23.5 * MONTH_MS) return { unit: 'month', count: Math.max(2, Math.round(ms / MONTH_MS)) };
  return { unit: 'year', count: Math.round(ms / YEAR_MS) };
}

/**
 * The 'auto' break threshold of a sorted story: max(60 days, 12 × the median time between
 * consecutive starts). A gap a dozen times the story's usual rhythm is a change of chapter,
 * whatever the story's scale. The lower median, so that in a story of a few events the one
 * long gap does not set the rhythm it breaks: 2016, then three days of 2021, has a break.
 */
export function autoBreakAfterMs(events: readonly VerticalInput[]): number {
  if (events.length < 2) return MIN_AUTO_BREAK_MS;
  const gaps = new Float64Array(events.length - 1);
  for (let i = 1; i < events.length; i++) {
    gaps[i - 1] = (events[i] as VerticalInput).startMs - (events[i - 1] as VerticalInput).startMs;
  }
  gaps.sort();
  const median = gaps[(gaps.length - 1) >> 1] as number;
  return Math.max(MIN_AUTO_BREAK_MS, AUTO_BREAK_MEDIAN_FACTOR * median);
}

/** The space that says `gapMs` passed between two rows. */
export function gapSpace(gapMs: number, pxPerDay = DEFAULT_PX_PER_DAY, maxGapPx = DEFAULT_MAX_GAP_PX): number {
  return gapMs > 0 ? Math.min(maxGapPx, (pxPerDay * gapMs) / DAY_MS) : 0;
}

const CLUSTER_UNITS: readonly ClusterUnit[] = ['day', 'week', 'month', 'year', 'decade', 'century', 'millennium', 'all'];

/** 1970-01-01 was a Thursday: shifting by 3 days makes weeks start on Monday, as ISO weeks do. */
const WEEK_SHIFT_DAYS = 3;

/** A number per event naming its bucket in `unit`; non-decreasing along a sorted story. */
function bucketOf(unit: ClusterUnit, startMs: number, year: number, month: number): number {
  switch (unit) {
    case 'day':
      return Math.floor(startMs / DAY_MS);
    case 'week':
      return Math.floor((Math.floor(startMs / DAY_MS) + WEEK_SHIFT_DAYS) / 7);
    case 'month':
      return year * 12 + month;
    case 'year':
      return year;
    case 'decade':
      return Math.floor(year / 10);
    case 'century':
      return Math.floor(year / 100);
    case 'millennium':
      return Math.floor(year / 1000);
    case 'all':
      return 0;
  }
}

function isoDay(ms: number): string {
  const date = new Date(ms);
  const year = date.getUTCFullYear();
  const yyyy = year >= 0 && year <= 9999 ? String(year).padStart(4, '0') : String(year);
  return `${yyyy}-${String(date.getUTCMonth() + 1).padStart(2, '0')}-${String(date.getUTCDate()).padStart(2, '0')}`;
}

/** The key of a bucket: its unit and its first day, readable in a URL or a test. */
function bucketKey(unit: ClusterUnit, bucket: number): string {
  switch (unit) {
    case 'day':
      return `day:${isoDay(bucket * DAY_MS)}`;
    case 'week':
      return `week:${isoDay((bucket * 7 - WEEK_SHIFT_DAYS) * DAY_MS)}`;
    case 'month': {
      const year = Math.floor(bucket / 12);
      return `month:${isoDay(Date.UTC(year, bucket - year * 12, 1))}`;
    }
    case 'year':
      return `year:${bucket}`;
    case 'decade':
      return `decade:${bucket * 10}`;
    case 'century':
      return `century:${bucket * 100}`;
    case 'millennium':
      return `millennium:${bucket * 1000}`;
    case 'all':
      return 'all';
  }
}

interface Fold {
  readonly key: string;
  readonly unit: ClusterUnit;
  readonly from: number;
  readonly to: number;
}

/**
 * The stretches to fold so that at most `maxRows` rows remain: the finest unit whose
 * non-empty buckets number at most `maxRows`, then its fullest buckets first (earlier first
 * among equals), each saving its count less one row, until the story fits.
 */
function chooseFolds(events: readonly VerticalInput[], maxRows: number): Fold[] {
  const n = events.length;
  if (n <= maxRows) return [];
  const years = new Float64Array(n);
  const months = new Float64Array(n);
  for (let i = 0; i < n; i++) {
    const date = new Date((events[i] as VerticalInput).startMs);
    years[i] = date.getUTCFullYear();
    months[i] = date.getUTCMonth();
  }
  const bucketIds = new Float64Array(n);
  let unit: ClusterUnit = 'all';
  for (const candidate of CLUSTER_UNITS) {
    let distinct = 0;
    for (let i = 0; i < n; i++) {
      bucketIds[i] = bucketOf(candidate, (events[i] as VerticalInput).startMs, years[i] as number, months[i] as number);
      if (i === 0 || bucketIds[i] !== bucketIds[i - 1]) distinct++;
    }
    if (distinct <= maxRows) {
      unit = candidate;
      break;
    }
  }
  const buckets: { from: number; to: number; id: number }[] = [];
  for (let i = 0; i < n; i++) {
    if (i === 0 || bucketIds[i] !== bucketIds[i - 1]) buckets.push({ from: i, to: i + 1, id: bucketIds[i] as number });
    else (buckets[buckets.length - 1] as { to: number }).to = i + 1;
  }
  const bySize = buckets.filter((b) => b.to - b.from > 1).sort((a, b) => b.to - b.from - (a.to - a.from) || a.from - b.from);
  const folds: Fold[] = [];
  let rows = n;
  for (const bucket of bySize) {
    if (rows <= maxRows) break;
    folds.push({ key: bucketKey(unit, bucket.id), unit, from: bucket.from, to: bucket.to });
    rows -= bucket.to - bucket.from - 1;
  }
  return folds.sort((a, b) => a.from - b.from);
}

function checkOptions(pxPerDay: number, maxGapPx: number, breakAfterMs: number | 'auto', maxRows: number): void {
  if (!(pxPerDay >= 0) || !Number.isFinite(pxPerDay)) throw new RangeError(`pxPerDay must be finite and >= 0, got ${pxPerDay}`);
  if (!(maxGapPx >= 0) || !Number.isFinite(maxGapPx)) throw new RangeError(`maxGapPx must be finite and >= 0, got ${maxGapPx}`);
  if (breakAfterMs !== 'auto' && !(breakAfterMs >= 0)) throw new RangeError(`breakAfterMs must be >= 0 or 'auto', got ${breakAfterMs}`);
  if (!Number.isInteger(maxRows) || maxRows < 1) throw new RangeError(`maxRows must be a whole number >= 1, got ${maxRows}`);
}

/** Throws unless every event has finite times, ends no earlier than it starts, and none starts before the one before. */
function checkEvents(events: readonly VerticalInput[]): void {
  let previous = -Infinity;
  for (let i = 0; i < events.length; i++) {
    const { startMs, endMs } = events[i] as VerticalInput;
    if (!Number.isFinite(startMs) || !Number.isFinite(endMs) || endMs < startMs) {
      throw new RangeError(`event ${i}: times must be finite with endMs >= startMs, got ${startMs}..${endMs}`);
    }
    if (startMs < previous) throw new RangeError(`events must be sorted by startMs: event ${i} starts before event ${i - 1}`);
    previous = startMs;
  }
}

/**
 * The rows of the vertical timeline, in time order: events, clusters of folded events, and
 * breaks between rows where empty time is cut short. The events must be sorted by start
 * (checked, never re-sorted, so positions stay the caller's).
 */
export function verticalRows(events: readonly VerticalInput[], options: VerticalOptions = {}): VerticalRow[] {
  const pxPerDay = options.pxPerDay ?? DEFAULT_PX_PER_DAY;
  const maxGapPx = options.maxGapPx ?? DEFAULT_MAX_GAP_PX;
  const breakOption = options.breakAfterMs ?? 'auto';
  const maxRows = options.maxRows ?? DEFAULT_MAX_ROWS;
  const expanded = options.expanded ?? new Set<string>();
  checkOptions(pxPerDay, maxGapPx, breakOption, maxRows);
  checkEvents(events);
  const breakAfterMs = breakOption === 'auto' ? autoBreakAfterMs(events) : breakOption;
  const folds = chooseFolds(events, maxRows);

  const rows: VerticalRow[] = [];
  /** The time of the row above: an event's start, a cluster's last start, a break's end. */
  let previousMs = NaN;
  /** The latest end of everything above: empty time starts there. */
  let reachMs = -Infinity;
  const space = (gapMs: number): number => (rows.length === 0 ? 0 : gapSpace(gapMs, pxPerDay, maxGapPx));
  const breakBefore = (startMs: number): void => {
    if (rows.length === 0 || !(startMs - reachMs > breakAfterMs)) return;
    const hiddenMs = startMs - reachMs;
    rows.push({
      kind: 'break',
      hiddenMs,
      fromMs: reachMs,
      toMs: startMs,
      spaceBefore: space(reachMs - previousMs),
      duration: gapDuration(hiddenMs),
    });
    previousMs = startMs;
  };
  const pushEvent = (index: number, cluster?: string): void => {
    const event = events[index] as VerticalInput;
    breakBefore(event.startMs);
    const row = { kind: 'event', index, id: event.id, spaceBefore: space(event.startMs - previousMs), startMs: event.startMs } as const;
    rows.push(cluster === undefined ? row : { ...row, cluster });
    previousMs = event.startMs;
    reachMs = Math.max(reachMs, event.endMs);
  };

  let next = 0;
  for (const fold of folds) {
    for (; next < fold.from; next++) pushEvent(next);
    if (expanded.has(fold.key)) {
      for (; next < fold.to; next++) pushEvent(next, fold.key);
      continue;
    }
    const firstMs = (events[fold.from] as VerticalInput).startMs;
    const lastMs = (events[fold.to - 1] as VerticalInput).startMs;
    breakBefore(firstMs);
    rows.push({
      kind: 'cluster',
      key: fold.key,
      unit: fold.unit,
      from: fold.from,
      to: fold.to,
      count: fold.to - fold.from,
      firstMs,
      lastMs,
      spaceBefore: space(firstMs - previousMs),
    });
    for (; next < fold.to; next++) reachMs = Math.max(reachMs, (events[next] as VerticalInput).endMs);
    previousMs = lastMs;
  }
  for (; next < events.length; next++) pushEvent(next);
  return rows;
}

/** A time whose place along the rail is known, e.g. a row's top once measured; a break gives one on each side. */
export interface RailAnchor {
  readonly timeMs: number;
  readonly y: number;
}

/**
 * Where a time falls along the measured rail: linear between neighbouring anchors, so a
 * time inside a break lands inside the break's own height and never stretches across the
 * rows around it; clamped to the first and last anchors outside them. Anchors sharing a
 * time (events of one day) stand one under the other: that time maps to the first, and
 * the time just after goes on from the last. Should measuring ever give a later time a
 * smaller y, the y is held at the one above, so that the scale stays monotone.
 */
export function railScale(anchors: readonly RailAnchor[]): (timeMs: number) => number {
  for (const { timeMs, y } of anchors) {
    if (!Number.isFinite(timeMs) || !Number.isFinite(y)) throw new RangeError(`railScale: anchor ${timeMs}, ${y} is not finite`);
  }
  if (anchors.length === 0) return () => 0;
  const sorted = [...anchors].sort((a, b) => a.timeMs - b.timeMs || a.y - b.y);
  const times: number[] = [];
  const firstY: number[] = [];
  const lastY: number[] = [];
  let floor = -Infinity;
  for (const { timeMs, y } of sorted) {
    floor = Math.max(floor, y);
    if (times[times.length - 1] === timeMs) lastY[lastY.length - 1] = floor;
    else {
      times.push(timeMs);
      firstY.push(floor);
      lastY.push(floor);
    }
  }
  const last = times.length - 1;
  return (timeMs: number): number => {
    if (!(timeMs > (times[0] as number))) return firstY[0] as number;
    if (timeMs >= (times[last] as number)) return (timeMs === times[last] ? firstY[last] : lastY[last]) as number;
    // The last anchor at or before timeMs: times[lo] <= timeMs < times[lo + 1].
    let lo = 0;
    let hi = last;
    while (hi - lo > 1) {
      const mid = (lo + hi) >> 1;
      if ((times[mid] as number) <= timeMs) lo = mid;
      else hi = mid;
    }
    const t0 = times[lo] as number;
    if (timeMs === t0) return firstY[lo] as number;
    const y0 = lastY[lo] as number;
    const y1 = firstY[lo + 1] as number;
    // Rounding could otherwise overshoot the next anchor by an ulp and break monotonicity.
    return Math.min(y1, y0 + ((y1 - y0) * (timeMs - t0)) / ((times[lo + 1] as number) - t0));
  };
}
