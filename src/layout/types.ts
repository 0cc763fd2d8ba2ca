/**
 * The smallest shapes the layout needs from the dataset. They are structural so that the
 * layout never depends on how events were loaded, only on their parsed dates.
 */
import type { ParsedDate } from '../model/edtf';
import type { EventStatus } from '../model/schema';

/** A half-open time range [startMs, endMs) in UTC milliseconds; a ParsedDate is one. */
export interface TimeSpan {
  readonly startMs: number;
  readonly endMs: number;
}

/** An event as the layout sees it: an id, its parsed date, and what a mark needs to look right. */
export interface LayoutEvent {
  readonly id: string;
  readonly title: string;
  readonly status: EventStatus;
  readonly parsedDate: ParsedDate;
}

/** Anything with an id and a time range, enough to index it in time order. */
export interface DatedItem {
  readonly id: string;
  readonly parsedDate: TimeSpan;
}
