import fc from 'fast-check';
import { resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { HybridGeneticSearch } from '../../src/solver/genetic/hybrid-genetic-search.js';
import { readBenchmark } from '../../src/solver/io/read-benchmark.js';
import { MISSING_EDGE } from '../../src/solver/problem/problem-input.js';
import { ProblemData } from '../../src/solver/problem/problem-data.js';
import { solve } from '../../src/solver/solve.js';
import { bruteForceOptimum } from '../helpers/brute-force.js';
import { euclideanMatrix, lineProblem, randomProblem } from '../helpers/solver-fixtures.js';

const quick = () => new HybridGeneticSearch({ initialIndividuals: 10 });

describe('solve', () => {
  it('serves 4 clients on a line with two vehicles of capacity 10 (easy to check by hand)', () => {
    const result = solve(lineProblem(10), { seed: 1, maxIterations: 50, outerLoop: quick() });
    expect(result.feasible).toBe(true);
    expect(result.routes).toHaveLength(2);
    // each route serves two clients; best is {1,2} (out 20 back 20) and {3,4} (out 40 back 40)
    expect(result.cost).toBe(120);
  });

  it.each([1, 2, 3, 4, 5, 6])('matches the brute-force optimum on small instance %i (n <= 8)', (seed) => {
    const data = randomProblem(seed * 101, { nbClients: 5 + (seed % 4), timeWindows: seed % 2 === 0, count: 8, fixedCost: 0 });
    const expected = bruteForceOptimum(data);
    const result = solve(data, { seed: 1, maxIterations: 300, outerLoop: quick() });
    if (expected === Infinity) expect(result.feasible && result.complete).toBe(false);
    else {
      expect(result.feasible && result.complete).toBe(true);
      expect(result.cost).toBe(expected);
    }
  });

  it('reaches the known optimum 784 on A-n32-k5 with seed 1 (regression)', () => {
    const inst = readBenchmark(resolve(import.meta.dirname, '../../data/benchmarks/cvrp/A-n32-k5.vrp'));
    const result = solve(inst.data, { seed: 1, maxIterations: 1500 });
    expect(result.cost).toBe(784);
  });

  it('finds a feasible R101 (tight windows) solution with few vehicles in a short run', () => {
    const inst = readBenchmark(resolve(import.meta.dirname, '../../data/benchmarks/vrptw/R101.txt'));
    const result = solve(inst.data, { seed: 1, maxIterations: 100, minimiseVehicles: true, outerLoop: new HybridGeneticSearch({ initialIndividuals: 12 }) });
    expect(result.feasible && result.complete).toBe(true);
    expect(result.routes.length).toBeLessThanOrEqual(21);
  });

  it('is deterministic for a seed and an iteration limit', () => {
    const data = randomProblem(77, { nbClients: 25, timeWindows: true });
    const a = solve(data, { seed: 5, maxIterations: 60, outerLoop: quick() });
    const b = solve(data, { seed: 5, maxIterations: 60, outerLoop: quick() });
    expect(a.routes.map((r) => r.clients)).toEqual(b.routes.map((r) => r.clients));
  });

  it('reports clients it cannot serve with reasons instead of throwing', () => {
    const xs = [0, 10, 20, 30, 40];
    const m = euclideanMatrix(xs, xs.map(() => 0));
    const dur = m.slice();
    dur[0 * 5 + 3] = MISSING_EDGE;
    dur[3 * 5 + 0] = MISSING_EDGE;
    const data = new ProblemData({
      depots: [{ twLateS: 1000 }],
      clients: [
        { demand: 70 },
        { demand: 1, twEarlyS: 0, twLateS: 5 },
        { demand: 1 },
        { demand: 1, maxRideTimeS: 10 },
      ],
      vehicleTypes: [{ count: 2, capacity: 57, startDepot: 0, endDepot: 0 }],
      distanceMatrices: [m],
      durationMatrices: [dur],
    });
    const result = solve(data, { seed: 1, maxIterations: 20, outerLoop: quick() });
    expect(result.unassigned).toEqual([
      { client: 0, reason: 'demand_exceeds_capacity' },
      { client: 1, reason: 'time_window' },
      { client: 2, reason: 'unreachable' },
      { client: 3, reason: 'ride_time' },
    ]);
    expect(result.complete).toBe(false);
    expect(result.routes).toEqual([]);
  });
});

/** Checks a route by driving it: the solver's figures are not trusted. */
function checkRoute(data: ProblemData, r: { vehicleType: number; clients: readonly number[]; startTimeS: number }): string[] {
  const t = data.vehicleTypes[r.vehicleType]!;
  const D = data.depots.length;
  const side = data.nbLocations;
  const dur = data.durationMatrices[t.profile]!;
  const tt = (a: number, b: number) => (a < 0 || b < 0 ? 0 : dur[a * side + b]!);
  const errors: string[] = [];
  const load = r.clients.reduce((s, c) => s + data.clients[c]!.demand, 0);
  if (load > t.capacity) errors.push(`load ${load} > ${t.capacity}`);
  let time = r.startTimeS;
  const startDepot = t.startDepot === null ? undefined : data.depots[t.startDepot];
  if (time < Math.max(t.twEarlyS, startDepot?.twEarlyS ?? 0)) errors.push('starts too early');
  let prev = t.startDepot ?? -1;
  const arrive: number[] = [];
  const leave: number[] = [];
  for (const c of r.clients) {
    time += tt(prev, D + c);
    arrive.push(time);
    const cl = data.clients[c]!;
    time = Math.max(time, cl.twEarlyS);
    if (time > cl.twLateS) errors.push(`client ${c} served at ${time} after ${cl.twLateS}`);
    time += cl.serviceDurationS;
    leave.push(time);
    prev = D + c;
  }
  time += tt(prev, t.endDepot ?? -1);
  const endLate = Math.min(t.twLateS, t.endDepot === null ? Infinity : data.depots[t.endDepot]!.twLateS);
  if (time > endLate) errors.push(`ends at ${time} after ${endLate}`);
  if (time - r.startTimeS > t.maxDurationS) errors.push('route too long');
  r.clients.forEach((c, i) => {
    const ride = t.direction === 'pickup' ? time - leave[i]! : arrive[i]! - r.startTimeS;
    if (ride > data.clients[c]!.maxRideTimeS) errors.push(`client ${c} rides ${ride} > ${data.clients[c]!.maxRideTimeS}`);
  });
  return errors;
}

describe('solutions reported feasible', () => {
  it('never break capacity, time windows, duration or ride times, and serve every client once', () => {
    fc.assert(
      fc.property(fc.integer({ min: 1, max: 1_000_000 }), fc.boolean(), fc.boolean(), (seed, windows, rides) => {
        const data = randomProblem(seed, { nbClients: 12, timeWindows: windows, rideTimes: rides, openRoutes: true, nbTypes: 2, count: 4, maxDurationS: 2000 });
        const result = solve(data, { seed, maxIterations: 40, outerLoop: new HybridGeneticSearch({ initialIndividuals: 5 }) });
        const served = [...result.routes.flatMap((r) => r.clients), ...result.unassigned.map((u) => u.client)].sort((a, b) => a - b);
        expect(served).toEqual(Array.from(data.clients.keys()));
        const perType = data.vehicleTypes.map((_t, k) => result.routes.filter((r) => r.vehicleType === k).length);
        perType.forEach((used, k) => expect(used).toBeLessThanOrEqual(data.vehicleTypes[k]!.count));
        for (const r of result.routes) if (r.feasible) expect(checkRoute(data, r)).toEqual([]);
        if (result.feasible) expect(result.routes.every((r) => r.feasible)).toBe(true);
      }),
      { numRuns: 60 },
    );
  });
});
