import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { HybridGeneticSearch } from '../../src/solver/genetic/hybrid-genetic-search.js';
import { ProblemData } from '../../src/solver/problem/problem-data.js';
import { solve } from '../../src/solver/solve.js';
import { euclideanMatrix, randomProblem } from '../helpers/solver-fixtures.js';

describe('large fixed costs', () => {
  it('never buy a vehicle back with one student too many: 3 stops of 5 on buses of 9, fixed cost 100 000', () => {
    const xs = [0, 10, 20, 30];
    const m = euclideanMatrix(xs, xs.map(() => 0));
    const data = new ProblemData({
      depots: [{}],
      clients: [1, 2, 3].map(() => ({ demand: 5 })),
      vehicleTypes: [{ count: 3, capacity: 9, fixedCost: 100_000, startDepot: 0, endDepot: 0 }],
      distanceMatrices: [m],
      durationMatrices: [m],
    });
    const result = solve(data, { seed: 1, maxIterations: 30, outerLoop: new HybridGeneticSearch({ initialIndividuals: 4 }) });
    expect(result.feasible).toBe(true);
    expect(result.routes).toHaveLength(3);
  });

  it('never buy a vehicle back with a ride 41 s too long: two stops 100 from the school, 141 apart, rides of 200 s at most', () => {
    const m = euclideanMatrix([0, 100, 0], [0, 0, 100]);
    const data = new ProblemData({
      depots: [{}],
      clients: [{ demand: 1, maxRideTimeS: 200 }, { demand: 1, maxRideTimeS: 200 }],
      vehicleTypes: [{ count: 2, capacity: 9, fixedCost: 100_000, startDepot: 0, endDepot: null, direction: 'dropOff' }],
      distanceMatrices: [m],
      durationMatrices: [m],
    });
    const result = solve(data, { seed: 1, maxIterations: 30, outerLoop: new HybridGeneticSearch({ initialIndividuals: 4 }) });
    expect(result.feasible).toBe(true);
    expect(result.routes).toHaveLength(2);
  });

  it('come back feasible and complete when a vehicle per client is available', () => {
    fc.assert(
      fc.property(fc.integer({ min: 1, max: 1_000_000 }), fc.boolean(), fc.constantFrom(10_000, 100_000, 1_000_000), (seed, open, fixedCost) => {
        const data = randomProblem(seed, { nbClients: 10, nbTypes: 1 + (seed % 2), openRoutes: open, fixedCost, rideTimeWeight: seed % 3 === 0 ? 0.001 : 0 });
        const result = solve(data, { seed, maxIterations: 60, outerLoop: new HybridGeneticSearch({ initialIndividuals: 8 }) });
        expect(result.complete).toBe(true);
        expect(result.feasible).toBe(true);
      }),
      { numRuns: 40 },
    );
  });
});
