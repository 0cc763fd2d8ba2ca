import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { DEFAULT_LABEL_GEOMETRY, extentAtZoom, packAtZoom, type PackableItem, type PackLayout } from '../../../src/layout/pack';
import { createTimeScale, DAY_MS, pixelsPerMs, rescale } from '../../../src/layout/timeScale';
import type { TimeSpan } from '../../../src/layout/types';
import { packWindow, windowAround } from '../../../src/layout/windowPack';

const DOMAIN: [number, number] = [0, 400 * DAY_MS];
const base = createTimeScale(DOMAIN, 1000);

function item(id: string, startDay: number, lengthDays: number, labelWidthPx: number, lane = ''): PackableItem {
  const atMs = startDay * DAY_MS + (lengthDays === 0 ? DAY_MS / 2 : 0);
  const endMs = lengthDays === 0 ? atMs : atMs + lengthDays * DAY_MS;
  const kind = lengthDays === 0 ? 'point' : 'span';
  return {
    id,
    labelWidthPx,
    lane,
    mark: { id, kind, atMs, endMs, precisionBand: null, certainSpan: null, approximate: false, uncertain: false, planned: false },
  };
}

const itemsArb = fc
  .array(
    fc.tuple(
      fc.integer({ min: 0, max: 390 }),
      fc.constantFrom(0, 0, 0, 1, 3, 20, 120),
      fc.integer({ min: 20, max: 300 }),
      fc.constantFrom('', 'FR', 'US'),
    ),
    {
      maxLength: 80,
    },
  )
  .map((rows) =>
    rows.map(([start, length, label, lane], i) => item(`e${i}`, start, length, label, lane)).sort((a, b) => a.mark.atMs - b.mark.atMs),
  );

const windowArb = fc
  .tuple(fc.integer({ min: -20, max: 400 }), fc.integer({ min: 1, max: 200 }))
  .map(([start, length]): TimeSpan => ({ startMs: start * DAY_MS, endMs: (start + length) * DAY_MS }));
const zoomArb = fc.constantFrom(1, 2, 4, 8, 32);

function overlapsInARow(layout: PackLayout): string[] {
  const byRow = new Map<number, TimeSpan[]>();
  for (const packed of layout.items) byRow.set(packed.row, [...(byRow.get(packed.row) ?? []), packed]);
  const clashes: string[] = [];
  for (const [row, extents] of byRow) {
    extents.sort((a, b) => a.startMs - b.startMs);
    for (let i = 1; i < extents.length; i++)
      if ((extents[i - 1] as TimeSpan).endMs > (extents[i] as TimeSpan).startMs) clashes.push(`row ${row}`);
  }
  return clashes;
}

const meets = (extent: TimeSpan, window: TimeSpan) => extent.endMs > window.startMs && extent.startMs < window.endMs;

describe('packWindow', () => {
  it('packs only what meets the window, and as few rows as it needs there', () => {
    const items = [item('early', 10, 0, 50), item('a', 200, 0, 50), item('b', 200, 0, 50), item('late', 380, 0, 50)];
    const layout = packWindow(items, base, { startMs: 150 * DAY_MS, endMs: 250 * DAY_MS });
    expect(layout.items.map((packed) => packed.id).sort()).toEqual(['a', 'b']);
    expect(layout.rowCount).toBe(2);
  });

  it('never puts two overlapping extents in one row, and packs exactly the items whose extent meets the window', () => {
    fc.assert(
      fc.property(itemsArb, windowArb, zoomArb, (items, window, k) => {
        const scale = rescale(base, { k, x: 0 });
        const layout = packWindow(items, scale, window);
        expect(overlapsInARow(layout)).toEqual([]);
        const expected = items
          .filter((candidate) => meets(extentAtZoom(candidate, pixelsPerMs(scale), DEFAULT_LABEL_GEOMETRY), window))
          .map((candidate) => candidate.id);
        expect(layout.items.map((packed) => packed.id).sort()).toEqual(expected.sort());
      }),
    );
  });

  it('over a window holding everything, rows as the whole packing gives them', () => {
    fc.assert(
      fc.property(itemsArb, zoomArb, (items, k) => {
        const scale = rescale(base, { k, x: 0 });
        const whole = packAtZoom(items, scale);
        const windowed = packWindow(items, scale, { startMs: -1e15, endMs: 1e15 });
        expect(windowed.rowCount).toBe(whole.rowCount);
        for (const packed of windowed.items) expect(packed.row, packed.id).toBe(whole.byId.get(packed.id)?.row);
      }),
    );
  });

  it('as the window moves, at the same zoom or closer in, every event packed before keeps its row', () => {
    fc.assert(
      fc.property(itemsArb, windowArb, windowArb, zoomArb, fc.constantFrom(1, 2, 4), (items, first, second, k, closer) => {
        const before = packWindow(items, rescale(base, { k, x: 0 }), first);
        const after = packWindow(items, rescale(base, { k: k * closer, x: 0 }), second, { keep: before });
        expect(overlapsInARow(after)).toEqual([]);
        for (const packed of after.items) {
          const previous = before.byId.get(packed.id);
          if (previous) expect(packed.rowInLane, packed.id).toBe(previous.rowInLane);
        }
      }),
    );
  });

  it('zoomed out from the kept packing, moves only the events that no longer fit', () => {
    const items = [item('a', 100, 0, 200), item('b', 110, 0, 200), item('c', 300, 0, 50)];
    const close = packWindow(items, rescale(base, { k: 32, x: 0 }), { startMs: 0, endMs: 400 * DAY_MS });
    expect(close.items.map((packed) => packed.row)).toEqual([0, 0, 0]);
    const far = packWindow(items, base, { startMs: 0, endMs: 400 * DAY_MS }, { keep: close });
    expect(overlapsInARow(far)).toEqual([]);
    expect(['a', 'b', 'c'].map((id) => far.byId.get(id)?.row)).toEqual([0, 1, 0]);
  });
});

describe('windowAround', () => {
  it('reaches a view’s width either side, and stays put while the view moves inside it', () => {
    const first = windowAround([100, 200], 2, null);
    expect(first).toEqual({ startMs: 0, endMs: 300, k: 2 });
    expect(windowAround([150, 250], 2, first)).toBe(first);
    expect(windowAround([250, 350], 2, first)).toEqual({ startMs: 150, endMs: 450, k: 2 });
    expect(windowAround([150, 250], 4, first)).toEqual({ startMs: 50, endMs: 350, k: 4 });
  });
});
