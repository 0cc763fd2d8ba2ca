/**
 * Where a story opens: whole when every event reads at once, on its densest stretch when
 * not (the AUKUS story's 31 events crowd into weeks), on screen and on paper alike.
 */
import { describe, expect, it } from 'vitest';
import { estimatingMeasure } from '../../../src/layout/labelWidth.ts';
import { dataExtent } from '../../../src/layout/timeScale.ts';
import { defaultPrintRange } from '../../../src/interop/svg-export.ts';
import { TimelineView } from '../../../src/state/timelineView.svelte.ts';
import type { Story } from '../../../src/state/story.svelte.ts';
import { loadStory } from '../../component/story.ts';
import { FIVE_EVENTS, smallStory } from '../../component/smallStory.ts';

function viewOf(story: Story, width: number): TimelineView {
  const view = new TimelineView(() => story, estimatingMeasure(13));
  view.width = width;
  return view;
}

describe('the opening view', () => {
  it('shows a five-event story whole, every event drawn and none beyond the edges', () => {
    const story = smallStory();
    const view = viewOf(story, 1000);
    expect(view.transformFor('story')).toEqual({ k: 1, x: 0 });
    view.zoomed(view.transformFor('story'));
    view.settled();
    expect(view.marks).toHaveLength(FIVE_EVENTS.length);
    expect(view.offscreen).toEqual({ before: 0, after: 0 });
    expect(story.viewport.visible).toBeNull();
  });

  it('opens a story crowded into one day on its densest stretch, as before', () => {
    const crowded = Array.from({ length: 12 }, (_, i) => ({
      id: `e${i}`,
      title: `Statement number ${i + 1} of the day`,
      date: '2019-05-20',
    }));
    const story = smallStory([{ id: 'background', title: 'Background', date: '2015-01-01' }, ...crowded]);
    expect(viewOf(story, 1000).transformFor('story').k).toBeGreaterThan(1);
  });

  for (const width of [375, 760, 1000, 1232, 1600]) {
    it(`keeps the AUKUS story on its densest stretch at ${width} px`, () => {
      const story = loadStory();
      const view = viewOf(story, width);
      view.zoomed(view.transformFor('story'));
      expect(view.transform.k).toBeGreaterThan(2);
      const { before, after } = view.offscreen;
      expect(before + after).toBeGreaterThan(0);
    });
  }
});

describe('the print’s default range', () => {
  it('holds a five-event story whole', () => {
    const events = smallStory().events;
    const [from, to] = defaultPrintRange(events, 1200);
    const [start, end] = dataExtent(events.map((event) => event.parsedDate))!;
    expect(from).toBeLessThanOrEqual(start);
    expect(to).toBeGreaterThanOrEqual(end);
  });

  it('keeps the AUKUS story on its densest stretch', () => {
    const events = loadStory().events;
    const [from] = defaultPrintRange(events, 1200);
    const [start] = dataExtent(events.map((event) => event.parsedDate))!;
    expect(from).toBeGreaterThan(start);
  });
});
