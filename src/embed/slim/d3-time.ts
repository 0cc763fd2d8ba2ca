/**
 * The UTC intervals the layout uses (year, month, Monday week, day, hour, minute) with the
 * methods it calls (floor, ceil, offset, range, filter, every, count: the layout's
 * `CountableTimeInterval`, src/layout/timeScale.ts), written after d3-time's own and checked
 * against it (tests/unit/embed/slim.test.ts). d3-time also builds every local-time interval
 * and its tick machinery: ~1 kB gzip the embed saves.
 */
import type { CountableTimeInterval } from '../../layout/timeScale.ts';

type Floor = (date: Date) => void;
type Offset = (date: Date, step: number) => void;

export interface SlimInterval extends CountableTimeInterval {
  (date: Date | number): Date;
  filter(test: (date: Date) => boolean): SlimInterval;
  every(step: number): SlimInterval | null;
}

function interval(
  floori: Floor,
  offseti: Offset,
  count?: (start: Date, end: Date) => number,
  field?: (date: Date) => number,
): SlimInterval {
  const floor = (date: Date | number) => {
    const d = new Date(+date);
    floori(d);
    return d;
  };
  const self = floor as SlimInterval;
  self.floor = floor;
  self.ceil = (date) => {
    const d = new Date(+date - 1);
    floori(d);
    offseti(d, 1);
    floori(d);
    return d;
  };
  self.offset = (date, step) => {
    const d = new Date(+date);
    offseti(d, step == null ? 1 : Math.floor(step));
    return d;
  };
  self.range = (start, stop, step) => {
    const range: Date[] = [];
    const current = self.ceil(start);
    const by = step == null ? 1 : Math.floor(step);
    if (!(current < stop) || !(by > 0)) return range;
    let previous: Date;
    do {
      range.push((previous = new Date(+current)));
      offseti(current, by);
      floori(current);
    } while (previous < current && current < stop);
    return range;
  };
  self.filter = (test) =>
    interval(
      (date) => {
        if (date >= date) while ((floori(date), !test(date))) date.setTime(+date - 1);
      },
      (date, step) => {
        if (date >= date) {
          if (step < 0) while (++step <= 0) while ((offseti(date, -1), !test(date)));
          else while (--step >= 0) while ((offseti(date, +1), !test(date)));
        }
      },
    );
  self.count = (start, end) => {
    const t0 = floor(start);
    const t1 = floor(end);
    return Math.floor((count as (a: Date, b: Date) => number)(t0, t1));
  };
  self.every = (step) => {
    step = Math.floor(step);
    if (!Number.isFinite(step) || !(step > 0)) return null;
    if (!(step > 1)) return self;
    return self.filter(field ? (d) => field(d) % step === 0 : (d) => self.count(0, d) % step === 0);
  };
  return self;
}

export const utcMinute = interval(
  (date) => date.setUTCSeconds(0, 0),
  (date, step) => date.setTime(+date + step * 6e4),
  (start, end) => (+end - +start) / 6e4,
  (date) => date.getUTCMinutes(),
);

export const utcHour = interval(
  (date) => date.setUTCMinutes(0, 0, 0),
  (date, step) => date.setTime(+date + step * 36e5),
  (start, end) => (+end - +start) / 36e5,
  (date) => date.getUTCHours(),
);

export const utcDay = interval(
  (date) => date.setUTCHours(0, 0, 0, 0),
  (date, step) => date.setUTCDate(date.getUTCDate() + step),
  (start, end) => (+end - +start) / 864e5,
  (date) => date.getUTCDate() - 1,
);

export const utcMonday = interval(
  (date) => {
    date.setUTCDate(date.getUTCDate() - ((date.getUTCDay() + 6) % 7));
    date.setUTCHours(0, 0, 0, 0);
  },
  (date, step) => date.setUTCDate(date.getUTCDate() + step * 7),
  (start, end) => (+end - +start) / 6048e5,
);

export const utcMonth = interval(
  (date) => {
    date.setUTCDate(1);
    date.setUTCHours(0, 0, 0, 0);
  },
  (date, step) => date.setUTCMonth(date.getUTCMonth() + step),
  (start, end) => end.getUTCMonth() - start.getUTCMonth() + (end.getUTCFullYear() - start.getUTCFullYear()) * 12,
  (date) => date.getUTCMonth(),
);

const year = interval(
  (date) => {
    date.setUTCMonth(0, 1);
    date.setUTCHours(0, 0, 0, 0);
  },
  (date, step) => date.setUTCFullYear(date.getUTCFullYear() + step),
  (start, end) => end.getUTCFullYear() - start.getUTCFullYear(),
  (date) => date.getUTCFullYear(),
);

// As in d3-time: every k years counts from year 0, not from the first date asked about.
year.every = (k) =>
  !Number.isFinite((k = Math.floor(k))) || !(k > 0)
    ? null
    : interval(
        (date) => {
          date.setUTCFullYear(Math.floor(date.getUTCFullYear() / k) * k);
          date.setUTCMonth(0, 1);
          date.setUTCHours(0, 0, 0, 0);
        },
        (date, step) => date.setUTCFullYear(date.getUTCFullYear() + step * k),
      );

export const utcYear = year;
