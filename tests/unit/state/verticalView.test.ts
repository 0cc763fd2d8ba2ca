/**
 * The vertical timeline's view model without a DOM: the rows it lists for the AUKUS story
 * and for a big generated one, the clusters a reader opens, and the rail drawn from rows
 * measured as a browser would.
 */
import { describe, expect, it } from 'vitest';
import { validateDataset } from '../../../src/model/validate.ts';
import { Story } from '../../../src/state/story.svelte.ts';
import { RAIL_COLUMNS, VerticalView, type MeasuredAnchor } from '../../../src/state/verticalView.svelte.ts';
import { markTimes } from '../../../src/layout/marks.ts';
import { generateDataset } from '../../bench/generate.ts';
import { loadStory } from '../../component/story.ts';

function bigStory(events: number): Story {
  const generated = generateDataset({ events, seed: 11 });
  const result = validateDataset(generated.dataset, { sourceTexts: generated.sourceTexts });
  if (!result.ok) throw new Error('the generated dataset does not validate');
  return new Story({ dataset: result.dataset, events: result.events });
}

const eventIds = (view: VerticalView) => view.rows.flatMap((row) => (row.kind === 'event' ? [row.id] : []));

/** Each event row 40 px below the last, as a browser would lay one-line rows out. */
function measureRows(view: VerticalView): MeasuredAnchor[] {
  const anchors = view.rows.flatMap((row, i): MeasuredAnchor[] =>
    row.kind === 'event'
      ? [{ timeMs: row.startMs, y: 40 * i, id: row.id }]
      : [{ timeMs: row.kind === 'break' ? row.fromMs : row.firstMs, y: 40 * i }],
  );
  view.anchors = anchors;
  view.railX = 30;
  return anchors;
}

describe('the vertical rows of the AUKUS story', () => {
  it('lists every event once, in the story’s time order, with no cluster', () => {
    const story = loadStory();
    const view = new VerticalView(() => story);
    expect(eventIds(view)).toEqual(story.events.map((event) => event.id));
    expect(view.rows.some((row) => row.kind === 'cluster')).toBe(false);
  });

  it('follows the filters: China leaves its two events', () => {
    const story = loadStory();
    const view = new VerticalView(() => story);
    story.filters.toggleCountry('CN');
    expect(eventIds(view)).toEqual(story.shownEvents.map((event) => event.id));
    expect(eventIds(view)).toHaveLength(2);
  });

  it('draws each span along the rail from its start to its end, overlapping ones side by side', () => {
    const story = loadStory();
    const view = new VerticalView(() => story);
    measureRows(view);
    const spans = story.events.filter((event) => markTimes(event).kind === 'span');
    expect(view.railSpans.length).toBeGreaterThan(0);
    expect(view.railSpans.length).toBeLessThanOrEqual(spans.length);
    for (const span of view.railSpans) {
      expect(span.column).toBeGreaterThanOrEqual(0);
      expect(span.column).toBeLessThan(RAIL_COLUMNS);
      for (const part of [span.band, span.certain]) if (part) expect(part.y2).toBeGreaterThanOrEqual(part.y1);
    }
    // Two spans in one column never overlap.
    const extent = (span: (typeof view.railSpans)[number]) =>
      [
        Math.min(span.band?.y1 ?? Infinity, span.certain?.y1 ?? Infinity),
        Math.max(span.band?.y2 ?? -Infinity, span.certain?.y2 ?? -Infinity),
      ] as const;
    for (const a of view.railSpans) {
      for (const b of view.railSpans) {
        if (a === b || a.column !== b.column) continue;
        const [a1, a2] = extent(a);
        const [b1, b2] = extent(b);
        expect(a2 <= b1 || b2 <= a1).toBe(true);
      }
    }
  });

  it('draws the links of the active event only, between the rows of their ends', () => {
    const story = loadStory();
    const view = new VerticalView(() => story);
    const anchors = measureRows(view);
    const yOf = new Map(anchors.flatMap((anchor) => (anchor.id ? [[anchor.id, anchor.y] as const] : [])));
    expect(view.linksOf(new Set())).toEqual([]);
    const links = view.linksOf(new Set(['aukus-announced']));
    expect(links.length).toBeGreaterThan(0);
    for (const link of links) {
      expect([link.from, link.to]).toContain('aukus-announced');
      expect(link.fromPoint).toEqual({ x: 30, y: yOf.get(link.from) });
      expect(link.toPoint).toEqual({ x: 30, y: yOf.get(link.to) });
    }
  });
});

describe('the vertical rows of a story of 5,000 events', () => {
  it('fold into at most 400 rows, and a folded event gets its row when revealed, as the arrow keys do', () => {
    const story = bigStory(5_000);
    const view = new VerticalView(() => story);
    const clusters = view.rows.filter((row) => row.kind === 'cluster');
    expect(clusters.length).toBeGreaterThan(0);
    expect(view.rows.filter((row) => row.kind !== 'break').length).toBeLessThanOrEqual(400);
    const cluster = clusters[0];
    if (cluster?.kind !== 'cluster') throw new Error('no cluster');
    const folded = story.shownEvents[cluster.from + 1];
    if (!folded) throw new Error('no folded event');
    expect(eventIds(view)).not.toContain(folded.id);
    expect(view.tabStop(folded.id)).not.toBe(folded.id);

    view.reveal(folded.id);

    expect(view.isExpanded(cluster.key)).toBe(true);
    expect(eventIds(view)).toContain(folded.id);
    expect(view.tabStop(folded.id)).toBe(folded.id);
    view.collapse(cluster.key);
    expect(eventIds(view)).not.toContain(folded.id);
  });
});
