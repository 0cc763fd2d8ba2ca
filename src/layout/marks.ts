/**
 * What each event looks like on the axis. The rule: an interval, or a date of month or year
 * precision, covers its range (a span); only a day-precision point is a point marker. A
 * window (one unknown day between two dates, or on or before, on or after one) is a span
 * with a faint band over the window and no solid part: like a month, it says where the
 * event falls, not that it lasted.
 *
 * The work is split in two so that a zoom frame stays cheap: `markTimes` (in milliseconds)
 * depends only on the event and can be computed once per dataset; `projectMark` turns it
 * into pixels with one scale call per coordinate and is what runs per frame, for the
 * visible events only.
 * Embed stand-in: d3-time becomes src/embed/slim/d3-time.ts in the embed build (src/embed/vite-plugin.ts).
 */
import { utcDay, utcMonth, utcYear } from 'd3-time';
import type { DatePoint, ParsedDate, Precision } from '../model/edtf';
import type { CountableTimeInterval, TimeScale } from './timeScale';
import type { LayoutEvent, TimeSpan } from './types';

export type MarkKind = 'point' | 'span';

/** A mark in milliseconds, independent of zoom. */
export interface MarkTimes {
  readonly id: string;
  readonly kind: MarkKind;
  /** Where the marker sits (a point: middle of its day) or where the span starts. */
  readonly atMs: number;
  /** Equal to atMs for a point; the exclusive end of the covered range for a span. */
  readonly endMs: number;
  /**
   * The whole covered range when some endpoint is only known to the month or year, or the
   * date is a window, drawn faint because its width reflects imprecision, not duration.
   * Null when every endpoint is a day and the date is no window.
   */
  readonly precisionBand: TimeSpan | null;
  /**
   * The part of a span that the event certainly covers, whatever day in its coarse
   * endpoints it really started or ended (drawn solid). Null for points, for spans
   * whose imprecise endpoints leave no certain part, e.g. "2021-09", and for windows, which
   * happened once, on a day of the band.
   */
  readonly certainSpan: TimeSpan | null;
  readonly approximate: boolean;
  readonly uncertain: boolean;
  readonly planned: boolean;
}

export interface PixelRange {
  readonly x: number;
  readonly x2: number;
}

/** A mark in pixels for one scale: pure numbers for an SVG component. */
export interface Mark {
  readonly id: string;
  readonly kind: MarkKind;
  /** Centre of a point marker, or start of a span. */
  readonly x: number;
  /** End of a span; equal to x for a point. */
  readonly x2: number;
  readonly precisionBand: PixelRange | null;
  readonly certainSpan: PixelRange | null;
  readonly approximate: boolean;
  readonly uncertain: boolean;
  readonly planned: boolean;
}

const UNIT_OF_PRECISION: Record<Precision, CountableTimeInterval> = {
  year: utcYear,
  month: utcMonth,
  day: utcDay,
};

export function isPointMark(date: ParsedDate): boolean {
  return date.kind === 'point' && date.start.precision === 'day';
}

function isCoarse(point: DatePoint): boolean {
  return point.precision !== 'day';
}

/** A coarse start may fall on any day of its unit, so certainty begins only after that unit. */
function certainRange(date: ParsedDate): TimeSpan | null {
  const certainStart = isCoarse(date.start)
    ? UNIT_OF_PRECISION[date.start.precision].offset(new Date(date.startMs), 1).getTime()
    : date.startMs;
  const certainEnd = isCoarse(date.end) ? UNIT_OF_PRECISION[date.end.precision].offset(new Date(date.endMs), -1).getTime() : date.endMs;
  return certainStart < certainEnd ? { startMs: certainStart, endMs: certainEnd } : null;
}

export function markTimes(event: LayoutEvent): MarkTimes {
  const date = event.parsedDate;
  const flags = {
    approximate: date.start.approximate || date.end.approximate,
    uncertain: date.start.uncertain || date.end.uncertain,
    planned: event.status === 'planned',
  };
  if (isPointMark(date)) {
    const atMs = (date.startMs + date.endMs) / 2;
    return { id: event.id, kind: 'point', atMs, endMs: atMs, precisionBand: null, certainSpan: null, ...flags };
  }
  if (date.kind === 'window') {
    const band = { startMs: date.startMs, endMs: date.endMs };
    return { id: event.id, kind: 'span', atMs: date.startMs, endMs: date.endMs, precisionBand: band, certainSpan: null, ...flags };
  }
  const imprecise = isCoarse(date.start) || isCoarse(date.end);
  return {
    id: event.id,
    kind: 'span',
    atMs: date.startMs,
    endMs: date.endMs,
    precisionBand: imprecise ? { startMs: date.startMs, endMs: date.endMs } : null,
    certainSpan: certainRange(date),
    ...flags,
  };
}

function projectRange(range: TimeSpan | null, scale: TimeScale): PixelRange | null {
  return range === null ? null : { x: scale(range.startMs), x2: scale(range.endMs) };
}

export function projectMark(times: MarkTimes, scale: TimeScale): Mark {
  return {
    id: times.id,
    kind: times.kind,
    x: scale(times.atMs),
    x2: scale(times.endMs),
    precisionBand: projectRange(times.precisionBand, scale),
    certainSpan: projectRange(times.certainSpan, scale),
    approximate: times.approximate,
    uncertain: times.uncertain,
    planned: times.planned,
  };
}

/** Convenience for one-off use; per frame, reuse `markTimes` and call `projectMark`. */
export function computeMark(event: LayoutEvent, scale: TimeScale): Mark {
  return projectMark(markTimes(event), scale);
}
