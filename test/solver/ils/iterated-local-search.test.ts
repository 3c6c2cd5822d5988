import { describe, expect, it } from 'vitest';
import { IteratedLocalSearch } from '../../../src/solver/ils/iterated-local-search.js';
import { solve } from '../../../src/solver/solve.js';
import { bruteForceOptimum } from '../../helpers/brute-force.js';
import { lineProblem, randomProblem } from '../../helpers/solver-fixtures.js';

describe('iterated local search', () => {
  it('can replace the genetic search behind the same interface', () => {
    const result = solve(lineProblem(10), { seed: 2, maxIterations: 50, outerLoop: new IteratedLocalSearch() });
    expect(result.stats.outerLoop).toBe('ils');
    expect(result.cost).toBe(120);
  });

  it('matches the brute-force optimum on a small instance', () => {
    const data = randomProblem(4242, { nbClients: 7, count: 7, fixedCost: 0 });
    const result = solve(data, { seed: 1, maxIterations: 300, outerLoop: new IteratedLocalSearch() });
    expect(result.feasible).toBe(true);
    expect(result.cost).toBe(bruteForceOptimum(data));
  });
});
