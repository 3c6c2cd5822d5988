import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { maximumMatching, type CsrAdjacency } from '../../../src/solver/chaining/bipartite-matching.js';

function csr(leftCount: number, rightCount: number, edges: readonly (readonly number[])[]): CsrAdjacency {
  const offsets = new Int32Array(leftCount + 1);
  const flat: number[] = [];
  for (let u = 0; u < leftCount; u++) {
    offsets[u] = flat.length;
    flat.push(...(edges[u] ?? []));
  }
  offsets[leftCount] = flat.length;
  return { leftCount, rightCount, offsets, targets: Int32Array.from(flat) };
}

/** Kuhn's simple augmenting-path algorithm: the reference. */
function kuhn(leftCount: number, rightCount: number, edges: readonly (readonly number[])[]): number {
  const matchRight = new Array<number>(rightCount).fill(-1);
  const tryKuhn = (u: number, seen: boolean[]): boolean => {
    for (const v of edges[u] ?? []) {
      if (seen[v]) continue;
      seen[v] = true;
      if (matchRight[v] === -1 || tryKuhn(matchRight[v]!, seen)) {
        matchRight[v] = u;
        return true;
      }
    }
    return false;
  };
  let size = 0;
  for (let u = 0; u < leftCount; u++) if (tryKuhn(u, new Array<boolean>(rightCount).fill(false))) size++;
  return size;
}

describe('maximumMatching', () => {
  it('finds the perfect matching that the greedy start misses', () => {
    // Greedy matches 0-0 first; the maximum needs 0-1 and 1-0.
    const m = maximumMatching(csr(2, 2, [[0, 1], [0]]));
    expect(m.size).toBe(2);
    expect(Array.from(m.matchLeft)).toEqual([1, 0]);
  });

  it('matches as many pairs as the reference algorithm, consistently on both sides', () => {
    const graph = fc.integer({ min: 1, max: 12 }).chain((left) =>
      fc.integer({ min: 1, max: 12 }).chain((right) =>
        fc.tuple(fc.constant(left), fc.constant(right), fc.array(fc.uniqueArray(fc.integer({ min: 0, max: right - 1 }), { maxLength: right }), { minLength: left, maxLength: left })),
      ),
    );
    fc.assert(
      fc.property(graph, ([left, right, edges]) => {
        const m = maximumMatching(csr(left, right, edges));
        expect(m.size).toBe(kuhn(left, right, edges));
        let pairs = 0;
        for (let u = 0; u < left; u++) {
          const v = m.matchLeft[u]!;
          if (v === -1) continue;
          pairs++;
          expect(edges[u]).toContain(v);
          expect(m.matchRight[v]).toBe(u);
        }
        expect(pairs).toBe(m.size);
      }),
      { numRuns: 400 },
    );
  });
});
