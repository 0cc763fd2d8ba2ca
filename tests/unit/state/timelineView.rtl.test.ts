/**
 * The timeline's view model in Arabic: the same story, range and rows as in English, drawn
 * mirrored; d3-zoom's transforms are those of the drawn picture, so a drag moves the picture
 * with the pointer and the transforms asked for show the same range as in English.
 */
import { describe, expect, it } from 'vitest';
import { estimatingMeasure } from '../../../src/layout/labelWidth.ts';
import { loadLocale } from '../../../src/i18n/strings.ts';
import { TimelineView } from '../../../src/state/timelineView.svelte.ts';
import { loadStory } from '../../component/story.ts';

const measure = estimatingMeasure(13);
const WIDTH = 1000;

async function views() {
  await loadLocale('ar');
  const english = loadStory();
  const arabic = loadStory();
  arabic.locale = 'ar';
  const ltr = new TimelineView(() => english, measure);
  const rtl = new TimelineView(() => arabic, measure);
  ltr.width = rtl.width = WIDTH;
  return { ltr, rtl };
}

describe('the timeline view in Arabic', () => {
  it('runs right to left: the same range and rows, each mark drawn at width − x', async () => {
    const { ltr, rtl } = await views();
    expect([ltr.direction, rtl.direction]).toEqual(['ltr', 'rtl']);
    ltr.zoomed(ltr.transformFor('story'));
    rtl.zoomed(rtl.transformFor('story'));
    expect(rtl.viewRange).toEqual(ltr.viewRange);
    const ltrMarks = new Map(ltr.marks.map(({ event, mark }) => [event.id, mark]));
    expect(rtl.marks.length).toBe(ltrMarks.size);
    for (const { event, mark } of rtl.marks) {
      const english = ltrMarks.get(event.id)!;
      expect([mark.row, mark.y]).toEqual([english.row, english.y]);
      expect(rtl.mirror.x(mark.x)).toBeCloseTo(WIDTH - ltr.mirror.x(english.x), 6);
    }
    // The earliest event drawn stands at the right.
    const [first] = rtl.marks;
    expect(rtl.mirror.x(first!.mark.x)).toBeGreaterThan(WIDTH / 2);
  });

  it('takes a drag to the right (d3-zoom’s x grows) to earlier times, as the picture follows the pointer', async () => {
    const { rtl } = await views();
    rtl.zoomed(rtl.transformFor('story'));
    const [from] = rtl.viewRange;
    const drawn = rtl.transformFor([...rtl.viewRange]);
    // Dragging the picture to the right brings what lies to its left (later times) into view.
    rtl.zoomed({ k: drawn.k, x: drawn.x + 200 }, true);
    expect(rtl.viewRange[0]).toBeGreaterThan(from);
  });

  it('asks d3-zoom for transforms of the drawn picture that bring an event into view, as in English', async () => {
    const { ltr, rtl } = await views();
    for (const view of [ltr, rtl]) view.zoomed(view.transformFor('story'));
    const away = ltr.story.events.find((event) => !ltr.marks.some((entry) => entry.event.id === event.id))!;
    const ltrTarget = ltr.transformToBring(away.id)!;
    const rtlTarget = rtl.transformToBring(away.id)!;
    expect(rtlTarget.k).toBeCloseTo(ltrTarget.k, 9);
    expect(rtlTarget.x).toBeCloseTo(WIDTH * (1 - ltrTarget.k) - ltrTarget.x, 6);
    rtl.zoomed(rtlTarget);
    expect(rtl.marks.some((entry) => entry.event.id === away.id)).toBe(true);
  });
});
