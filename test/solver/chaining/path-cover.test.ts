import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { minimumPathCover } from '../../../src/solver/chaining/path-cover.js';
import { canFollow } from '../../../src/solver/chaining/trip-links.js';
import { bus, problem, trip } from './chaining-fixtures.js';

/** Fewest chains by brute force: try every assignment of trips to k chains. */
function bruteForceChains(n: number, follows: (a: number, b: number) => boolean, starts: number[]): number {
  const order = Array.from({ length: n }, (_, i) => i).sort((a, b) => starts[a]! - starts[b]!);
  for (let k = 1; k <= n; k++) {
    const lastOf = new Array<number>(k).fill(-1);
    const place = (i: number): boolean => {
      if (i === n) return true;
      const t = order[i]!;
      for (let c = 0; c < k; c++) {
        const last = lastOf[c]!;
        if (last !== -1 && !follows(last, t)) continue;
        lastOf[c] = t;
        if (place(i + 1)) return true;
        lastOf[c] = last;
        if (last === -1) break; // empty chains are interchangeable
      }
      return false;
    };
    if (place(0)) return k;
  }
  return n;
}

describe('minimumPathCover', () => {
  it('needs as few chains as a brute-force search, and its chains are valid', () => {
    const arb = fc.array(fc.record({ start: fc.integer({ min: 0, max: 40 }), len: fc.integer({ min: 1, max: 12 }), from: fc.integer({ min: 0, max: 2 }), to: fc.integer({ min: 0, max: 2 }) }), { minLength: 1, maxLength: 8 });
    fc.assert(
      fc.property(arb, (raw) => {
        const trips = raw.map((r, i) => trip({ group: i, option: 0, startS: r.start * 600, endS: (r.start + r.len) * 600, startLoc: r.from, endLoc: r.to }));
        const p = problem(trips, [bus(50)], 3, 900);
        const selected = Int32Array.from(trips.map((_, i) => i));
        const { chains } = minimumPathCover(p, selected);
        expect(chains.flat().sort((a, b) => a - b)).toEqual(Array.from(selected));
        for (const chain of chains) for (let i = 1; i < chain.length; i++) expect(canFollow(p, chain[i - 1]!, chain[i]!)).toBe(true);
        expect(chains.length).toBe(bruteForceChains(trips.length, (a, b) => canFollow(p, a, b), trips.map((t) => t.startS)));
      }),
      { numRuns: 200 },
    );
  });
});
