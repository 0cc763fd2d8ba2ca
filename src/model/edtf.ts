/**
 * EDTF subset (ISO 8601-2) for event dates: "2016", "2021-09", "2021-09-15",
 * intervals "2021-10-05/2021-10-06", and the qualifiers ~ (approximate), ? (uncertain)
 * and % (both) on a date or on each end of an interval (level 1); and from level 2, the
 * window, one day (month, year) of a set of consecutive ones: "[2021-09-15..2021-09-26]"
 * (one day between), "[..2021-10-05]" (on or before), "[2021-09-15..]" (on or after).
 * Years are astronomical (0000 is 1 BC, -0001 is 2 BC), as in ISO 8601 and in the
 * proleptic Gregorian calendar of JavaScript dates.
 *
 * What it accepts is what the reference parser (the `edtf` package) accepts of these
 * forms, checked by a property test (tests/unit/model/edtf-reference.test.ts), with three
 * deliberate differences: a window whose end comes before its start is refused here, as an
 * interval is, where the reference takes it; an interval whose end starts where its start
 * does ("2021-10-05/2021-10-05") is taken here, as it always was, where the reference
 * refuses it; and 29 February of a common year is no day here, where the reference rolls it
 * over to 1 March.
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

/**
 * A point happened within its day, month or year; an interval lasted from its start to its
 * end; a window happened once, on one unknown day (month, year) between its ends.
 */
export type DateKind = 'point' | 'interval' | 'window';

export interface ParsedDate {
  kind: DateKind;
  /** For a window open at the start ("[..2021-10-05]"), the same object as end. */
  start: DatePoint;
  /** Same object as start for a point, and for a window open at the end ("[2021-09-15..]"). */
  end: DatePoint;
  /**
   * UTC milliseconds of the first instant covered by start; for a window open at the start,
   * OPEN_WINDOW_REACH before its known end's first instant.
   */
  startMs: number;
  /**
   * UTC milliseconds just after the last instant covered by end (exclusive); for a window
   * open at the end, OPEN_WINDOW_REACH after its known start's last instant.
   */
  endMs: number;
  /** Windows only: "[..END]", on or before END. */
  openStart?: boolean;
  /** Windows only: "[START..]", on or after START. */
  openEnd?: boolean;
}

export type ParseResult = { ok: true; value: ParsedDate } | { ok: false; reason: string };

const EXPECTED_FORM =
  'expected YYYY, YYYY-MM or YYYY-MM-DD (e.g. "2021-09-15"), optionally followed by ~, ? or %, an interval START/END of those, or a window [START..END], [..END] or [START..]';

const WINDOW_FORMS =
  'write [START..END] (one day between, e.g. "[2021-09-15..2021-09-26]"), [..END] (on or before) or [START..] (on or after)';

/** Sign, 4-digit year, optional 2-digit month and day, optional qualifier. */
const DATE_POINT_PATTERN = /^(-?)(\d{4})(?:-(\d{2})(?:-(\d{2}))?)?([~?%]?)$/;

type PointResult = { ok: true; value: DatePoint } | { ok: false; reason: string };

export function isLeapYear(year: number): boolean {
  return (year % 4 === 0 && year % 100 !== 0) || year % 400 === 0;
}

/** `month` is 1-12. */
export function daysInMonth(year: number, month: number): number {
  if (month === 2) return isLeapYear(year) ? 29 : 28;
  return [4, 6, 9, 11].includes(month) ? 30 : 31;
}

const DAY_MS = 86_400_000;

/**
 * Days from 1970-01-01 to a day of the proleptic Gregorian calendar (H. Hinnant's
 * days_from_civil). Plain arithmetic rather than a Date object: a dataset of 100,000
 * events needs 300,000 of these, and `new Date` with setUTCFullYear costs ten times more.
 */
function daysFromCivil(year: number, month: number, day: number): number {
  const y = month <= 2 ? year - 1 : year;
  const era = Math.floor(y / 400);
  const yearOfEra = y - era * 400;
  const monthFromMarch = month > 2 ? month - 3 : month + 9;
  const dayOfYear = Math.floor((153 * monthFromMarch + 2) / 5) + day - 1;
  const dayOfEra = yearOfEra * 365 + Math.floor(yearOfEra / 4) - Math.floor(yearOfEra / 100) + dayOfYear;
  return era * 146_097 + dayOfEra - 719_468;
}

/**
 * UTC midnight at the start of the given day. `monthIndex` and `day` may overflow
 * (month 12, day 32), which is how the exclusive ends are computed: a day past the end
 * of its month is simply the next day.
 */
function utcMidnight(year: number, monthIndex: number, day: number): number {
  const carry = Math.floor(monthIndex / 12);
  return daysFromCivil(year + carry, monthIndex - carry * 12 + 1, day) * DAY_MS;
}

export function pointStartMs(point: DatePoint): number {
  return utcMidnight(point.year, (point.month ?? 1) - 1, point.day ?? 1);
}

/** The instant just after the last day covered by the point. */
export function pointEndMs(point: DatePoint): number {
  switch (point.precision) {
    case 'year':
      return utcMidnight(point.year + 1, 0, 1);
    case 'month':
      return utcMidnight(point.year, point.month ?? 1, 1);
    case 'day':
      return utcMidnight(point.year, (point.month ?? 1) - 1, (point.day ?? 1) + 1);
  }
}

function parsePoint(text: string): PointResult {
  const match = DATE_POINT_PATTERN.exec(text);
  if (!match) return { ok: false, reason: `"${text}" is not a date: ${EXPECTED_FORM}` };
  const [, sign = '', yearDigits = '', monthDigits, dayDigits, qualifier = ''] = match;
  if (sign === '-' && Number(yearDigits) === 0) {
    return { ok: false, reason: `"${text}" is not a year: the year zero is written 0000` };
  }
  const year = Number(sign + yearDigits);
  const flags = { approximate: qualifier === '~' || qualifier === '%', uncertain: qualifier === '?' || qualifier === '%' };
  if (monthDigits === undefined) return { ok: true, value: { year, precision: 'year', ...flags } };

  const month = Number(monthDigits);
  if (month < 1 || month > 12) return { ok: false, reason: `month ${monthDigits} does not exist` };
  if (dayDigits === undefined) return { ok: true, value: { year, month, precision: 'month', ...flags } };

  const day = Number(dayDigits);
  if (day < 1 || day > daysInMonth(year, month)) {
    return { ok: false, reason: `"${sign}${yearDigits}-${monthDigits}-${dayDigits}" is not a day of the calendar` };
  }
  return { ok: true, value: { year, month, day, precision: 'day', ...flags } };
}

function describeMalformedInterval(text: string, parts: string[]): string | undefined {
  if (parts.length > 2) return `"${text}" has more than one "/": an interval is START/END`;
  if (parts.length === 2 && parts.some((part) => part === '' || part === '..')) {
    return `"${text}" is an open or unknown interval, which is not supported: give both ends, e.g. "2021-10-05/2021-10-06", or for an event that happened once, on or before or on or after a date, a window "[..2021-10-05]" or "[2021-10-05..]"`;
  }
  return undefined;
}

/**
 * How far a window's open end reaches past its known end: one unit of the next coarser
 * precision (a day's window a month, a month's a year, a year's a decade). "On or before
 * 5 October" has no first day, but the layout needs finite extents and time order needs a
 * start: the reach is wider than the known end's own unit, so the band never reads as a
 * closed window of that precision, and short enough that one open end does not stretch a
 * story's extent or move its event far in time order (events sort by the band as drawn).
 */
export const OPEN_WINDOW_REACH_MONTHS: Record<Precision, number> = { day: 1, month: 12, year: 120 };

/** The instant `months` calendar months from a UTC midnight, the day kept within its month (31 March - 1 month = 28 February). */
function shiftByMonths(ms: number, months: number): number {
  const date = new Date(ms);
  const monthIndex = date.getUTCMonth() + months;
  const year = date.getUTCFullYear() + Math.floor(monthIndex / 12);
  const month = monthIndex - Math.floor(monthIndex / 12) * 12 + 1;
  return daysFromCivil(year, month, Math.min(date.getUTCDate(), daysInMonth(year, month))) * DAY_MS;
}

function parseWindowEnd(text: string, closed: boolean, whole: string): PointResult {
  const point = parsePoint(text);
  if (!point.ok) return point;
  if (closed && (point.value.approximate || point.value.uncertain)) {
    const bare = formatDatePoint({ ...point.value, approximate: false, uncertain: false });
    return {
      ok: false,
      reason: `"${whole}": the ends of a window [START..END] take no qualifier in EDTF (the window already says the day is unknown); write ${bare} and say in dateNote how sure that end is`,
    };
  }
  if (point.value.precision === 'year' && (point.value.approximate || point.value.uncertain)) {
    const bare = formatDatePoint({ ...point.value, approximate: false, uncertain: false });
    return {
      ok: false,
      reason: `"${whole}": a year in a window takes no qualifier in EDTF (only a month or a day does); write ${bare} and say in dateNote how sure it is`,
    };
  }
  return point;
}

function parseWindow(text: string): ParseResult {
  if (!text.startsWith('[') || !text.endsWith(']') || text.length < 2) {
    return { ok: false, reason: `"${text}" is not a window: its brackets do not match; ${WINDOW_FORMS}` };
  }
  const inside = text.slice(1, -1);
  if (/[[\]]/u.test(inside)) return { ok: false, reason: `"${text}" is not a window: brackets inside brackets; ${WINDOW_FORMS}` };
  if (inside.includes(',')) {
    return { ok: false, reason: `"${text}" is a set of several dates, which is not supported: give one window, ${WINDOW_FORMS}` };
  }
  if (inside === '..' || inside === '') {
    return { ok: false, reason: `"${text}" is a window with neither end: give at least one, ${WINDOW_FORMS}` };
  }
  const parts = inside.split('..');
  if (parts.length === 1) return { ok: false, reason: `"${text}" is one date in brackets: write it without them, "${inside}"` };
  if (parts.length > 2) return { ok: false, reason: `"${text}" has more than one "..": ${WINDOW_FORMS}` };
  const [startText = '', endText = ''] = parts;
  const closed = startText !== '' && endText !== '';
  const start = startText === '' ? undefined : parseWindowEnd(startText, closed, text);
  if (start && !start.ok) return start;
  const end = endText === '' ? undefined : parseWindowEnd(endText, closed, text);
  if (end && !end.ok) return end;

  if (start && end) {
    if (start.value.precision !== end.value.precision) {
      return {
        ok: false,
        reason: `"${text}": the ends of a window are of the same precision in EDTF (both days, both months or both years); e.g. "[2021-09-01..2021-10-05]" or "[2021-09..2021-10]"`,
      };
    }
    if (pointStartMs(end.value) < pointStartMs(start.value)) {
      return { ok: false, reason: `the window ends before it starts: write its earlier end first, "[${endText}..${startText}]"` };
    }
    return {
      ok: true,
      value: {
        kind: 'window',
        start: start.value,
        end: end.value,
        startMs: pointStartMs(start.value),
        endMs: pointEndMs(end.value),
        openStart: false,
        openEnd: false,
      },
    };
  }
  if (end) {
    const known = end.value;
    const startMs = shiftByMonths(pointStartMs(known), -OPEN_WINDOW_REACH_MONTHS[known.precision]);
    return {
      ok: true,
      value: { kind: 'window', start: known, end: known, startMs, endMs: pointEndMs(known), openStart: true, openEnd: false },
    };
  }
  if (start) {
    const known = start.value;
    const endMs = shiftByMonths(pointEndMs(known), OPEN_WINDOW_REACH_MONTHS[known.precision]);
    return {
      ok: true,
      value: { kind: 'window', start: known, end: known, startMs: pointStartMs(known), endMs, openStart: false, openEnd: true },
    };
  }
  return { ok: false, reason: `"${text}" is a window with neither end: give at least one, ${WINDOW_FORMS}` };
}

export function parseEdtf(text: string): ParseResult {
  if (text === '') return { ok: false, reason: `the date is empty: ${EXPECTED_FORM}` };
  if (/\s/u.test(text)) return { ok: false, reason: `"${text}" contains white space: ${EXPECTED_FORM}` };
  if (text.includes('[') || text.includes(']')) {
    if (text.includes('/')) return { ok: false, reason: `"${text}" mixes an interval and a window: give one of them, ${WINDOW_FORMS}` };
    return parseWindow(text);
  }
  const parts = text.split('/');
  const malformedInterval = describeMalformedInterval(text, parts);
  if (malformedInterval !== undefined) return { ok: false, reason: malformedInterval };
  if (text.includes('..')) return { ok: false, reason: `"${text}" is a window without its brackets: ${WINDOW_FORMS}` };

  const points: DatePoint[] = [];
  for (const part of parts) {
    const point = parsePoint(part);
    if (!point.ok) return point;
    points.push(point.value);
  }
  const [start, end = start] = points;
  if (start === undefined || end === undefined) return { ok: false, reason: `"${text}" is not a date: ${EXPECTED_FORM}` };

  // Compared by their first instants, so "2021/2021-03" (the year 2021 up to March) is allowed, and
  // so is an interval whose end starts where its start does ("2021-10-05/2021-10-05", one day),
  // which the reference parser refuses: datasets written before it keep their meaning.
  if (pointStartMs(end) < pointStartMs(start)) return { ok: false, reason: 'the interval ends before it starts' };
  return {
    ok: true,
    value: {
      kind: points.length === 2 ? 'interval' : 'point',
      start,
      end,
      startMs: pointStartMs(start),
      endMs: pointEndMs(end),
    },
  };
}

const pad = (value: number, width: number) => String(value).padStart(width, '0');

function formatQualifier(point: DatePoint): string {
  if (point.approximate && point.uncertain) return '%';
  if (point.approximate) return '~';
  return point.uncertain ? '?' : '';
}

export function formatDatePoint(point: DatePoint): string {
  const year = (point.year < 0 ? '-' : '') + pad(Math.abs(point.year), 4);
  const month = point.precision === 'year' ? '' : `-${pad(point.month ?? 1, 2)}`;
  const day = point.precision === 'day' ? `-${pad(point.day ?? 1, 2)}` : '';
  return year + month + day + formatQualifier(point);
}

/** The canonical EDTF text, which parseEdtf reads back to the same date. */
export function formatEdtf(parsed: ParsedDate): string {
  const start = formatDatePoint(parsed.start);
  if (parsed.kind === 'window') {
    return `[${parsed.openStart ? '' : start}..${parsed.openEnd ? '' : formatDatePoint(parsed.end)}]`;
  }
  return parsed.kind === 'interval' ? `${start}/${formatDatePoint(parsed.end)}` : start;
}

/**
 * Chronological order: earlier start first; at equal starts, the shorter span first. A
 * window open at the start sorts by its band as drawn (OPEN_WINDOW_REACH before its end).
 */
export function compareDates(a: ParsedDate, b: ParsedDate): number {
  return a.startMs - b.startMs || a.endMs - b.endMs;
}
