import { MISSING_EDGE } from '../problem/problem-input.js';
import type { Instance } from '../problem/instance.js';
import type { RouteSpec } from '../search/route-state.js';
import { driveRoute } from './driven-schedule.js';
import { evaluateRoute } from './route-evaluation.js';

/** One route of a solution, in the problem's own numbering and units. */
export interface SolvedRoute {
  readonly vehicleType: number;
  /** Client indices into `data.clients`, in visiting order. */
  readonly clients: readonly number[];
  readonly distance: number;
  /** Start to end including waiting, seconds. */
  readonly durationS: number;
  /** Start of the route: latest possible for pickups (students wait least), earliest for drop-offs. */
  readonly startTimeS: number;
  readonly endTimeS: number;
  readonly load: number;
  /** Seconds the schedule would have to travel back in time to keep every window (0 when feasible). */
  readonly timeWarpS: number;
  /**
   * Largest ride time minus its limit over the route's clients, seconds (≤ 0 when every ride is allowed),
   * on the reported schedule with any waiting on board counted.
   */
  readonly rideExcessS: number;
  /** Σ demand × ride time, passenger-seconds. */
  readonly rideTimeSumS: number;
  /** Distance, duration, fixed and ride-time costs. */
  readonly cost: number;
  /** Capacity, windows, maximum duration and ride times all met, and no missing edge used. */
  readonly feasible: boolean;
}

function usesMissingEdge(inst: Instance, route: RouteSpec): boolean {
  const T = inst.types;
  const n = inst.nbLocations;
  const m = inst.dist[T.profile[route.type]!]!;
  const d = inst.dur[T.profile[route.type]!]!;
  const locs = [T.startLoc[route.type]!, ...route.clients.map((c) => inst.nbDepots + c), T.endLoc[route.type]!];
  for (let k = 1; k < locs.length; k++) {
    const e = locs[k - 1]! * n + locs[k]!;
    if (m[e]! >= MISSING_EDGE || d[e]! >= MISSING_EDGE) return true;
  }
  return false;
}

/** Figures of each non-empty route, clients mapped back to the problem's numbering. */
export function describeRoutes(inst: Instance, routes: readonly RouteSpec[]): SolvedRoute[] {
  return routes
    .filter((r) => r.clients.length > 0)
    .map((r) => {
      const f = evaluateRoute(inst, r.type, r.clients);
      const pickup = inst.types.pickup[r.type] === 1;
      const start = pickup ? f.latestStartS : f.earliestStartS;
      // the flag is checked by driving the reported schedule, waiting on board included
      const driven = driveRoute(inst, r.type, r.clients, start);
      const rideExcess = Math.max(f.rideExcessS, driven.rideExcessS);
      return {
        vehicleType: r.type,
        clients: r.clients.map((c) => inst.clientId[c]!),
        distance: f.distance,
        durationS: f.durationS,
        startTimeS: start,
        endTimeS: start + f.durationS,
        load: f.load,
        timeWarpS: f.timeWarpS,
        rideExcessS: rideExcess,
        rideTimeSumS: f.rideSumS,
        cost: f.baseCost,
        feasible:
          f.excessLoad === 0 && f.excessTimeS === 0 && rideExcess <= 0 && driven.latenessS === 0 && !usesMissingEdge(inst, r),
      };
    });
}
