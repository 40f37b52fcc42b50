import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { createMinHeap } from '../../src/layout/minHeap.js';

// `+ 0` turns -0 into 0: the two tie in the heap but differ for toEqual.
const keys = fc.array(
  fc.double({ noNaN: true }).map((key) => key + 0),
  { maxLength: 200 },
);

describe('createMinHeap()', () => {
  it('pops values in key order, whatever order they were pushed in', () => {
    fc.assert(
      fc.property(keys, (list) => {
        const heap = createMinHeap();
        for (const [i, key] of list.entries()) heap.push(key, i);
        const popped: number[] = [];
        while (heap.size() > 0) popped.push(list[heap.pop()] as number);
        expect(popped).toEqual([...list].sort((a, b) => a - b));
        expect(heap.pop()).toBe(-1);
        expect(heap.peekKey()).toBe(Number.POSITIVE_INFINITY);
      }),
    );
  });
});
