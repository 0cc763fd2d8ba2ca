/**
 * Our small EDTF parser against the reference one (the `edtf` package, a dev dependency
 * only: the app and the embed keep src/model/edtf.ts). For generated strings of our subset
 * — points, intervals and windows, at year, month and day precision, with qualifiers, and
 * with impossible months and days, reversed ends and mixed precisions among them — both
 * accept or both refuse, and what both accept has the same bounds.
 */
import edtf, { parse as referenceParse } from 'edtf';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { isLeapYear, parseEdtf, pointStartMs, type ParsedDate } from '../../../src/model/edtf.ts';

interface ReferenceBounds {
  readonly min: number;
  /** The last millisecond covered, inclusive, as the reference counts it. */
  readonly max: number;
}

interface ReferenceDate {
  readonly type: string;
  readonly min: number;
  readonly max: number;
  readonly values: readonly unknown[];
  readonly earlier?: boolean;
  readonly later?: boolean;
}

/**
 * The reference's bounds. For a set it reads the values itself: its List#last takes the
 * first date of a consecutive range "a..b" (so `max` of "[2021-09..2021-10]" is the end of
 * September), where the window's last instant is the end of b.
 */
function referenceBounds(text: string): ReferenceBounds | undefined {
  let date: ReferenceDate;
  try {
    date = edtf(text) as unknown as ReferenceDate;
  } catch {
    return undefined;
  }
  if (date.type !== 'Set') return { min: date.min, max: date.max };
  const values = date.values as readonly (ReferenceDate | readonly ReferenceDate[])[];
  const first = values[0];
  const last = values.at(-1);
  if (first === undefined || last === undefined) throw new Error(`an empty set from "${text}"`);
  const low = Array.isArray(first) ? (first as readonly ReferenceDate[])[0] : (first as ReferenceDate);
  const high = Array.isArray(last) ? (last as readonly ReferenceDate[])[1] : (last as ReferenceDate);
  if (low === undefined || high === undefined) throw new Error(`a broken range in "${text}"`);
  return { min: date.earlier ? -Infinity : low.min, max: date.later ? Infinity : high.max };
}

const pad = (value: number, width: number) => String(value).padStart(width, '0');
const qualifierArb = fc.constantFrom('', '', '~', '?', '%');

/** A date point of our syntax: mostly real dates, some with a month or day out of the calendar. */
const pointArb = fc
  .record({
    year: fc.oneof(fc.integer({ min: 2019, max: 2023 }), fc.integer({ min: 0, max: 9999 }), fc.integer({ min: -60, max: 60 })),
    month: fc.oneof(fc.integer({ min: 1, max: 12 }), fc.integer({ min: 0, max: 13 })),
    day: fc.oneof(fc.integer({ min: 1, max: 28 }), fc.integer({ min: 0, max: 32 })),
    precision: fc.constantFrom('year', 'month', 'day'),
    qualifier: qualifierArb,
  })
  .map(({ year, month, day, precision, qualifier }) => {
    const yearText = (year < 0 ? '-' : '') + pad(Math.abs(year), 4);
    const monthText = precision === 'year' ? '' : `-${pad(month, 2)}`;
    const dayText = precision === 'day' ? `-${pad(day, 2)}` : '';
    return yearText + monthText + dayText + qualifier;
  });

/** Two ends close in time, so that most windows and intervals are the right way round. */
const nearbyPairArb = fc.tuple(pointArb, pointArb).map(([a, b]) => {
  // Half the time b borrows a's year, so that ordered, same-year ends are common.
  const sameYear = b.length > 4 && a.length > 4 && a.slice(0, 4) !== b.slice(0, 4) && b.charCodeAt(5) % 2 === 0;
  return sameYear ? [a, a.slice(0, 4) + b.slice(4)] : [a, b];
});

const subsetArb = fc.oneof(
  pointArb,
  nearbyPairArb.map(([a, b]) => `${a}/${b}`),
  nearbyPairArb.map(([a, b]) => `[${a}..${b}]`),
  pointArb.map((a) => `[..${a}]`),
  pointArb.map((a) => `[${a}..]`),
  fc.constant('[..]'),
);

describe('parseEdtf against the reference EDTF parser', () => {
  it('accepts exactly what the reference accepts of our subset, with the same bounds', () => {
    fc.assert(
      fc.property(subsetArb, (text) => {
        // 29 February is the reference's one slip in this subset, checked apart below.
        fc.pre(!text.includes('-02-29'));
        const ours = parseEdtf(text);
        const reference = referenceBounds(text);
        if (ours.ok && ours.value.kind === 'window' && !ours.value.openStart && !ours.value.openEnd) {
          expect(reference, `"${text}"`).toBeDefined();
        }
        if (ours.ok && ours.value.kind === 'interval' && pointStartMs(ours.value.end) === pointStartMs(ours.value.start)) {
          // The second: an interval whose end starts where its start does, which datasets written
          // before the reference was consulted may hold ("2021-10-05/2021-10-05", one day).
          expect(reference, `"${text}"`).toBeUndefined();
          return;
        }
        if (!ours.ok && ours.reason.startsWith('the window ends before it starts')) {
          // The one deliberate difference: the reference takes a reversed window as it stands.
          expect(reference, `"${text}"`).toBeDefined();
          return;
        }
        expect(
          ours.ok,
          `"${text}": ours ${ours.ok ? 'accepts' : `refuses (${ours.reason})`}, the reference ${reference ? 'accepts' : 'refuses'}`,
        ).toBe(reference !== undefined);
        if (!ours.ok || reference === undefined) return;
        expectSameBounds(text, ours.value, reference);
      }),
      { numRuns: 3000 },
    );
  });

  it('agrees on the windows of the shipped story and on hand-picked edge cases', () => {
    for (const text of [
      '[2021-09-15..2021-09-26]',
      '[2020-11..2021-02]',
      '[2021-10-05..2021-10-06]',
      '[2021-09-17..2021-10-04]',
      '[..2021-10-05]',
      '[..2021-10-05?]',
      '[2021-09-15..]',
      '[2021-09~..]',
      '[..2021]',
      '[2016..2018]',
      '[-0001..0000]',
      '[2020-02-29..2020-03-01]',
    ]) {
      const ours = parseEdtf(text);
      const reference = referenceBounds(text);
      if (!ours.ok) throw new Error(`"${text}": ${ours.reason}`);
      expect(reference, text).toBeDefined();
      if (reference) expectSameBounds(text, ours.value, reference);
    }
    for (const text of [
      '[..]',
      '[2021-09-15..2021-09-26?]',
      '[2021-09..2021-10-05]',
      '[2021-09-15~..2021-09-26]',
      '[2021-02-30..2021-03-02]',
    ]) {
      expect(parseEdtf(text).ok, text).toBe(false);
      expect(referenceBounds(text), text).toBeUndefined();
    }
  });

  it('agrees on 29 February of leap years from 100 on; the reference alone takes it in common years', () => {
    fc.assert(
      fc.property(fc.integer({ min: 100, max: 9999 }), fc.constantFrom('', '[', '[..'), (year, form) => {
        const day = `${pad(year, 4)}-02-29`;
        const text = form === '' ? day : form === '[' ? `[${day}..]` : `[..${day}]`;
        const ours = parseEdtf(text);
        if (isLeapYear(year)) {
          const reference = referenceBounds(text);
          if (!ours.ok || reference === undefined) throw new Error(`"${text}" refused`);
          expectSameBounds(text, ours.value, reference);
        } else {
          // The reference's grammar takes any 29 February and its Date rolls a common year's over to
          // 1 March (and for the years 0 to 99 it counts as 1900 does); ours says it is no day.
          expect(ours.ok, text).toBe(false);
        }
      }),
    );
  });

  it('reads a window as a set of consecutive dates, as the reference does', () => {
    expect(referenceParse('[2021-09-15..2021-09-26]').type).toBe('Set');
    expect(referenceParse('[..2021-10-05]')).toMatchObject({ type: 'Set', earlier: true });
    expect(referenceParse('[2021-09-15..]')).toMatchObject({ type: 'Set', later: true });
  });
});

function expectSameBounds(text: string, ours: ParsedDate, reference: ReferenceBounds): void {
  if (ours.openStart) {
    expect(reference.min, text).toBe(-Infinity);
    // Ours is finite, and reaches before the known end.
    expect(ours.startMs, text).toBeLessThan(pointStartMs(ours.end));
  } else {
    expect(ours.startMs, text).toBe(reference.min);
  }
  if (ours.openEnd) {
    expect(reference.max, text).toBe(Infinity);
    expect(Number.isFinite(ours.endMs), text).toBe(true);
  } else {
    expect(ours.endMs - 1, text).toBe(reference.max);
  }
}
