/** The key names what the story draws and nothing else. */
import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { usedEncodings } from '../../../src/layout/encodings.ts';
import { markTimes } from '../../../src/layout/marks.ts';
import { RELATION_TYPES } from '../../../src/model/schema.ts';
import { parseEdtf } from '../../../src/model/edtf.ts';
import { loadStory } from '../../component/story.ts';

const marksOf = (dates: readonly string[], status: 'occurred' | 'planned' = 'occurred') =>
  dates.map((date, i) => {
    const parsed = parseEdtf(date);
    if (!parsed.ok) throw new Error(date);
    return markTimes({ id: `e${i}`, title: date, parsedDate: parsed.value, status });
  });

describe('usedEncodings', () => {
  it('a story of known days without links uses dots and nothing else', () => {
    expect(usedEncodings(marksOf(['2021-09-15', '2021-10-05']), [])).toEqual({
      point: true,
      span: false,
      band: false,
      approximate: false,
      planned: false,
      inferred: false,
      links: [],
    });
  });

  it('names the caret of inferred dates only for a story that has one', () => {
    expect(usedEncodings([], [], ['stated', 'relative']).inferred).toBe(false);
    expect(usedEncodings([], [], ['stated', 'inferred']).inferred).toBe(true);
  });

  it('tells a bar of days from a band of a month, and both from a span with a coarse end', () => {
    expect(usedEncodings(marksOf(['2021-10-05/2021-10-06']), [])).toMatchObject({ point: false, span: true, band: false });
    expect(usedEncodings(marksOf(['2021-09']), [])).toMatchObject({ point: false, span: false, band: true });
    expect(usedEncodings(marksOf(['2021-08/2021-12']), [])).toMatchObject({ span: true, band: true });
  });

  it('draws a window as a band, never as a bar of days', () => {
    expect(usedEncodings(marksOf(['[2021-09-15..2021-09-26]', '[..2021-10-05]', '[2021-09-15..]']), [])).toMatchObject({
      point: false,
      span: false,
      band: true,
    });
  });

  it('notes approximate, uncertain and planned dates', () => {
    expect(usedEncodings(marksOf(['2021-10-05?']), [])).toMatchObject({ approximate: true, planned: false });
    expect(usedEncodings(marksOf(['2021-10~']), [])).toMatchObject({ approximate: true });
    expect(usedEncodings(marksOf(['2022-01-01'], 'planned'), [])).toMatchObject({ planned: true, approximate: false });
  });

  it('lists each link type once, in the legend’s order', () => {
    fc.assert(
      fc.property(fc.array(fc.constantFrom(...RELATION_TYPES)), (types) => {
        const { links } = usedEncodings([], types);
        return (
          links.length === new Set(types).size &&
          links.every((type) => types.includes(type)) &&
          links.every((type, i) => i === 0 || RELATION_TYPES.indexOf(links[i - 1]!) < RELATION_TYPES.indexOf(type))
        );
      }),
    );
  });

  it('finds in the AUKUS story the encodings its legend has always shown, but the planned mark it lacks', () => {
    const story = loadStory();
    const used = usedEncodings(
      story.events.map((event) => markTimes(event)),
      story.links.map((link) => link.type),
    );
    expect(used.point && used.approximate).toBe(true);
    expect(used.planned).toBe(story.events.some((event) => event.status === 'planned'));
    expect(used.links).toEqual(RELATION_TYPES.filter((type) => story.links.some((link) => link.type === type)));
  });
});
