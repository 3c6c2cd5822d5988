import { resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { InvalidInput } from '../../../src/domain/errors.js';
import { toBenchmarkSolution } from '../../../src/solver/io/benchmark-solution.js';
import { readBenchmark } from '../../../src/solver/io/read-benchmark.js';
import { readSolution, writeSolution } from '../../../src/solver/io/solution-file.js';
import { HybridGeneticSearch } from '../../../src/solver/genetic/hybrid-genetic-search.js';
import { solve } from '../../../src/solver/solve.js';

const DATA = resolve(import.meta.dirname, '../../../data/benchmarks');

describe('solution files', () => {
  it.each([
    ['cvrp/A-n32-k5.vrp', 0],
    ['vrptw/C201.txt', 2],
  ] as const)('re-read %s to the same routes and cost', (file, decimals) => {
    const inst = readBenchmark(`${DATA}/${file}`);
    const sol = toBenchmarkSolution(inst, solve(inst.data, { seed: 3, maxIterations: 10, outerLoop: new HybridGeneticSearch({ initialIndividuals: 4 }) }));
    const text = writeSolution(sol, decimals);
    expect(text).toMatch(/^Route #1: \d+( \d+)*\n/);
    const back = readSolution(text);
    expect(back.routes).toEqual(sol.routes);
    const recomputed = back.routes.reduce((s, r) => s + inst.routeLength(r.map((c) => c - 1)), 0);
    expect(back.cost).toBeCloseTo(recomputed, decimals);
    // every client exactly once, the depot never written
    expect(back.routes.flat().sort((a, b) => a - b)).toEqual(Array.from(inst.data.clients.keys(), (c) => c + 1));
  });

  it('rejects a file without a cost line', () => {
    expect(() => readSolution('Route #1: 1 2\n')).toThrow(InvalidInput);
  });
});
