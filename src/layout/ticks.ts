/**
 * Axis ticks that adapt from centuries down to hours: the finest calendar interval whose
 * labels are at least `minLabelSpacingPx` apart is chosen for the major ticks, with a finer
 * interval for the unlabelled minor ticks. Work is proportional to the width, never to the
 * span or the data, so it is safe to recompute every zoom frame.
 * Embed stand-ins: d3-time, date-fns and date-fns/locale become src/embed/slim/d3-time.ts,
 * date-fns.ts and date-fns-locale.ts in the embed build (src/embed/vite-plugin.ts).
 */
import { utcDay, utcHour, utcMinute, utcMonday, utcMonth, utcYear } from 'd3-time';
import { format } from 'date-fns';
import { axisWords, yearInWords, type DateLocale } from '../i18n/dates';
import { DAY_MS, HOUR_MS, visibleDomain, type CountableTimeInterval, type TimeInterval, type TimeScale } from './timeScale';

export type AxisLocale = DateLocale;

export interface MajorTick {
  readonly ms: number;
  readonly x: number;
  readonly label: string;
}

export interface MinorTick {
  readonly ms: number;
  readonly x: number;
}

export interface AxisTicks {
  readonly major: MajorTick[];
  readonly minor: MinorTick[];
}

export interface AxisTickOptions {
  /** Labels this close would crowd; ~90 px fits the longest label ("sept. 2021") at 12 px. */
  readonly minLabelSpacingPx?: number;
  /** Minor ticks closer than this are dropped rather than drawn as a grey smear. */
  readonly minMinorSpacingPx?: number;
}

type LabelUnit = 'hour' | 'day' | 'month' | 'year';

const YEAR_MS = 365 * DAY_MS;

interface TickLevel {
  readonly unit: LabelUnit;
  readonly major: TimeInterval;
  /** The shortest real gap between two major ticks, so that labels never crowd. */
  readonly majorGapMs: number;
  readonly minor: TimeInterval;
  readonly minorGapMs: number;
}

function every(interval: CountableTimeInterval, step: number): TimeInterval {
  const stepped = interval.every(step);
  if (stepped === null) throw new Error(`no interval every ${step}`);
  return stepped;
}

/** Every n days counted from the epoch: unlike `utcDay.every(n)`, no short gap at month ends. */
function everyNthDay(n: number): TimeInterval {
  return utcDay.filter((date) => {
    const dayNumber = Math.round(date.getTime() / DAY_MS);
    return ((dayNumber % n) + n) % n === 0;
  });
}

function daysOfMonth(...days: number[]): TimeInterval {
  return utcDay.filter((date) => days.includes(date.getUTCDate()));
}

const SUB_YEAR_LEVELS: readonly TickLevel[] = [
  { unit: 'hour', major: utcHour, majorGapMs: HOUR_MS, minor: every(utcMinute, 15), minorGapMs: HOUR_MS / 4 },
  { unit: 'hour', major: every(utcHour, 3), majorGapMs: 3 * HOUR_MS, minor: utcHour, minorGapMs: HOUR_MS },
  { unit: 'hour', major: every(utcHour, 6), majorGapMs: 6 * HOUR_MS, minor: utcHour, minorGapMs: HOUR_MS },
  { unit: 'hour', major: every(utcHour, 12), majorGapMs: 12 * HOUR_MS, minor: every(utcHour, 3), minorGapMs: 3 * HOUR_MS },
  { unit: 'day', major: utcDay, majorGapMs: DAY_MS, minor: every(utcHour, 6), minorGapMs: 6 * HOUR_MS },
  { unit: 'day', major: everyNthDay(2), majorGapMs: 2 * DAY_MS, minor: utcDay, minorGapMs: DAY_MS },
  { unit: 'day', major: utcMonday, majorGapMs: 7 * DAY_MS, minor: utcDay, minorGapMs: DAY_MS },
  // 16 February to 1 March is the shortest half-month gap.
  { unit: 'day', major: daysOfMonth(1, 16), majorGapMs: 13 * DAY_MS, minor: utcDay, minorGapMs: DAY_MS },
  { unit: 'month', major: utcMonth, majorGapMs: 28 * DAY_MS, minor: daysOfMonth(1, 8, 15, 22), minorGapMs: 7 * DAY_MS },
  { unit: 'month', major: every(utcMonth, 3), majorGapMs: 90 * DAY_MS, minor: utcMonth, minorGapMs: 28 * DAY_MS },
  { unit: 'month', major: every(utcMonth, 6), majorGapMs: 181 * DAY_MS, minor: utcMonth, minorGapMs: 28 * DAY_MS },
  { unit: 'year', major: utcYear, majorGapMs: YEAR_MS, minor: utcMonth, minorGapMs: 28 * DAY_MS },
];

/** Year steps 1, 2, 5, 10, 20, 50, … without end, so any span gets readable ticks. */
function yearLevel(step: number): TickLevel {
  const leading = step / 10 ** Math.floor(Math.log10(step) + 1e-9);
  const minorStep = step === 2 ? 1 : leading < 1.5 ? step / 10 : leading < 3 ? step / 4 : step / 5;
  return {
    unit: 'year',
    major: every(utcYear, step),
    majorGapMs: step * YEAR_MS,
    minor: every(utcYear, minorStep),
    minorGapMs: minorStep * YEAR_MS,
  };
}

/**
 * Every level, finest first: the sub-year ones, then year steps up to 200,000 years (beyond
 * a million years there is no calendar left to label: Date ends at ±275,760).
 */
const LEVELS: readonly TickLevel[] = [
  ...SUB_YEAR_LEVELS,
  ...[10, 100, 1e3, 1e4, 1e5].flatMap((decade) => [0.2, 0.5, 1].map((mantissa) => yearLevel(decade * mantissa))),
  yearLevel(2e5),
];

/**
 * A thousandth of a pixel to spare over the spacing asked for: a level that fits exactly
 * would, through the scale's rounding, put its labels a hair closer than asked.
 */
const SPACING_MARGIN_PX = 1e-3;

/** The finest level whose labels stand `minLabelSpacingPx` apart, or the coarsest of all. */
function chooseLevel(pxPerMs: number, minLabelSpacingPx: number): number {
  const fitting = LEVELS.findIndex((level) => level.majorGapMs * pxPerMs >= minLabelSpacingPx + SPACING_MARGIN_PX);
  return fitting === -1 ? LEVELS.length - 1 : fitting;
}

/**
 * date-fns formats in the local time zone, but ticks are UTC calendar boundaries: copy the
 * UTC calendar date into a local date at noon, an hour that exists on every local day.
 */
function utcCalendarDateAsLocal(ms: number): Date {
  const utc = new Date(ms);
  const local = new Date(2000, 0, 1, 12);
  local.setFullYear(utc.getUTCFullYear(), utc.getUTCMonth(), utc.getUTCDate());
  return local;
}

function utcClockTime(ms: number): string {
  const utc = new Date(ms);
  const pad = (n: number) => String(n).padStart(2, '0');
  return `${pad(utc.getUTCHours())}:${pad(utc.getUTCMinutes())}`;
}

/** The tick's label, with coarser context (year, or day) when it changed since the previous tick. */
function tickLabel(unit: LabelUnit, ms: number, previousMs: number | undefined, locale: AxisLocale): string {
  // Month names and the day's pattern come with the language's date words (loaded with its strings).
  const { dateFnsLocale, dayTick } = axisWords(locale);
  const options = { locale: dateFnsLocale };
  const date = utcCalendarDateAsLocal(ms);
  const previous = previousMs === undefined ? undefined : new Date(previousMs);
  const current = new Date(ms);
  const newYear = previous === undefined || previous.getUTCFullYear() !== current.getUTCFullYear();
  const newDay = newYear || previous === undefined || utcDay.floor(previous).getTime() !== utcDay.floor(current).getTime();
  // Years are written as the detail panel writes them: unpadded, with the era before AD 1
  // (date-fns's "yyyy" writes 501 BC as "0501", which reads as AD 501).
  const year = yearInWords(current.getUTCFullYear(), locale);
  switch (unit) {
    case 'year':
      return year;
    case 'month':
      return `${format(date, 'MMM', options)} ${year}`;
    case 'day':
      return newYear ? `${format(date, dayTick, options)} ${year}` : format(date, dayTick, options);
    case 'hour': {
      if (!newDay) return utcClockTime(ms);
      // Midnight needs no clock time: the date alone says where the new day starts.
      const dayLabel = format(date, dayTick, options);
      return ms === utcDay.floor(current).getTime() ? dayLabel : `${dayLabel} ${utcClockTime(ms)}`;
    }
  }
}

/** Times kept at least `gapMs` apart, the first one first. */
function thinned(times: readonly number[], gapMs: number): number[] {
  const kept: number[] = [];
  for (const ms of times) if (kept.length === 0 || ms - (kept.at(-1) as number) >= gapMs) kept.push(ms);
  return kept;
}

export function axisTicks(scale: TimeScale, width: number, locale: AxisLocale, options: AxisTickOptions = {}): AxisTicks {
  const { minLabelSpacingPx = 90, minMinorSpacingPx = 6 } = options;
  const [t0, t1] = visibleDomain(scale);
  if (!(width > 0) || !(t1 > t0)) return { major: [], minor: [] };
  const pxPerMs = width / (t1 - t0);
  const from = new Date(t0);
  const to = new Date(t1);
  // A narrow view can fall between two ticks of the level that spaces its labels well (five
  // years shown between 2000 and 2005): finer levels are tried until one labels the view, and
  // its ticks thinned to the spacing asked for.
  let levelIndex = chooseLevel(pxPerMs, minLabelSpacingPx);
  let level = LEVELS[levelIndex] as TickLevel;
  let majorTimes = level.major.range(from, to).map((date) => date.getTime());
  while (majorTimes.length === 0 && levelIndex > 0) {
    level = LEVELS[--levelIndex] as TickLevel;
    majorTimes = thinned(
      level.major.range(from, to).map((date) => date.getTime()),
      minLabelSpacingPx / pxPerMs,
    );
  }
  const major = majorTimes.map((ms, i) => ({ ms, x: scale(ms), label: tickLabel(level.unit, ms, majorTimes[i - 1], locale) }));

  const minorFits = level.minorGapMs * pxPerMs >= minMinorSpacingPx;
  const isMajor = new Set(majorTimes);
  const minor = minorFits
    ? level.minor
        .range(from, to)
        .map((date) => date.getTime())
        .filter((ms) => !isMajor.has(ms))
        .map((ms) => ({ ms, x: scale(ms) }))
    : [];
  return { major, minor };
}
