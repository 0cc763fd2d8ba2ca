/**
 * EDTF level 1 subset (ISO 8601-2) for event dates. Contract only: implementation pending.
 */
export type Precision = 'year' | 'month' | 'day';

export interface DatePoint {
  year: number;
  /** 1-12, present when precision is month or day */
  month?: number;
  /** 1-31, present when precision is day */
  day?: number;
  precision: Precision;
  /** `~` */
  approximate: boolean;
  /** `?` */
  uncertain: boolean;
}

export interface ParsedDate {
  kind: 'point' | 'interval';
  start: DatePoint;
  /** Same object as start for a point. */
  end: DatePoint;
  /** UTC milliseconds of the first instant covered by start. */
  startMs: number;
  /** UTC milliseconds just after the last instant covered by end (exclusive). */
  endMs: number;
}

export type ParseResult = { ok: true; value: ParsedDate } | { ok: false; reason: string };

export function parseEdtf(text: string): ParseResult {
  void text;
  throw new Error('not implemented');
}
