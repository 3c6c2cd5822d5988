import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { IndexedMinHeap } from '../../src/network/indexed-min-heap.js';

describe('IndexedMinHeap', () => {
  it('pops nodes in key order after any pushes and decreases', () => {
    fc.assert(
      fc.property(fc.array(fc.integer({ min: 0, max: 1000 }), { minLength: 1, maxLength: 60 }), fc.array(fc.nat(), { maxLength: 30 }), (keys, cuts) => {
        const heap = new IndexedMinHeap(keys.length);
        const current = [...keys];
        keys.forEach((k, node) => heap.push(node, k));
        for (const c of cuts) {
          const node = c % keys.length;
          const lower = current[node]! - (c % 7);
          if (lower < current[node]!) {
            current[node] = lower;
            heap.decrease(node, lower);
          }
        }
        const popped: number[] = [];
        while (heap.size > 0) popped.push(current[heap.pop()]!);
        expect(popped).toEqual([...current].sort((a, b) => a - b));
      }),
    );
  });
});
