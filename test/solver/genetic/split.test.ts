import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { Split } from '../../../src/solver/genetic/split.js';
import { compileInstance } from '../../../src/solver/problem/instance.js';
import { evaluateRoute } from '../../../src/solver/solution/route-evaluation.js';
import { Random } from '../../../src/solver/search/random.js';
import { randomProblem } from '../../helpers/solver-fixtures.js';

describe('Split', () => {
  it('cuts a giant tour at least as well as every one of its 2^(n−1) cuttings', () => {
    fc.assert(
      fc.property(fc.integer({ min: 1, max: 1_000_000 }), fc.boolean(), (seed, windows) => {
        const inst = compileInstance(randomProblem(seed, { nbClients: 8, timeWindows: windows, nbTypes: 2 }));
        const tour = new Random(seed).shuffle(Array.from({ length: 8 }, (_v, i) => i));
        // a load penalty high enough that Split's cut-off at 1.5 × capacity cannot exclude an optimal route
        const [pL, pT] = [1000, 2];
        const cost = (type: number, cs: number[]) => {
          const f = evaluateRoute(inst, type, cs);
          return f.baseCost + pL * f.excessLoad + pT * f.excessTimeS;
        };
        const routes = new Split(inst).run(tour, pL, pT);
        expect(routes.flatMap((r) => r.clients)).toEqual(tour);
        const got = routes.reduce((s, r) => s + cost(r.type, [...r.clients]), 0);
        let best = Infinity;
        for (let mask = 0; mask < 1 << 7; mask++) {
          let total = 0;
          let start = 0;
          for (let i = 1; i <= 8; i++) {
            if (i === 8 || mask & (1 << (i - 1))) {
              const cs = tour.slice(start, i);
              total += Math.min(cost(0, cs), cost(1, cs));
              start = i;
            }
          }
          best = Math.min(best, total);
        }
        expect(got).toBeCloseTo(best, 6);
      }),
      { numRuns: 60 },
    );
  });
});
