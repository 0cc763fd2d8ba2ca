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
