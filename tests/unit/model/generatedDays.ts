/**
 * Days of the calendar for the date reader's property tests (datePhrase.property.test.ts and
 * datePhrase.languages.property.test.ts): generated days and pairs of days, their bounds in
 * UTC, and the date a phrase was read as.
 */
import fc from 'fast-check';
import { expect } from 'vitest';
import type { DatePhraseResult } from '../../../src/model/datePhrase.ts';
import { parseEdtf, type ParsedDate } from '../../../src/model/edtf.ts';

export interface Day {
  year: number;
  month: number;
  day: number;
}

export const DAY_MS = 86_400_000;
export const dayStart = ({ year, month, day }: Day) => Date.UTC(year, month - 1, day);
export const monthStart = (year: number, month: number) => Date.UTC(year, month - 1, 1);
export const lastDay = (year: number, month: number) => new Date(Date.UTC(year, month, 0)).getUTCDate();
export const pad = (value: number) => String(value).padStart(2, '0');

export const aDay = fc
  .record({ year: fc.integer({ min: 1000, max: 9998 }), month: fc.integer({ min: 1, max: 12 }), day: fc.integer({ min: 1, max: 31 }) })
  .filter(({ year, month, day }) => day <= lastDay(year, month));

/** Two days, the first no later than the second, within a few weeks of each other or not. */
export const twoDays = fc
  .tuple(aDay, fc.integer({ min: 0, max: 400 }))
  .map(([first, apart]): [Day, Day] => {
    const second = new Date(dayStart(first) + apart * DAY_MS);
    return [first, { year: second.getUTCFullYear(), month: second.getUTCMonth() + 1, day: second.getUTCDate() }];
    // A second day past 9999 is beyond the format's four digits, which the reader refuses, rightly.
  })
  .filter(([, second]) => second.year <= 9999);

/** The date a phrase was read as, failing the test when it was not read. */
export function parsedOf(result: DatePhraseResult): ParsedDate {
  expect(result.ok, JSON.stringify(result)).toBe(true);
  const parsed = result.ok ? parseEdtf(result.edtf) : parseEdtf('');
  expect(parsed.ok, JSON.stringify(result)).toBe(true);
  if (!parsed.ok) throw new Error(parsed.reason);
  return parsed.value;
}
