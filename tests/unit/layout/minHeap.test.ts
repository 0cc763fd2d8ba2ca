import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { MinHeap } from '../../../src/layout/minHeap';

describe('MinHeap', () => {
  it('is empty at first', () => {
    const heap = new MinHeap<number>((a, b) => a < b);
    expect(heap.size).toBe(0);
    expect(heap.peek()).toBeUndefined();
    expect(heap.pop()).toBeUndefined();
  });

  it('pops in ascending order whatever the push order', () => {
    fc.assert(
      fc.property(fc.array(fc.integer()), (values) => {
        const heap = new MinHeap<number>((a, b) => a < b);
        values.forEach((v) => heap.push(v));
        const popped: number[] = [];
        while (heap.size > 0) popped.push(heap.pop() as number);
        expect(popped).toEqual([...values].sort((a, b) => a - b));
      }),
    );
  });

  it('stays ordered when pushes and pops interleave', () => {
    fc.assert(
      fc.property(fc.array(fc.option(fc.integer({ min: 0, max: 50 }), { nil: undefined })), (operations) => {
        const heap = new MinHeap<number>((a, b) => a < b);
        const model: number[] = [];
        for (const operation of operations) {
          if (operation === undefined) {
            model.sort((a, b) => a - b);
            expect(heap.pop()).toBe(model.shift());
          } else {
            heap.push(operation);
            model.push(operation);
          }
          expect(heap.size).toBe(model.length);
        }
      }),
    );
  });
});
