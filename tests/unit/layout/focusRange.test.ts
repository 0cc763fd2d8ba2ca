import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { densestWindow, fitLabels } from '../../../src/layout/focusRange.ts';

const DAY = 86_400_000;

describe('densestWindow', () => {
  it('opens a story on the weeks where its events crowd, not on the background years before', () => {
    const background = [Date.UTC(2016, 0, 1), Date.UTC(2017, 0, 1)];
    const crisis = Array.from({ length: 10 }, (_, i) => Date.UTC(2021, 8, 15) + i * 3 * DAY);
    expect(densestWindow([...background, ...crisis], 0.8)).toEqual([crisis[0], crisis[9]]);
  });

  it('is the shortest window holding the share, checked against every window', () => {
    fc.assert(
      fc.property(
        fc.array(fc.integer({ min: 0, max: 10_000 }), { minLength: 1, maxLength: 40 }),
        fc.double({ min: 0.1, max: 1, noNaN: true }),
        (times, share) => {
          const window = densestWindow(times, share);
          if (!window) return false;
          const need = Math.max(1, Math.ceil(times.length * share));
          const inside = times.filter((t) => t >= window[0] && t <= window[1]).length;
          const sorted = [...times].sort((a, b) => a - b);
          const shortest = Math.min(...sorted.slice(0, sorted.length - need + 1).map((t, i) => (sorted[i + need - 1] as number) - t));
          return inside >= need && window[1] - window[0] === shortest;
        },
      ),
    );
  });

  it('has nothing to say about no events', () => {
    expect(densestWindow([])).toBeNull();
  });
});

describe('fitLabels', () => {
  const range = [0, 1000] as const;

  it('widens the range just enough for the last label to end inside the width', () => {
    const [start, end] = fitLabels(range, [{ labelAtMs: 1000, labelPx: 200 }], 1000, { padRatio: 0 });
    expect(start).toBe(0);
    // At 1250 ms across 1000 px, the label at 1000 ms starts at 800 px and ends at the edge.
    expect(end).toBeCloseTo(1250);
  });

  it('leaves a label wider than most of the width to be clipped rather than squeeze the picture', () => {
    // Labels up to 60 % of the width are fitted: past it, 650 px of 1000 px is left to be clipped.
    expect(fitLabels(range, [{ labelAtMs: 1000, labelPx: 650 }], 1000, { padRatio: 0 })).toEqual([0, 1000]);
    expect(
      fitLabels(
        range,
        [
          { labelAtMs: 1000, labelPx: 650 },
          { labelAtMs: 500, labelPx: 900 },
        ],
        1000,
        { padRatio: 0 },
      ),
    ).toEqual([0, 1000]);
  });

  it('fits a label at the cap, but grows the range by at most its own span', () => {
    // 600 px at the end would need 2500 ms across 1000 px; the range stops at twice its span.
    expect(fitLabels(range, [{ labelAtMs: 1000, labelPx: 600 }], 1000, { padRatio: 0 })).toEqual([0, 2000]);
    // Half-way along, it needs only 1250 ms, which the cap allows.
    expect(fitLabels(range, [{ labelAtMs: 500, labelPx: 600 }], 1000, { padRatio: 0 })[1]).toBeCloseTo(1250);
  });

  it('by default never grows the range past twice its span', () => {
    fc.assert(
      fc.property(
        fc.array(fc.record({ labelAtMs: fc.integer({ min: 0, max: 1000 }), labelPx: fc.integer({ min: 0, max: 900 }) })),
        fc.integer({ min: 100, max: 2000 }),
        (items, width) => {
          const [start, end] = fitLabels(range, items, width, { padRatio: 0 });
          return start === 0 && end >= 1000 && end <= 2000;
        },
      ),
    );
  });

  it('never grows the range by more than the cap, however many labels', () => {
    fc.assert(
      fc.property(
        fc.array(fc.record({ labelAtMs: fc.integer({ min: 0, max: 1000 }), labelPx: fc.integer({ min: 0, max: 900 }) })),
        fc.integer({ min: 100, max: 2000 }),
        (items, width) => {
          const [start, end] = fitLabels(range, items, width, { padRatio: 0, maxGrowth: 0.5 });
          return start === 0 && end >= 1000 && end <= 1500;
        },
      ),
    );
  });

  it('makes every label it takes into account end inside the width, when the cap allows', () => {
    fc.assert(
      fc.property(
        fc.array(fc.record({ labelAtMs: fc.integer({ min: 0, max: 1000 }), labelPx: fc.integer({ min: 0, max: 300 }) })),
        (items) => {
          const width = 1000;
          const [start, end] = fitLabels(range, items, width, { padRatio: 0, maxGrowth: Infinity });
          return items.every(({ labelAtMs, labelPx }) => ((labelAtMs - start) * width) / (end - start) + labelPx <= width + 1e-6);
        },
      ),
    );
  });
});
