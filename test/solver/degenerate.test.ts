import { describe, expect, it } from 'vitest';
import { HybridGeneticSearch } from '../../src/solver/genetic/hybrid-genetic-search.js';
import { IteratedLocalSearch } from '../../src/solver/ils/iterated-local-search.js';
import { ProblemData } from '../../src/solver/problem/problem-data.js';
import { solve } from '../../src/solver/solve.js';
import { euclideanMatrix } from '../helpers/solver-fixtures.js';

function problem(nbClients: number, capacity = 10): ProblemData {
  const xs = Array.from({ length: nbClients + 1 }, (_v, i) => i * 3);
  const m = euclideanMatrix(xs, xs.map(() => 0));
  return new ProblemData({
    depots: [{}],
    clients: Array.from({ length: nbClients }, () => ({ demand: 0 })),
    vehicleTypes: [{ count: 3, capacity, startDepot: 0, endDepot: 0 }],
    distanceMatrices: [m],
    durationMatrices: [m],
  });
}

describe('degenerate problems', () => {
  it.each([
    ['no clients', 0],
    ['one client', 1],
    ['two clients', 2],
  ])('solves a problem with %s', (_name, n) => {
    for (const outerLoop of [new HybridGeneticSearch({ initialIndividuals: 3 }), new IteratedLocalSearch()]) {
      const result = solve(problem(n), { seed: 1, maxIterations: 5, outerLoop });
      expect(result.feasible).toBe(true);
      expect(result.complete).toBe(true);
      expect(result.routes.flatMap((r) => r.clients).sort()).toEqual(Array.from({ length: n }, (_v, i) => i));
      expect(result.cost).toBe(n === 0 ? 0 : 6 * n);
    }
  });

  it('serves zero-demand clients with a zero-capacity vehicle', () => {
    const result = solve(problem(3, 0), { seed: 1, maxIterations: 5, outerLoop: new HybridGeneticSearch({ initialIndividuals: 3 }) });
    expect(result.feasible && result.complete).toBe(true);
    expect(result.routes).toHaveLength(1);
  });

  it('stops after a number of iterations without improvement', () => {
    const result = solve(problem(6), { seed: 1, noImprovementIterations: 7, outerLoop: new HybridGeneticSearch({ initialIndividuals: 3 }) });
    expect(result.stats.iterations).toBeGreaterThanOrEqual(7);
    expect(result.stats.iterations).toBeLessThan(1000);
  });
});
