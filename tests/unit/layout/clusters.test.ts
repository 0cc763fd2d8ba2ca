import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { bucketMsFor, clusterBuckets, countStartingIn, MINUTE_MS } from '../../../src/layout/clusters';
import { createTimeIndex } from '../../../src/layout/visible';
import type { DatedItem } from '../../../src/layout/types';

const item = (id: string, startMs: number, endMs = startMs): DatedItem => ({ id, parsedDate: { startMs, endMs } });

describe('bucketMsFor', () => {
  it('is a power-of-two multiple of a minute within a factor √2 of the target width', () => {
    fc.assert(
      fc.property(fc.double({ min: 1e-3, max: 1e12, noNaN: true }), (msPerPx) => {
        const bucketMs = bucketMsFor(msPerPx, 50);
        const px = bucketMs / msPerPx;
        expect(px).toBeGreaterThanOrEqual(50 / Math.SQRT2 - 1e-6);
        expect(px).toBeLessThanOrEqual(50 * Math.SQRT2 + 1e-6);
        expect(Number.isInteger(Math.log2(bucketMs / MINUTE_MS))).toBe(true);
      }),
    );
  });
  it('rejects a scale that is not positive', () => {
    expect(() => bucketMsFor(0)).toThrow(RangeError);
  });
});

describe('clusterBuckets', () => {
  const items = [item('a', 0), item('b', 5), item('c', 12, 100), item('d', 12), item('e', 39), item('f', 40)];
  const index = createTimeIndex(items);

  it('counts the events starting in each non-empty bucket, in time order', () => {
    expect(clusterBuckets(index, 0, 40, 10)).toEqual([
      { fromMs: 0, toMs: 10, count: 2, firstPosition: 0, firstMs: 0, lastMs: 5 },
      { fromMs: 10, toMs: 20, count: 2, firstPosition: 2, firstMs: 12, lastMs: 12 },
      { fromMs: 30, toMs: 40, count: 1, firstPosition: 4, firstMs: 39, lastMs: 39 },
    ]);
  });

  it('clips the first and last buckets to the range', () => {
    expect(clusterBuckets(index, 3, 13, 10)).toEqual([
      { fromMs: 3, toMs: 10, count: 1, firstPosition: 1, firstMs: 5, lastMs: 5 },
      { fromMs: 10, toMs: 13, count: 2, firstPosition: 2, firstMs: 12, lastMs: 12 },
    ]);
    expect(clusterBuckets(index, 13, 13, 10)).toEqual([]);
    expect(countStartingIn(index, 3, 13)).toBe(3);
  });

  const dataset = fc.array(fc.integer({ min: -1000, max: 1000 }), { maxLength: 80 });
  const range = fc.tuple(fc.integer({ min: -1200, max: 1200 }), fc.integer({ min: 1, max: 2400 }));
  const width = fc.integer({ min: 1, max: 500 });

  it('counts every event starting in the range exactly once, and nothing else', () => {
    fc.assert(
      fc.property(dataset, range, width, (starts, [t0, length], bucketMs) => {
        const index = createTimeIndex(starts.map((start, i) => item(String(i), start)));
        const t1 = t0 + length;
        const clusters = clusterBuckets(index, t0, t1, bucketMs);
        const inRange = starts.filter((start) => start >= t0 && start < t1);
        expect(clusters.reduce((sum, c) => sum + c.count, 0)).toBe(inRange.length);
        expect(countStartingIn(index, t0, t1)).toBe(inRange.length);
        for (const c of clusters) {
          expect(c.count).toBe(starts.filter((start) => start >= c.fromMs && start < c.toMs).length);
          expect(c.firstMs).toBeGreaterThanOrEqual(c.fromMs);
          expect(c.lastMs).toBeLessThan(c.toMs);
          expect(c.firstMs).toBeLessThanOrEqual(c.lastMs);
        }
        // In time order and not overlapping.
        for (let i = 1; i < clusters.length; i++) expect(clusters[i]!.fromMs).toBeGreaterThanOrEqual(clusters[i - 1]!.toMs);
      }),
    );
  });

  it('is deterministic, and searches the index once per bucket boundary', () => {
    fc.assert(
      fc.property(dataset, range, width, (starts, [t0, length], bucketMs) => {
        const index = createTimeIndex(starts.map((start, i) => item(String(i), start)));
        let searches = 0;
        const counted = { ...index, firstStartingAtOrAfter: (ms: number) => (searches++, index.firstStartingAtOrAfter(ms)) };
        const t1 = t0 + length;
        const clusters = clusterBuckets(counted, t0, t1, bucketMs);
        const buckets = Math.ceil(t1 / bucketMs) - Math.floor(t0 / bucketMs);
        expect(searches).toBeLessThanOrEqual(buckets + 1);
        expect(clusterBuckets(index, t0, t1, bucketMs)).toEqual(clusters);
      }),
    );
  });

  it('refuses to cut more buckets than a view could show', () => {
    expect(() => clusterBuckets(index, 0, 1e9, 1)).toThrow(RangeError);
  });
});
