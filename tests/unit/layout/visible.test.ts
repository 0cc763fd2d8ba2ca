import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { createTimeIndex, nearest } from '../../../src/layout/visible';
import type { DatedItem } from '../../../src/layout/types';

const item = (id: string, startMs: number, endMs: number): DatedItem => ({ id, parsedDate: { startMs, endMs } });
const ids = (items: readonly DatedItem[]) => items.map((i) => i.id);

describe('createTimeIndex', () => {
  const items = [item('c', 30, 40), item('a', 0, 10), item('long', 5, 1000), item('b', 10, 20), item('d', 50, 51)];
  const index = createTimeIndex(items);

  it('finds the items overlapping a half-open range, in time order', () => {
    expect(ids(index.query(12, 35))).toEqual(['long', 'b', 'c']);
    expect(ids(index.query(10, 11))).toEqual(['long', 'b']);
    expect(ids(index.query(40, 50))).toEqual(['long']);
    expect(ids(index.query(-100, 1))).toEqual(['a']);
    expect(ids(index.query(2000, 3000))).toEqual([]);
  });

  it('finds nothing in an empty or reversed range, or in an empty index', () => {
    expect(index.query(12, 12)).toEqual([]);
    expect(index.query(35, 12)).toEqual([]);
    expect(createTimeIndex([]).query(-Infinity, Infinity)).toEqual([]);
  });

  it('walks the items in time order for keyboard navigation', () => {
    expect(index.first()?.id).toBe('a');
    expect(index.last()?.id).toBe('d');
    expect(index.next('a')?.id).toBe('long');
    expect(index.next('long')?.id).toBe('b');
    expect(index.previous('b')?.id).toBe('long');
    expect(index.next('d')).toBeUndefined();
    expect(index.previous('a')).toBeUndefined();
    expect(index.next('unknown')).toBeUndefined();
    expect(index.positionOf('c')).toBe(3);
    expect(index.size).toBe(5);
  });

  it('orders items with the same start by end, then as given', () => {
    const tied = createTimeIndex([item('x', 0, 20), item('y', 0, 10), item('z', 0, 10)]);
    expect(ids([tied.at(0)!, tied.at(1)!, tied.at(2)!])).toEqual(['y', 'z', 'x']);
  });
});

describe('nearest', () => {
  const index = createTimeIndex([item('a', 0, 1), item('b', 100, 101), item('b2', 100, 150), item('c', 200, 201)]);

  it('goes forward to the first item starting at or after a time', () => {
    expect(nearest(index, 50, 'forward')?.id).toBe('b');
    expect(nearest(index, 100, 'forward')?.id).toBe('b');
    expect(nearest(index, 201, 'forward')).toBeUndefined();
  });

  it('goes backward to the last item starting at or before a time', () => {
    expect(nearest(index, 150, 'backward')?.id).toBe('b2');
    expect(nearest(index, 100, 'backward')?.id).toBe('b2');
    expect(nearest(index, -1, 'backward')).toBeUndefined();
  });

  it('takes the closer of the two otherwise, forward on a tie', () => {
    expect(nearest(index, 40)?.id).toBe('a');
    expect(nearest(index, 60)?.id).toBe('b');
    expect(nearest(index, 150)?.id).toBe('c');
    expect(nearest(index, 1000)?.id).toBe('c');
    expect(nearest(createTimeIndex([]), 0)).toBeUndefined();
  });
});

const itemsArb = fc
  .array(fc.tuple(fc.integer({ min: -500, max: 500 }), fc.integer({ min: 1, max: 400 })), { maxLength: 150 })
  .map((pairs) => pairs.map(([start, length], i) => item(`i${i}`, start, start + length)));

describe('time index properties', () => {
  it('query returns exactly the brute-force set of overlapping items', () => {
    fc.assert(
      fc.property(itemsArb, fc.integer({ min: -1000, max: 1000 }), fc.integer({ min: 1, max: 600 }), (items, t0, length) => {
        const t1 = t0 + length;
        const expected = items.filter((i) => i.parsedDate.startMs < t1 && i.parsedDate.endMs > t0);
        const found = createTimeIndex(items).query(t0, t1);
        expect(new Set(ids(found))).toEqual(new Set(ids(expected)));
        expect(found).toHaveLength(expected.length);
      }),
    );
  });

  it('returns query results and navigation in the same time order', () => {
    fc.assert(
      fc.property(itemsArb, (items) => {
        const index = createTimeIndex(items);
        const all = index.query(-Infinity, Infinity);
        expect(all).toHaveLength(items.length);
        for (let i = 1; i < all.length; i++) {
          expect(all[i]!.parsedDate.startMs).toBeGreaterThanOrEqual(all[i - 1]!.parsedDate.startMs);
        }
        const walked: DatedItem[] = [];
        for (let current = index.first(); current; current = index.next(current.id)) walked.push(current);
        expect(walked).toEqual(all);
        const backwards: DatedItem[] = [];
        for (let current = index.last(); current; current = index.previous(current.id)) backwards.push(current);
        expect(backwards.reverse()).toEqual(all);
      }),
    );
  });

  it('nearest agrees with a linear search', () => {
    fc.assert(
      fc.property(itemsArb, fc.integer({ min: -1000, max: 1000 }), (items, ms) => {
        const index = createTimeIndex(items);
        const inOrder = index.query(-Infinity, Infinity);
        const forward = inOrder.find((i) => i.parsedDate.startMs >= ms);
        const backward = inOrder.findLast((i) => i.parsedDate.startMs <= ms);
        expect(nearest(index, ms, 'forward')).toBe(forward);
        expect(nearest(index, ms, 'backward')).toBe(backward);
        const either = nearest(index, ms, 'either');
        const distance = (i: DatedItem | undefined) => (i ? Math.abs(i.parsedDate.startMs - ms) : Infinity);
        expect(distance(either)).toBe(Math.min(distance(forward), distance(backward)));
      }),
    );
  });
});

describe('time index cost', () => {
  it('answers narrow queries much faster than a scan, even with one item spanning everything', () => {
    const many = Array.from({ length: 100_000 }, (_, i) => item(`e${i}`, i * 10, i * 10 + 5));
    const all = [item('everything', 0, 2_000_000), ...many];
    const index = createTimeIndex(all);
    const ranges = Array.from({ length: 50 }, (_, q) => [q * 19_997, q * 19_997 + 50] as const);
    const timed = (query: (t0: number, t1: number) => DatedItem[]) => {
      const started = performance.now();
      for (const [t0, t1] of ranges) expect(query(t0, t1).length).toBeLessThanOrEqual(7);
      return performance.now() - started;
    };
    const scan = (t0: number, t1: number) => all.filter((i) => i.parsedDate.startMs < t1 && i.parsedDate.endMs > t0);
    timed(index.query); // warm up the JIT before comparing
    // A scan touches 100,001 items per query, the index about 7 leaves and their ancestors.
    expect(timed(index.query) * 10).toBeLessThan(timed(scan));
  });
});
