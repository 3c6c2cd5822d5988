import { describe, expect, it } from 'vitest';
import { HybridGeneticSearch } from '../../src/solver/genetic/hybrid-genetic-search.js';
import { ProblemData } from '../../src/solver/problem/problem-data.js';
import type { VehicleTypeInput } from '../../src/solver/problem/problem-input.js';
import { solve } from '../../src/solver/solve.js';

/**
 * A synthetic valley: the school at km 0 and 12 village stops along a road at km 2, 4, … 24, one minute
 * per km (exactly predictable travel times). Distances in metres, times in seconds.
 */
function valley(vehicleTypes: VehicleTypeInput[], maxRideTimeS = 7200, demand = (i: number) => 4 + (i % 5) * 3): ProblemData {
  const km = [0, ...Array.from({ length: 12 }, (_v, i) => 2 * (i + 1))];
  const n = km.length;
  const dist = new Int32Array(n * n);
  const dur = new Int32Array(n * n);
  for (let i = 0; i < n; i++) {
    for (let j = 0; j < n; j++) {
      dist[i * n + j] = Math.abs(km[i]! - km[j]!) * 1000;
      dur[i * n + j] = Math.abs(km[i]! - km[j]!) * 60;
    }
  }
  return new ProblemData({
    depots: [{ x: 0, y: 0 }],
    clients: km.slice(1).map((k, i) => ({ demand: demand(i), serviceDurationS: 20 + 5 * demand(i), maxRideTimeS, x: k, y: 0 })),
    vehicleTypes,
    distanceMatrices: [dist],
    durationMatrices: [dur],
  });
}

const quick = { seed: 3, maxIterations: 150, outerLoop: new HybridGeneticSearch({ initialIndividuals: 12 }) };
const DISMISSAL_S = 16 * 3600;

describe('weekend trips', () => {
  it('plans Friday drop-offs from the school with open ends, riding at most the limit from departure', () => {
    const data = valley([
      { count: 2, capacity: 19, fixedCost: 300_000, startDepot: 0, endDepot: null, direction: 'dropOff', twEarlyS: DISMISSAL_S, startLateS: DISMISSAL_S },
      { count: 2, capacity: 57, fixedCost: 500_000, startDepot: 0, endDepot: null, direction: 'dropOff', twEarlyS: DISMISSAL_S, startLateS: DISMISSAL_S },
    ], 1800);
    const result = solve(data, quick);
    expect(result.feasible && result.complete).toBe(true);
    for (const r of result.routes) {
      expect(r.startTimeS).toBe(DISMISSAL_S);
      expect(r.load).toBeLessThanOrEqual(data.vehicleTypes[r.vehicleType]!.capacity);
      // open end: the distance is to the farthest stop and not back
      const far = Math.max(...r.clients.map((c) => 2 * (c + 1)));
      expect(r.distance).toBe(far * 1000);
      // ride from leaving school to arrival at each stop, services of earlier stops included
      let t = 0;
      let prevKm = 0;
      for (const c of r.clients) {
        t += Math.abs(2 * (c + 1) - prevKm) * 60;
        expect(t).toBeLessThanOrEqual(1800);
        t += data.clients[c]!.serviceDurationS;
        prevKm = 2 * (c + 1);
      }
    }
  });

  it('plans Sunday pickups with open starts that reach the school by the deadline, rides within the limit', () => {
    const deadline = 17 * 3600;
    const data = valley([{ count: 4, capacity: 57, fixedCost: 500_000, startDepot: null, endDepot: 0, direction: 'pickup', twLateS: deadline }], 1500);
    const result = solve(data, quick);
    expect(result.feasible && result.complete).toBe(true);
    for (const r of result.routes) {
      expect(r.endTimeS).toBeLessThanOrEqual(deadline);
      // open start: no approach drive is costed; the route runs from its first stop towards the school
      const first = 2 * (r.clients[0]! + 1);
      expect(r.distance).toBeGreaterThanOrEqual(first * 1000);
      let ride = 0;
      let atKm = 0;
      for (const c of [...r.clients].reverse()) {
        ride += Math.abs(2 * (c + 1) - atKm) * 60;
        expect(ride).toBeLessThanOrEqual(1500);
        ride += data.clients[c]!.serviceDurationS;
        atKm = 2 * (c + 1);
      }
    }
  });

  it('leaves clients out with a reason when the fleet cannot carry everyone, and more when dropping is asked for', () => {
    const data = valley([{ count: 1, capacity: 19, startDepot: 0, endDepot: 0, direction: 'dropOff' }]);
    const load = (r: { routes: readonly { clients: readonly number[] }[] }) =>
      r.routes.flatMap((x) => x.clients).reduce((s, c) => s + data.clients[c]!.demand, 0);
    const kept = solve(data, quick);
    expect(kept.complete).toBe(false);
    expect(load(kept)).toBeLessThanOrEqual(19);
    expect(kept.unassigned.every((u) => u.reason === 'fleet_capacity')).toBe(true);
    const dropped = solve(data, { ...quick, dropInfeasible: true });
    expect(dropped.feasible).toBe(true);
    expect(dropped.complete).toBe(false);
    expect(load(dropped)).toBeLessThanOrEqual(19);
    expect(dropped.unassigned.every((u) => u.reason === 'fleet_capacity' || u.reason === 'no_feasible_route_found')).toBe(true);
  });

  it('uses fewer vehicles first when asked, even at a longer distance', () => {
    const data = valley([{ count: 6, capacity: 57, startDepot: 0, endDepot: 0, direction: 'dropOff' }], 7200);
    const fewest = solve(data, { ...quick, minimiseVehicles: true });
    const total = data.clients.reduce((s, c) => s + c.demand, 0);
    expect(fewest.feasible).toBe(true);
    expect(fewest.routes).toHaveLength(Math.ceil(total / 57));
  });
});
