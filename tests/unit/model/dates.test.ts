import { describe, expect, it } from 'vitest';
import { describeDate, eventDateInWords, type DateLocale, type DateStatus } from '../../../src/i18n/dates.ts';
import { parseEdtf } from '../../../src/model/edtf.ts';

function words(text: string, locale: DateLocale, status: DateStatus = 'occurred'): string {
  const result = parseEdtf(text);
  if (!result.ok) throw new Error(result.reason);
  return describeDate(result.value, status, locale);
}

describe('describeDate in English', () => {
  it.each([
    ['2021-09-15', '15 September 2021'],
    ['2021-09-20~', 'about 20 September 2021'],
    ['2021-10-05?', '5 October 2021 (uncertain)'],
    ['2021-10-05%', 'about 5 October 2021 (uncertain)'],
    ['2021-09', 'September 2021'],
    ['2021-10~', 'about October 2021'],
    ['2016', '2016'],
    ['0050', '50'],
    ['0000', '1 BC'],
    ['-0043-03-15', '15 March 44 BC'],
    ['2021-10-05/2021-10-06', '5–6 October 2021'],
    ['2021-09-30/2021-10-02', '30 September – 2 October 2021'],
    ['2021-12-30/2022-01-02', '30 December 2021 – 2 January 2022'],
    ['2021-09/2021-10', 'September–October 2021'],
    ['2016/2018', '2016–2018'],
    ['2016/2018-03', '2016 – March 2018'],
    ['2021-09/2021-09-15', 'September 2021 – 15 September 2021'],
    ['2021-10-05/2021-10-05', '5 October 2021'],
    ['2021-10-05~/2021-10-06~', 'about 5–6 October 2021'],
    ['2021-10-05~/2021-10-06', '5–6 October 2021 (start approximate)'],
    ['2021-09-15/2021-10-05?', '15 September – 5 October 2021 (end uncertain)'],
    ['2021-09~/2021-10%', 'September–October 2021 (start approximate; end approximate and uncertain)'],
    ['2016?/2018?', '2016–2018 (uncertain)'],
  ])('%s is "%s"', (text, expected) => {
    expect(words(text, 'en')).toBe(expected);
  });

  it('says when an event is planned', () => {
    expect(words('2021-10', 'en', 'planned')).toBe('October 2021, planned');
    expect(words('2021-10-05/2021-10-06', 'en', 'planned')).toBe('5–6 October 2021, planned');
  });
});

describe('describeDate in French', () => {
  it.each([
    ['2021-09-15', '15 septembre 2021'],
    ['2021-09-20~', 'vers le 20 septembre 2021'],
    ['2021-10-01', '1er octobre 2021'],
    ['2021-10-05?', '5 octobre 2021 (date incertaine)'],
    ['2021-09', 'septembre 2021'],
    ['2021-09~', 'vers septembre 2021'],
    ['2016~', 'vers 2016'],
    ['-0043-03-15', '15 mars 44 av. J.-C.'],
    ['2021-10-05/2021-10-06', '5–6 octobre 2021'],
    ['2021-09-30/2021-10-02', '30 septembre – 2 octobre 2021'],
    ['2021-12/2022-02', 'décembre 2021 – février 2022'],
    ['2021-09-15/2021-10-05?', '15 septembre – 5 octobre 2021 (fin incertaine)'],
    ['2021-09-15?/2021-10-05~', '15 septembre – 5 octobre 2021 (début incertain; fin approximative)'],
  ])('%s is "%s"', (text, expected) => {
    expect(words(text, 'fr')).toBe(expected);
  });

  it('says when an event is planned', () => {
    expect(words('2021-10', 'fr', 'planned')).toBe('octobre 2021, prévu');
  });
});

describe('describeDate of a window', () => {
  it.each([
    ['[2021-09-15..2021-09-26]', 'between 15 and 26 September 2021', 'entre le 15 et le 26 septembre 2021'],
    ['[2021-09-30..2021-10-02]', 'between 30 September and 2 October 2021', 'entre le 30 septembre et le 2 octobre 2021'],
    ['[2021-10-01..2021-10-05]', 'between 1 and 5 October 2021', 'entre le 1er et le 5 octobre 2021'],
    ['[2021-12-30..2022-01-02]', 'between 30 December 2021 and 2 January 2022', 'entre le 30 décembre 2021 et le 2 janvier 2022'],
    ['[2020-11..2021-02]', 'between November 2020 and February 2021', 'entre novembre 2020 et février 2021'],
    ['[2021-09..2021-10]', 'between September and October 2021', 'entre septembre et octobre 2021'],
    ['[2016..2018]', 'between 2016 and 2018', 'entre 2016 et 2018'],
    ['[2021-10-05..2021-10-05]', '5 October 2021', '5 octobre 2021'],
    ['[..2021-10-05]', 'on or before 5 October 2021', 'le 5 octobre 2021 ou avant'],
    ['[2021-09-15..]', 'on or after 15 September 2021', 'le 15 septembre 2021 ou après'],
    ['[2021-09..]', 'on or after September 2021', 'en septembre 2021 ou après'],
    ['[..2016]', 'on or before 2016', 'en 2016 ou avant'],
    ['[..-0043-03-15]', 'on or before 15 March 44 BC', 'le 15 mars 44 av. J.-C. ou avant'],
  ])('%s is "%s", in French "%s"', (text, english, french) => {
    expect(words(text, 'en')).toBe(english);
    expect(words(text, 'fr')).toBe(french);
  });

  it.each([
    ['[..2021-10-05?]', 'on or before 5 October 2021 (uncertain)', 'le 5 octobre 2021 ou avant (date incertaine)'],
    ['[2021-09-15~..]', 'on or after about 15 September 2021', 'vers le 15 septembre 2021 ou après'],
    ['[2021-09%..]', 'on or after about September 2021 (uncertain)', 'vers septembre 2021 ou après (date incertaine)'],
  ])('qualifies the known end of an open window: %s', (text, english, french) => {
    expect(words(text, 'en')).toBe(english);
    expect(words(text, 'fr')).toBe(french);
  });

  it('says when an event in a window is planned', () => {
    expect(words('[2021-10-05..2021-10-06]', 'en', 'planned')).toBe('between 5 and 6 October 2021, planned');
    expect(words('[2021-10-05..2021-10-06]', 'fr', 'planned')).toBe('entre le 5 et le 6 octobre 2021, prévu');
    expect(words('[2022-01..]', 'en', 'planned')).toBe('on or after January 2022, planned');
    expect(words('[..2022-01?]', 'fr', 'planned')).toBe('en janvier 2022 ou avant (date incertaine), prévu');
  });
});

describe('eventDateInWords', () => {
  it('gives the words of a sound date, and the date as written when the words cannot hold it', () => {
    const parsed = parseEdtf('2021-09-16?');
    if (!parsed.ok) throw new Error(parsed.reason);
    expect(eventDateInWords({ parsedDate: parsed.value, status: 'occurred', date: '2021-09-16?' }, 'en')).toBe(
      '16 September 2021 (uncertain)',
    );
    // A story built without the validator may hold a date with no start at all.
    const broken = { ...parsed.value, start: undefined as never };
    expect(eventDateInWords({ parsedDate: broken, status: 'occurred', date: '/2021-09-16' }, 'fr')).toBe('/2021-09-16');
  });
});
