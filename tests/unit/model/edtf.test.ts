import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  compareDates,
  daysInMonth,
  formatEdtf,
  parseEdtf,
  pointEndMs,
  pointStartMs,
  type DatePoint,
  type ParsedDate,
} from '../../../src/model/edtf.ts';

function parsed(text: string): ParsedDate {
  const result = parseEdtf(text);
  if (!result.ok) throw new Error(`expected "${text}" to parse: ${result.reason}`);
  return result.value;
}

function reason(text: string): string {
  const result = parseEdtf(text);
  if (result.ok) throw new Error(`expected "${text}" to be rejected`);
  return result.reason;
}

const iso = (ms: number) => new Date(ms).toISOString();

describe('parseEdtf', () => {
  it('reads a day, a month and a year with their precision', () => {
    expect(parsed('2021-09-15')).toEqual({
      kind: 'point',
      start: { year: 2021, month: 9, day: 15, precision: 'day', approximate: false, uncertain: false },
      end: { year: 2021, month: 9, day: 15, precision: 'day', approximate: false, uncertain: false },
      startMs: Date.parse('2021-09-15T00:00:00Z'),
      endMs: Date.parse('2021-09-16T00:00:00Z'),
    });
    expect(parsed('2021-09').start).toEqual({ year: 2021, month: 9, precision: 'month', approximate: false, uncertain: false });
    expect(parsed('2016').start).toEqual({ year: 2016, precision: 'year', approximate: false, uncertain: false });
  });

  it('gives a point the same object for start and end', () => {
    const date = parsed('2021-09');
    expect(date.end).toBe(date.start);
  });

  it('covers a month and a year up to their exclusive ends', () => {
    const month = parsed('2021-12');
    expect([iso(month.startMs), iso(month.endMs)]).toEqual(['2021-12-01T00:00:00.000Z', '2022-01-01T00:00:00.000Z']);
    const year = parsed('2016');
    expect([iso(year.startMs), iso(year.endMs)]).toEqual(['2016-01-01T00:00:00.000Z', '2017-01-01T00:00:00.000Z']);
    const leapDay = parsed('2020-02-29');
    expect(iso(leapDay.endMs)).toBe('2020-03-01T00:00:00.000Z');
  });

  it('reads the qualifiers ~, ? and %', () => {
    expect(parsed('2021-09-20~').start).toMatchObject({ approximate: true, uncertain: false });
    expect(parsed('2021-10-05?').start).toMatchObject({ approximate: false, uncertain: true });
    expect(parsed('2021%').start).toMatchObject({ approximate: true, uncertain: true });
  });

  it('reads intervals, each end with its own precision and qualifier', () => {
    const interval = parsed('2021-09-30~/2021-10');
    expect(interval.kind).toBe('interval');
    expect(interval.start).toMatchObject({ year: 2021, month: 9, day: 30, precision: 'day', approximate: true });
    expect(interval.end).toMatchObject({ year: 2021, month: 10, precision: 'month', approximate: false });
    expect([iso(interval.startMs), iso(interval.endMs)]).toEqual(['2021-09-30T00:00:00.000Z', '2021-11-01T00:00:00.000Z']);
  });

  it('keeps the years 0 to 99 where they are (no 1900 offset)', () => {
    expect(iso(parsed('0050').startMs)).toBe('0050-01-01T00:00:00.000Z');
    expect(iso(parsed('0000-03-01').startMs)).toBe('0000-03-01T00:00:00.000Z');
    expect(iso(parsed('0099-12').endMs)).toBe('0100-01-01T00:00:00.000Z');
  });

  it('reads negative (astronomical) years', () => {
    const date = parsed('-0044-03-15');
    expect(date.start).toMatchObject({ year: -44, month: 3, day: 15 });
    expect(iso(date.startMs)).toBe('-000044-03-15T00:00:00.000Z');
    expect(reason('-0000')).toBe('"-0000" is not a year: the year zero is written 0000');
  });

  it('rejects days that are not in the calendar', () => {
    expect(reason('2021-02-30')).toBe('"2021-02-30" is not a day of the calendar');
    expect(reason('2021-02-29')).toBe('"2021-02-29" is not a day of the calendar');
    expect(reason('2021-04-31?')).toBe('"2021-04-31" is not a day of the calendar');
    expect(reason('2021-01-00')).toBe('"2021-01-00" is not a day of the calendar');
    expect(reason('1900-02-29')).toBe('"1900-02-29" is not a day of the calendar');
    expect(parseEdtf('2000-02-29').ok).toBe(true);
  });

  it('rejects months that do not exist', () => {
    expect(reason('2021-13')).toBe('month 13 does not exist');
    expect(reason('2021-00-10')).toBe('month 00 does not exist');
  });

  it('rejects an interval that ends before it starts', () => {
    expect(reason('2021-10-06/2021-10-05')).toBe('the interval ends before it starts');
    expect(reason('2022/2021-12')).toBe('the interval ends before it starts');
  });

  it('says which form it expects of malformed text', () => {
    const expected =
      'expected YYYY, YYYY-MM or YYYY-MM-DD (e.g. "2021-09-15"), optionally followed by ~, ? or %, an interval START/END of those, or a window [START..END], [..END] or [START..]';
    expect(reason('15/09/2021')).toBe(`"15/09/2021" has more than one "/": an interval is START/END`);
    expect(reason('21-09-15')).toBe(`"21-09-15" is not a date: ${expected}`);
    expect(reason('2021-9')).toBe(`"2021-9" is not a date: ${expected}`);
    expect(reason('2021-09-15T10:00')).toBe(`"2021-09-15T10:00" is not a date: ${expected}`);
    expect(reason('2021~-09')).toBe(`"2021~-09" is not a date: ${expected}`);
    expect(reason('')).toBe(`the date is empty: ${expected}`);
    expect(reason(' 2021')).toBe(`" 2021" contains white space: ${expected}`);
    expect(reason('2021/..')).toBe(
      '"2021/.." is an open or unknown interval, which is not supported: give both ends, e.g. "2021-10-05/2021-10-06", or for an event that happened once, on or before or on or after a date, a window "[..2021-10-05]" or "[2021-10-05..]"',
    );
    expect(reason('/2021')).toBe(
      '"/2021" is an open or unknown interval, which is not supported: give both ends, e.g. "2021-10-05/2021-10-06", or for an event that happened once, on or before or on or after a date, a window "[..2021-10-05]" or "[2021-10-05..]"',
    );
  });
});

describe('parseEdtf: windows', () => {
  const day = (text: string) => Date.parse(`${text}T00:00:00Z`);

  it('reads a closed window: one day between its ends, covering both', () => {
    const window = parsed('[2021-09-15..2021-09-26]');
    expect(window).toMatchObject({ kind: 'window', openStart: false, openEnd: false });
    expect(window.start).toEqual({ year: 2021, month: 9, day: 15, precision: 'day', approximate: false, uncertain: false });
    expect(window.end).toEqual({ year: 2021, month: 9, day: 26, precision: 'day', approximate: false, uncertain: false });
    expect([window.startMs, window.endMs]).toEqual([day('2021-09-15'), day('2021-09-27')]);
    const months = parsed('[2020-11..2021-02]');
    expect([months.startMs, months.endMs]).toEqual([day('2020-11-01'), day('2021-03-01')]);
    expect(parsed('[2016..2018]').endMs).toBe(day('2019-01-01'));
  });

  it('reaches an open end one unit of the next coarser precision past the known end', () => {
    const onOrBefore = parsed('[..2021-10-05]');
    expect(onOrBefore).toMatchObject({ kind: 'window', openStart: true, openEnd: false });
    expect(onOrBefore.start).toBe(onOrBefore.end);
    expect([onOrBefore.startMs, onOrBefore.endMs]).toEqual([day('2021-09-05'), day('2021-10-06')]);
    const onOrAfter = parsed('[2021-09-15..]');
    expect(onOrAfter).toMatchObject({ kind: 'window', openStart: false, openEnd: true });
    expect([onOrAfter.startMs, onOrAfter.endMs]).toEqual([day('2021-09-15'), day('2021-10-16')]);
    expect([parsed('[2021-09..]').endMs, parsed('[..2021-09]').startMs]).toEqual([day('2022-10-01'), day('2020-09-01')]);
    expect([parsed('[2021..]').endMs, parsed('[..2021]').startMs]).toEqual([day('2032-01-01'), day('2011-01-01')]);
    // A day kept within its month: a month before 31 October is 30 September.
    expect(parsed('[..2021-10-31]').startMs).toBe(day('2021-09-30'));
    expect(parsed('[..-0001-03-31]').startMs).toBe(
      pointStartMs({ year: -1, month: 2, day: 28, precision: 'day', approximate: false, uncertain: false }),
    );
  });

  it('keeps a qualifier on the known end of an open window', () => {
    expect(parsed('[..2021-10-05?]').end).toMatchObject({ uncertain: true, approximate: false });
    expect(parsed('[2021-09~..]').start).toMatchObject({ uncertain: false, approximate: true });
  });

  it('refuses malformed windows, each with the fix', () => {
    const forms =
      'write [START..END] (one day between, e.g. "[2021-09-15..2021-09-26]"), [..END] (on or before) or [START..] (on or after)';
    expect(reason('[2021-09-26..2021-09-15]')).toBe(
      'the window ends before it starts: write its earlier end first, "[2021-09-15..2021-09-26]"',
    );
    expect(reason('[..]')).toBe(`"[..]" is a window with neither end: give at least one, ${forms}`);
    expect(reason('[]')).toBe(`"[]" is a window with neither end: give at least one, ${forms}`);
    expect(reason('[2021-09-15..2021-09-26')).toBe(`"[2021-09-15..2021-09-26" is not a window: its brackets do not match; ${forms}`);
    expect(reason('2021-09-15..2021-09-26]')).toBe(`"2021-09-15..2021-09-26]" is not a window: its brackets do not match; ${forms}`);
    expect(reason('[[2021..2022]]')).toBe(`"[[2021..2022]]" is not a window: brackets inside brackets; ${forms}`);
    expect(reason('2021-09-15..2021-09-26')).toBe(`"2021-09-15..2021-09-26" is a window without its brackets: ${forms}`);
    expect(reason('[2021-09-15]')).toBe('"[2021-09-15]" is one date in brackets: write it without them, "2021-09-15"');
    expect(reason('[2021,2022]')).toMatch(/is a set of several dates, which is not supported/u);
    expect(reason('[2021..2022..2023]')).toBe(`"[2021..2022..2023]" has more than one "..": ${forms}`);
    expect(reason('[2021-09..2021-10-05]')).toMatch(/the ends of a window are of the same precision in EDTF/u);
    expect(reason('[2021-09-15..2021-09-26?]')).toBe(
      '"[2021-09-15..2021-09-26?]": the ends of a window [START..END] take no qualifier in EDTF (the window already says the day is unknown); write 2021-09-26 and say in dateNote how sure that end is',
    );
    expect(reason('[..2021?]')).toBe(
      '"[..2021?]": a year in a window takes no qualifier in EDTF (only a month or a day does); write 2021 and say in dateNote how sure it is',
    );
    expect(reason('[2021-02-30..2021-03-02]')).toBe('"2021-02-30" is not a day of the calendar');
    expect(reason('[2021-09-15..]/2021-10')).toMatch(/mixes an interval and a window/u);
  });

  it('writes windows back canonically and orders them by their extent', () => {
    for (const text of ['[2021-09-15..2021-09-26]', '[..2021-10-05?]', '[2021-09~..]', '[2020-11..2021-02]', '[..-0500]']) {
      expect(formatEdtf(parsed(text))).toBe(text);
    }
    const sorted = ['2021-09-20', '[..2021-10-05]', '[2021-09-15..2021-09-26]', '2021-09-15']
      .map(parsed)
      .sort(compareDates)
      .map(formatEdtf);
    expect(sorted).toEqual(['[..2021-10-05]', '2021-09-15', '[2021-09-15..2021-09-26]', '2021-09-20']);
  });
});

describe('formatEdtf and compareDates', () => {
  it('writes the canonical text', () => {
    for (const text of ['2021', '2021-09', '2021-09-15', '0005-01-01~', '-0044%', '2021-10-05?/2021-10-06']) {
      expect(formatEdtf(parsed(text))).toBe(text);
    }
  });

  it('orders by start, then by end', () => {
    expect(['2021', '2021-10', '2021-01', '2021-01-01'].map(parsed).sort(compareDates).map(formatEdtf)).toEqual([
      '2021-01-01',
      '2021-01',
      '2021',
      '2021-10',
    ]);
  });
});

// ---------------------------------------------------------------------------
// Properties

const yearArb = fc.integer({ min: 0, max: 9999 });
const monthArb = fc.integer({ min: 1, max: 12 });
const qualifierArb = fc.constantFrom('', '~', '?', '%');

const dayPointArb = fc
  .record({ year: yearArb, month: monthArb, dayFraction: fc.double({ min: 0, max: 1, maxExcluded: true, noNaN: true }) })
  .map(({ year, month, dayFraction }) => ({ year, month, day: 1 + Math.floor(dayFraction * daysInMonth(year, month)) }));

const pad = (value: number, width: number) => String(value).padStart(width, '0');
const dayText = ({ year, month, day }: { year: number; month: number; day: number }) => `${pad(year, 4)}-${pad(month, 2)}-${pad(day, 2)}`;

/** Any valid point text, at any precision, with any qualifier. */
const pointTextArb = fc.tuple(dayPointArb, fc.constantFrom('year', 'month', 'day'), qualifierArb).map(([point, precision, qualifier]) => {
  const text = dayText(point);
  return (precision === 'year' ? text.slice(0, 4) : precision === 'month' ? text.slice(0, 7) : text) + qualifier;
});

describe('parseEdtf properties', () => {
  it('round-trips any valid date through formatEdtf', () => {
    fc.assert(
      fc.property(pointTextArb, (text) => {
        expect(formatEdtf(parsed(text))).toBe(text);
      }),
    );
  });

  it('round-trips any valid interval through formatEdtf', () => {
    fc.assert(
      fc.property(pointTextArb, pointTextArb, (a, b) => {
        const result = parseEdtf(`${a}/${b}`);
        if (result.ok) expect(formatEdtf(result.value)).toBe(`${a}/${b}`);
      }),
    );
  });

  it('round-trips any valid window through formatEdtf', () => {
    const bare = (text: string) => text.replace(/[~?%]$/u, '');
    const sameUnit = (a: string, b: string) => [a.slice(0, b.length), b];
    fc.assert(
      fc.property(pointTextArb, pointTextArb, fc.constantFrom('closed', 'open start', 'open end'), (a, b, form) => {
        const yearless = (text: string) => (bare(text).length === 4 ? bare(text) : text);
        const [low, high] = sameUnit(bare(a), bare(b)).sort();
        const text = form === 'closed' ? `[${low}..${high}]` : form === 'open start' ? `[..${yearless(a)}]` : `[${yearless(b)}..]`;
        const result = parseEdtf(text);
        if (!result.ok) {
          // Only a closed window whose shortened ends read as different precisions fails.
          expect(form).toBe('closed');
          return;
        }
        expect(formatEdtf(result.value)).toBe(text);
        expect(parsed(formatEdtf(result.value))).toEqual(result.value);
        expect(result.value.startMs).toBeLessThan(result.value.endMs);
      }),
    );
  });

  it('starts strictly before it ends', () => {
    fc.assert(
      fc.property(pointTextArb, (text) => {
        const date = parsed(text);
        expect(date.startMs).toBeLessThan(date.endMs);
      }),
    );
  });

  it('covers exactly its month at month precision', () => {
    fc.assert(
      fc.property(yearArb, monthArb, (year, month) => {
        const date = parsed(`${pad(year, 4)}-${pad(month, 2)}`);
        const days = (date.endMs - date.startMs) / 86_400_000;
        expect(days).toBe(daysInMonth(year, month));
        const first = new Date(date.startMs);
        expect([first.getUTCFullYear(), first.getUTCMonth() + 1, first.getUTCDate()]).toEqual([year, month, 1]);
        const last = new Date(date.endMs - 1);
        expect([last.getUTCFullYear(), last.getUTCMonth() + 1, last.getUTCDate()]).toEqual([year, month, daysInMonth(year, month)]);
      }),
    );
  });

  it('puts every day, negative years included, at the instant the Date API gives it', () => {
    fc.assert(
      fc.property(fc.integer({ min: -9999, max: 9999 }), monthArb, fc.integer({ min: 1, max: 31 }), (year, month, dayWanted) => {
        const day = Math.min(dayWanted, daysInMonth(year, month));
        const expected = new Date(0);
        expected.setUTCFullYear(year, month - 1, day);
        const point: DatePoint = { year, month, day, precision: 'day', approximate: false, uncertain: false };
        expect(pointStartMs(point)).toBe(expected.getTime());
        expected.setUTCFullYear(year, month - 1, day + 1);
        expect(pointEndMs(point)).toBe(expected.getTime());
      }),
    );
  });

  it('covers exactly one day at day precision, at UTC midnight', () => {
    fc.assert(
      fc.property(dayPointArb, (point) => {
        const date = parsed(dayText(point));
        expect(date.endMs - date.startMs).toBe(86_400_000);
        expect(new Date(date.startMs).toISOString().slice(-14)).toBe('T00:00:00.000Z');
      }),
    );
  });

  it('accepts an interval exactly when its end does not start before its start', () => {
    fc.assert(
      fc.property(pointTextArb, pointTextArb, (a, b) => {
        const start = parsed(a);
        const end = parsed(b);
        const result = parseEdtf(`${a}/${b}`);
        expect(result.ok).toBe(end.startMs >= start.startMs);
        if (result.ok) {
          expect(result.value.startMs).toBe(start.startMs);
          expect(result.value.endMs).toBe(end.endMs);
          expect(pointStartMs(result.value.start)).toBeLessThanOrEqual(pointStartMs(result.value.end));
          expect(result.value.startMs).toBeLessThan(result.value.endMs);
        } else {
          expect(result.reason).toBe('the interval ends before it starts');
        }
      }),
    );
  });

  it('rejects every day past the end of its month', () => {
    fc.assert(
      fc.property(yearArb, monthArb, fc.integer({ min: 1, max: 68 }), (year, month, excess) => {
        const day = daysInMonth(year, month) + excess;
        const text = `${pad(year, 4)}-${pad(month, 2)}-${pad(day, 2)}`;
        fc.pre(day <= 99);
        expect(parseEdtf(text)).toEqual({ ok: false, reason: `"${text}" is not a day of the calendar` });
      }),
    );
  });

  it('preserves the qualifiers of each end', () => {
    fc.assert(
      fc.property(dayPointArb, qualifierArb, qualifierArb, (point, startQualifier, endQualifier) => {
        const text = dayText(point);
        const date = parsed(`${text}${startQualifier}/${text}${endQualifier}`);
        const flags = (qualifier: string): Pick<DatePoint, 'approximate' | 'uncertain'> => ({
          approximate: qualifier === '~' || qualifier === '%',
          uncertain: qualifier === '?' || qualifier === '%',
        });
        expect(date.start).toMatchObject(flags(startQualifier));
        expect(date.end).toMatchObject(flags(endQualifier));
      }),
    );
  });

  it('agrees with pointStartMs and pointEndMs', () => {
    fc.assert(
      fc.property(pointTextArb, (text) => {
        const date = parsed(text);
        expect([date.startMs, date.endMs]).toEqual([pointStartMs(date.start), pointEndMs(date.end)]);
      }),
    );
  });
});
