/**
 * The timeline's view model without a DOM: what it would draw for the AUKUS story and for a
 * big generated one, at the zooms and filters a reader reaches.
 */
import { describe, expect, it } from 'vitest';
import { estimatingMeasure } from '../../../src/layout/labelWidth.ts';
import { AXIS_HEIGHT, ROW_HEIGHT } from '../../../src/layout/geometry.ts';
import { CLUSTER_BAND_HEIGHT } from '../../../src/layout/clusters.ts';
import { validateDataset } from '../../../src/model/validate.ts';
import { Story } from '../../../src/state/story.svelte.ts';
import { TimelineView, type DrawnMark } from '../../../src/state/timelineView.svelte.ts';
import { generateDataset } from '../../bench/generate.ts';
import { loadStory } from '../../component/story.ts';

const measure = estimatingMeasure(13);

function viewOf(story: Story, width = 1000): TimelineView {
  const view = new TimelineView(() => story, measure);
  view.width = width;
  return view;
}

function bigStory(events: number): Story {
  const generated = generateDataset({ events, seed: 7 });
  const result = validateDataset(generated.dataset, { sourceTexts: generated.sourceTexts });
  if (!result.ok) throw new Error('the generated dataset does not validate');
  return new Story({ dataset: result.dataset, events: result.events });
}

/** Where a mark and its label reach in its row, in pixels. */
const reach = ({ mark }: DrawnMark) => [Math.min(mark.x - 5, mark.labelX), Math.max(mark.x2, mark.labelX + mark.labelWidthPx)] as const;

describe('the timeline view of the AUKUS story', () => {
  it('draws every event at k = 1, none beyond the edges, no two marks of a row overlapping', () => {
    const story = loadStory();
    const view = viewOf(story);
    expect(view.marks).toHaveLength(story.events.length);
    expect(view.offscreen).toEqual({ before: 0, after: 0 });
    expect(view.clustered).toBe(false);
    const byRow = new Map<number, DrawnMark[]>();
    for (const entry of view.marks) byRow.set(entry.mark.y, [...(byRow.get(entry.mark.y) ?? []), entry]);
    for (const row of byRow.values()) {
      const spans = row.map(reach).sort((a, b) => a[0] - b[0]);
      for (let i = 1; i < spans.length; i++) expect(spans[i]![0]).toBeGreaterThanOrEqual(spans[i - 1]![1]);
    }
    const lowest = Math.max(...view.marks.map((entry) => entry.mark.y));
    expect(view.height).toBeGreaterThan(lowest + ROW_HEIGHT / 2);
  });

  it('zoomed where the story opens, draws what is in view and counts the rest beyond each edge', () => {
    const story = loadStory();
    const view = viewOf(story);
    view.zoomed(view.transformFor('story'));
    view.settled();
    const [from, to] = view.viewRange;
    expect(story.viewport.visible).toEqual([from, to]);
    const drawn = new Set(view.marks.map((entry) => entry.event.id));
    expect(drawn.size).toBeLessThan(story.events.length);
    for (const entry of view.marks) expect(entry.mark.x2).toBeGreaterThan(-400);
    // Every event that starts in view is drawn.
    for (const event of story.events) {
      const x = view.scale(event.parsedDate.startMs);
      if (x > 0 && x < view.width) expect(drawn.has(event.id), event.id).toBe(true);
    }
    const { before, after } = view.offscreen;
    expect(before + after).toBeGreaterThan(0);
  });

  it('forgets the range at k = 1, where the reader sees everything', () => {
    const story = loadStory();
    const view = viewOf(story);
    view.zoomed(view.transformFor('story'));
    view.settled();
    view.zoomed(view.transformFor('all'));
    view.settled();
    expect(story.viewport.visible).toBeNull();
  });

  it('counts the reader’s own drag at the same zoom as a chosen range, and a pan to a selection as not', () => {
    const story = loadStory();
    const view = viewOf(story);
    story.viewport.show('story', false);
    view.zoomed(view.transformFor('story'));
    view.settled();
    expect(story.viewport.chosen).toBe(false);
    const away = story.events.find((event) => view.scale(event.parsedDate.startMs) < -100);
    view.zoomed(view.transformToBring(away!.id)!); // the timeline following a selection
    view.settled();
    expect(story.viewport.chosen).toBe(false);
    const { k, x } = view.transform;
    view.zoomed({ k, x: x + 200 }, true); // a drag: d3-zoom gives the pointer's event
    view.settled();
    expect(story.viewport.chosen).toBe(true);
  });

  it('brings an event out of view to the middle, and leaves one in view where it is', () => {
    const story = loadStory();
    const view = viewOf(story);
    view.zoomed(view.transformFor('story'));
    const inView = view.marks.find((entry) => entry.mark.x > 50 && entry.mark.x < 950);
    expect(inView).toBeDefined();
    expect(view.transformToBring(inView!.event.id)).toBeNull();
    const away = story.events.find((event) => view.scale(event.parsedDate.startMs) < -100);
    expect(away).toBeDefined();
    view.zoomed(view.transformToBring(away!.id)!);
    const mark = view.marks.find((entry) => entry.event.id === away!.id);
    expect(mark?.mark.x ?? NaN).toBeCloseTo(view.width / 2, -1);
  });

  it('keeps only the events a filter keeps, on the same axis', () => {
    const story = loadStory();
    const view = viewOf(story);
    const domain = view.scale.domain().map(Number);
    story.filters.set({ countries: ['CN'] });
    expect(view.marks.length).toBeGreaterThan(0);
    for (const entry of view.marks) expect(entry.event.countries).toContain('CN');
    expect(view.scale.domain().map(Number)).toEqual(domain);
  });

  it('grouped by country, draws each mark inside the band of its country’s lane, lanes in the story’s order', () => {
    const story = loadStory();
    const view = viewOf(story);
    story.lanes = 'country';
    expect(view.lanes.map((lane) => lane.key)).toEqual(story.countries.filter((code) => view.lanes.some((lane) => lane.key === code)));
    for (const entry of view.marks) {
      const lane = view.lanes.find((band) => band.key === (entry.event.countries[0] ?? ''));
      expect(lane, entry.event.id).toBeDefined();
      expect(entry.mark.y).toBeGreaterThan(lane!.top);
      expect(entry.mark.y).toBeLessThan(lane!.top + lane!.height);
    }
  });

  it('links the marks of related events: at rest every link rests, the chosen event’s links are strong', () => {
    const story = loadStory();
    const view = viewOf(story);
    expect(view.links.length).toBeGreaterThan(0);
    expect(view.links.every((link) => link.emphasis === 'rest')).toBe(true);
    const link = view.links[0]!;
    const from = view.marks.find((entry) => entry.event.id === link.from)!.mark;
    expect(link.fromPoint.y).toBe(from.y);
    story.select(link.from);
    for (const drawn of view.links) {
      const touches = drawn.from === link.from || drawn.to === link.from;
      expect(drawn.emphasis).toBe(touches ? 'strong' : 'rest');
    }
  });

  it('draws the links of the hovered event strong, and of the focused one while focus is in the timeline', () => {
    const story = loadStory();
    const view = viewOf(story);
    const link = view.links[0]!;
    const strongOf = () => view.links.filter((drawn) => drawn.emphasis === 'strong');
    const touching = (id: string) => view.links.filter((drawn) => drawn.from === id || drawn.to === id);
    view.hoveredId = link.to;
    expect(strongOf()).toEqual(touching(link.to));
    view.hoveredId = null;
    expect(strongOf()).toEqual([]);
    // The roving tab stop is remembered after focus leaves: its links show only while focus is inside.
    story.focusedId = link.from;
    expect(strongOf()).toEqual([]);
    view.focusInside = true;
    expect(strongOf()).toEqual(touching(link.from));
    view.focusInside = false;
    expect(strongOf()).toEqual([]);
  });

  it('gives the one tab stop to the focused event, else the selected, else the first drawn', () => {
    const story = loadStory();
    const view = viewOf(story);
    expect(view.tabStop).toBe(story.shownEvents[0]?.id);
    const [, second, third] = story.shownEvents;
    story.select(second!.id);
    expect(view.tabStop).toBe(second!.id);
    story.focusedId = third!.id;
    expect(view.tabStop).toBe(third!.id);
  });
});

describe('the timeline view of a big story', () => {
  it('zoomed out, counts the events in clusters, every event starting in view in exactly one', () => {
    const story = bigStory(2000);
    const view = viewOf(story);
    expect(view.clustered).toBe(true);
    expect(view.marks).toHaveLength(0);
    expect(view.links).toHaveLength(0);
    const counted = view.clusterBars.reduce((sum, bar) => sum + bar.cluster.count, 0);
    const [t0, t1] = view.viewRange;
    const starting = story.events.filter((event) => {
      const at =
        event.parsedDate.kind === 'point' && event.parsedDate.start.precision === 'day'
          ? (event.parsedDate.startMs + event.parsedDate.endMs) / 2
          : event.parsedDate.startMs;
      return at >= t0 && at < t1;
    });
    expect(counted).toBe(starting.length);
    for (const bar of view.clusterBars) expect(bar.x1).toBeGreaterThan(bar.x0);
    expect(view.height).toBeLessThan(AXIS_HEIGHT + CLUSTER_BAND_HEIGHT + 2 * ROW_HEIGHT + 40);
  });

  it('over clusters, still draws the chosen event, on a row of its own under them', () => {
    const story = bigStory(2000);
    const view = viewOf(story);
    const chosen = story.events[1000]!;
    story.select(chosen.id);
    expect(view.marks.map((entry) => entry.event.id)).toEqual([chosen.id]);
    expect(view.marks[0]!.mark.y).toBe(AXIS_HEIGHT + CLUSTER_BAND_HEIGHT + ROW_HEIGHT / 2);
  });

  it('zoomed into a cluster, draws its events one by one', () => {
    const story = bigStory(2000);
    const view = viewOf(story);
    const bar = view.clusterBars[Math.floor(view.clusterBars.length / 2)]!;
    const first = view.firstEventOf(bar.cluster);
    view.zoomed(view.transformFor([bar.cluster.fromMs, bar.cluster.toMs]));
    view.settled();
    expect(view.clustered).toBe(false);
    expect(view.marks.some((entry) => entry.event.id === first)).toBe(true);
  });
});
