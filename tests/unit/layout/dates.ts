/**
 * Builds ParsedDate values directly, so that layout tests do not depend on the EDTF parser.
 */
import type { DatePoint, ParsedDate } from '../../../src/model/edtf';
import type { LayoutEvent } from '../../../src/layout/types';
import type { EventStatus } from '../../../src/model/schema';

interface Qualifiers {
  approximate?: boolean;
  uncertain?: boolean;
}

export function datePoint(year: number, month?: number, day?: number, qualifiers: Qualifiers = {}): DatePoint {
  const precision = day !== undefined ? 'day' : month !== undefined ? 'month' : 'year';
  return {
    year,
    ...(month !== undefined && { month }),
    ...(day !== undefined && { day }),
    precision,
    approximate: qualifiers.approximate ?? false,
    uncertain: qualifiers.uncertain ?? false,
  };
}

export function unitStartMs(point: DatePoint): number {
  return Date.UTC(point.year, (point.month ?? 1) - 1, point.day ?? 1);
}

export function unitEndMs(point: DatePoint): number {
  if (point.precision === 'day') return Date.UTC(point.year, (point.month ?? 1) - 1, (point.day ?? 1) + 1);
  if (point.precision === 'month') return Date.UTC(point.year, point.month ?? 1, 1);
  return Date.UTC(point.year + 1, 0, 1);
}

export function pointDate(point: DatePoint): ParsedDate {
  return { kind: 'point', start: point, end: point, startMs: unitStartMs(point), endMs: unitEndMs(point) };
}

export function intervalDate(start: DatePoint, end: DatePoint): ParsedDate {
  return { kind: 'interval', start, end, startMs: unitStartMs(start), endMs: unitEndMs(end) };
}

/** Shorthand: `day(2021, 9, 15)`, `month(2021, 9)`, `year(2016)`. */
export const day = (y: number, m: number, d: number, q?: Qualifiers) => pointDate(datePoint(y, m, d, q));
export const month = (y: number, m: number, q?: Qualifiers) => pointDate(datePoint(y, m, undefined, q));
export const year = (y: number, q?: Qualifiers) => pointDate(datePoint(y, undefined, undefined, q));

export function layoutEvent(id: string, parsedDate: ParsedDate, title = id, status: EventStatus = 'occurred'): LayoutEvent {
  return { id, title, status, parsedDate };
}

export const utc = (y: number, m = 1, d = 1, h = 0) => Date.UTC(y, m - 1, d, h);
