/**
 * The EDTF a refused date probably means: "Sept 5 2021", "5 September 2021", "September 5,
 * 2021", "le 1er septembre 2021" and "2021-9-5" mean "2021-09-05"; "September 2021" means
 * "2021-09"; "05/09/2021" means "2021-09-05" read day first or "2021-05-09" read month first.
 * Month names in English and French, whole or cut short ("Sept", "janv.", "déc"), accents
 * or not. Every guess is a date parseEdtf takes; a phrase it cannot read gives none.
 */
import { parseEdtf } from './edtf.ts';
import { monthOf } from './monthNames.ts';

export interface DateHint {
  edtf: string;
  /** Set when the phrase can be read two ways: "day first" or "month first". */
  reading?: string;
}

/** Words a date phrase may hold besides its day, month and year. */
const FILLER = /^(?:the|of|on|le|du|de|(?:mon|tues|wednes|thurs|fri|satur|sun)day|lundi|mardi|mercredi|jeudi|vendredi|samedi|dimanche)$/;

const pad = (value: number) => String(value).padStart(2, '0');

/** "YYYY-MM" or "YYYY-MM-DD", if it is a date of the calendar. */
function edtf(year: number, month: number, day?: number): string | undefined {
  const text = `${String(year).padStart(4, '0')}-${pad(month)}${day === undefined ? '' : `-${pad(day)}`}`;
  return parseEdtf(text).ok ? text : undefined;
}

export function dateHints(phrase: string): DateHint[] {
  const text = phrase.trim().toLowerCase();
  // Numbers only: year first (2021-9-5, 2021/09/05), or last, the day and month in either order (05/09/2021, 9/2021).
  let parts = /^(\d{4})[-/.](\d\d?)(?:[-/.](\d\d?))?$/.exec(text);
  if (parts) {
    const hint = edtf(Number(parts[1]), Number(parts[2]), parts[3] === undefined ? undefined : Number(parts[3]));
    return hint === undefined ? [] : [{ edtf: hint }];
  }
  parts = /^(?:(\d\d?)[-/.])?(\d\d?)[-/.](\d{4})$/.exec(text);
  if (parts) {
    const [first, second, year] = [Number(parts[1]), Number(parts[2]), Number(parts[3])];
    if (parts[1] === undefined) {
      const hint = edtf(year, second);
      return hint === undefined ? [] : [{ edtf: hint }];
    }
    const dayFirst = edtf(year, second, first);
    const monthFirst = edtf(year, first, second);
    if (dayFirst === monthFirst || monthFirst === undefined) return dayFirst === undefined ? [] : [{ edtf: dayFirst }];
    if (dayFirst === undefined) return [{ edtf: monthFirst }];
    return [
      { edtf: dayFirst, reading: 'day first' },
      { edtf: monthFirst, reading: 'month first' },
    ];
  }
  // Words: a month's name, a year of four digits, perhaps a day ("5th", "1er"), and fillers.
  let year: number | undefined;
  let month = 0;
  let day: number | undefined;
  for (const word of text
    .normalize('NFD')
    .replace(/[\u0300-\u036f]/g, '')
    .split(/[\s,.]+/)) {
    const number = /^(\d+)(?:st|nd|rd|th|er|e)?$/.exec(word)?.[1];
    if (word === '' || FILLER.test(word)) continue;
    if (number?.length === 4 && year === undefined) year = Number(number);
    else if (number !== undefined && number.length < 3 && day === undefined) day = Number(number);
    else if (monthOf(word) > 0 && month === 0) month = monthOf(word);
    else return [];
  }
  const hint = year === undefined || month === 0 ? undefined : edtf(year, month, day);
  return hint === undefined ? [] : [{ edtf: hint }];
}

/** `: did you mean "2021-09-05"?`, with the readings of an ambiguous phrase; or nothing. */
export function describeDateHints(phrase: string): string {
  const hints = dateHints(phrase).map(({ edtf, reading }) => `"${edtf}"${reading ? ` (${reading})` : ''}`);
  return hints.length === 0 ? '' : `: did you mean ${hints.join(' or ')}?`;
}
