import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { frameLinks, frameMarks, indexPlacedItems } from '../../../src/layout/frame';
import { AXIS_HEIGHT, LANE_GAP, LANE_LABEL_HEIGHT, ROW_HEIGHT } from '../../../src/layout/geometry';
import type { Link } from '../../../src/model/relations';
import { projectMark } from '../../../src/layout/marks';
import { DEFAULT_LABEL_GEOMETRY, labelStartPx, packAtZoom, preparePackable, quantizeZoom } from '../../../src/layout/pack';
import { createTimeScale, DAY_MS, rescale } from '../../../src/layout/timeScale';
import { day, layoutEvent, utc } from './dates';

const width = 1000;
const base = createTimeScale([utc(2021), utc(2022)], width);

describe('frameMarks', () => {
  const events = [
    layoutEvent('jan', day(2021, 1, 10), 'January'),
    layoutEvent('jun', day(2021, 6, 10), 'June'),
    layoutEvent('jun-b', day(2021, 6, 10), 'June again'),
    layoutEvent('dec', day(2021, 12, 10), 'December'),
  ];
  const packable = preparePackable(events);

  it('returns only the visible marks, with their rows and label positions', () => {
    const layout = packAtZoom(packable, base);
    const index = indexPlacedItems(packable, layout);
    // Zoomed 12× onto June: the view shows about a month.
    const scale = rescale(base, { k: 12, x: -12 * base(utc(2021, 6, 1)) });
    const marks = frameMarks(index, scale);
    expect(marks.map((m) => m.id)).toEqual(['jun', 'jun-b']);
    expect(marks.map((m) => m.row)).toEqual([0, 1]);
    const first = marks[0]!;
    expect(first.x).toBeCloseTo(scale(utc(2021, 6, 10, 12)));
    expect(first.labelX).toBe(first.x + DEFAULT_LABEL_GEOMETRY.pointRadiusPx + DEFAULT_LABEL_GEOMETRY.labelGapPx);
  });

  it('includes an event left of the view whose label reaches into it', () => {
    const long = preparePackable([layoutEvent('long-title', day(2021, 5, 30), 'x'.repeat(40))]);
    const index = indexPlacedItems(long, packAtZoom(long, base));
    const scale = rescale(base, { k: 12, x: -12 * base(utc(2021, 6, 1)) });
    expect(scale(utc(2021, 5, 30, 12))).toBeLessThan(0);
    expect(frameMarks(index, scale).map((m) => m.id)).toEqual(['long-title']);
  });

  it('refuses a layout packed from other items', () => {
    const layout = packAtZoom(packable, base);
    expect(() => indexPlacedItems(preparePackable(events.slice(1)), layout)).toThrow();
  });

  it('returns every event whose drawn mark or label is on screen, at any zoom above the packing one', () => {
    const eventsArb = fc.array(fc.tuple(fc.integer({ min: 0, max: 364 }), fc.string({ maxLength: 30 })), { maxLength: 60 }).map((pairs) =>
      pairs.map(([dayOfYear, title], i) => {
        const date = new Date(utc(2021) + dayOfYear * DAY_MS);
        return layoutEvent(`e${i}`, day(date.getUTCFullYear(), date.getUTCMonth() + 1, date.getUTCDate()), title);
      }),
    );
    fc.assert(
      fc.property(eventsArb, fc.double({ min: 1, max: 300, noNaN: true }), fc.double({ min: 0, max: 1, noNaN: true }), (evs, k, pan) => {
        const items = preparePackable(evs);
        const index = indexPlacedItems(items, packAtZoom(items, rescale(base, { k: quantizeZoom(k), x: 0 })));
        const scale = rescale(base, { k, x: -pan * (k - 1) * width });
        const shown = new Set(frameMarks(index, scale).map((m) => m.id));
        for (const item of items) {
          const mark = projectMark(item.mark, scale);
          const left = mark.x - DEFAULT_LABEL_GEOMETRY.pointRadiusPx;
          const right = labelStartPx(mark) + item.labelWidthPx;
          if (right > 0 && left < width) expect(shown.has(item.id)).toBe(true);
        }
      }),
    );
  });
});

describe('frameMarks in lanes', () => {
  it('puts each mark in the middle of its row, below the labels of the lanes above it', () => {
    const events = [layoutEvent('fr', day(2021, 6, 10), 'France'), layoutEvent('us', day(2021, 6, 10), 'United States')];
    const lanes = new Map([
      ['fr', 'FR'],
      ['us', 'US'],
    ]);
    const items = preparePackable(events, { groupBy: (event) => lanes.get(event.id) ?? '' });
    const marks = frameMarks(indexPlacedItems(items, packAtZoom(items, base)), base, { lanes: true });
    const y = new Map(marks.map((mark) => [mark.id, mark.y]));
    // First lane: its label line, then its row's middle; the second adds a gap and a label line.
    expect(y.get('fr')).toBe(AXIS_HEIGHT + LANE_LABEL_HEIGHT + ROW_HEIGHT / 2);
    expect(y.get('us')).toBe(AXIS_HEIGHT + LANE_GAP + 2 * LANE_LABEL_HEIGHT + ROW_HEIGHT + ROW_HEIGHT / 2);
  });
});

describe('frameLinks', () => {
  const events = [layoutEvent('a', day(2021, 3, 1), 'A'), layoutEvent('b', day(2021, 6, 1), 'B'), layoutEvent('c', day(2021, 9, 1), 'C')];
  const items = preparePackable(events);
  const marks = new Map(frameMarks(indexPlacedItems(items, packAtZoom(items, base)), base).map((mark) => [mark.id, mark]));
  const links: Link[] = [
    { from: 'b', to: 'a', type: 'responds-to' },
    { from: 'c', to: 'b', type: 'follows-up' },
    { from: 'c', to: 'gone', type: 'causes' },
  ];

  const none = new Set<string>();

  it('joins the dots of both ends, and leaves out a link whose other end has no place', () => {
    const drawn = frameLinks(links, (id) => marks.get(id), none);
    expect(drawn.map((link) => `${link.from}>${link.to}`)).toEqual(['b>a', 'c>b']);
    expect(drawn[0]!.fromPoint).toEqual({ x: marks.get('b')!.x, y: marks.get('b')!.y });
  });

  it('at rest, with no event selected, focused or hovered, every link rests', () => {
    expect(frameLinks(links, (id) => marks.get(id), none).map((link) => link.emphasis)).toEqual(['rest', 'rest']);
  });

  it("draws an active event's links strong, at either end, and lets the others rest", () => {
    expect(frameLinks(links, (id) => marks.get(id), new Set(['a'])).map((link) => link.emphasis)).toEqual(['strong', 'rest']);
    expect(frameLinks(links, (id) => marks.get(id), new Set(['c'])).map((link) => link.emphasis)).toEqual(['rest', 'strong']);
    expect(frameLinks(links, (id) => marks.get(id), new Set(['b'])).map((link) => link.emphasis)).toEqual(['strong', 'strong']);
  });

  it('takes every active event at once: selected, focused and hovered', () => {
    expect(frameLinks(links, (id) => marks.get(id), new Set(['a', 'c'])).map((link) => link.emphasis)).toEqual(['strong', 'strong']);
    // An active event with no link, or out of the story, changes nothing.
    expect(frameLinks(links, (id) => marks.get(id), new Set(['gone', 'zzz'])).map((link) => link.emphasis)).toEqual(['rest', 'rest']);
  });
});
