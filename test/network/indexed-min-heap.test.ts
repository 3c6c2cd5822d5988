import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { siftDown, siftUp } from '../../src/network/indexed-min-heap.js';

describe('indexed min-heap', () => {
  it('pops nodes in key order after any pushes and decreases', () => {
    fc.assert(
      fc.property(fc.array(fc.integer({ min: 0, max: 1000 }), { minLength: 1, maxLength: 60 }), fc.array(fc.nat(), { maxLength: 30 }), (initial, cuts) => {
        const n = initial.length;
        const nodes = new Int32Array(n);
        const keys = new Float64Array(n);
        const pos = new Int32Array(n);
        let size = 0;
        const current = [...initial];
        current.forEach((k, node) => siftUp(nodes, keys, pos, size++, node, k));
        for (const c of cuts) {
          const node = c % n;
          const lower = current[node]! - (c % 7);
          if (lower < current[node]!) {
            current[node] = lower;
            siftUp(nodes, keys, pos, pos[node]!, node, lower);
          }
        }
        const popped: number[] = [];
        while (size > 0) {
          const top = nodes[0]!;
          if (--size > 0) siftDown(nodes, keys, pos, size, nodes[size]!, keys[size]!);
          popped.push(current[top]!);
        }
        expect(popped).toEqual([...current].sort((a, b) => a - b));
      }),
    );
  });
});
