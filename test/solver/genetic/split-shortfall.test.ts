import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { Split } from '../../../src/solver/genetic/split.js';
import { compileInstance } from '../../../src/solver/problem/instance.js';
import { Random } from '../../../src/solver/search/random.js';
import { randomProblem } from '../../helpers/solver-fixtures.js';

describe('Split on a fleet too small for the demand', () => {
  it('keeps every client of the tour once, in order, on no more routes than vehicles', () => {
    fc.assert(
      fc.property(fc.integer({ min: 1, max: 1_000_000 }), fc.integer({ min: 1, max: 3 }), fc.boolean(), (seed, count, windows) => {
        // 20 clients of demand 1–9 against one or two types of count 1–3 and capacity 10–29
        const inst = compileInstance(randomProblem(seed, { nbClients: 20, count, nbTypes: 1 + (seed % 2), timeWindows: windows }));
        const split = new Split(inst);
        const vehicles = Array.from(inst.types.slots).reduce((a, b) => a + b, 0);
        const rng = new Random(seed);
        // several tours through one Split: state left by one run must not leak into the next
        for (let k = 0; k < 4; k++) {
          const tour = rng.shuffle(Array.from({ length: 20 }, (_v, i) => i));
          const routes = split.run(tour, 1 + rng.int(100), 1);
          expect(routes.flatMap((r) => r.clients)).toEqual(tour);
          expect(routes.length).toBeLessThanOrEqual(vehicles);
          for (const r of routes) expect(r.type).toBeGreaterThanOrEqual(0);
        }
      }),
      { numRuns: 100 },
    );
  });
});
