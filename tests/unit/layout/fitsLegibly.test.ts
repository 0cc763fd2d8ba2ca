/**
 * When a story opens whole: at k = 1 every label ends inside the width and the rows that keep
 * labels apart stay few. Checked against the packing the timeline itself makes.
 */
import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { OPENING_MAX_ROWS, fitsLegibly } from '../../../src/layout/focusRange.ts';
import { DEFAULT_LABEL_GEOMETRY, packAtZoom, type PackableItem } from '../../../src/layout/pack.ts';
import { createTimeScale, type TimeDomain } from '../../../src/layout/timeScale.ts';

const DAY = 86_400_000;
const { pointRadiusPx, labelGapPx } = DEFAULT_LABEL_GEOMETRY;

function point(id: string, atMs: number, labelWidthPx: number): PackableItem {
  const mark = {
    id,
    kind: 'point',
    atMs,
    endMs: atMs,
    precisionBand: null,
    certainSpan: null,
    approximate: false,
    uncertain: false,
    planned: false,
  } as const;
  return { id, mark, labelWidthPx, lane: '' };
}

function span(id: string, atMs: number, endMs: number, labelWidthPx: number): PackableItem {
  const mark = {
    id,
    kind: 'span',
    atMs,
    endMs,
    precisionBand: null,
    certainSpan: { startMs: atMs, endMs },
    approximate: false,
    uncertain: false,
    planned: false,
  } as const;
  return { id, mark, labelWidthPx, lane: '' };
}

/** Where each label ends at k = 1, in px. */
function labelEnds(items: readonly PackableItem[], [d0, d1]: TimeDomain, width: number): number[] {
  return items.map(({ mark, labelWidthPx }) => {
    const x = ((mark.atMs - d0) * width) / (d1 - d0);
    return (mark.kind === 'point' ? x + pointRadiusPx + labelGapPx : x) + labelWidthPx;
  });
}

describe('fitsLegibly', () => {
  const domain: TimeDomain = [0, 100 * DAY];

  it('takes five events spread out, each label clear of the edge, in one or two rows', () => {
    const items = [0, 20, 40, 60, 75].map((day, i) => point(`e${i}`, day * DAY, 150));
    expect(fitsLegibly(items, domain, 1000)).toBe(true);
  });

  it('refuses a story whose last label would be cut at the right edge', () => {
    const items = [point('a', 10 * DAY, 100), point('b', 95 * DAY, 100)];
    expect(fitsLegibly(items, domain, 1000)).toBe(false);
  });

  it('refuses a story crowded into a few days, which would need a row per event', () => {
    const items = Array.from({ length: OPENING_MAX_ROWS + 1 }, (_, i) => point(`e${i}`, i * 3_600_000, 120));
    expect(fitsLegibly(items, domain, 1000)).toBe(false);
    expect(fitsLegibly(items.slice(0, OPENING_MAX_ROWS), domain, 1000)).toBe(true);
  });

  it('places a span’s label at its start, as the timeline draws it', () => {
    expect(fitsLegibly([span('s', 50 * DAY, 99 * DAY, 480)], domain, 1000)).toBe(true);
    expect(fitsLegibly([span('s', 50 * DAY, 99 * DAY, 520)], domain, 1000)).toBe(false);
  });

  it('refuses a big story from the room its labels need, whatever their dates', () => {
    const items = Array.from({ length: 5000 }, (_, i) => point(`e${i}`, (i % 90) * DAY, 40));
    expect(fitsLegibly(items, domain, 1000)).toBe(false);
  });

  it('takes an empty story, and refuses a domain or a width of nothing', () => {
    expect(fitsLegibly([], domain, 1000)).toBe(true);
    expect(fitsLegibly([point('a', 0, 10)], [5, 5], 1000)).toBe(false);
    expect(fitsLegibly([point('a', 0, 10)], domain, 0)).toBe(false);
  });

  const stories = fc.array(
    fc.record({ day: fc.integer({ min: 0, max: 100 }), length: fc.integer({ min: 0, max: 30 }), label: fc.integer({ min: 10, max: 400 }) }),
    { maxLength: 30 },
  );
  const toItems = (raw: readonly { day: number; length: number; label: number }[]) =>
    raw.map(({ day, length, label }, i) =>
      length === 0 ? point(`e${i}`, day * DAY, label) : span(`e${i}`, day * DAY, Math.min(100, day + length) * DAY, label),
    );

  it('says yes exactly when every label ends inside the width and the packing at k = 1 needs few rows', () => {
    fc.assert(
      fc.property(stories, fc.integer({ min: 200, max: 2000 }), fc.integer({ min: 1, max: 12 }), (raw, width, maxRows) => {
        const items = toItems(raw);
        const inside = labelEnds(items, domain, width).every((end) => end <= width + 0.5);
        const rows = packAtZoom(items, createTimeScale(domain, width)).rowCount;
        return fitsLegibly(items, domain, width, { maxRows }) === (inside && rows <= maxRows);
      }),
    );
  });

  it('never lets a story in that one of its parts would keep out', () => {
    fc.assert(
      fc.property(stories, fc.integer({ min: 200, max: 2000 }), (raw, width) => {
        const items = toItems(raw);
        if (!fitsLegibly(items, domain, width)) return true;
        return fitsLegibly(items.slice(0, Math.floor(items.length / 2)), domain, width);
      }),
    );
  });
});
