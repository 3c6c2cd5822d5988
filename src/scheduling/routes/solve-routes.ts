import type { Direction } from '../../domain/school.js';
import type { TravelMatrix } from '../../network/travel-matrix.js';
import { MISSING_EDGE } from '../../solver/problem/problem-input.js';
import { ProblemData } from '../../solver/problem/problem-data.js';
import { solve } from '../../solver/solve.js';
import type { RouteClient } from './route-template.js';
import type { DwellRule } from './time-route.js';

/** How one routing alternative trades vehicles against ride time (the school-bus literature's scenarios). */
export interface AlternativeSpec {
  readonly name: 'fewest_vehicles' | 'shorter_rides' | 'balanced' | 'mid_size';
  /** Cost of one vehicle in metres of driving (scaled by its size; see `vehicleTypes`). */
  readonly vehicleCostM: number;
  /** Cost per passenger-second of ride, in metres. */
  readonly rideTimeWeight: number;
  /** Largest vehicle the alternative may plan for (null = any): keeps the few big coaches free. */
  readonly maxCapacity: number | null;
}

/**
 * The alternatives generated per school: fewest vehicles (a high fixed cost, distance only), shorter rides
 * (ride time weighed heavily), one balanced, and one on mid-size coaches only (the big ones are few).
 * The routing engine scales its penalties to the fixed costs, so any size of fixed cost gives feasible
 * routes when they exist; every route is checked anyway.
 */
export const ALTERNATIVES: readonly AlternativeSpec[] = [
  { name: 'fewest_vehicles', vehicleCostM: 30_000, rideTimeWeight: 0, maxCapacity: null },
  { name: 'shorter_rides', vehicleCostM: 5_000, rideTimeWeight: 1.5, maxCapacity: null },
  { name: 'balanced', vehicleCostM: 15_000, rideTimeWeight: 0.3, maxCapacity: null },
  { name: 'mid_size', vehicleCostM: 15_000, rideTimeWeight: 0.1, maxCapacity: 41 },
];

/** A size class of the fleet: approved capacity and how many vehicles have it. */
export interface CapacityClass {
  readonly capacity: number;
  readonly count: number;
}

/** Inputs of one routing call: a terminal (gate or pier) and the clients it serves one way. */
export interface RoutingCall {
  readonly matrix: TravelMatrix;
  readonly terminal: string;
  readonly clients: readonly RouteClient[];
  readonly direction: Direction;
  readonly fleet: readonly CapacityClass[];
  readonly dwell: DwellRule;
  /** Boats run pier → landings → pier; buses run open at the far end. */
  readonly closed: boolean;
  /** Boats run in waves (one boat, several runs): then each size class may run as many routes as needed. */
  readonly unlimitedCount?: boolean;
}

function matrices(call: RoutingCall): { dist: Int32Array; dur: Int32Array } {
  const idx = [call.matrix.indexOf(call.terminal), ...call.clients.map((c) => call.matrix.indexOf(c.placeId))];
  const n = idx.length;
  const dist = new Int32Array(n * n);
  const dur = new Int32Array(n * n);
  for (let a = 0; a < n; a++) {
    for (let b = 0; b < n; b++) {
      const e = idx[a]! * call.matrix.size + idx[b]!;
      const ok = call.matrix.durationS[e]! >= 0 || a === b;
      dist[a * n + b] = a === b ? 0 : ok ? call.matrix.distanceM[e]! : MISSING_EDGE;
      dur[a * n + b] = a === b ? 0 : ok ? call.matrix.durationS[e]! : MISSING_EDGE;
    }
  }
  return { dist, dur };
}

/**
 * Routes the clients with the routing engine under one alternative: open drop-off routes from the
 * terminal on the way home, open pickup routes ending at it on the way back (closed for boats), vehicle
 * types = the fleet's size classes. Returns client orders, or null when the engine finds no feasible,
 * complete solution in the time (an infeasible route is never used).
 */
export function solveRoutes(call: RoutingCall, spec: AlternativeSpec, limits: { timeLimitS: number; seed: number }): number[][] | null {
  if (call.clients.length === 0) return [];
  const fleet = call.fleet.filter((f) => spec.maxCapacity === null || f.capacity <= spec.maxCapacity);
  const largest = Math.max(0, ...fleet.map((f) => f.capacity));
  if (largest === 0 || call.clients.some((c) => c.studentIds.length > largest)) return null;
  const { dist, dur } = matrices(call);
  // A fleet too small to carry the school at once still gets a run for every student (as boats in waves):
  // the chaining step then runs vehicles twice or reports the school short with the vehicles it would need.
  // With the real counts the engine would leave students out (`fleet_capacity`) and no alternative would form.
  const demand = call.clients.reduce((s, c) => s + c.studentIds.length, 0);
  const seats = fleet.reduce((s, f) => s + f.capacity * f.count, 0);
  const roomy = call.unlimitedCount === true || seats < demand;
  const data = new ProblemData({
    depots: [{}],
    clients: call.clients.map((c) => ({
      demand: c.studentIds.length,
      serviceDurationS: call.dwell.stopBaseS + call.dwell.perStudentS * c.studentIds.length,
      maxRideTimeS: c.maxRideS,
    })),
    vehicleTypes: fleet.map((f) => ({
      count: roomy ? call.clients.length : Math.max(f.count, 1),
      capacity: f.capacity,
      // Smaller vehicles cost less, so that big ones stay free for the big stops of other schools.
      fixedCost: Math.round(spec.vehicleCostM * (0.6 + (0.4 * f.capacity) / largest)),
      startDepot: call.direction === 'home' || call.closed ? 0 : null,
      endDepot: call.direction === 'return' || call.closed ? 0 : null,
      direction: call.direction === 'home' ? 'dropOff' : 'pickup',
    })),
    distanceMatrices: [dist],
    durationMatrices: [dur],
    rideTimeWeight: spec.rideTimeWeight,
  });
  const result = solve(data, { seed: limits.seed, timeLimitS: limits.timeLimitS, noImprovementIterations: 2_000 });
  if (!result.feasible || !result.complete) return null;
  if (result.routes.some((r) => r.load > fleet[r.vehicleType]!.capacity)) return null;
  return result.routes.map((r) => [...r.clients]);
}
